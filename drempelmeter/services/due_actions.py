"""The actions that are overdue or due soon, for the window, the command line and the reminder
the coach writes per owner (the app sends nothing)."""

from __future__ import annotations

from datetime import date

from ..domain.cycle import (
    DUE_SOON,
    DUE_SOON_DAYS,
    OVERDUE,
    DueAction,
    due_actions,
    per_owner,
    undated_actions,
)
from ..store.database import TrajectoryDatabase
from .errors import InvalidInput
from .plan import read_plan

MAX_DAYS = 366


def listing(db: TrajectoryDatabase, today: date, days: int = DUE_SOON_DAYS,
            kinds: frozenset[str] = frozenset({OVERDUE, DUE_SOON})) -> list[DueAction]:
    """The unfinished actions past their planned end, or due within `days` days (as `kinds`
    asks), most urgent first."""
    if not 0 <= days <= MAX_DAYS:
        raise InvalidInput("days", InvalidInput.OUT_OF_RANGE, days)
    return due_actions(read_plan(db), today, days, kinds)


def by_owner(db: TrajectoryDatabase, today: date, days: int = DUE_SOON_DAYS,
             kinds: frozenset[str] = frozenset({OVERDUE, DUE_SOON}),
             ) -> list[tuple[str, list[DueAction]]]:
    """`listing` per owner: owners alphabetically, the actions without an owner last."""
    return per_owner(listing(db, today, days, kinds))


def undated(db: TrajectoryDatabase) -> list[str]:
    """The numbers of the unfinished actions that have no planned end date."""
    return undated_actions(read_plan(db))


def counts(actions: list[DueAction]) -> tuple[int, int]:
    """How many of `actions` are overdue, and how many due soon."""
    late = sum(a.kind == OVERDUE for a in actions)
    return late, len(actions) - late
