"""The minutes of workshop sessions: which sessions, what they say in the region's language
(personal data nobody confirmed masked, like every export), written as a PDF."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ..domain.minutes import (
    AgendaLine,
    Attendee,
    Minutes,
    RoundPart,
    SessionMinutes,
)
from ..domain.organisation import DECISION_MAKERS, PARTICIPANT_ROLES
from ..domain.phases import phase
from ..domain.prioritisation import METHODS, basis_of, explain
from ..store.database import TrajectoryDatabase
from . import decisions, partners, plan, prioritisation, trajectory, workshops
from .errors import InvalidInput
from .export_screen import Exported, export_screen
from .prioritisation import RoundResult
from .records import DecisionRecord, ParticipantRecord, SessionRecord

#: How many places of a prioritisation round the minutes show.
TOP = 5


def chosen_sessions(db: TrajectoryDatabase, session_id: str | None = None,
                    phase_number: int | None = None) -> list[SessionRecord]:
    """The session `session_id` (refused when there is none such), or the sessions of phase
    `phase_number`, or every session; by date."""
    sessions = workshops.list_sessions(db, phase_number)
    if session_id is None:
        return sessions
    chosen = [s for s in sessions if s.id == session_id]
    if not chosen:
        raise InvalidInput("session", InvalidInput.NOT_FOUND, session_id)
    return chosen


def gather(db: TrajectoryDatabase, session_ids: Sequence[str], today: date) -> Minutes:
    """What the minutes of `session_ids` say, in that order (unscreened)."""
    details = trajectory.get_trajectory(db)
    by_id = {s.id: s for s in workshops.list_sessions(db)}
    missing = [key for key in session_ids if key not in by_id]
    if missing:
        raise InvalidInput("session", InvalidInput.NOT_FOUND, missing[0])
    people = {p.id: p for p in partners.list_participants(db)}
    organisations = {p.id: p.name for p in partners.list_partners(db)}
    logged = decisions.list_decisions(db)
    rounds = prioritisation.list_rounds(db)
    barrier_titles = dict(plan.barrier_titles(db))
    sessions = []
    for key in session_ids:
        record = by_id[key]
        attendees = tuple(sorted(
            (_attendee(people[p], organisations, details.coach)
             for p in record.attendee_ids if p in people), key=lambda a: a.name.casefold()))
        sessions.append(SessionMinutes(
            title=record.title, phase=f"{record.phase_number}. {phase(record.phase_number).title_nl}",
            held_on=record.held_on, location=record.location, started_at=None, closed_at=None,
            attendees=attendees,
            agenda=tuple(AgendaLine(a.text, a.minutes, None) for a in record.agenda),
            prompts=(), captures=(), poll_answers=(), poll=(), premortem=(),
            rounds=tuple(_round(r, barrier_titles) for r in rounds
                         if r.held_on == record.held_on),
            decisions=tuple(_decision(d) for d in logged
                            if d.phase_number == record.phase_number
                            and d.decided_on == record.held_on),
            notes=record.notes))
    return Minutes(trajectory=details.name, region=details.region, coach=details.coach,
                   made_on=today, sessions=tuple(sessions))


def _attendee(person: ParticipantRecord, organisations: dict[str, str],
              coach: str) -> Attendee:
    """A participant as the minutes name them: the coach as the coach, others by their role."""
    role = (DECISION_MAKERS.label("coach", "nl") if person.name == coach
            else PARTICIPANT_ROLES.label(person.role, "nl"))
    return Attendee(person.name, organisations.get(person.partner_id or "", ""), role)


def _decision(record: DecisionRecord) -> tuple[date, str, str]:
    return record.decided_on, DECISION_MAKERS.label(record.decided_by, "nl"), record.text


def _round(result: RoundResult, barrier_titles: dict[str, str]) -> RoundPart:
    top = [e for e in result.ranked() if e.rank is not None][:TOP]
    return RoundPart(
        method=METHODS.label(result.method, "nl"), participants=len(result.participants),
        closed=result.closed_on is not None,
        top=tuple((e.rank or 0, barrier_titles.get(e.barrier_id, "(verwijderde drempel)"),
                   explain(basis_of(result.method, e.score, e.inputs), "nl")) for e in top),
        rationale=result.rationale)


def write_minutes(db: TrajectoryDatabase, out_path: Path, session_ids: Sequence[str],
                  today: date | None = None) -> Exported:
    """Write the minutes of `session_ids` to `out_path` (whole or not at all); returns how many
    sessions and the texts masked as personal data."""
    from ..exchange.minutes_pdf import write_minutes_pdf

    minutes = gather(db, session_ids, today or date.today())
    screen = export_screen(db)
    write_minutes_pdf(out_path, screen.walk(minutes))
    return Exported(len(session_ids), tuple(m.describe() for m in screen.masked))

