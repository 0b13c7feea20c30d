"""The history of an action's planned fields: which values stood on a given day, and whether the
history reaches back that far (a file upgraded from a version without it starts with a "seed")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .plan import LIST_FIELDS, ActionRecord

#: The fields of an action that say what was planned, kept with the day they took effect.
PLANNED_FIELDS = ("concrete", "owner", "partners", "starts_on", "due_on", "means", "indicator")
#: What wrote a version: the upgrade of a file without history, a new action, an edit (undo
#: included), a plan import, the carry-over into the next cycle.
SEED, ADDED, EDITED, IMPORTED, CARRIED = "seed", "added", "edited", "imported", "carried"


def planned_values(record: ActionRecord) -> tuple[Any, ...]:
    """The action's planned fields, in PLANNED_FIELDS order, lists as tuples."""
    return tuple(tuple(getattr(record, n)) if n in LIST_FIELDS else getattr(record, n)
                 for n in PLANNED_FIELDS)


@dataclass(frozen=True)
class PlannedVersion:
    """The planned fields as they stood from `effective_on`; `recorded_on` is the day the row
    was written (for a seed: the day the history begins)."""

    effective_on: date
    recorded_on: date
    source: str
    values: tuple[Any, ...]

    def get(self, name: str) -> Any:
        return self.values[PLANNED_FIELDS.index(name)]


@dataclass(frozen=True)
class PlannedOn:
    """What an action planned at the end of a day, read from its history. `version` is None
    when the action was added to the plan later (`added_on`); `history_from` is set when the
    history begins after that day, so the values shown are those it began with."""

    version: PlannedVersion | None
    history_from: date | None = None
    #: Whether the values the history began with are still the action's values.
    unchanged: bool = False
    added_on: date | None = None


def planned_on(versions: Sequence[PlannedVersion], until: date) -> PlannedOn:
    """The version in force at the end of `until`: the last one that took effect by then (of
    those taking effect the same day, the last written). `versions` are oldest first."""
    if not versions:
        return PlannedOn(None)
    first = versions[0]
    if first.source == SEED and until < first.recorded_on:
        return PlannedOn(first, history_from=first.recorded_on, unchanged=len(versions) == 1)
    in_force = [v for v in versions if v.effective_on <= until]
    if not in_force:
        return PlannedOn(None, added_on=first.effective_on)
    return PlannedOn(in_force[-1])
