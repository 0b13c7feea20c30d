"""Column queries the first window reads (the trajectory's details, the phases with their
checklists, workshop sessions and decisions) as plain rows.

On lightweight descriptions of the tables (the columns these queries name, typed where a value
is converted), not on the ORM models: the first window imports neither the models nor the ORM,
whose set-up would be a sixth of the start-up. tests/store/test_start_rows.py checks these
descriptions against the models.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Date, Select, column, func, select, table

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    #: a Core connection (the first window's reads) or the Session of a running transaction
    Reader = Connection | Session

TRAJECTORY = table(
    "trajectory", column("id"), column("name"), column("region"), column("coach"),
    column("start_date", Date), column("target_groups", JSON), column("optional_bs", JSON),
    column("suppression_threshold"), column("evaluation_months"))
PHASE = table("phase", column("id"), column("number"), column("state"),
              column("started_on", Date), column("finished_on", Date))
CHECKLIST_ITEM = table("checklist_item", column("id"), column("phase_id"), column("position"),
                       column("key"), column("text"), column("done", Boolean), column("note"))
WORKSHOP = table("workshop_session", column("id"), column("phase_id"),
                 column("held_on", Date), column("title"), column("location"), column("notes"))
AGENDA_ITEM = table("agenda_item", column("id"), column("session_id"), column("position"),
                    column("text"), column("minutes"))
ATTENDANCE = table("attendance", column("session_id"), column("participant_id"))
DECISION = table("decision", column("id"), column("phase_id"), column("decided_on", Date),
                 column("decided_by"), column("text"), column("state"),
                 column("proposed_on", Date), column("created_at"))

#: every table described here, for the test that checks them against the models
TABLES = (TRAJECTORY, PHASE, CHECKLIST_ITEM, WORKSHOP, AGENDA_ITEM, ATTENDANCE, DECISION)

_trajectory = TRAJECTORY.c
_phase = PHASE.c
_item = CHECKLIST_ITEM.c
_workshop = WORKSHOP.c
_agenda = AGENDA_ITEM.c
_attendance = ATTENDANCE.c
_decision = DECISION.c


def trajectory(session: Reader) -> tuple[str, str, str, str, date | None, list[str], list[str],
                                         int, int]:
    """(id, name, region, coach, start date, target groups, optional B's, suppression
    threshold, the klankgroep's rhythm in months) of the one trajectory a file holds."""
    return session.execute(select(
        _trajectory.id, _trajectory.name, _trajectory.region, _trajectory.coach,
        _trajectory.start_date, _trajectory.target_groups, _trajectory.optional_bs,
        _trajectory.suppression_threshold, _trajectory.evaluation_months)).one()


def phases(session: Reader) -> list[tuple[int, str, date | None, date | None]]:
    """(number, state, started on, finished on) of every phase, by number."""
    rows = session.execute(select(_phase.number, _phase.state, _phase.started_on,
                                  _phase.finished_on).order_by(_phase.number))
    return list(rows)


def checklist_progress(session: Reader) -> dict[int, tuple[int, int]]:
    """Phase number: (items done, items) of the phases that have a checklist."""
    rows = session.execute(
        select(_phase.number, func.count(_item.id).filter(_item.done), func.count(_item.id))
        .join(CHECKLIST_ITEM, _item.phase_id == _phase.id).group_by(_phase.number))
    return {number: (done, total) for number, done, total in rows}


def checklist(session: Reader, number: int | None = None) -> list[tuple[Any, ...]]:
    """(phase number, id, position, key, text, done, note) of the checklist items of one phase,
    or of every phase, in phase and list order."""
    query = (select(_phase.number, _item.id, _item.position, _item.key, _item.text, _item.done,
                    _item.note)
             .join(CHECKLIST_ITEM, _item.phase_id == _phase.id)
             .order_by(_phase.number, _item.position, _item.id))
    if number is not None:
        query = query.where(_phase.number == number)
    return list(session.execute(query))


def workshops(session: Reader, number: int | None = None) -> list[tuple[Any, ...]]:
    """(phase number, id, held on, title, location, notes) of the workshop sessions of one phase,
    or of every phase, by date."""
    query = (select(_phase.number, _workshop.id, _workshop.held_on, _workshop.title,
                    _workshop.location, _workshop.notes)
             .join(WORKSHOP, _workshop.phase_id == _phase.id)
             .order_by(_workshop.held_on, _workshop.title, _workshop.id))
    if number is not None:
        query = query.where(_phase.number == number)
    return list(session.execute(query))


def agendas(session: Reader,
            number: int | None = None) -> dict[str, list[tuple[str, int | None]]]:
    """Workshop session id: its agenda as (text, minutes), in order; of the sessions of one
    phase, or of every phase."""
    query = (select(_agenda.session_id, _agenda.text, _agenda.minutes)
             .join(WORKSHOP, _agenda.session_id == _workshop.id)
             .order_by(_agenda.session_id, _agenda.position, _agenda.id))
    found: dict[str, list[tuple[str, int | None]]] = {}
    for workshop_id, text, minutes in session.execute(_of_phase(query, number)):
        found.setdefault(workshop_id, []).append((text, minutes))
    return found


def attendees(session: Reader, number: int | None = None) -> dict[str, list[str]]:
    """Workshop session id: the ids of the participants who attended it, sorted; of the
    sessions of one phase, or of every phase."""
    query = (select(_attendance.session_id, _attendance.participant_id)
             .join(WORKSHOP, _attendance.session_id == _workshop.id)
             .order_by(_attendance.session_id, _attendance.participant_id))
    found: dict[str, list[str]] = {}
    for workshop_id, participant_id in session.execute(_of_phase(query, number)):
        found.setdefault(workshop_id, []).append(participant_id)
    return found


def _of_phase(query: Select[Any], number: int | None) -> Select[Any]:
    """A query over workshop sessions, narrowed to those of phase `number` unless it is None."""
    if number is None:
        return query
    return query.join(PHASE, _workshop.phase_id == _phase.id).where(
        _phase.number == number)


def decisions(session: Reader, number: int | None = None) -> list[tuple[Any, ...]]:
    """(phase number or None, id, decided on, decided by, text, state, proposed on) of the
    decision log of one phase, or of the whole trajectory: the decisions oldest first, then the
    open proposals (no decision date) in the order they were made."""
    query = (select(_phase.number, _decision.id, _decision.decided_on, _decision.decided_by,
                    _decision.text, _decision.state, _decision.proposed_on)
             .select_from(DECISION)
             .outerjoin(PHASE, _decision.phase_id == _phase.id)
             .order_by(_decision.decided_on.is_(None), _decision.decided_on,
                       _decision.proposed_on, _decision.created_at, _decision.id))
    if number is not None:
        query = query.where(_phase.number == number)
    return list(session.execute(query))
