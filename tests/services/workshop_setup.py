"""A workshop session to run, in a fresh trajectory file."""

from __future__ import annotations

from datetime import date

from drempelmeter.domain.ids import new_id
from drempelmeter.services import workshops
from drempelmeter.services.records import AgendaEntry, SessionRecord

DAY = date(2027, 3, 4)


def a_session(db, phase_number: int = 4, agenda=(("Welkom", 10), ("Stemmen", 20))) -> str:  # type: ignore[no-untyped-def]
    """A session of the phase on DAY with a short agenda; returns its id."""
    session_id = new_id()
    workshops.save_session(db, SessionRecord(
        session_id, phase_number, DAY, "Werksessie", "Zaal Eik",
        agenda=tuple(AgendaEntry(text, minutes) for text, minutes in agenda)))
    return session_id
