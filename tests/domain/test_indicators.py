"""Progress from indicators and statuses, per action and per pillar, on hand-computed cases."""

from __future__ import annotations

from datetime import date

import pytest

from drempelmeter.domain.indicators import (
    IndicatorRecord,
    MeasuredValue,
    action_progress,
    indicator_progress,
    percent,
    plan_progress,
)
from drempelmeter.domain.plan import ActionRecord, GoalRecord, PillarRecord, StatusStep


def indicator(baseline, target, *values, direction="higher", id="i"):
    return IndicatorRecord(id, "a", "n", direction=direction, baseline_value=baseline,
                           target_value=target, values=tuple(
                               MeasuredValue(f"v{n}", date(2027, 1, n), v)
                               for n, v in enumerate(values, start=1)))


def action(id, status=None):
    history = (StatusStep("s", status, date(2027, 1, 1)),) if status else ()
    return ActionRecord(id, id, history=history)


@pytest.mark.parametrize(("baseline", "target", "values", "expected"), [
    (20, 60, (30,), 0.25),          # (30 - 20) / (60 - 20)
    (20, 60, (30, 50), 0.75),       # the latest counts: (50 - 20) / 40
    (20, 60, (70,), 1.0),           # past the target: clamped to 100%
    (20, 60, (10,), 0.0),           # below the baseline: clamped to 0%
    (40, 10, (31,), 0.3),           # lower is better: (31 - 40) / (10 - 40) = 9 / 30
    (3.2, 4.0, (3.4,), 0.25),       # a B score: (3.4 - 3.2) / 0.8
])
def test_an_indicators_progress(baseline, target, values, expected):
    direction = "higher" if target > baseline else "lower"
    assert indicator_progress(indicator(baseline, target, *values, direction=direction)) \
        == pytest.approx(expected)


@pytest.mark.parametrize("case", [
    indicator(None, 60, 30), indicator(20, None, 30), indicator(20, 60), indicator(20, 20, 30)])
def test_no_progress_without_baseline_target_or_value(case):
    assert indicator_progress(case) is None


def test_an_action_averages_its_indicators_and_skips_those_without_a_figure():
    # 0.25 and 0.75 -> 0.5; the third has no value and does not count
    found = action_progress("running", [indicator(20, 60, 30, id="x"),
                                        indicator(20, 60, 50, id="y"),
                                        indicator(0, 10, id="z")])
    assert (found.share, found.basis) == (pytest.approx(0.5), "indicators")


@pytest.mark.parametrize(("status", "expected"), [
    (None, 0.0), ("not_started", 0.0), ("running", 0.25), ("adjusted", 0.25), ("done", 1.0),
    ("stopped", None)])
def test_an_action_without_a_measured_indicator_counts_by_its_status(status, expected):
    found = action_progress(action("a", status).status, [indicator(0, 10)])
    assert (found.share, found.basis) == (expected, "status")


def test_a_pillar_is_the_mean_of_its_actions_and_a_stopped_one_is_left_out():
    plan = [PillarRecord("p1", "Pijler 1", (
        GoalRecord("g1", "Doel 1", 1, (action("a1", "done"), action("a2", "running"))),
        GoalRecord("g2", "Doel 2", 2, (action("a3"), action("a4", "stopped"))))),
        PillarRecord("p2", "Pijler 2", (GoalRecord("g3", "Doel 3", 3, (action("a5"),)),)),
        PillarRecord("p3", "Pijler 3", (GoalRecord("g4", "Doel 4", 4, (
            action("a6", "stopped"),)),))]
    # a3 has an indicator at 0.75: it counts by it, not by its status (0)
    # p1 = (1.0 + 0.25 + 0.75) / 3 = 2/3; p2 = 0 (not started); p3: nothing counts
    found = plan_progress(plan, {"a3": [indicator(20, 60, 50)]})
    assert found.actions["a3"].share == pytest.approx(0.75)
    assert found.actions["a4"].share is None
    assert found.pillars["p1"] == pytest.approx(2 / 3)
    assert (found.pillars["p2"], found.pillars["p3"]) == (0.0, None)
    assert [percent(found.pillars[p]) for p in ("p1", "p2", "p3")] == ["67%", "0%", ""]


def test_percent_rounds_halves_up():
    assert (percent(0.125), percent(0.375), percent(0.004)) == ("13%", "38%", "0%")
