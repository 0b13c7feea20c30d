"""The history of an action's planned fields: append-only, one row per change, so a past year's
report shows the plan as it stood then."""

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import NAME_LENGTH, Base, UTCDateTime, id_column, utc_now


class PlannedVersion(Base):
    """The planned fields of an action (its points, owner, partners, dates, means and
    indicator) as they stood from `effective_on`, until a later row. Rows are only added, in the
    transaction of the edit; `source` says what wrote them: "seed" is the upgrade of a file that
    had no history, holding the values of that day (`created_at`), when the history begins."""

    __tablename__ = "planned_version"

    id: Mapped[str] = id_column()
    action_id: Mapped[str] = mapped_column(ForeignKey("plan_action.id", ondelete="CASCADE"),
                                           index=True)
    effective_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20))
    concrete: Mapped[list[str]] = mapped_column(JSON, default=list)
    owner: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    partners: Mapped[list[str]] = mapped_column(JSON, default=list)
    starts_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    means: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
