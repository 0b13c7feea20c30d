"""Workshop sessions of a phase: date, title, attendees, agenda and notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..domain.ids import new_id
from ..domain.text import clean
from ..domain.workshop import default_agenda
from ..store import start_rows
from ..store.database import TrajectoryDatabase
from . import personal_data, vocabularies
from .errors import InvalidInput
from .records import AgendaEntry, SessionRecord, SessionRun
from .validation import TEXT_MAX, clean_text, existing

if TYPE_CHECKING:
    from ..store.models import WorkshopSession
# The ORM models and the queries on them are imported in the functions that use them: the
# first window needs none of them, and their set-up is a sixth of the start-up (#14).


def _record(number: int, row: WorkshopSession) -> SessionRecord:
    return SessionRecord(
        id=row.id, phase_number=number, held_on=row.held_on, title=row.title,
        location=row.location, notes=row.notes,
        agenda=tuple(AgendaEntry(a.text, a.minutes) for a in row.agenda),
        attendee_ids=tuple(sorted(a.participant_id for a in row.attendances)),
    )


def list_sessions(db: TrajectoryDatabase, phase_number: int | None = None) -> list[SessionRecord]:
    """Sessions by date, of one phase or of all (read from columns: a phase's page shows them
    at start, before any object is loaded)."""
    with db.connection() as conn:
        agendas = start_rows.agendas(conn, phase_number)
        attendees = start_rows.attendees(conn, phase_number)
        return [
            SessionRecord(
                id=workshop_id, phase_number=number, held_on=held_on, title=title,
                location=location, notes=notes,
                agenda=tuple(AgendaEntry(text, minutes)
                             for text, minutes in agendas.get(workshop_id, ())),
                attendee_ids=tuple(attendees.get(workshop_id, ())),
            )
            for number, workshop_id, held_on, title, location, notes
            in start_rows.workshops(conn, phase_number)
        ]


def session_of_the_day(db: TrajectoryDatabase, phase_number: int,
                       today: date) -> tuple[SessionRecord, bool]:
    """The phase's last session held `today`, else a new one for today (True: not saved yet,
    the caller saves it) with the phase's agenda and the people of the phase's last session
    (else of the last one held), who are expected again."""
    sessions = list_sessions(db)
    held = [s for s in sessions if s.phase_number == phase_number and s.held_on == today]
    if held:
        return held[-1], False
    before = [s for s in sessions if s.held_on < today]
    earlier = [s for s in before if s.phase_number == phase_number] or before
    title = vocabularies.effective(db).phase_title(phase_number, "nl")
    return SessionRecord(new_id(), phase_number, today, title,
                         agenda=tuple(AgendaEntry(text, minutes)
                                      for text, minutes in default_agenda(phase_number)),
                         attendee_ids=earlier[-1].attendee_ids if earlier else ()), True


def save_session(db: TrajectoryDatabase, record: SessionRecord) -> None:
    """Create the session with `record.id`, or replace everything it holds."""
    from ..store import queries
    from ..store.models import AgendaItem, Attendance, Participant, WorkshopSession
    title = clean_text("title", record.title, required=True)
    location = clean_text("location", record.location)
    agenda = []
    for entry in record.agenda:
        text = clean_text("agenda", entry.text, limit=TEXT_MAX)
        if entry.minutes is not None and not 0 < entry.minutes <= 24 * 60:
            raise InvalidInput("agenda", InvalidInput.OUT_OF_RANGE, entry.minutes)
        if text:
            agenda.append(AgendaEntry(text, entry.minutes))
    with db.session() as session:
        for participant_id in record.attendee_ids:
            existing(session, Participant, participant_id)
        phase = queries.phase(session, record.phase_number)
        notes = clean(record.notes or "")
        for field, value in (("title", title), ("location", location), ("notes", notes),
                             ("agenda", [e.text for e in agenda])):
            personal_data.check(session, "session", record.id, field, value)
        row = session.get(WorkshopSession, record.id)
        if row is None:
            row = WorkshopSession(id=record.id)
            session.add(row)
        row.phase_id = phase.id
        row.held_on, row.title, row.location = record.held_on, title, location
        row.notes = notes
        kept = {item.text: item.kept_seconds for item in row.agenda}  # the time it took
        row.agenda = [
            AgendaItem(position=i, text=e.text, minutes=e.minutes, kept_seconds=kept.get(e.text))
            for i, e in enumerate(agenda)
        ]
        row.attendances = [
            Attendance(participant_id=pid) for pid in sorted(set(record.attendee_ids))
        ]
        if record.run is not None:
            _restore_run(db, session, row, record.run)


def _run_of(db: TrajectoryDatabase, session, row: WorkshopSession) -> SessionRun:
    from ..store import workshop_rows
    from . import captures, premortem  # only when a session is removed, not at start

    return SessionRun(
        row.started_at, row.closed_at, row.summary, tuple(row.prompts or ()),
        tuple(item.kept_seconds for item in row.agenda),
        tuple(captures.list_captures(db, row.id)),
        tuple(workshop_rows.poll_counts(session, row.id)),
        tuple(premortem.list_notes(db, row.id)))


def _restore_run(db: TrajectoryDatabase, session, row: WorkshopSession, run: SessionRun) -> None:
    """Put back what running the session recorded (a pre-mortem note of an action that is
    gone since stays gone)."""
    from ..store.models import PlanAction
    from . import captures, polls, premortem  # only for an undo, not at start

    row.started_at, row.closed_at, row.summary = run.started_at, run.closed_at, run.summary
    row.prompts = list(run.prompts)
    for item, seconds in zip(row.agenda, run.kept_seconds, strict=False):
        item.kept_seconds = seconds
    session.flush()
    for capture in run.captures:
        captures.restore_capture(db, capture)
    for b, answer, count in run.poll:
        polls.set_count(db, row.id, b, answer, count)
    for note in run.premortem:
        if session.get(PlanAction, note.action_id) is not None:
            premortem.restore_note(db, note)


def remove_session(db: TrajectoryDatabase, session_id: str) -> SessionRecord:
    """Remove a session with its agenda, attendance and what running it recorded; returns it
    whole, for undo."""
    from ..store import queries
    from ..store.models import WorkshopSession
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        number = next(p.number for p in queries.phases(session) if p.id == row.phase_id)
        record = replace(_record(number, row), run=_run_of(db, session, row))
        session.delete(row)
        return record
