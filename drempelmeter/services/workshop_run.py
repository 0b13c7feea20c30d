"""Running a workshop session in the room: its start, the agenda as kept, the coach's prompts,
and its close with a summary. Each edit returns what it replaced, so the window can undo it."""

from __future__ import annotations

from datetime import datetime

from ..domain.workshop import default_prompts
from ..store import workshop_rows
from ..store.database import TrajectoryDatabase
from ..store.models import WorkshopSession
from . import personal_data
from .errors import InvalidInput
from .validation import TEXT_MAX, clean_text, existing

#: The longest an agenda item can be kept running: a whole day.
KEPT_MAX = 24 * 60 * 60


def start_session(db: TrajectoryDatabase, session_id: str, now: datetime) -> datetime | None:
    """Mark the session started at `now` unless it started before; returns when it had started
    (None: not before), for undo."""
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        before = row.started_at
        if before is None:
            row.started_at = now
        return before


def restore_started(db: TrajectoryDatabase, session_id: str, value: datetime | None) -> None:
    """Put back when the session started (the undo of `start_session`)."""
    with db.session() as session:
        existing(session, WorkshopSession, session_id).started_at = value


def keep_agenda(db: TrajectoryDatabase, session_id: str,
                kept: list[int | None]) -> list[int | None]:
    """Record the seconds each agenda item really took, in agenda order (None: not kept);
    returns what was kept before, for undo."""
    for seconds in kept:
        if seconds is not None and not 0 <= seconds <= KEPT_MAX:
            raise InvalidInput("kept_seconds", InvalidInput.OUT_OF_RANGE, seconds)
    with db.session() as session:
        existing(session, WorkshopSession, session_id)
        items = workshop_rows.agenda_items(session, session_id)
        if len(kept) != len(items):
            raise InvalidInput("kept_seconds", InvalidInput.OUT_OF_RANGE, len(kept))
        before = [item.kept_seconds for item in items]
        for item, seconds in zip(items, kept, strict=True):
            item.kept_seconds = seconds
        return before


def session_prompts(db: TrajectoryDatabase, session_id: str) -> list[str]:
    """The questions for this session: its own, or else its phase's defaults."""
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        own = list(row.prompts or ())
        number = workshop_rows.phase_number(session, session_id)
    return own or list(default_prompts(number or 1))


def set_prompts(db: TrajectoryDatabase, session_id: str, prompts: list[str]) -> list[str]:
    """The session's own questions (empty: its phase's defaults again); returns its own
    before, for undo."""
    cleaned = [p for p in (clean_text("prompts", p, limit=TEXT_MAX) for p in prompts) if p]
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        personal_data.check(session, "session", session_id, "prompts", cleaned)
        before = list(row.prompts or ())
        row.prompts = cleaned
        return before
