"""Policy signals: a supra-local barrier addressed to a higher level, with its status and answer."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import NAME_LENGTH, Base, UTCDateTime, id_column, utc_now


class PolicySignal(Base):
    """A beleidssignaal: what the region asks a level above it (domain.policy's levels) about
    a barrier it cannot remove itself, and what became of the letter. It keeps its subject
    when the barrier is removed, so a letter once sent stays on record."""

    __tablename__ = "policy_signal"

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    barrier_id: Mapped[str | None] = mapped_column(
        ForeignKey("barrier.id", ondelete="SET NULL"), index=True
    )
    #: Numbered from 1 in the order they were made: "Beleidssignaal 2".
    number: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(30))
    addressee: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    subject: Mapped[str] = mapped_column(String(NAME_LENGTH))
    request: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(30), default="draft")
    sent_on: Mapped[date | None] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
