"""The actions that are overdue or due soon, and those whose klankgroep evaluation is late or to
plan, for the window, the command line and the reminder the coach writes per owner (the app
sends nothing)."""

from __future__ import annotations

from collections.abc import Sequence
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
from ..domain.evaluation_due import (
    EVALUATION_LATE,
    EVALUATION_PLANNED,
    DueEvaluation,
    due_evaluations,
)
from ..domain.plan import PillarRecord
from ..store.database import TrajectoryDatabase
from .errors import InvalidInput
from .indicators import read_evaluations
from .plan import read_plan
from .trajectory import get_trajectory

MAX_DAYS = 366


def listing(db: TrajectoryDatabase, today: date, days: int = DUE_SOON_DAYS,
            kinds: frozenset[str] = frozenset({OVERDUE, DUE_SOON})) -> list[DueAction]:
    """The unfinished actions past their planned end, or due within `days` days (as `kinds`
    asks), most urgent first."""
    _check_days(days)
    return due_actions(read_plan(db), today, days, kinds)


def _check_days(days: int) -> None:
    if not 0 <= days <= MAX_DAYS:
        raise InvalidInput("days", InvalidInput.OUT_OF_RANGE, days)


def rhythm(db: TrajectoryDatabase) -> int:
    """Every how many months the klankgroep evaluates an action under way: the trajectory's
    setting."""
    return get_trajectory(db).evaluation_months


def evaluations(db: TrajectoryDatabase, today: date, days: int = DUE_SOON_DAYS,
                kinds: frozenset[str] = frozenset({EVALUATION_LATE, EVALUATION_PLANNED}),
                plan: list[PillarRecord] | None = None) -> list[DueEvaluation]:
    """The actions whose klankgroep evaluation is late or to plan (due within `days` days, or
    none yet since the start) at the trajectory's rhythm, as `kinds` asks, most urgent first;
    of `plan` when the caller has just read it."""
    _check_days(days)
    return due_evaluations(read_plan(db) if plan is None else plan, read_evaluations(db), today,
                           days, kinds, rhythm(db))


def by_owner(db: TrajectoryDatabase, today: date, days: int = DUE_SOON_DAYS,
             kinds: frozenset[str] = frozenset({OVERDUE, DUE_SOON}),
             ) -> list[tuple[str, list[DueAction]]]:
    """`listing` per owner: owners alphabetically, the actions without an owner last."""
    return per_owner(listing(db, today, days, kinds))


def undated(db: TrajectoryDatabase) -> list[str]:
    """The numbers of the unfinished actions that have no planned end date."""
    return undated_actions(read_plan(db))


def counts(actions: Sequence[DueAction | DueEvaluation]) -> tuple[int, int]:
    """How many of `actions` are overdue (or their evaluation late), and how many due soon
    (or their evaluation to plan)."""
    late = sum(a.days < 0 for a in actions)
    return late, len(actions) - late
