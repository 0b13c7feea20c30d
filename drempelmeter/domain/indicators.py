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

#: How the figures are computed, in the words the window and the report both show.
HOW = ("An indicator's progress is (latest value − baseline) / (target − baseline), kept "
       "between 0% and 100%; an action's is the mean of its indicators that have a baseline, a "
       "target and a measured value. An action without such an indicator counts by its status: "
       "not started 0%, running or adjusted 25%, done 100%; a stopped action is left out. A "
       "pillar's progress is the mean of its actions.")


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


def percent(share: float | None) -> str:
    """A share as the whole percent every view shows ("" for none)."""
    return "" if share is None else f"{int(100 * share + 0.5)}%"
