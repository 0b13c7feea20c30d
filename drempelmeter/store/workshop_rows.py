"""Column queries of workshop mode: a session's phase, agenda, captures, poll tallies and
pre-mortem notes, as plain rows in a stable order."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import (
    AgendaItem,
    Barrier,
    Capture,
    Decision,
    PhaseRecord,
    PlanAction,
    PollCount,
    PremortemNote,
    PriorityRound,
    Signal,
    WorkshopSession,
)
from .slices import asked

_session = WorkshopSession.__table__.c
_phase = PhaseRecord.__table__.c
_capture = Capture.__table__.c
_poll = PollCount.__table__.c
_note = PremortemNote.__table__.c

#: The columns of a capture, in the order of services.records.CaptureRecord's fields.
CAPTURE_COLUMNS = ("id", "session_id", "kind", "text", "b", "state", "result_id", "position",
                   "created_at")
#: The columns of a pre-mortem note, in the order of services.records.PremortemNote's fields.
NOTE_COLUMNS = ("id", "session_id", "action_id", "stage", "text", "cluster", "position")


def phase_number(session: Session, session_id: str) -> int | None:
    """The number of the phase the workshop session belongs to; None when there is no such
    session."""
    return session.execute(
        select(_phase.number).join(WorkshopSession.__table__, _session.phase_id == _phase.id)
        .where(_session.id == session_id)).scalar_one_or_none()


def closed_session_ids(session: Session) -> set[str]:
    """The ids of the sessions closed in workshop mode."""
    return set(session.scalars(select(_session.id).where(_session.closed_at.is_not(None))))


def agenda_items(session: Session, session_id: str) -> list[AgendaItem]:
    """The session's agenda items in order, as objects to update."""
    return list(session.scalars(select(AgendaItem).where(AgendaItem.session_id == session_id)
                                .order_by(AgendaItem.position, AgendaItem.id)))


def captures(session: Session, session_id: str) -> list[tuple[Any, ...]]:
    """The session's captures (CAPTURE_COLUMNS) in the order they were taken."""
    return list(session.execute(
        select(*(_capture[name] for name in CAPTURE_COLUMNS))
        .where(_capture.session_id == session_id)
        .order_by(_capture.position, _capture.created_at, _capture.id)))


def next_position(session: Session, model: type[Capture] | type[PremortemNote],
                  session_id: str) -> int:
    """The position after the last capture or pre-mortem note of the session."""
    table = model.__table__.c
    last = session.execute(select(func.max(table.position))
                           .where(table.session_id == session_id)).scalar_one()
    return 0 if last is None else last + 1


def poll_counts(session: Session, session_id: str) -> list[tuple[str, str, int]]:
    """(B, answer, count) of the session's gut-feeling poll, of every count kept."""
    return [(b, answer, count) for b, answer, count in session.execute(
        select(_poll.b, _poll.answer, _poll.count).where(_poll.session_id == session_id)
        .order_by(_poll.b, _poll.answer))]


def premortem_notes(session: Session, session_id: str,
                    action_id: str | None = None) -> list[tuple[Any, ...]]:
    """The session's pre-mortem notes (NOTE_COLUMNS), of one action or of all, in order."""
    query = (select(*(_note[name] for name in NOTE_COLUMNS))
             .where(_note.session_id == session_id)
             .order_by(_note.position, _note.created_at, _note.id))
    if action_id is not None:
        query = query.where(_note.action_id == action_id)
    return list(session.execute(query))


def premortem_notes_of_actions(session: Session, action_ids: set[str]) -> list[tuple[Any, ...]]:
    """Every pre-mortem note (NOTE_COLUMNS) on these actions, of any session."""
    query = select(*(_note[name] for name in NOTE_COLUMNS))
    return list(asked(lambda part: session.execute(query.where(_note.action_id.in_(part))),
                      action_ids))


#: What an accepted capture can become, by the table its result is in.
RESULT_TABLES = (("signal", Signal), ("barrier", Barrier), ("action", PlanAction),
                 ("decision", Decision))


def result_kinds(session: Session, ids: set[str]) -> dict[str, str]:
    """Of these ids, those of a signal, barrier, action or decision: id: which of the four."""
    found: dict[str, str] = {}
    for kind, model in RESULT_TABLES:
        column = model.__table__.c.id
        found |= dict.fromkeys(asked(partial(_among, session, column), sorted(ids)), kind)
    return found


def _among(session: Session, column: Any, ids: list[str]) -> list[str]:
    """Those of `ids` that `column` holds."""
    return list(session.scalars(select(column).where(column.in_(ids))))


def rounds_held_on(session: Session, day: date) -> int:
    """How many prioritisation rounds were held on `day`."""
    table = PriorityRound.__table__.c
    return session.execute(select(func.count()).select_from(PriorityRound.__table__)
                           .where(table.held_on == day)).scalar_one()
