"""The six phases of a trajectory: their state and dates, and their checklists."""

from __future__ import annotations

from datetime import date

from ..domain.phases import PHASE_NUMBERS, PHASE_STATES, dates_for_state
from ..domain.text import clean
from ..store import start_rows
from ..store.database import TrajectoryDatabase
from . import personal_data
from .errors import InvalidInput
from .records import ChecklistEntry, PhaseStatus
from .validation import TEXT_MAX, clean_text, existing, known_key

# The ORM models and the queries on them are imported in the functions that use them: the
# first window needs none of them, and their set-up is a sixth of the start-up (#14).


def list_phases(db: TrajectoryDatabase) -> list[PhaseStatus]:
    """The six phases in order, each with its state, dates and checklist progress (read from
    columns: the navigator and the first page show these before any object is loaded)."""
    with db.connection() as conn:
        counts = start_rows.checklist_progress(conn)
        return [PhaseStatus(number, state, started_on, finished_on, *counts.get(number, (0, 0)))
                for number, state, started_on, finished_on in start_rows.phases(conn)]


def _number(number: int) -> int:
    if number not in PHASE_NUMBERS:
        raise InvalidInput("phase", InvalidInput.OUT_OF_RANGE, number)
    return number


def set_phase_state(db: TrajectoryDatabase, number: int, state: str, today: date) -> PhaseStatus:
    """Move a phase to `state`, dating it; returns the status before, for undo."""
    from ..store import queries
    known_key("state", PHASE_STATES, state)
    with db.session() as session:
        row = queries.phase(session, _number(number))
        before = PhaseStatus(number, row.state, row.started_on, row.finished_on)
        row.started_on, row.finished_on = dates_for_state(
            state, row.started_on, row.finished_on, today
        )
        row.state = state
        return before


def restore_phase_state(db: TrajectoryDatabase, status: PhaseStatus) -> None:
    """Put a phase's state and dates back exactly as `status` has them."""
    from ..store import queries
    known_key("state", PHASE_STATES, status.state)
    with db.session() as session:
        row = queries.phase(session, _number(status.number))
        row.state, row.started_on, row.finished_on = (
            status.state, status.started_on, status.finished_on
        )


def checklist(db: TrajectoryDatabase, number: int | None = None) -> list[ChecklistEntry]:
    """The checklist of one phase, or of all phases when `number` is None."""
    with db.connection() as conn:
        return [ChecklistEntry(item_id, n, position, key, text, done, note)
                for n, item_id, position, key, text, done, note
                in start_rows.checklist(conn, number)]


def set_checklist_done(db: TrajectoryDatabase, item_id: str, done: bool) -> None:
    from ..store.models import ChecklistItem
    with db.session() as session:
        existing(session, ChecklistItem, item_id).done = bool(done)


def set_checklist_note(db: TrajectoryDatabase, item_id: str, note: str) -> None:
    from ..store.models import ChecklistItem
    with db.session() as session:
        note = clean(note or "")
        personal_data.check(session, "checklist_item", item_id, "note", note)
        existing(session, ChecklistItem, item_id).note = note


def add_checklist_item(db: TrajectoryDatabase, item_id: str, number: int, text: str) -> None:
    """Add an item of the coach's own to the end of a phase's checklist."""
    from ..store import queries
    from ..store.models import ChecklistItem
    text = clean_text("text", text, required=True, limit=TEXT_MAX)
    with db.session() as session:
        phase = queries.phase(session, _number(number))
        personal_data.check(session, "checklist_item", item_id, "text", text)
        position = 1 + max((item.position for item in phase.checklist), default=-1)
        session.add(ChecklistItem(id=item_id, phase_id=phase.id, position=position, key=None,
                                  text=text, done=False, note=""))


def remove_checklist_item(db: TrajectoryDatabase, item_id: str) -> ChecklistEntry:
    """Remove an item the coach added (default items stay); returns it for undo."""
    from ..store import queries
    from ..store.models import ChecklistItem
    with db.session() as session:
        item = existing(session, ChecklistItem, item_id)
        if item.key is not None:
            raise InvalidInput("id", InvalidInput.UNKNOWN_VALUE, item_id)
        number = next(p.number for p in queries.phases(session) if p.id == item.phase_id)
        entry = ChecklistEntry(item.id, number, item.position, None, item.text, item.done,
                               item.note)
        session.delete(item)
        return entry
