"""The decision log: what was decided, when, and by whom (a group or the coach); and the
proposals put to a group, open until it decides on them or does not accept them."""

from __future__ import annotations

from ..domain.steering import DECISION_STATES, PROPOSED
from ..store import start_rows
from ..store.database import TrajectoryDatabase
from . import personal_data, vocabularies
from .errors import InvalidInput
from .records import DecisionRecord
from .validation import clean_text, existing, known_key

# The ORM models and the queries on them are imported in the functions that use them: the
# first window needs none of them, and their set-up is a sixth of the start-up (#14).


def decision_log(
    db: TrajectoryDatabase, phase_number: int | None = None
) -> list[DecisionRecord]:
    """The decision log of one phase or of the whole trajectory: decisions oldest first, then
    the open proposals (read from columns: a phase's page shows them at start, before any object
    is loaded)."""
    with db.connection() as conn:
        return [
            DecisionRecord(decision_id, decided_on, decided_by, text, number, state, proposed_on)
            for number, decision_id, decided_on, decided_by, text, state, proposed_on
            in start_rows.decisions(conn, phase_number)
        ]


def list_decisions(
    db: TrajectoryDatabase, phase_number: int | None = None
) -> list[DecisionRecord]:
    """What was decided (or not accepted), oldest first, of one phase or of the whole
    trajectory; without the open proposals."""
    return [d for d in decision_log(db, phase_number) if d.state != PROPOSED]


def open_proposals(db: TrajectoryDatabase) -> list[DecisionRecord]:
    """The proposals waiting for a decision, in the order they were made."""
    return [d for d in decision_log(db) if d.state == PROPOSED]


def save_decision(db: TrajectoryDatabase, record: DecisionRecord) -> None:
    """Log the decision (or proposal) with `record.id`, or correct the one already logged
    under it. A proposal needs the date it was made and has no decision date; a decision or a
    proposal not accepted needs its decision date."""
    from ..store import queries
    from ..store.models import Decision
    text = clean_text("text", record.text, required=True, limit=10_000)
    known_key("state", DECISION_STATES, record.state)
    proposal = record.state == PROPOSED
    if proposal and record.proposed_on is None:
        raise InvalidInput("proposed_on", InvalidInput.REQUIRED, "")
    if not proposal and record.decided_on is None:
        raise InvalidInput("decided_on", InvalidInput.REQUIRED, "")
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
            phase_id, None if proposal else record.decided_on, record.decided_by, text
        )
        row.state, row.proposed_on = record.state, record.proposed_on


def remove_decision(db: TrajectoryDatabase, decision_id: str) -> DecisionRecord:
    from ..store import queries
    from ..store.models import Decision
    with db.session() as session:
        row = existing(session, Decision, decision_id)
        number = next((p.number for p in queries.phases(session) if p.id == row.phase_id), None)
        record = DecisionRecord(row.id, row.decided_on, row.decided_by, row.text, number,
                                row.state, row.proposed_on)
        session.delete(row)
        return record
