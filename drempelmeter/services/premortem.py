"""Phase 5's pre-mortem of an action: anonymous notes on how it could fail, clustered, then what
it needs to succeed; applied, they land in the action's risks and needs. Each edit returns what
it replaced, so the window can undo it."""

from __future__ import annotations

from dataclasses import replace

from ..domain.workshop import PREMORTEM_STAGES, appended, premortem_points
from ..store import workshop_rows
from ..store.database import TrajectoryDatabase
from ..store.models import PersonalDataKeep, PlanAction, PremortemNote, WorkshopSession
from . import personal_data
from .plan import POINT_MAX
from .records import PremortemNote as NoteRecord
from .validation import NAME_MAX, TEXT_MAX, clean_text, existing, known_key

RECORD = "premortem_note"
SCREENED = ("text", "cluster")


def _record(row: PremortemNote) -> NoteRecord:
    return NoteRecord(*(getattr(row, name) for name in workshop_rows.NOTE_COLUMNS))


def _validated(note: NoteRecord) -> NoteRecord:
    known_key("stage", PREMORTEM_STAGES, note.stage)
    return replace(note, text=clean_text("text", note.text, required=True, limit=TEXT_MAX),
                   cluster=clean_text("cluster", note.cluster, limit=NAME_MAX))


def _write(session, row: PremortemNote, note: NoteRecord) -> None:
    for field in SCREENED:
        personal_data.check(session, RECORD, note.id, field, getattr(note, field))
    row.stage, row.text, row.cluster, row.position = (note.stage, note.text, note.cluster,
                                                      note.position)


def _insert(db: TrajectoryDatabase, note: NoteRecord, at_end: bool) -> NoteRecord:
    note = _validated(note)
    with db.session() as session:
        existing(session, WorkshopSession, note.session_id)
        existing(session, PlanAction, note.action_id)
        if at_end:
            note = replace(note, position=workshop_rows.next_position(
                session, PremortemNote, note.session_id))
        row = PremortemNote(id=note.id, session_id=note.session_id, action_id=note.action_id)
        _write(session, row, note)
        session.add(row)
        return note


def list_notes(db: TrajectoryDatabase, session_id: str,
               action_id: str | None = None) -> list[NoteRecord]:
    """The session's notes, of one action or of all, in the order they were written."""
    with db.session() as session:
        return [NoteRecord(*row)
                for row in workshop_rows.premortem_notes(session, session_id, action_id)]


def add_note(db: TrajectoryDatabase, note: NoteRecord) -> NoteRecord:
    """Add a note after the session's last one; returns it as stored."""
    return _insert(db, note, at_end=True)


def restore_note(db: TrajectoryDatabase, note: NoteRecord) -> None:
    """Put a removed note back as it was (the undo of `remove_note`)."""
    _insert(db, note, at_end=False)


def update_note(db: TrajectoryDatabase, note: NoteRecord) -> NoteRecord:
    """Write the note's stage, text, cluster and position; returns it as it was."""
    note = _validated(note)
    with db.session() as session:
        row = existing(session, PremortemNote, note.id)
        before = _record(row)
        _write(session, row, note)
        return before


def remove_note(db: TrajectoryDatabase, note_id: str) -> NoteRecord:
    """Remove a note; returns it whole, for undo."""
    with db.session() as session:
        row = existing(session, PremortemNote, note_id)
        before = _record(row)
        session.delete(row)
        return before


def apply_to_action(db: TrajectoryDatabase, session_id: str,
                    action_id: str) -> tuple[list[str], list[str]]:
    """Add the session's notes on the action to its risks (one point per cluster) and needs,
    leaving out points it has already; returns its risks and needs before, for undo."""
    with db.session() as session:
        action = existing(session, PlanAction, action_id)
        rows = workshop_rows.premortem_notes(session, session_id, action_id)
        notes = [NoteRecord(*row) for row in rows]
        risks, needs = premortem_points((n.stage, n.text, n.cluster) for n in notes)
        for point in (*risks, *needs):
            clean_text("risks", point, limit=POINT_MAX)
        before = (list(action.risks), list(action.needs))
        new_risks, new_needs = appended(action.risks, risks), appended(action.needs, needs)
        with personal_data.confirmed(_kept(session, notes)):  # confirmed on the notes
            personal_data.check(session, "action", action_id, "risks", new_risks)
            personal_data.check(session, "action", action_id, "needs", new_needs)
        action.risks, action.needs = new_risks, new_needs
        return before


def restore_action_points(db: TrajectoryDatabase, action_id: str, risks: list[str],
                          needs: list[str]) -> None:
    """Put an action's risks and needs back (the undo of `apply_to_action`)."""
    with db.session() as session:
        action = existing(session, PlanAction, action_id)
        action.risks, action.needs = list(risks), list(needs)


def _kept(session, notes: list[NoteRecord]) -> set[str]:
    """What the user confirmed is not personal data in these notes."""
    kept: set[str] = set()
    for note in notes:
        for field in SCREENED:
            row = session.get(PersonalDataKeep, (RECORD, note.id, field))
            kept |= set(row.texts) if row is not None else set()
    return kept
