"""An action's follow-up in numbers: its indicators, their measured values, and the sounding
board's (klankgroep's) evaluations."""

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import NAME_LENGTH, Base, UTCDateTime, id_column, utc_now


class Indicator(Base):
    """A number that shows whether an action works: its unit, which way is better, where it
    started and where it should get to, by when. Linked to a B of the measurement (`b`), its
    baseline is that B's score in `baseline_round_id` and its later values are later rounds'."""

    __tablename__ = "indicator"

    id: Mapped[str] = id_column()
    action_id: Mapped[str] = mapped_column(ForeignKey("plan_action.id", ondelete="CASCADE"),
                                           index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    unit: Mapped[str] = mapped_column(String(100), default="")
    #: "higher" or "lower": which way is better.
    direction: Mapped[str] = mapped_column(String(10), default="higher")
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_on: Mapped[date | None] = mapped_column(Date)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_on: Mapped[date | None] = mapped_column(Date)
    b: Mapped[str | None] = mapped_column(String(30))
    baseline_round_id: Mapped[str | None] = mapped_column(
        ForeignKey("measurement_round.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    values: Mapped[list["IndicatorValue"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True,
        order_by="(IndicatorValue.on, IndicatorValue.created_at)")


class IndicatorValue(Base):
    """A value measured on a date: typed by the coach or from a trekker's follow-up form, with
    who reported it."""

    __tablename__ = "indicator_value"

    id: Mapped[str] = id_column()
    indicator_id: Mapped[str] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    #: "typed" or "form" (a value from a measurement round is read from the round, not kept).
    source: Mapped[str] = mapped_column(String(20), default="typed")
    reporter: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SoundingBoardEvaluation(Base):
    """The klankgroep's view of an action on a date (at the trajectory's rhythm,
    `Trajectory.evaluation_months`): works, partly or not, and why."""

    __tablename__ = "sounding_board_evaluation"

    id: Mapped[str] = id_column()
    action_id: Mapped[str] = mapped_column(ForeignKey("plan_action.id", ondelete="CASCADE"),
                                           index=True)
    on: Mapped[date] = mapped_column(Date)
    verdict: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
