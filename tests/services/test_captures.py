"""Live capture: drafts taken in the room, edited, reviewed and removed, each undoable, in a real
trajectory file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from drempelmeter.domain.ids import new_id
from drempelmeter.services import captures, personal_data, polls, premortem, workshops
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.personal_data import PersonalDataFound
from drempelmeter.services.records import CaptureRecord, PremortemNote

from ..orm_loads import objects_loaded
from .workshop_setup import a_session, an_action


def test_captures_keep_their_order_and_come_back_after_removal(new_db):
    session_id = a_session(new_db)
    first = captures.add_capture(new_db, CaptureRecord(new_id(), session_id, "signal",
                                                       " Brieven zijn te moeilijk ",
                                                       b="begrijpbaarheid"))
    second = captures.add_capture(new_db, CaptureRecord(new_id(), session_id, "idea",
                                                        "Een vast spreekuur in de bib"))
    assert (first.text, first.position, second.position) == ("Brieven zijn te moeilijk", 0, 1)
    assert first.created_at is not None and first.state == "draft"
    assert captures.list_captures(new_db, session_id) == [first, second]
    removed = captures.remove_capture(new_db, first.id)
    assert removed == first and captures.list_captures(new_db, session_id) == [second]
    captures.restore_capture(new_db, removed)
    assert captures.list_captures(new_db, session_id) == [first, second]


def test_an_edit_and_a_review_return_what_they_replaced(new_db):
    session_id = a_session(new_db)
    added = captures.add_capture(new_db, CaptureRecord(new_id(), session_id, "concern",
                                                       "Wordt dit extra werk?"))
    edited = replace(added, kind="signal", b="bereikbaarheid", text="Telefoon onbereikbaar")
    assert captures.update_capture(new_db, edited) == added
    assert captures.list_captures(new_db, session_id) == [edited]
    assert captures.mark_capture(new_db, added.id, "accepted", "signal-1") == edited
    assert captures.list_captures(new_db, session_id)[0].result_id == "signal-1"
    before = captures.mark_capture(new_db, added.id, "draft")  # undo of the review
    assert (before.state, before.result_id) == ("accepted", "signal-1")
    assert captures.list_captures(new_db, session_id) == [edited]


@pytest.mark.parametrize("bad", [
    {"kind": "gossip"}, {"state": "maybe"}, {"b": "bananen"}, {"text": "   "},
    {"text": "x" * (captures.CAPTURE_MAX + 1)}])
def test_a_capture_is_refused_with_an_unknown_kind_b_state_or_no_text(new_db, bad):
    session_id = a_session(new_db)
    with pytest.raises(InvalidInput):
        captures.add_capture(new_db, replace(CaptureRecord(new_id(), session_id, "idea", "Ok"),
                                             **bad))
    assert captures.list_captures(new_db, session_id) == []


def test_a_capture_of_an_unknown_session_or_a_gone_capture_is_refused(new_db):
    with pytest.raises(InvalidInput) as caught:
        captures.add_capture(new_db, CaptureRecord(new_id(), "nope", "idea", "Ok"))
    assert caught.value.problem == InvalidInput.NOT_FOUND
    with pytest.raises(InvalidInput):
        captures.mark_capture(new_db, "gone", "discarded")
    with pytest.raises(InvalidInput):
        captures.mark_capture(new_db, "gone", "forgotten")


@pytest.mark.parametrize("result_id", ["", "x" * (captures.RESULT_ID_MAX + 1)])
def test_a_review_pointing_at_no_possible_record_is_refused(new_db, result_id):
    """The store's id columns hold 36 characters: PostgreSQL refuses a longer one."""
    session_id = a_session(new_db)
    added = captures.add_capture(new_db, CaptureRecord(new_id(), session_id, "idea", "Ok"))
    with pytest.raises(InvalidInput) as caught:
        captures.mark_capture(new_db, added.id, "accepted", result_id)
    assert caught.value.field == "result_id"
    with pytest.raises(InvalidInput):
        captures.update_capture(new_db, replace(added, state="accepted", result_id=result_id))
    assert captures.list_captures(new_db, session_id) == [added]


def test_personal_data_in_a_capture_is_refused_unless_confirmed(new_db):
    session_id = a_session(new_db)
    text = "Mevrouw belde van op 0471 23 45 67"
    with pytest.raises(PersonalDataFound):
        captures.add_capture(new_db, CaptureRecord(new_id(), session_id, "signal", text))
    assert captures.list_captures(new_db, session_id) == []
    with personal_data.confirmed(["0471 23 45 67"]):
        kept = captures.add_capture(new_db, CaptureRecord(new_id(), session_id, "signal", text))
    removed = captures.remove_capture(new_db, kept.id)
    captures.restore_capture(new_db, removed)  # undo is not asked again
    assert captures.list_captures(new_db, session_id) == [kept]


def test_captures_go_with_their_session(new_db):
    session_id = a_session(new_db)
    captures.add_capture(new_db, CaptureRecord(new_id(), session_id, "idea", "Ok"))
    workshops.remove_session(new_db, session_id)
    assert captures.list_captures(new_db, session_id) == []


@pytest.mark.parametrize("size", [3, 30])
def test_listing_a_sessions_captures_notes_and_poll_loads_no_object(new_db, size):
    """What the presenter redraws after every key reads columns, however much was captured."""
    session_id, action_id = a_session(new_db), an_action(new_db)
    for n in range(size):
        captures.add_capture(new_db, CaptureRecord(new_id(), session_id, "idea", f"Idee {n}"))
        premortem.add_note(new_db, PremortemNote(new_id(), session_id, action_id, "risk",
                                                 f"Risico {n}"))
        polls.set_count(new_db, session_id, "bekendheid", str(1 + n % 5), n + 1)
    with objects_loaded() as loaded:
        assert len(captures.list_captures(new_db, session_id)) == size
        assert len(premortem.list_notes(new_db, session_id, action_id)) == size
        assert sum(polls.tally(new_db, session_id)["bekendheid"].values()) > 0
    assert sum(loaded.values()) == 0
