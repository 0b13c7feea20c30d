"""Running a session: its start, the agenda kept, its prompts, each undoable, in a real
trajectory file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from drempelmeter.domain.workshop import default_prompts
from drempelmeter.services import workshop_run, workshops
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.personal_data import PersonalDataFound
from drempelmeter.services.records import AgendaEntry
from drempelmeter.store import workshop_rows
from drempelmeter.store.models import WorkshopSession

from .workshop_setup import a_session

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
