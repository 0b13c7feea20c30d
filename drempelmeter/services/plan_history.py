"""The history of actions' planned fields: each edit of them adds a version in the edit's own
transaction (the plan's services call `record`), and a year's report reads the plan as it stood
at the end of that year."""

from __future__ import annotations

from datetime import date

from ..domain.ids import new_id
from ..domain.plan import LIST_FIELDS, ActionRecord
from ..domain.plan_history import PLANNED_FIELDS, PlannedVersion, planned_values
from ..store import plan_history_rows
from ..store.database import TrajectoryDatabase


def record(session, action: ActionRecord, on: date | None, source: str) -> None:
    """Add the action's planned fields as a version taking effect `on` (default today), unless
    they are those of the version in force last (an edit of other fields adds nothing)."""
    values = planned_values(action)
    if plan_history_rows.latest(session, action.id) == _stored(values):
        return
    plan_history_rows.add(session, new_id(), action.id, on or date.today(), source,
                          dict(zip(PLANNED_FIELDS, _stored(values), strict=True)))


def record_new(session, actions: list[ActionRecord], on: date | None, source: str) -> None:
    """The first versions of actions the session has just added (nothing to compare with), in
    one statement, taking effect `on` (default today)."""
    plan_history_rows.add_first(session, on or date.today(), source, [
        (new_id(), a.id, dict(zip(PLANNED_FIELDS, _stored(planned_values(a)), strict=True)))
        for a in actions])


def _stored(values: tuple) -> tuple:
    """The values as the store gives them back (lists as lists)."""
    return tuple(list(v) if n in LIST_FIELDS else v
                 for n, v in zip(PLANNED_FIELDS, values, strict=True))


def read_history(db: TrajectoryDatabase) -> dict[str, tuple[PlannedVersion, ...]]:
    """Per action id, its versions oldest first."""
    found: dict[str, list[PlannedVersion]] = {}
    with db.session() as session:
        for _id, action_id, on, source, *values, created_at in plan_history_rows.versions(
                session):
            found.setdefault(action_id, []).append(PlannedVersion(
                on, created_at.date(), source,
                tuple(tuple(v) if n in LIST_FIELDS else v
                      for n, v in zip(PLANNED_FIELDS, values, strict=True))))
    return {action_id: tuple(versions) for action_id, versions in found.items()}


def kept_for(session, action_ids: set[str]) -> tuple[tuple, ...]:
    """The versions of these actions, to put back when their removal is undone."""
    return tuple(plan_history_rows.versions(session, action_ids))
