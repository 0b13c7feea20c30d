"""Read queries over one trajectory file, always in a stable order (PostgreSQL has no default)."""

from __future__ import annotations

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session, selectinload

from .models import (
    Attendance,
    Barrier,
    MeasurementRound,
    Participant,
    Partner,
    PersonalDataKeep,
    PhaseRecord,
    PlanAction,
    PlanGoal,
    PlanPillar,
    PriorityRound,
    Respondent,
    ResponseAnswer,
    Signal,
    Trajectory,
)


def trajectory(session: Session) -> Trajectory:
    """The one trajectory a file holds."""
    return session.scalars(select(Trajectory)).one()


def phase(session: Session, number: int) -> PhaseRecord:
    return session.scalars(select(PhaseRecord).where(PhaseRecord.number == number)).one()


def phases(session: Session) -> list[PhaseRecord]:
    return list(session.scalars(select(PhaseRecord).order_by(PhaseRecord.number)))


def partners(session: Session) -> list[Partner]:
    return list(session.scalars(select(Partner).order_by(Partner.position, Partner.name)))


_partner = Partner.__table__.c


def partner_rows(session: Session) -> list[tuple[str, str, str, str, int]]:
    """(id, name, kind, type, position) of every partner, in the order of `partners`: read from
    the table's columns, so no object is loaded and no mapper configured to list them."""
    session.flush()  # partners added in the running transaction too (a table's query does not)
    return [tuple(row) for row in session.execute(
        select(_partner.id, _partner.name, _partner.kind, _partner.type, _partner.position)
        .order_by(_partner.position, _partner.name))]


def partner_named(session: Session, name: str) -> Partner | None:
    return session.scalars(select(Partner).where(Partner.name == name)).first()


def participants(session: Session) -> list[Participant]:
    return list(session.scalars(select(Participant).order_by(Participant.name, Participant.id)))


def participants_of_partner(session: Session, partner_id: str) -> list[Participant]:
    return list(session.scalars(select(Participant).where(Participant.partner_id == partner_id)))


def sessions_attended_by(session: Session, participant_id: str) -> list[str]:
    return list(
        session.scalars(
            select(Attendance.session_id).where(Attendance.participant_id == participant_id)
        )
    )


def signals(session: Session, partner_id: str | None = None) -> list[Signal]:
    """Every signal (or one partner's) as an object, oldest first: for reading whole records;
    a list reads signal_rows.signal_lines."""
    query = select(Signal).order_by(Signal.created_at, Signal.id)
    if partner_id is not None:
        query = query.where(Signal.partner_id == partner_id)
    return list(session.scalars(query))


def unbundled_signal_texts(session: Session) -> list[tuple[str, str, str | None, str]]:
    """(id, primary B, level, description) of the signals in no barrier, in the signals' order:
    the columns the clustering suggestions read, without loading a signal object."""
    return [(row.id, row.primary_b, row.level, row.description) for row in session.execute(
        select(Signal.id, Signal.primary_b, Signal.level, Signal.description)
        .where(Signal.barrier_id.is_(None)).order_by(Signal.created_at, Signal.id))]


def signal_count_of_partner(session: Session, partner_id: str) -> int:
    return len(session.scalars(select(Signal.id).where(Signal.partner_id == partner_id)).all())


def barrier_ids(session: Session) -> set[str]:
    return set(session.scalars(select(Barrier.id)))


def priority_rounds(session: Session) -> list[PriorityRound]:
    return list(session.scalars(
        select(PriorityRound).order_by(PriorityRound.held_on, PriorityRound.id)))


def rounds(session: Session) -> list[MeasurementRound]:
    return list(session.scalars(
        select(MeasurementRound).order_by(MeasurementRound.started_on, MeasurementRound.id)))


def respondents(session: Session, round_id: str) -> list[Respondent]:
    return list(session.scalars(
        select(Respondent).where(Respondent.round_id == round_id)
        .order_by(Respondent.entered_at, Respondent.id)))


def respondent_count(session: Session, round_id: str) -> int:
    return session.scalar(
        select(func.count()).select_from(Respondent).where(Respondent.round_id == round_id)) or 0


def respondent_count_of_partner(session: Session, partner_id: str) -> int:
    return len(session.scalars(
        select(Respondent.id).where(Respondent.partner_id == partner_id)).all())


def answer_rows(session: Session, round_id: str) -> list[tuple[str, str, str, str, int | None,
                                                               str | None]]:
    """(respondent, partner, group, item, value, special) for every answer of a round."""
    rows = session.execute(
        select(Respondent.id, Respondent.partner_id, Respondent.group, ResponseAnswer.item_id,
               ResponseAnswer.value, ResponseAnswer.special)
        .join(ResponseAnswer, ResponseAnswer.respondent_id == Respondent.id)
        .where(Respondent.round_id == round_id))
    return [tuple(row) for row in rows]  # type: ignore[misc]


def plan(session: Session) -> list[PlanPillar]:
    """The action plan's pillars in order, their goals, actions and follow-up loaded with them."""
    return list(session.scalars(
        select(PlanPillar).order_by(PlanPillar.position, PlanPillar.id).options(
            selectinload(PlanPillar.goals).selectinload(PlanGoal.actions)
            .selectinload(PlanAction.history))))


def plan_actions(session: Session) -> list[PlanAction]:
    return list(session.scalars(select(PlanAction).order_by(PlanAction.id)))


def every(session: Session, model: type) -> list:
    """Every row of a table, in the order of its key: for checks that read the whole file."""
    return list(session.scalars(select(model).order_by(*inspect(model).primary_key)))


def personal_data_keeps(session: Session) -> list[PersonalDataKeep]:
    return every(session, PersonalDataKeep)


def signal_keeps(session: Session) -> list[tuple[str, list[str]]]:
    """(signal id, the texts its user confirmed) for every signal that has some."""
    rows = session.execute(select(Signal.id, Signal.kept_findings).order_by(Signal.id))
    return [(signal_id, texts) for signal_id, texts in rows if texts]
