"""Indicators as numbers and the progress read from them: an indicator's records and words, how
far an indicator, an action and a pillar have got, and the klankgroep's verdicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from .plan import PillarRecord
from .terms import Term, Vocabulary

DIRECTIONS = Vocabulary(
    "indicator_directions",
    (
        Term("higher", "Hoger is beter", "Higher is better"),
        Term("lower", "Lager is beter", "Lower is better"),
    ),
)

#: Where a value comes from; "measurement" values are read from the rounds, never stored.
SOURCES = Vocabulary(
    "indicator_sources",
    (
        Term("typed", "Ingetypt", "Typed"),
        Term("form", "Opvolgingsformulier", "Follow-up form"),
        Term("measurement", "Meting", "Measurement"),
    ),
)
#: The sources a stored value may have.
STORED_SOURCES = frozenset({"typed", "form"})

VERDICTS = Vocabulary(
    "sounding_board_verdicts",
    (
        Term("works", "Werkt", "Works"),
        Term("partly", "Werkt gedeeltelijk", "Works partly"),
        Term("not", "Werkt niet", "Does not work"),
    ),
)

#: An action without a measured indicator counts by its status. A stopped action has no
#: progress and is left out of its pillar's mean.
STATUS_PROGRESS: Mapping[str, float | None] = {
    "not_started": 0.0,
    "running": 0.25,
    "adjusted": 0.25,
    "done": 1.0,
    "stopped": None,
}

@dataclass(frozen=True)
class MeasuredValue:
    id: str
    on: date
    value: float
    source: str = "typed"
    reporter: str = ""
    note: str = ""


@dataclass(frozen=True)
class IndicatorRecord:
    """An indicator of an action; `values` are oldest first. Linked to a B (`b`), its baseline
    and values are that B's region score in the measurement rounds (`baseline_round_id` the
    baseline), filled in when read."""

    id: str
    action_id: str
    name: str
    unit: str = ""
    direction: str = "higher"
    baseline_value: float | None = None
    baseline_on: date | None = None
    target_value: float | None = None
    target_on: date | None = None
    b: str | None = None
    baseline_round_id: str | None = None
    values: tuple[MeasuredValue, ...] = ()

    @property
    def latest(self) -> MeasuredValue | None:
        return self.values[-1] if self.values else None


#: The fields an edit of an indicator writes (not its values).
INDICATOR_FIELDS = ("name", "unit", "direction", "baseline_value", "baseline_on",
                    "target_value", "target_on", "b", "baseline_round_id")


#: The klankgroep's rhythm a trajectory starts with, and a file from before the setting has:
#: most regions bring it together every half year.
EVALUATION_MONTHS = 6
#: The rhythms a region may choose, in months: quarterly, every four months, half-yearly,
#: yearly.
EVALUATION_RHYTHMS = (3, 4, 6, 12)


@dataclass(frozen=True)
class Evaluation:
    """The klankgroep's view of an action on a date."""

    id: str
    action_id: str
    on: date
    verdict: str
    reason: str = ""


def clamp(share: float) -> float:
    return min(1.0, max(0.0, share))


def indicator_progress(indicator: IndicatorRecord) -> float | None:
    """(latest − baseline) / (target − baseline), between 0 and 1; None without a baseline, a
    target different from it, or a measured value."""
    baseline, target, latest = indicator.baseline_value, indicator.target_value, indicator.latest
    if baseline is None or target is None or latest is None or target == baseline:
        return None
    return clamp((latest.value - baseline) / (target - baseline))


@dataclass(frozen=True)
class ActionProgress:
    """How far an action has got (0–1, None for a stopped one) and from what: "indicators" or
    "status"."""

    share: float | None
    basis: str


def action_progress(status: str, indicators: Iterable[IndicatorRecord]) -> ActionProgress:
    shares = [s for s in (indicator_progress(i) for i in indicators) if s is not None]
    if shares:
        return ActionProgress(fmean(shares), "indicators")
    return ActionProgress(STATUS_PROGRESS.get(status), "status")


@dataclass(frozen=True)
class PlanProgress:
    """Per action id and per pillar id: the progress (a pillar's share None without actions
    that count)."""

    actions: dict[str, ActionProgress]
    pillars: dict[str, float | None]


def plan_progress(plan: list[PillarRecord],
                  indicators: Mapping[str, Iterable[IndicatorRecord]]) -> PlanProgress:
    """Every action's progress from its indicators (by action id) or its status, and every
    pillar's as the mean of its actions that count."""
    actions: dict[str, ActionProgress] = {}
    pillars: dict[str, float | None] = {}
    for pillar in plan:
        shares = []
        for action in pillar.all_actions():
            progress = action_progress(action.status, indicators.get(action.id, ()))
            actions[action.id] = progress
            if progress.share is not None:
                shares.append(progress.share)
        pillars[pillar.id] = fmean(shares) if shares else None
    return PlanProgress(actions, pillars)


@dataclass(frozen=True)
class ActionNumbers:
    """An action's follow-up in numbers, as the window, the report and the workbook show it:
    its progress, its indicators (each with its own progress) and the klankgroep's views."""

    action_id: str
    number: str
    title: str
    #: The indicator as the plan words it (text), kept beside the numbers.
    described: str
    progress: ActionProgress
    indicators: tuple[IndicatorRecord, ...]
    shares: tuple[float | None, ...]
    evaluations: tuple[Evaluation, ...]


@dataclass(frozen=True)
class IndicatorPart:
    """The plan's progress per pillar (title, share) and per action, in the plan's order; every
    how many months the klankgroep evaluates an action."""

    pillars: tuple[tuple[str, float | None], ...]
    actions: tuple[ActionNumbers, ...]
    evaluation_months: int = EVALUATION_MONTHS

    @property
    def measured(self) -> tuple[ActionNumbers, ...]:
        """The actions with at least one indicator."""
        return tuple(a for a in self.actions if a.indicators)


def indicator_part(plan: list[PillarRecord],
                   indicators: Mapping[str, Iterable[IndicatorRecord]],
                   evaluations: Mapping[str, Iterable[Evaluation]],
                   evaluation_months: int = EVALUATION_MONTHS) -> IndicatorPart:
    progress = plan_progress(plan, indicators)
    actions = []
    for pillar in plan:
        for action in pillar.all_actions():
            own = tuple(indicators.get(action.id, ()))
            actions.append(ActionNumbers(
                action.id, action.number, action.title, action.indicator,
                progress.actions[action.id], own, tuple(indicator_progress(i) for i in own),
                tuple(evaluations.get(action.id, ()))))
    return IndicatorPart(tuple((p.title, progress.pillars[p.id]) for p in plan), tuple(actions),
                         evaluation_months)


@dataclass(frozen=True)
class ChartRow:
    """A row of an indicator chart's table: "baseline", "value" or "target", when and how
    much; a value also where it came from and who reported it."""

    kind: str
    on: date | None
    value: float
    source: str = ""
    reporter: str = ""
    #: A measured value's id ("" for the baseline and the target).
    value_id: str = ""


def chart_rows(indicator: IndicatorRecord) -> list[ChartRow]:
    """What an indicator's chart draws, as its table lists it: the baseline, every measured
    value oldest first, the target."""
    rows = []
    if indicator.baseline_value is not None:
        rows.append(ChartRow("baseline", indicator.baseline_on, indicator.baseline_value))
    rows += [ChartRow("value", v.on, v.value, v.source, v.reporter, v.id)
             for v in indicator.values]
    if indicator.target_value is not None:
        rows.append(ChartRow("target", indicator.target_on, indicator.target_value))
    return rows


def percent(share: float | None) -> str:
    """A share as the whole percent every view shows ("" for none)."""
    return "" if share is None else f"{int(100 * share + 0.5)}%"
