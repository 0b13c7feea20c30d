"""The next cycle: the link to the cycle a trajectory continues, its baseline, the carried marks."""

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import NAME_LENGTH, TEXT_LENGTH, Base, UTCDateTime, id_column, utc_now


class CycleLink(Base):
    """The previous cycle this trajectory continues: its file as it was called then, its
    trajectory, its questionnaire and the round whose scores are this cycle's baseline."""

    __tablename__ = "cycle_link"
    __table_args__ = (CheckConstraint("cycle_number >= 2", name="cycle_number_min"),)

    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), primary_key=True
    )
    #: This trajectory's cycle: the previous one's number plus one.
    cycle_number: Mapped[int] = mapped_column(Integer)
    previous_file: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    previous_trajectory_id: Mapped[str] = mapped_column(String(36))
    previous_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    #: The previous cycle's last closed round (empty: it closed none), read as the baseline.
    baseline_round: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    baseline_closed_on: Mapped[date | None] = mapped_column(Date)
    baseline_threshold: Mapped[int | None] = mapped_column(Integer)
    #: The questionnaire the previous cycle asked last, and its items (id and B) then.
    questionnaire_id: Mapped[str] = mapped_column(String(60), default="")
    questionnaire_version: Mapped[str] = mapped_column(String(30), default="")
    items: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class BaselineScore(Base):
    """The region's score on one B in the previous cycle's last round, as it was published
    there: hidden cells keep no numbers."""

    __tablename__ = "baseline_score"

    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("cycle_link.trajectory_id", ondelete="CASCADE"), primary_key=True
    )
    b: Mapped[str] = mapped_column(String(30), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    suppressed: Mapped[bool] = mapped_column(Boolean, default=False)
    respondents: Mapped[int | None] = mapped_column(Integer)
    mean: Mapped[float | None] = mapped_column(Float)


class CarriedItem(Base):
    """A barrier or action carried over from an earlier cycle: from which, and its history
    there in a few words."""

    __tablename__ = "carried_item"
    __table_args__ = (
        CheckConstraint("(barrier_id IS NULL) <> (action_id IS NULL)", name="one_item"),
    )

    id: Mapped[str] = id_column()
    barrier_id: Mapped[str | None] = mapped_column(
        ForeignKey("barrier.id", ondelete="CASCADE"), index=True, unique=True
    )
    action_id: Mapped[str | None] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), index=True, unique=True
    )
    #: The cycle the item was first raised in (carried twice, it keeps the first).
    from_cycle: Mapped[int] = mapped_column(Integer)
    from_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    summary: Mapped[str] = mapped_column(Text, default="")
