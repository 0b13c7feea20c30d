"""Running a session: its start, the agenda kept, its prompts, its summary and close, each
undoable, in a real trajectory file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from drempelmeter.domain.ids import new_id
from drempelmeter.domain.workshop import default_prompts
from drempelmeter.services import (
    barriers,
    captures,
    decisions,
    partners,
    personal_data,
    polls,
    premortem,
    prioritisation,
    privacy_scan,
    signals,
    workshop_run,
    workshops,
)
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.personal_data import PersonalDataFound
from drempelmeter.services.records import (
    AgendaEntry,
    CaptureRecord,
    ClosedBefore,
    DecisionRecord,
    ParticipantRecord,
    PartnerRecord,
    PremortemNote,
    SignalRecord,
)
from drempelmeter.store import workshop_rows
from drempelmeter.store.models import WorkshopSession

from ..orm_loads import objects_loaded
from .workshop_setup import DAY, a_session, an_action

NOW = datetime(2027, 3, 4, 9, 30, tzinfo=UTC)


def started_at(db, session_id):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.get(WorkshopSession, session_id).started_at


def test_a_session_starts_once_and_undo_clears_it(new_db):
    session_id = a_session(new_db)
    assert workshop_run.start_session(new_db, session_id, NOW) is None
    assert workshop_run.start_session(new_db, session_id, NOW + timedelta(hours=1)) == NOW
    assert started_at(new_db, session_id) == NOW  # a restart keeps the first start
    workshop_run.restore_started(new_db, session_id, None)
    assert started_at(new_db, session_id) is None


def test_the_agenda_kept_is_recorded_per_item_and_undone(new_db):
    session_id = a_session(new_db)
    assert workshop_run.keep_agenda(new_db, session_id, [540, None]) == [None, None]
    assert workshop_run.keep_agenda(new_db, session_id, [600, 1500]) == [540, None]
    with new_db.session() as session:
        kept = [i.kept_seconds for i in workshop_rows.agenda_items(session, session_id)]
    assert kept == [600, 1500]


@pytest.mark.parametrize("kept", [[60], [60, 60, 60], [-1, 0], [0, workshop_run.KEPT_MAX + 1]])
def test_a_kept_agenda_of_the_wrong_length_or_range_is_refused(new_db, kept):
    session_id = a_session(new_db)
    with pytest.raises(InvalidInput):
        workshop_run.keep_agenda(new_db, session_id, kept)
    assert workshop_run.keep_agenda(new_db, session_id, [None, None]) == [None, None]


def test_prompts_are_the_phases_until_the_session_has_its_own(new_db):
    session_id = a_session(new_db, phase_number=5)
    assert workshop_run.session_prompts(new_db, session_id) == list(default_prompts(5))
    own = ["Wat kan er misgaan?", "  ", " Wie helpt? "]
    assert workshop_run.set_prompts(new_db, session_id, own) == []
    assert workshop_run.session_prompts(new_db, session_id) == ["Wat kan er misgaan?",
                                                                 "Wie helpt?"]
    assert workshop_run.set_prompts(new_db, session_id, []) == ["Wat kan er misgaan?",
                                                                 "Wie helpt?"]
    assert workshop_run.session_prompts(new_db, session_id) == list(default_prompts(5))


def test_more_prompts_than_a_session_can_ask_are_refused(new_db):
    session_id = a_session(new_db, phase_number=5)
    many = [f"Vraag {n}?" for n in range(workshop_run.PROMPTS_MAX + 1)]
    with pytest.raises(InvalidInput) as caught:
        workshop_run.set_prompts(new_db, session_id, many)
    assert caught.value.problem == InvalidInput.TOO_LONG
    assert workshop_run.set_prompts(new_db, session_id, many[:-1]) == []
    assert len(workshop_run.session_prompts(new_db, session_id)) == workshop_run.PROMPTS_MAX


def test_prompts_with_personal_data_are_refused(new_db):
    session_id = a_session(new_db)
    with pytest.raises(PersonalDataFound):
        workshop_run.set_prompts(new_db, session_id, ["Mail naar jan.peeters@telenet.be"])
    assert workshop_run.session_prompts(new_db, session_id) == list(default_prompts(4))


def test_a_session_edited_afterwards_keeps_what_the_room_recorded(new_db):
    session_id = a_session(new_db)
    workshop_run.start_session(new_db, session_id, NOW)
    workshop_run.set_prompts(new_db, session_id, ["Eigen vraag"])
    workshop_run.keep_agenda(new_db, session_id, [600, 1500])
    record = workshops.list_sessions(new_db)[0]
    workshops.save_session(new_db, replace(record, notes="Nagekeken", agenda=(
        AgendaEntry("Nieuw punt", 5), *reversed(record.agenda))))
    assert started_at(new_db, session_id) == NOW
    assert workshop_run.session_prompts(new_db, session_id) == ["Eigen vraag"]
    with new_db.session() as session:
        kept = [(i.text, i.kept_seconds) for i in workshop_rows.agenda_items(session, session_id)]
    assert kept == [("Nieuw punt", None), ("Stemmen", 1500), ("Welkom", 600)]


def test_an_unknown_session_is_refused(new_db):
    for call in (lambda: workshop_run.start_session(new_db, "nope", NOW),
                 lambda: workshop_run.keep_agenda(new_db, "nope", []),
                 lambda: workshop_run.session_prompts(new_db, "nope")):
        with pytest.raises(InvalidInput):
            call()


def run_a_phase4_session(db) -> str:  # type: ignore[no-untyped-def]
    """A phase-4 session on DAY with attendees, kept times, captures, a poll, a pre-mortem, a
    decision and a round of that day; returns its id."""
    people = []
    for name in ("Lien Verstrepen", "Tom Dierckx"):
        people.append(new_id())
        partners.add_participant(db, ParticipantRecord(people[-1], name, "front_line_worker"))
    session_id = a_session(db)
    record = workshops.list_sessions(db)[0]
    workshops.save_session(db, replace(record, attendee_ids=tuple(people)))
    workshop_run.start_session(db, session_id, NOW)
    workshop_run.keep_agenda(db, session_id, [660, None])
    partners.add_partner(db, PartnerRecord("p1", "CAW Noord", "core", "caw"))
    signals.add_signal(db, SignalRecord("s1", "p1", "Brieven", "begrijpbaarheid"))
    first = captures.add_capture(db, CaptureRecord(new_id(), session_id, "signal",
                                                   "Brieven zijn te moeilijk", "begrijpbaarheid"))
    captures.add_capture(db, CaptureRecord(new_id(), session_id, "idea", "Spreekuur in de bib"))
    captures.mark_capture(db, first.id, "accepted", "s1")
    polls.set_count(db, session_id, "bekendheid", "2", 3)
    action_id = an_action(db, "Spreekuur in de wijk")
    premortem.add_note(db, PremortemNote(new_id(), session_id, action_id, "risk", "Niemand komt",
                                         "Bereik"))
    premortem.add_note(db, PremortemNote(new_id(), session_id, action_id, "need", "Affiches"))
    decisions.save_decision(db, DecisionRecord(new_id(), DAY, "working",
                                               "De stippen beslissen", 4))
    decisions.save_decision(db, DecisionRecord(new_id(), DAY + timedelta(days=1), "working",
                                               "Een andere dag", 4))
    barriers.create_barrier(db, "b1", "Moeilijke brieven", ["s1"])
    for round_id, day in (("r-day", DAY), ("r-later", DAY + timedelta(days=1))):
        prioritisation.start_round(db, round_id, "dots", day, ["Lien Verstrepen"], ["b1"])
    decisions.save_decision(db, DecisionRecord(new_id(), DAY, "steering", "Een andere fase", 3))
    return session_id


def test_the_summary_holds_all_the_session_did(new_db):
    session_id = run_a_phase4_session(new_db)
    summary = workshop_run.summary_of(new_db, session_id)
    assert summary.started_at == NOW and summary.closed_at is None
    assert summary.attendees == ("Lien Verstrepen", "Tom Dierckx")
    assert summary.agenda_kept == (("Welkom", 10, 660), ("Stemmen", 20, None))
    assert [(c.kind, c.state) for c in summary.captures] == [("signal", "accepted"),
                                                             ("idea", "draft")]
    assert summary.poll == {"bekendheid": {"2": 3}}
    assert [n.text for n in summary.premortem] == ["Niemand komt", "Affiches"]
    assert [d.text for d in summary.decisions] == ["De stippen beslissen"]
    assert [r.id for r in summary.rounds] == ["r-day"]
    assert summary.prompts == default_prompts(4)


def test_another_phases_session_that_day_holds_no_round(new_db):
    """The rounds of the day are the prioritising phase's: the minutes of a phase-5 session
    held after a phase-4 one that day do not list its votes as their own."""
    run_a_phase4_session(new_db)
    assert workshop_run.summary_of(new_db, a_session(new_db, phase_number=5)).rounds == ()


def test_closing_writes_the_summary_and_undo_reopens(new_db):
    session_id = run_a_phase4_session(new_db)
    closed = NOW + timedelta(hours=2)
    before = workshop_run.close_session(new_db, session_id, closed)
    assert before == ClosedBefore(None, "")
    summary = workshop_run.summary_of(new_db, session_id)
    assert summary.closed_at == closed
    with new_db.session() as session:
        text = session.get(WorkshopSession, session_id).summary
    for expected in ("Werksessie, 04-03-2027, Zaal Eik", "Aanwezig: Lien Verstrepen, Tom Dierckx",
                     "- Welkom: 10 min, 11 min", "- Stemmen: 20 min, niet bijgehouden",
                     "Signaal (1):", "- Brieven zijn te moeilijk [Begrijpbaarheid] (aanvaard: signaal)",
                     "Idee (1):", "- Spreekuur in de bib (ontwerp)",
                     "- Bekendheid: verborgen", "Pre-mortem: Spreekuur in de wijk",
                     "- Bereik: Niemand komt", "- Affiches", "Beslissingen:",
                     "- De stippen beslissen (werkgroep)", "Prioriteringsrondes:",
                     "- Stippenstemming, 1 deelnemer, loopt nog"):
        assert expected in text, expected
    assert "Een andere fase" not in text and "Een andere dag" not in text
    assert workshop_run.close_session(new_db, session_id, closed) == ClosedBefore(closed, text)
    workshop_run.reopen_session(new_db, session_id, before)
    assert workshop_run.summary_of(new_db, session_id).closed_at is None
    with new_db.session() as session:
        assert session.get(WorkshopSession, session_id).summary == ""


def test_the_summary_keeps_what_was_confirmed_where_it_was_typed(new_db):
    session_id = a_session(new_db)
    with personal_data.confirmed(["Vermeulen"]):
        captures.add_capture(new_db, CaptureRecord(new_id(), session_id, "signal",
                                                   "Dhr. Vermeulen belt elke week"))
    workshop_run.close_session(new_db, session_id, NOW)
    findings = [f for f in privacy_scan.scan(new_db) if f.field == "summary"]
    assert findings and all(f.kept for f in findings)


def test_the_coach_may_reword_the_summary_and_undo_it(new_db):
    session_id = a_session(new_db)
    workshop_run.close_session(new_db, session_id, NOW)
    with new_db.session() as session:
        written = session.get(WorkshopSession, session_id).summary
    assert workshop_run.set_summary(new_db, session_id, " Kort verslag ") == written
    assert workshop_run.set_summary(new_db, session_id, written) == "Kort verslag"


def test_undoing_the_removal_of_a_session_brings_back_what_the_room_recorded(new_db):
    session_id = run_a_phase4_session(new_db)
    workshop_run.close_session(new_db, session_id, NOW + timedelta(hours=2))
    workshop_run.set_prompts(new_db, session_id, ["Eigen vraag"])
    before = workshop_run.summary_of(new_db, session_id)
    removed = workshops.remove_session(new_db, session_id)
    assert captures.list_captures(new_db, session_id) == []
    assert polls.tally(new_db, session_id) == {}
    workshops.save_session(new_db, removed)
    assert workshop_run.summary_of(new_db, session_id) == before
    with new_db.session() as session:
        assert session.get(WorkshopSession, session_id).summary.startswith("Werksessie")


def test_the_summary_of_a_day_without_rounds_reads_no_round(new_db):
    """Opening a session in the room asks its summary: other days' rounds (a province's
    thousands of entries) are not read for it."""
    session_id = run_a_phase4_session(new_db)
    later = a_session(new_db)
    with new_db.session() as session:
        session.get(WorkshopSession, later).held_on = DAY + timedelta(days=2)
    with objects_loaded() as loaded:
        assert workshop_run.summary_of(new_db, later).rounds == ()
    assert loaded["PriorityRound"] == loaded["PriorityEntry"] == 0
    with objects_loaded() as loaded:
        assert len(workshop_run.summary_of(new_db, session_id).rounds) == 1
    assert loaded["PriorityRound"] > 0  # the negative control: that day's rounds are read
