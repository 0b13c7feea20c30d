"""When the klankgroep's evaluation of an action is due: an action under way (neither finished
nor still not started) is evaluated every so many months (the trajectory's rhythm, one of
indicators.EVALUATION_RHYTHMS), counted from its last evaluation, or from its start while it has none.
One still without an evaluation is always listed (to plan); one evaluated before is listed when
the next is near or late."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from .cycle import DUE_SOON_DAYS
from .indicators import EVALUATION_MONTHS, Evaluation
from .plan import FINISHED, ActionRecord, PillarRecord, all_actions

EVALUATION_LATE, EVALUATION_PLANNED = "evaluation_late", "evaluation_planned"


def months_after(day: date, months: int) -> date:
    """The same day `months` months later (the month's last day when it is shorter)."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def started_on(action: ActionRecord) -> date | None:
    """When the action started: None while it is not started; else its planned start, or
    without one its first step beyond not started."""
    if action.status == "not_started":
        return None
    return action.starts_on or next(s.on for s in action.history if s.status != "not_started")


@dataclass(frozen=True)
class DueEvaluation:
    """An action whose klankgroep evaluation is due by `due_on` (`days` to go, negative: late);
    `last_on` is its last evaluation since its start, None when it had none."""

    number: str
    title: str
    owner: str
    due_on: date
    last_on: date | None
    days: int

    @property
    def kind(self) -> str:
        return EVALUATION_LATE if self.days < 0 else EVALUATION_PLANNED


def due_evaluations(plan: list[PillarRecord], evaluations: Mapping[str, Sequence[Evaluation]],
                    today: date, days: int = DUE_SOON_DAYS,
                    kinds: frozenset[str] = frozenset({EVALUATION_LATE, EVALUATION_PLANNED}),
                    months: int = EVALUATION_MONTHS) -> list[DueEvaluation]:
    """The started, unfinished actions whose evaluation is late, or to plan (never evaluated
    since the start, or due within `days` days), as `kinds` asks; most urgent first."""
    found = []
    for action in all_actions(plan):
        start = started_on(action)
        if action.status in FINISHED or start is None or start > today:
            continue
        last = max((e.on for e in evaluations.get(action.id, ()) if e.on >= start), default=None)
        due = months_after(last or start, months)
        item = DueEvaluation(action.number, action.title, action.owner, due, last,
                             (due - today).days)
        if item.kind in kinds and (last is None or item.days <= days):
            found.append(item)
    return sorted(found, key=lambda e: (e.due_on, e.number))
