"""The trajectory's own tables: partners, phases, workshops, signals, measurement, barriers, plan."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.indicators import EVALUATION_MONTHS
from .base import NAME_LENGTH, TEXT_LENGTH, Base, UTCDateTime, id_column, utc_now


class Trajectory(Base):
    __tablename__ = "trajectory"
    __table_args__ = (CheckConstraint("suppression_threshold >= 3", name="suppression_min"),)

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    region: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    coach: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    optional_bs: Mapped[list[str]] = mapped_column(JSON, default=list)
    suppression_threshold: Mapped[int] = mapped_column(Integer, default=5)
    #: The weights of the factor score (severity, frequency, reach) set on the barriers page;
    #: None: each weighs 1.
    score_weights: Mapped[dict[str, float] | None] = mapped_column(JSON)
    #: The klankgroep's rhythm: every how many months it evaluates an action under way.
    evaluation_months: Mapped[int] = mapped_column(Integer, default=EVALUATION_MONTHS,
                                                   server_default=str(EVALUATION_MONTHS))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    partners: Mapped[list["Partner"]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Partner.position",
    )
    phases: Mapped[list["PhaseRecord"]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan", passive_deletes=True,
        order_by="PhaseRecord.number",
    )


class Partner(Base):
    __tablename__ = "partner"
    __table_args__ = (UniqueConstraint("trajectory_id", "name"),)

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    kind: Mapped[str] = mapped_column(String(30))
    type: Mapped[str] = mapped_column(String(30))
    position: Mapped[int] = mapped_column(Integer, default=0)

    trajectory: Mapped["Trajectory"] = relationship(back_populates="partners")


class Participant(Base):
    """A member of the steering group, working group or sounding board: never a client."""

    __tablename__ = "participant"

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[str | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    role: Mapped[str] = mapped_column(String(30))
    groups: Mapped[list[str]] = mapped_column(JSON, default=list)


class PhaseRecord(Base):
    """The state of one of the six phases in this trajectory."""

    __tablename__ = "phase"
    __table_args__ = (
        UniqueConstraint("trajectory_id", "number"),
        CheckConstraint("number BETWEEN 1 AND 6", name="number_range"),
    )

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="not_started")
    started_on: Mapped[date | None] = mapped_column(Date)
    finished_on: Mapped[date | None] = mapped_column(Date)

    trajectory: Mapped["Trajectory"] = relationship(back_populates="phases")
    checklist: Mapped[list["ChecklistItem"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ChecklistItem.position"
    )


class ChecklistItem(Base):
    """One expected output of a phase: a default one (by key) or one the coach added (text)."""

    __tablename__ = "checklist_item"

    id: Mapped[str] = id_column()
    phase_id: Mapped[str] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str | None] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class WorkshopSession(Base):
    __tablename__ = "workshop_session"

    id: Mapped[str] = id_column()
    phase_id: Mapped[str] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    location: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: When the coach started and closed the session in workshop mode (None: not yet).
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: What closing the session wrote: attendees, agenda kept, captures, polls, decisions.
    summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The coach's own questions for this session; empty: the phase's default prompts.
    prompts: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")

    agenda: Mapped[list["AgendaItem"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AgendaItem.position"
    )
    attendances: Mapped[list["Attendance"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[str] = id_column()
    session_id: Mapped[str] = mapped_column(
        ForeignKey("workshop_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    minutes: Mapped[int | None] = mapped_column(Integer)
    #: The time the item really took in the room, in seconds (None: not kept).
    kept_seconds: Mapped[int | None] = mapped_column(Integer)


class Capture(Base):
    """What the coach typed during a session: a draft signal, idea, concern or action point,
    reviewed afterwards into a real record (`result_id`) or discarded."""

    __tablename__ = "capture"

    id: Mapped[str] = id_column()
    session_id: Mapped[str] = mapped_column(
        ForeignKey("workshop_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    b: Mapped[str | None] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(30), default="draft")
    #: The signal, barrier or action the capture became when accepted.
    result_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PollCount(Base):
    """The tally of one answer to one B of the session's gut-feeling poll (hands or cards)."""

    __tablename__ = "poll_count"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("workshop_session.id", ondelete="CASCADE"), primary_key=True
    )
    b: Mapped[str] = mapped_column(String(30), primary_key=True)
    #: "1".."5", "dont_know" or "not_applicable".
    answer: Mapped[str] = mapped_column(String(30), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class PremortemNote(Base):
    """One sticky note of an action's pre-mortem, without a name: a way it could fail ("risk",
    with the cluster it was grouped into) or what it needs to succeed ("need")."""

    __tablename__ = "premortem_note"

    id: Mapped[str] = id_column()
    session_id: Mapped[str] = mapped_column(
        ForeignKey("workshop_session.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[str] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(30))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    cluster: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Attendance(Base):
    __tablename__ = "attendance"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("workshop_session.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Decision(Base):
    """An entry of the decision log: what was decided, when, by which group; or a proposal put
    to that group (`state` domain.steering.DECISION_STATES), decided on later."""

    __tablename__ = "decision"

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    phase_id: Mapped[str | None] = mapped_column(
        ForeignKey("phase.id", ondelete="SET NULL"), index=True
    )
    state: Mapped[str] = mapped_column(String(30), default="decided", server_default="decided")
    proposed_on: Mapped[date | None] = mapped_column(Date)
    #: None while the proposal is open.
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Signal(Base):
    """A recurring problem a partner noticed in practice: never about one identifiable client.

    Only the B and a short description are required; the other closed fields (keys of the
    taxonomy in domain/) help clustering and prioritising later.
    """

    __tablename__ = "signal"
    __table_args__ = (
        CheckConstraint("severity IS NULL OR severity BETWEEN 0 AND 4", name="severity_range"),
        #: A barrier's partners and the counts per partner read its signals by both.
        Index("ix_signal_barrier_partner", "barrier_id", "partner_id"),
        #: Only the signals waiting for review (schema 0018): nearly none of a file's.
        Index("ix_signal_to_review", "to_review", sqlite_where=sql_text("to_review = 1"),
              postgresql_where=sql_text("to_review = 1")),
    )

    id: Mapped[str] = id_column()
    #: Not indexed: a file holds one trajectory (schema 0017).
    trajectory_id: Mapped[str] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"))
    partner_id: Mapped[str] = mapped_column(
        ForeignKey("partner.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    primary_b: Mapped[str] = mapped_column(String(30))
    secondary_b: Mapped[str | None] = mapped_column(String(30))
    level: Mapped[str | None] = mapped_column(String(30))
    non_take_up: Mapped[str | None] = mapped_column(String(30))
    journey_moment: Mapped[str | None] = mapped_column(String(30))
    channel: Mapped[str | None] = mapped_column(String(30))
    gbo_function: Mapped[str | None] = mapped_column(String(30))
    gbo_principle: Mapped[str | None] = mapped_column(String(30))
    life_domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    source: Mapped[str | None] = mapped_column(String(30))
    severity: Mapped[int | None] = mapped_column(Integer)
    frequency: Mapped[str | None] = mapped_column(String(30))
    influence: Mapped[str | None] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30), default="noticed")
    #: The barrier this signal was bundled into, if any (a signal is in one barrier at most);
    #: looked up through ix_signal_barrier_partner.
    barrier_id: Mapped[str | None] = mapped_column(ForeignKey("barrier.id", ondelete="SET NULL"))
    #: Personal-data findings the user chose to keep, with when: a recorded confirmation.
    kept_findings: Mapped[list[str]] = mapped_column(JSON, default=list)
    kept_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Imported with text the personal-data guard flagged: left out of every report and export
    #: until the coach has reviewed it (changed the text, or confirmed it is not personal data).
    to_review: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    #: Casefolded, accent-free description, for search that works alike on SQLite and PostgreSQL.
    search_text: Mapped[str] = mapped_column(Text, default="")
    #: A fingerprint of partner and description, so a re-imported new row is recognised.
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class MeasurementRound(Base):
    """A nulmeting, tussenmeting or eindmeting, with a snapshot of the items it asked.

    The snapshot (item id and B) keeps old answers meaning what they meant when the
    questionnaire file changes later. A closed round is frozen.
    """

    __tablename__ = "measurement_round"

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    started_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    questionnaire_id: Mapped[str] = mapped_column(String(60))
    questionnaire_version: Mapped[str] = mapped_column(String(30))
    items: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)


class Respondent(Base):
    """One anonymous questionnaire: only the partner and the stakeholder group are known."""

    __tablename__ = "respondent"

    id: Mapped[str] = id_column()
    round_id: Mapped[str] = mapped_column(
        ForeignKey("measurement_round.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[str] = mapped_column(
        ForeignKey("partner.id", ondelete="RESTRICT"), index=True
    )
    group: Mapped[str] = mapped_column(String(20))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    answers: Mapped[list["ResponseAnswer"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ResponseAnswer(Base):
    """The answer to one item: a value 1–5, or "weet niet" / "niet van toepassing"."""

    __tablename__ = "response_answer"
    __table_args__ = (
        CheckConstraint(
            "(value BETWEEN 1 AND 5 AND special IS NULL) OR "
            "(value IS NULL AND special IN ('dont_know', 'not_applicable'))",
            name="value_or_special",
        ),
    )

    respondent_id: Mapped[str] = mapped_column(
        ForeignKey("respondent.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int | None] = mapped_column(Integer)
    special: Mapped[str | None] = mapped_column(String(20))


class Barrier(Base):
    """A drempel: a cluster of signals the working group validated, to be prioritised.

    Its taxonomy fields default from its signals; the partners that recognise it are derived
    from its signals unless the coach set them (`partner_ids` not null).
    """

    __tablename__ = "barrier"
    __table_args__ = (
        CheckConstraint("severity IS NULL OR severity BETWEEN 0 AND 4", name="severity_range"),
    )

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    description: Mapped[str] = mapped_column(Text, default="")
    primary_b: Mapped[str] = mapped_column(String(30))
    level: Mapped[str | None] = mapped_column(String(30))
    journey_moment: Mapped[str | None] = mapped_column(String(30))
    severity: Mapped[int | None] = mapped_column(Integer)
    frequency: Mapped[str | None] = mapped_column(String(30))
    influence: Mapped[str | None] = mapped_column(String(30))
    partner_ids: Mapped[list[str] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(30), default="candidate")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PriorityRound(Base):
    """One prioritisation: its method, date, participants, weights and the rationale."""

    __tablename__ = "priority_round"

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    method: Mapped[str] = mapped_column(String(30))
    held_on: Mapped[date] = mapped_column(Date)
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Method settings: the factor weights, or the dots per participant.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    rationale: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    #: When it was closed: orders rounds closed on the same day (None in files before 0006).
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    entries: Mapped[list["PriorityEntry"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class PriorityEntry(Base):
    """A barrier in a round: what it was given (votes, placement, category) and its rank."""

    __tablename__ = "priority_entry"

    round_id: Mapped[str] = mapped_column(
        ForeignKey("priority_round.id", ondelete="CASCADE"), primary_key=True
    )
    barrier_id: Mapped[str] = mapped_column(
        ForeignKey("barrier.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    #: votes (participant → dots), objection, impact, effort, moscow: as the method needs.
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    score: Mapped[float | None] = mapped_column(Float)
    rank: Mapped[int | None] = mapped_column(Integer)


class PlanPillar(Base):
    """A pijler of the action plan: the first level, in the region's order."""

    __tablename__ = "plan_pillar"

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))

    goals: Mapped[list["PlanGoal"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PlanGoal.position"
    )


class PlanGoal(Base):
    """A doel under a pillar."""

    __tablename__ = "plan_goal"

    id: Mapped[str] = id_column()
    pillar_id: Mapped[str] = mapped_column(
        ForeignKey("plan_pillar.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))

    actions: Mapped[list["PlanAction"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PlanAction.position"
    )


class PlanAction(Base):
    """An actie: the three questions as lists of points, who carries it, when, with what, why
    (the barriers, B's and GBO principles it serves) and the steering group's validation."""

    __tablename__ = "plan_action"

    id: Mapped[str] = id_column()
    goal_id: Mapped[str] = mapped_column(ForeignKey("plan_goal.id", ondelete="CASCADE"),
                                         index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    #: Hoe ziet het idee er concreet uit? / Hoe kan het mislukken? / Wat is nodig om te slagen?
    concrete: Mapped[list[str]] = mapped_column(JSON, default=list)
    risks: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs: Mapped[list[str]] = mapped_column(JSON, default=list)
    owner: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    partners: Mapped[list[str]] = mapped_column(JSON, default=list)
    starts_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    means: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    barrier_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    bs: Mapped[list[str]] = mapped_column(JSON, default=list)
    principles: Mapped[list[str]] = mapped_column(JSON, default=list)
    moscow: Mapped[str | None] = mapped_column(String(30))
    validated_on: Mapped[date | None] = mapped_column(Date)
    validation: Mapped[str] = mapped_column(Text, default="")
    #: What was reported back to the partners who raised the underlying signals.
    reported_back: Mapped[str] = mapped_column(Text, default="")

    history: Mapped[list["ActionStatus"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True,
        order_by="(ActionStatus.on, ActionStatus.created_at)"
    )


class ActionStatus(Base):
    """One step in an action's follow-up: its status from a date, with a note (the reason when
    stopped or adjusted)."""

    __tablename__ = "action_status"

    id: Mapped[str] = id_column()
    action_id: Mapped[str] = mapped_column(ForeignKey("plan_action.id", ondelete="CASCADE"),
                                           index=True)
    status: Mapped[str] = mapped_column(String(30))
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PersonalDataKeep(Base):
    """Text in one field of one record that the guard flagged and the user confirmed is not
    personal data, with when: the recorded "keep". Signals keep theirs on the signal itself.

    It outlives its record on purpose: undoing a removal brings the record back with its keep.
    """

    __tablename__ = "personal_data_keep"

    record: Mapped[str] = mapped_column(String(30), primary_key=True)
    #: The record's id; a barrier's place in a prioritisation round is "round id:barrier id".
    record_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    texts: Mapped[list[str]] = mapped_column(JSON, default=list)
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
