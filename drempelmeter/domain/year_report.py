"""The yearly realisation report per action as plain data in the region's language: per pillar
and goal, what each action planned, what was done in the year, its indicator values and what
changes next year (the shape of the yearly report to the Flemish government). Filled by
services.year_report, laid out by exchange.year_report_pdf and exchange.year_report_xlsx."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .steering import DecisionLine, SessionSummary


@dataclass(frozen=True)
class StepLine:
    """A status step of the year: when, the status reached, why."""

    on: date
    status: str
    note: str


@dataclass(frozen=True)
class IndicatorYear:
    """An indicator of an action as the year's report shows it: values printed as the region
    writes them (Dutch decimals, with the unit)."""

    name: str
    baseline: str
    target: str
    #: The values measured in the year: (date, value, where it came from).
    values: tuple[tuple[date, str, str], ...]
    #: The last value known at the end of the year (or "—").
    at_year_end: str


@dataclass(frozen=True)
class ActionYear:
    """One action: what was planned (as it stood at the end of the year), what was done in the
    year, what changes next year."""

    action_id: str
    number: str
    title: str
    planned: tuple[str, ...]
    owner: str
    partners: str
    timing: str
    indicator: str
    status_at_end: str
    steps: tuple[StepLine, ...]
    reported_back: str
    indicators: tuple[IndicatorYear, ...]
    next_year: str
    #: The means (budget) planned.
    means: str = ""
    #: Said when the planned fields are not those of the year's end: the history of the
    #: planning begins later, or the action was added to the plan later.
    planned_note: str = ""


@dataclass(frozen=True)
class GoalYear:
    number: int
    title: str
    actions: tuple[ActionYear, ...]


@dataclass(frozen=True)
class PillarYear:
    title: str
    goals: tuple[GoalYear, ...]


@dataclass(frozen=True)
class YearReport:
    title: str
    region: str
    coach: str
    year: int
    made_on: date
    #: The day the year's state is read on: 31 December, or `made_on` in a year not over.
    until: date
    #: How many actions stood at each status at `until` (status label, count).
    counts: tuple[tuple[str, int], ...]
    pillars: tuple[PillarYear, ...]
    sessions: tuple[SessionSummary, ...]
    decisions: tuple[DecisionLine, ...]
    #: Texts written with personal data nobody confirmed replaced by neutral words.
    masked: tuple[str, ...] = ()

    def actions(self) -> list[ActionYear]:
        return [a for p in self.pillars for g in p.goals for a in g.actions]
