"""Follow-up of the plan (phase 6) and its coverage: status steps per action, overdue actions,
progress per pillar, and what the plan does not yet cover."""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..domain.plan import (
    ACTION_STATUSES,
    NEEDS_REASON,
    ActionRecord,
    Coverage,
    PillarRecord,
    Progress,
    all_actions,
    is_overdue,
)
from ..domain.taxonomy import ALL_BS
from ..store import policy_rows
from ..store.database import TrajectoryDatabase
from ..store.models import ActionStatus, PlanAction
from . import barriers, personal_data, prioritisation, vocabularies
from .validation import clean_text, existing, known_key

#: The top of the latest closed round counts as a priority, as do barriers marked so.
PRIORITY_TOP = 5
PRIORITY_STATUSES = frozenset({"prioritised", "in_action"})


def add_status(db: TrajectoryDatabase, step_id: str, action_id: str, status: str, on: date,
               note: str = "") -> None:
    """A new step in the action's history; adjusting or stopping needs a reason."""
    known_key("status", ACTION_STATUSES, status)
    note = clean_text("note", note, limit=4000, required=status in NEEDS_REASON)
    with db.session() as session:
        action = existing(session, PlanAction, action_id)
        personal_data.check(session, "action_status", step_id, "note", note)
        action.history.append(ActionStatus(id=step_id, status=status, on=on, note=note))


def remove_status(db: TrajectoryDatabase, step_id: str) -> None:
    """The undo of add_status."""
    with db.session() as session:
        session.delete(existing(session, ActionStatus, step_id))


def overdue(plan: list[PillarRecord], today: date) -> list[ActionRecord]:
    return [a for a in all_actions(plan) if is_overdue(a.due_on, a.status, today)]


def progress(plan: list[PillarRecord], today: date) -> dict[str, Progress]:
    """Per pillar id: its actions per status, and how many are overdue."""
    return {p.id: Progress(dict(Counter(a.status for a in p.all_actions())),
                           sum(is_overdue(a.due_on, a.status, today) for a in p.all_actions()))
            for p in plan}


def priority_barriers(db: TrajectoryDatabase) -> list[str]:
    """Barriers marked prioritised or in action, and the top of the deciding round, in the
    order of the priorities (`prioritisation.reading`, as every page follows it)."""
    with db.session():
        records = list(barriers.barrier_listing(db).records)
        order = prioritisation.reading(prioritisation.list_rounds(db), records,
                                       prioritisation.get_weights(db)).order
    marked = {b.id for b in records if b.status in PRIORITY_STATUSES}
    return [p.barrier_id for p in order
            if p.barrier_id in marked or (p.round_rank is not None and p.place <= PRIORITY_TOP)]


def coverage(db: TrajectoryDatabase, plan: list[PillarRecord]) -> Coverage:
    actions = all_actions(plan)
    addressed = {b for a in actions for b in a.barrier_ids}
    with db.session() as session:  # a barrier routed to a policy signal needs no local action
        addressed |= {s.barrier_id for s in policy_rows.policy_fields(session) if s.barrier_id}
    bs = {b for a in actions for b in a.bs}
    principles = {p for a in actions for p in a.principles}
    return Coverage(
        tuple(b for b in priority_barriers(db) if b not in addressed),
        tuple(k for k in ALL_BS.ordered_keys() if k not in bs),
        tuple(t.key for t in vocabularies.effective(db).gbo_principles.offered()
              if t.key not in principles),
        tuple(a.id for a in actions if not a.owner),
        tuple(a.id for a in actions if a.due_on is None))

