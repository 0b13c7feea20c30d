"""The room's activities on real files: a phone's poll answer counted once and moved when
changed, dots within the budget per device beside typed votes, MoSCoW by the most devices, the
pre-mortem held for review, nothing taken after closing."""

from __future__ import annotations

from datetime import date

import pytest

from drempelmeter.domain.plan import all_actions
from drempelmeter.services import (
    barriers,
    captures,
    partners,
    personal_data,
    plan,
    polls,
    premortem,
    prioritisation,
    room,
    signals,
)
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import PartnerRecord, SignalRecord
from drempelmeter.services.trajectory import open_trajectory

from .workshop_setup import a_session, an_action

TITLES = ("Wachtlijst", "Website", "Formulieren", "Tolk")


def a_round(db, method: str = "dots", participants=("Anna",)) -> str:  # type: ignore[no-untyped-def]
    """Four barriers and an open round of `method` over them (dots: budget 2)."""
    partners.add_partner(db, PartnerRecord("p1", "Partner Noord", "core", "caw"))
    for n, title in enumerate(TITLES):
        signals.add_signal(db, SignalRecord(f"s{n}", "p1", f"Signaal {title}", "bekendheid"))
        barriers.create_barrier(db, f"b{n}", title, [f"s{n}"])
    prioritisation.start_round(db, "r1", method, date(2027, 3, 4), list(participants),
                               [f"b{n}" for n in range(len(TITLES))],
                               {"budget": 2} if method == "dots" else None)
    return "r1"


def test_a_devices_poll_answer_counts_once_and_moves_when_changed(new_db):
    session_id = a_session(new_db, 1)
    b = polls.poll_items().items[0].b
    polls.set_count(new_db, session_id, b, "4", 3)  # hands counted by the coach
    activity = room.start(new_db, "poll", session_id)
    activity.answer("phone-a", {b: "4"})
    activity.answer("phone-a", {b: "4"})
    activity.answer("phone-b", {b: "2"})
    assert polls.tally(new_db, session_id)[b] == {"4": 4, "2": 1}
    activity.answer("phone-a", {b: "5"})
    assert polls.tally(new_db, session_id)[b] == {"4": 3, "2": 1, "5": 1}
    assert activity.joined == 2
    with pytest.raises(InvalidInput):
        activity.answer("phone-a", {b: "7"})
    with pytest.raises(InvalidInput):
        activity.answer("phone-a", {"B99": "1"})


def test_device_dots_mix_with_typed_votes_and_keep_to_the_budget(new_db):
    round_id = a_round(new_db)
    session_id = a_session(new_db, 4)
    activity = room.start(new_db, "dots", session_id)
    assert activity.round_id == round_id and activity.budget == 2
    assert [title for _, title in activity.barriers] == list(TITLES)
    prioritisation.set_inputs(new_db, round_id, "b1", {"votes": {"Anna": 2, "tally": 3}})
    activity.place_dots("phone-a", {"b0": 1, "b1": 1})
    activity.place_dots("phone-b", {"b0": 2})
    with pytest.raises(InvalidInput):
        activity.place_dots("phone-a", {"b2": 2, "b3": 1})  # three dots: refused whole
    result = prioritisation.get_round(new_db, round_id)
    scores = {e.barrier_id: e.score for e in result.entries}
    assert scores == {"b0": 3.0, "b1": 6.0, "b2": 0.0, "b3": 0.0}
    activity.place_dots("phone-a", {"b3": 2})  # moved, not added
    scores = {e.barrier_id: e.score for e in prioritisation.get_round(new_db, round_id).entries}
    assert scores == {"b0": 2.0, "b1": 5.0, "b2": 0.0, "b3": 2.0}
    voters = {v for e in prioritisation.get_round(new_db, round_id).entries
              for v in e.inputs.get("votes", {})}
    assert {v for v in voters if prioritisation.is_device(v)} == {
        activity.device("phone-a").voter, activity.device("phone-b").voter}
    assert not any("phone" in v for v in voters)  # the cookie never lands in the file


def test_the_room_and_the_beamer_take_votes_into_the_same_open_round(new_db):
    """One rule (`prioritisation.open_round`): the open round of the method held last, never a
    closed one or another method's, for the room's activity as for the presenter's view."""
    a_round(new_db)  # r1, dots, held on 4 March
    ids = [f"b{n}" for n in range(len(TITLES))]
    prioritisation.start_round(new_db, "r2", "dots", date(2027, 3, 5), [], ids)
    prioritisation.start_round(new_db, "r0", "dots", date(2027, 3, 6), [], ids)
    prioritisation.close_round(new_db, "r0", "", date(2027, 3, 6))
    prioritisation.start_round(new_db, "r3", "moscow", date(2027, 3, 7), [], ids)
    rounds = prioritisation.list_rounds(new_db)
    assert prioritisation.open_round(rounds, "dots").id == "r2"
    assert prioritisation.open_round(rounds, "moscow").id == "r3"
    assert prioritisation.open_round(rounds, "score") is None
    assert room.start(new_db, "dots", a_session(new_db, 4)).round_id == "r2"


def test_a_second_activity_on_the_round_keeps_the_dots_of_the_first_counted_once(new_db,
                                                                               monkeypatch):
    """The room closed and opened again on the same round: the dots the first activity's
    devices placed stay, counted once; the new activity's devices never take the voter name
    of an earlier device or of a typed participant (even one named like a device), so they
    can neither move nor add to those dots."""
    round_id = a_round(new_db, participants=("Anna", "device:0000beef"))
    session_id = a_session(new_db, 4)
    first = room.start(new_db, "dots", session_id)
    first.place_dots("phone", {"b0": 2})
    earlier = first.device("phone").voter
    first.close()
    prioritisation.set_inputs(new_db, round_id, "b3", {"votes": {"device:0000beef": 2}})
    names = iter([earlier.removeprefix(prioritisation.DEVICE), "0000beef", "5eed5eed"])
    monkeypatch.setattr(room.secrets, "token_hex", lambda _n: next(names))
    second = room.start(new_db, "dots", session_id)
    assert second.round_id == round_id
    second.place_dots("phone", {"b1": 2})  # the same browser: a new device of this activity
    assert second.device("phone").voter == "device:5eed5eed"
    scores = {e.barrier_id: e.score for e in prioritisation.get_round(new_db, round_id).entries}
    assert scores == {"b0": 2.0, "b1": 2.0, "b2": 0.0, "b3": 2.0}
    second.place_dots("phone", {"b2": 1})  # moves only its own dots
    scores = {e.barrier_id: e.score for e in prioritisation.get_round(new_db, round_id).entries}
    assert scores == {"b0": 2.0, "b1": 0.0, "b2": 1.0, "b3": 2.0}


def test_moscow_takes_the_choice_most_devices_made(new_db):
    round_id = a_round(new_db, "moscow")
    activity = room.start(new_db, "moscow", a_session(new_db, 4))
    activity.choose("a", {"b0": "must"})
    activity.choose("b", {"b0": "could"})
    entry = prioritisation.get_round(new_db, round_id).entries[0]
    assert entry.inputs["moscow"] == "must"  # a tie keeps what it had
    activity.choose("c", {"b0": "could"})
    entry = prioritisation.get_round(new_db, round_id).entries[0]
    assert entry.inputs["moscow"] == "could" and entry.rank == 1
    activity.choose("c", {"b0": None})
    activity.choose("b", {"b0": None})
    assert prioritisation.get_round(new_db, round_id).entries[0].inputs["moscow"] == "must"


def test_premortem_texts_wait_for_review_and_become_notes(new_db):
    session_id, action_id = a_session(new_db, 5), an_action(new_db)
    activity = room.start(new_db, "premortem", session_id, action_id)
    assert activity.action_title == "Spreekuur in de wijk"
    first = activity.write("a", "  Niemand weet ervan  ")
    flagged = activity.write("b", "Bel Jan op 0470 12 34 56")
    assert first.text == "Niemand weet ervan" and not first.findings and flagged.findings
    assert premortem.list_notes(new_db, session_id) == []  # nothing shows before review
    note = activity.accept(first.id)
    assert premortem.list_notes(new_db, session_id) == [note]
    with pytest.raises(personal_data.PersonalDataFound):
        activity.accept(flagged.id)
    activity.set_stage("need")
    activity.write("a", "Een folder bij de huisarts")
    assert activity.close() == 2  # the flagged one and the need, kept as drafts
    kept = [c.text for c in captures.list_captures(new_db, session_id)]
    assert "Een folder bij de huisarts" in kept and not any("0470" in t for t in kept)
    with pytest.raises(room.ActivityClosed):
        activity.write("a", "te laat")


def test_a_held_text_is_a_draft_the_moment_it_is_written_and_goes_once_reviewed(new_db):
    """A crash while texts wait loses none: each is at once the draft close() would keep
    (redacted), so the file opened afresh without close() holds them; accepting (the note and
    the draft's removal in one transaction) or discarding leaves no draft behind."""
    session_id, action_id = a_session(new_db, 5), an_action(new_db)
    activity = room.start(new_db, "premortem", session_id, action_id)
    plain = activity.write("a", "Niemand weet ervan")
    flagged = activity.write("b", "Bel Jan op 0470 12 34 56")
    dropped = activity.write("c", "Te weinig tijd")
    crashed = open_trajectory(new_db.path, read_only=True)  # as after a kill: never closed
    try:
        drafts = {c.id: c for c in captures.list_captures(crashed, session_id)}
    finally:
        crashed.close()
    assert set(drafts) == {plain.draft_id, flagged.draft_id, dropped.draft_id}
    assert {(c.kind, c.state) for c in drafts.values()} == {(room.UNREVIEWED_KIND, "draft")}
    assert drafts[plain.draft_id].text == "Niemand weet ervan"
    assert "0470" not in drafts[flagged.draft_id].text
    assert plain.text == "Niemand weet ervan" and flagged.text.endswith("0470 12 34 56")
    note = activity.accept(plain.id)
    assert premortem.list_notes(new_db, session_id) == [note]
    activity.discard(dropped.id)
    assert [c.id for c in captures.list_captures(new_db, session_id)] == [flagged.draft_id]
    with pytest.raises(personal_data.PersonalDataFound):
        activity.accept(flagged.id)  # refused: the draft stays with the held text
    assert [c.id for c in captures.list_captures(new_db, session_id)] == [flagged.draft_id]
    assert activity.close() == 1  # nobody reviewed it: kept as the draft it already is
    assert [c.id for c in captures.list_captures(new_db, session_id)] == [flagged.draft_id]


def test_a_draft_reviewed_in_the_session_meanwhile_is_left_as_reviewed(new_db):
    session_id, action_id = a_session(new_db, 5), an_action(new_db)
    activity = room.start(new_db, "premortem", session_id, action_id)
    held = activity.write("a", "Niemand weet ervan")
    captures.mark_capture(new_db, held.draft_id, "discarded")  # in Ctrl+R, while it waited
    activity.accept(held.id)
    assert [(c.id, c.state) for c in captures.list_captures(new_db, session_id)] == [
        (held.draft_id, "discarded")]
    again = activity.write("a", "Geen tolk")
    captures.remove_capture(new_db, again.draft_id)
    activity.discard(again.id)  # its draft already gone: nothing to remove
    assert activity.waiting() == []


def test_nothing_is_taken_after_closing(new_db):
    session_id = a_session(new_db, 1)
    activity = room.start(new_db, "poll", session_id)
    b = polls.poll_items().items[0].b
    activity.close()
    with pytest.raises(room.ActivityClosed):
        activity.answer("a", {b: "3"})
    assert polls.tally(new_db, session_id) == {}


def test_tokens_are_unguessable_and_an_activity_needs_its_subject(new_db):
    session_id = a_session(new_db, 5)
    tokens = {room.start(new_db, "poll", session_id).token for _ in range(20)}
    assert len(tokens) == 20 and all(len(t) >= 24 for t in tokens)
    with pytest.raises(InvalidInput):
        room.start(new_db, "premortem", session_id)  # which action?
    with pytest.raises(InvalidInput):
        room.start(new_db, "dots", session_id)  # no open round
    with pytest.raises(InvalidInput):
        room.start(new_db, "poll", "no-such-session")


def test_a_burst_is_written_together_and_a_refusal_leaves_the_others(new_db):
    round_id = a_round(new_db)  # budget 2
    activity = room.start(new_db, "dots", a_session(new_db, 4))
    outcomes = activity.together([("a", {"b0": 2}), ("b", {"b1": 3}), ("c", {"b0": 1}),
                                  ("a", {"b2": 1})])  # a changes its mind in the same burst
    assert outcomes[0] is None and isinstance(outcomes[1], InvalidInput)
    scores = {e.barrier_id: e.score for e in prioritisation.get_round(new_db, round_id).entries}
    assert scores == {"b0": 1.0, "b1": 0.0, "b2": 1.0, "b3": 0.0}
    session_id = a_session(new_db, 1)
    poll = room.start(new_db, "poll", session_id)
    b = polls.poll_items().items[0].b
    outcomes = poll.together([("a", {b: "1"}), ("b", {b: "x"}), ("a", {b: "2"}),
                              ("c", {b: "2"})])
    assert isinstance(outcomes[1], InvalidInput)
    assert polls.tally(new_db, session_id) == {b: {"2": 2}}


def test_devices_that_answered_are_told_from_those_that_only_loaded_the_page(new_db):
    a_round(new_db)
    activity = room.start(new_db, "dots", a_session(new_db, 4))
    for cookie in ("a", "b", "c"):
        activity.device(cookie)  # the page loaded
    activity.place_dots("a", {"b0": 1})
    activity.place_dots("b", {"b1": 2})
    activity.place_dots("b", {})  # all taken back
    assert (activity.joined, activity.answered) == (3, 1)


def test_a_new_activity_knows_what_the_round_or_poll_holds_from_before(new_db):
    session_id = a_session(new_db, 4)
    a_round(new_db)
    first = room.start(new_db, "dots", session_id)
    assert first.earlier == 0
    first.place_dots("a", {"b0": 1})
    first.place_dots("b", {"b1": 1})
    first.device("c")  # joined, gave nothing
    first.close()
    prioritisation.set_votes_of(new_db, "r1", {"Anna": {"b2": 2}})  # typed: not a phone
    assert room.start(new_db, "dots", session_id).earlier == 2
    poll_session = a_session(new_db, 1)
    assert room.start(new_db, "poll", poll_session).earlier == 0
    items = polls.poll_items().items
    polls.set_count(new_db, poll_session, items[0].b, "4", 3)
    polls.set_count(new_db, poll_session, items[0].b, "2", 2)
    polls.set_count(new_db, poll_session, items[1].b, "5", 1)
    assert room.start(new_db, "poll", poll_session).earlier == 5  # the most any B counts


def test_a_premortem_takes_the_actions_number_and_asks_the_stage_given(new_db):
    action_id = an_action(new_db)
    number = next(a.number for a in all_actions(plan.read_plan(new_db)) if a.id == action_id)
    assert number == "1.1"
    activity = room.start(new_db, "premortem", a_session(new_db, 5), number, stage="need")
    assert activity.action_id == action_id and activity.stage == "need"
    assert room.start(new_db, "premortem", None, action_id).stage == "risk"
    with pytest.raises(InvalidInput):
        room.start(new_db, "premortem", None, "9.9")
    with pytest.raises(InvalidInput):
        room.start(new_db, "premortem", None, action_id, stage="later")
