"""What a trekker or partner reported on a follow-up form, kept with the status step it made."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, synonym

from .base import NAME_LENGTH, Base, UTCDateTime, utc_now


class FollowUpReport(Base):
    """One row of a follow-up form, imported: the step in the action's history it made (a step
    without a report was recorded by the coach), who reported, and what. A form is recognised by
    its id: importing it again changes nothing, a corrected copy updates its own steps."""

    __tablename__ = "follow_up_report"
    __table_args__ = (UniqueConstraint("form_id", "action_id"),)

    status_id: Mapped[str] = mapped_column(
        ForeignKey("action_status.id", ondelete="CASCADE"), primary_key=True)
    action_id: Mapped[str] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), index=True)
    form_id: Mapped[str] = mapped_column(String(36))
    #: Whom the form was made for: an action's owner (trekker) or a partner, by name.
    made_for: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    reporter: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    done: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    #: The row's cells as they were read: the same row imported again is recognised by it.
    fingerprint: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    #: The report's id is its step's: the name every record's id goes by (privacy scan, keeps).
    id = synonym("status_id")
