"""The next cycle and the actions due: what a cycle carries over and when an item counts as open,
the link to the previous cycle as a record, and which actions are overdue or due soon."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol, TypeVar

from .plan import ACTION_STATUSES, FINISHED, ActionRecord, PillarRecord, all_actions, is_overdue

#: "Due soon": not finished, and the planned end date is today or within this many days.
DUE_SOON_DAYS = 30
OVERDUE, DUE_SOON = "overdue", "due_soon"


def is_due_soon(due_on: date | None, status: str, today: date, days: int = DUE_SOON_DAYS) -> bool:
    """Not finished, and its planned end is today or within `days` days (not yet overdue)."""
    return (due_on is not None and status not in FINISHED
            and today <= due_on <= today + timedelta(days=days))


def action_is_open(status: str) -> bool:
    """An action the next cycle carries over: neither done nor stopped."""
    return status not in FINISHED


def barrier_is_open(status: str, action_statuses: list[str]) -> bool:
    """A barrier the next cycle carries over: not set aside, and not served only by actions
    that are all done (one done action among unfinished ones leaves it open)."""
    if status == "set_aside":
        return False
    return not action_statuses or any(s != "done" for s in action_statuses)


def action_history(action: ActionRecord, lang: str = "nl") -> str:
    """The follow-up of an action in one line: each status with its date and note, oldest first."""
    if not action.history:
        return ACTION_STATUSES.label("not_started", lang)
    return " → ".join(
        f"{ACTION_STATUSES.label(s.status, lang)} ({s.on:%d-%m-%Y})"
        + (f": {s.note}" if s.note else "") for s in action.history)


@dataclass(frozen=True)
class BaselineCell:
    """The region's score on one B in the previous cycle's baseline round; no numbers when
    it was hidden there."""

    b: str
    suppressed: bool
    respondents: int | None
    mean: float | None


@dataclass(frozen=True)
class CycleLinkRecord:
    """The cycle a trajectory continues, and what this file kept of it."""

    cycle_number: int
    previous_file: str
    previous_trajectory_id: str
    previous_name: str
    baseline_round: str
    baseline_closed_on: date | None
    baseline_threshold: int | None
    questionnaire_id: str
    questionnaire_version: str
    items: tuple[tuple[str, str], ...]
    baseline: tuple[BaselineCell, ...]


@dataclass(frozen=True)
class CarriedMark:
    """A barrier or action carried over: the cycle it was first raised in, and its history."""

    item_id: str
    kind: str  # "barrier" or "action"
    from_cycle: int
    from_name: str
    summary: str


@dataclass(frozen=True)
class DueAction:
    """An unfinished action past or near its planned end; `days` to go (negative: late)."""

    number: str
    title: str
    owner: str
    due_on: date
    status: str
    days: int

    @property
    def kind(self) -> str:
        return OVERDUE if self.days < 0 else DUE_SOON


def due_actions(plan: list[PillarRecord], today: date, days: int = DUE_SOON_DAYS,
                kinds: frozenset[str] = frozenset({OVERDUE, DUE_SOON})) -> list[DueAction]:
    """The overdue and due-soon actions (as `kinds` asks), most urgent first."""
    found = []
    for action in all_actions(plan):
        if action.due_on is None:
            continue
        late = is_overdue(action.due_on, action.status, today)
        soon = is_due_soon(action.due_on, action.status, today, days)
        if (late and OVERDUE in kinds) or (soon and DUE_SOON in kinds):
            found.append(DueAction(action.number, action.title, action.owner, action.due_on,
                                   action.status, (action.due_on - today).days))
    return sorted(found, key=lambda a: (a.due_on, a.number))


def undated_actions(plan: list[PillarRecord]) -> list[str]:
    """The numbers of the unfinished actions without a planned end: never overdue, so the
    listing of `due_actions` cannot show them."""
    return [a.number for a in all_actions(plan) if a.due_on is None and a.status not in FINISHED]


class _Owned(Protocol):
    @property
    def owner(self) -> str: ...


Owned = TypeVar("Owned", bound=_Owned)


def per_owner(actions: list[Owned]) -> list[tuple[str, list[Owned]]]:
    """The actions (or their evaluations) grouped by owner, owners in alphabetical order and
    those without one last."""
    owners: dict[str, list[Owned]] = {}
    for action in actions:
        owners.setdefault(action.owner.strip(), []).append(action)
    return sorted(owners.items(), key=lambda item: (not item[0], item[0].casefold()))


@dataclass(frozen=True)
class CyclePart:
    """The report's comparison with the previous cycle, in the region's language: the stored
    baseline per B against this cycle's closed rounds (means, or a word where hidden or empty),
    and what was carried over."""

    cycle_number: int
    previous_name: str
    previous_file: str
    file_found: bool
    b_labels: list[str]
    #: The baseline round (named with its cycle) and this cycle's closed rounds, oldest first.
    columns: list[str]
    #: Per B, a value per column.
    rows: list[list[float | str]]
    #: (barrier or action, its title, where it came from and its history there)
    carried: list[tuple[str, str, str]]
    #: The name of a file found at the previous file's place that holds another trajectory
    #: (so is not compared); empty when none was.
    other_file: str = ""
