"""Column queries for follow-up forms: the reports a form brought before, and every report with
the step it made, as plain rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import FollowUpReport, PersonalDataKeep
from .slices import asked

#: The columns of a report the window and the import show, after its step's id.
REPORT_COLUMNS = ("made_for", "reporter", "done", "evidence", "next_step", "problems", "needs")


def reports_of_form(session: Session, form_id: str) -> dict[str, tuple[str, str]]:
    """Per action: the step an earlier import of this form made, and the row's fingerprint."""
    rows = session.execute(select(FollowUpReport.action_id, FollowUpReport.status_id,
                                  FollowUpReport.fingerprint)
                           .where(FollowUpReport.form_id == form_id))
    return {action_id: (status_id, fingerprint) for action_id, status_id, fingerprint in rows}


def reports(session: Session) -> list[tuple[Any, ...]]:
    """(step id, then REPORT_COLUMNS) of every report."""
    rows = session.execute(select(FollowUpReport.status_id,
                                  *(getattr(FollowUpReport, n) for n in REPORT_COLUMNS)))
    return [tuple(row) for row in rows]


def kept_texts(session: Session, step_ids: set[str]) -> set[str]:
    """The texts confirmed as no personal data in the reports of these steps."""
    if not step_ids:
        return set()
    query = select(PersonalDataKeep.texts).where(PersonalDataKeep.record == "follow_up_report")
    rows = asked(lambda part: session.scalars(
        query.where(PersonalDataKeep.record_id.in_(part))), step_ids)
    return {text for texts in rows for text in texts}
