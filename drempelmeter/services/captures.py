"""Live capture in a workshop session: what the room says, typed by the coach as draft signals,
ideas, concerns and action points, reviewed afterwards. Each edit returns what it replaced."""

from __future__ import annotations

from dataclasses import replace

from ..domain.taxonomy import ALL_BS
from ..domain.workshop import CAPTURE_KINDS, CAPTURE_STATES
from ..store import workshop_rows
from ..store.database import TrajectoryDatabase
from ..store.models import Capture, WorkshopSession
from . import personal_data
from .errors import InvalidInput
from .records import CaptureRecord
from .validation import clean_text, existing, known_key

CAPTURE_MAX = 2000
#: The longest id a review can point at (the store's id columns hold 36 characters, and
#: PostgreSQL refuses a longer one where SQLite would keep it).
RESULT_ID_MAX = 36


def _record(row: Capture) -> CaptureRecord:
    return CaptureRecord(*(getattr(row, name) for name in workshop_rows.CAPTURE_COLUMNS))


def _review(state: str, result_id: str | None) -> None:
    """Refuse an unknown review state, or a result that cannot be a record's id."""
    known_key("state", CAPTURE_STATES, state)
    if result_id is not None and not 0 < len(result_id) <= RESULT_ID_MAX:
        raise InvalidInput("result_id", InvalidInput.TOO_LONG, result_id)


def _validated(record: CaptureRecord) -> CaptureRecord:
    known_key("kind", CAPTURE_KINDS, record.kind)
    _review(record.state, record.result_id)
    if record.b is not None:
        known_key("b", ALL_BS, record.b)
    return replace(record, text=clean_text("text", record.text, required=True,
                                           limit=CAPTURE_MAX))


def _write(session, row: Capture, record: CaptureRecord) -> None:
    personal_data.check(session, "capture", record.id, "text", record.text)
    row.kind, row.text, row.b = record.kind, record.text, record.b
    row.state, row.result_id = record.state, record.result_id


def list_captures(db: TrajectoryDatabase, session_id: str) -> list[CaptureRecord]:
    """The session's captures in the order they were taken."""
    with db.session() as session:
        return [CaptureRecord(*row) for row in workshop_rows.captures(session, session_id)]


def _insert(db: TrajectoryDatabase, record: CaptureRecord, at_end: bool) -> CaptureRecord:
    record = _validated(record)
    with db.session() as session:
        existing(session, WorkshopSession, record.session_id)
        position = (workshop_rows.next_position(session, Capture, record.session_id) if at_end
                    else record.position)
        row = Capture(id=record.id, session_id=record.session_id, position=position)
        if record.created_at is not None:
            row.created_at = record.created_at
        _write(session, row, record)
        session.add(row)
        session.flush()
        return _record(row)


def add_capture(db: TrajectoryDatabase, record: CaptureRecord) -> CaptureRecord:
    """Capture `record` after the session's last one (taken now, unless it says when); returns
    it as stored."""
    return _insert(db, record, at_end=True)


def restore_capture(db: TrajectoryDatabase, record: CaptureRecord) -> None:
    """Put a removed capture back as it was (the undo of `remove_capture`)."""
    _insert(db, record, at_end=False)


def update_capture(db: TrajectoryDatabase, record: CaptureRecord) -> CaptureRecord:
    """Write the capture's kind, text, B, state and result; returns it as it was."""
    record = _validated(record)
    with db.session() as session:
        row = existing(session, Capture, record.id)
        before = _record(row)
        _write(session, row, record)
        return before


def mark_capture(db: TrajectoryDatabase, capture_id: str, state: str,
                 result_id: str | None = None) -> CaptureRecord:
    """Review a capture: accepted as the record `result_id`, discarded, or back to draft;
    returns it as it was."""
    _review(state, result_id)
    with db.session() as session:
        row = existing(session, Capture, capture_id)
        before = _record(row)
        row.state, row.result_id = state, result_id
        return before


def remove_capture(db: TrajectoryDatabase, capture_id: str) -> CaptureRecord:
    """Remove a capture; returns it whole, for undo."""
    with db.session() as session:
        row = existing(session, Capture, capture_id)
        before = _record(row)
        session.delete(row)
        return before
