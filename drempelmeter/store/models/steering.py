"""The steering group's report texts: the coach's reading per chapter, the key findings and,
per action and year, what changes next year."""

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, id_column, utc_now


class ChapterNote(Base):
    """The coach's duiding of one chapter of the regional report (a key of
    domain.steering.CHAPTERS), printed under the chapter's title."""

    __tablename__ = "chapter_note"
    __table_args__ = (UniqueConstraint("trajectory_id", "chapter"),)

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    chapter: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class KeyFinding(Base):
    """One of the key findings, in the order the coach put them (first in the report)."""

    __tablename__ = "key_finding"

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ActionYearNote(Base):
    """What changes next year for an action, written for the yearly report of `year`."""

    __tablename__ = "action_year_note"
    __table_args__ = (UniqueConstraint("action_id", "year"),)

    id: Mapped[str] = id_column()
    action_id: Mapped[str] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
