"""The decision log: what was decided, when, and by whom (a group or the coach)."""

from __future__ import annotations

from ..store import queries, start_rows
from ..store.database import TrajectoryDatabase
from ..store.models import Decision
from . import personal_data, vocabularies
from .records import DecisionRecord
from .validation import clean_text, existing, known_key


def list_decisions(
    db: TrajectoryDatabase, phase_number: int | None = None
) -> list[DecisionRecord]:
    """Decisions oldest first, of one phase or of the whole trajectory (read from columns: a
    phase's page shows them at start, before any object is loaded)."""
    with db.session() as session:
        return [
            DecisionRecord(decision_id, decided_on, decided_by, text, number)
            for number, decision_id, decided_on, decided_by, text
            in start_rows.decisions(session, phase_number)
        ]


def save_decision(db: TrajectoryDatabase, record: DecisionRecord) -> None:
    """Log the decision with `record.id`, or correct the one already logged under it."""
    text = clean_text("text", record.text, required=True, limit=10_000)
    known_key("decided_by", vocabularies.effective(db).decision_makers, record.decided_by)
    with db.session() as session:
        trajectory = queries.trajectory(session)
        phase_id = (
            queries.phase(session, record.phase_number).id if record.phase_number else None
        )
        personal_data.check(session, "decision", record.id, "text", text)
        row = session.get(Decision, record.id)
        if row is None:
            row = Decision(id=record.id, trajectory_id=trajectory.id)
            session.add(row)
        row.phase_id, row.decided_on, row.decided_by, row.text = (
            phase_id, record.decided_on, record.decided_by, text
        )


def remove_decision(db: TrajectoryDatabase, decision_id: str) -> DecisionRecord:
    with db.session() as session:
        row = existing(session, Decision, decision_id)
        number = next((p.number for p in queries.phases(session) if p.id == row.phase_id), None)
        record = DecisionRecord(row.id, row.decided_on, row.decided_by, row.text, number)
        session.delete(row)
        return record
