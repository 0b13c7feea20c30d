"""Column queries the first window reads (the trajectory's details, the phases with their
checklists, workshop sessions and decisions) as plain rows, on the tables themselves.

No object is loaded and no mapped attribute is used, so the ORM configures no mapper and compiles
no ORM statement before the window shows: its mappers are configured at their first use, later.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .models import AgendaItem, Attendance, ChecklistItem, Decision, PhaseRecord, Trajectory
from .models import WorkshopSession as Workshop

_trajectory = Trajectory.__table__.c
_phase = PhaseRecord.__table__.c
_item = ChecklistItem.__table__.c
_workshop = Workshop.__table__.c
_agenda = AgendaItem.__table__.c
_attendance = Attendance.__table__.c
_decision = Decision.__table__.c


def trajectory(session: Session) -> tuple[str, str, str, str, date | None, list[str], list[str],
                                         int]:
    """(id, name, region, coach, start date, target groups, optional B's, suppression
    threshold) of the one trajectory a file holds."""
    return session.execute(select(
        _trajectory.id, _trajectory.name, _trajectory.region, _trajectory.coach,
        _trajectory.start_date, _trajectory.target_groups, _trajectory.optional_bs,
        _trajectory.suppression_threshold)).one()


def phases(session: Session) -> list[tuple[int, str, date | None, date | None]]:
    """(number, state, started on, finished on) of every phase, by number."""
    rows = session.execute(select(_phase.number, _phase.state, _phase.started_on,
                                  _phase.finished_on).order_by(_phase.number))
    return list(rows)


def checklist_progress(session: Session) -> dict[int, tuple[int, int]]:
    """Phase number: (items done, items) of the phases that have a checklist."""
    rows = session.execute(
        select(_phase.number, func.count(_item.id).filter(_item.done), func.count(_item.id))
        .join(ChecklistItem.__table__, _item.phase_id == _phase.id).group_by(_phase.number))
    return {number: (done, total) for number, done, total in rows}


def checklist(session: Session, number: int | None = None) -> list[tuple[Any, ...]]:
    """(phase number, id, position, key, text, done, note) of the checklist items of one phase,
    or of every phase, in phase and list order."""
    query = (select(_phase.number, _item.id, _item.position, _item.key, _item.text, _item.done,
                    _item.note)
             .join(ChecklistItem.__table__, _item.phase_id == _phase.id)
             .order_by(_phase.number, _item.position, _item.id))
    if number is not None:
        query = query.where(_phase.number == number)
    return list(session.execute(query))


def workshops(session: Session, number: int | None = None) -> list[tuple[Any, ...]]:
    """(phase number, id, held on, title, location, notes) of the workshop sessions of one phase,
    or of every phase, by date."""
    query = (select(_phase.number, _workshop.id, _workshop.held_on, _workshop.title,
                    _workshop.location, _workshop.notes)
             .join(Workshop.__table__, _workshop.phase_id == _phase.id)
             .order_by(_workshop.held_on, _workshop.title, _workshop.id))
    if number is not None:
        query = query.where(_phase.number == number)
    return list(session.execute(query))


def agendas(session: Session,
            number: int | None = None) -> dict[str, list[tuple[str, int | None]]]:
    """Workshop session id: its agenda as (text, minutes), in order; of the sessions of one
    phase, or of every phase."""
    query = (select(_agenda.session_id, _agenda.text, _agenda.minutes)
             .join(Workshop.__table__, _agenda.session_id == _workshop.id)
             .order_by(_agenda.session_id, _agenda.position, _agenda.id))
    found: dict[str, list[tuple[str, int | None]]] = {}
    for workshop_id, text, minutes in session.execute(_of_phase(query, number)):
        found.setdefault(workshop_id, []).append((text, minutes))
    return found


def attendees(session: Session, number: int | None = None) -> dict[str, list[str]]:
    """Workshop session id: the ids of the participants who attended it, sorted; of the
    sessions of one phase, or of every phase."""
    query = (select(_attendance.session_id, _attendance.participant_id)
             .join(Workshop.__table__, _attendance.session_id == _workshop.id)
             .order_by(_attendance.session_id, _attendance.participant_id))
    found: dict[str, list[str]] = {}
    for workshop_id, participant_id in session.execute(_of_phase(query, number)):
        found.setdefault(workshop_id, []).append(participant_id)
    return found


def _of_phase(query: Select[Any], number: int | None) -> Select[Any]:
    """A query over workshop sessions, narrowed to those of phase `number` unless it is None."""
    if number is None:
        return query
    return query.join(PhaseRecord.__table__, _workshop.phase_id == _phase.id).where(
        _phase.number == number)


def decisions(session: Session, number: int | None = None) -> list[tuple[Any, ...]]:
    """(phase number or None, id, decided on, decided by, text, state, proposed on) of the
    decision log of one phase, or of the whole trajectory: the decisions oldest first, then the
    open proposals (no decision date) in the order they were made."""
    query = (select(_phase.number, _decision.id, _decision.decided_on, _decision.decided_by,
                    _decision.text, _decision.state, _decision.proposed_on)
             .select_from(Decision.__table__)
             .outerjoin(PhaseRecord.__table__, _decision.phase_id == _phase.id)
             .order_by(_decision.decided_on.is_(None), _decision.decided_on,
                       _decision.proposed_on, _decision.created_at, _decision.id))
    if number is not None:
        query = query.where(_phase.number == number)
    return list(session.execute(query))
