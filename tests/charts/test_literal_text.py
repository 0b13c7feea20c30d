"""Every chart draws user text as written: a `$` is no TeX, an unmatched one breaks nothing."""

from __future__ import annotations

import io
from datetime import date

import matplotlib
import pytest
from matplotlib.text import Text

from drempelmeter.charts.barrier_charts import (
    ParetoChart,
    bars_per_barrier,
    factor_breakdown,
    impact_effort_matrix,
    pareto,
)
from drempelmeter.charts.indicator_charts import indicator_over_time
from drempelmeter.charts.measurement_charts import gap_bars, mean_heatmap, radar, round_comparison
from drempelmeter.charts.plan_charts import progress_per_pillar
from drempelmeter.charts.signal_charts import partner_b_heatmap, signals_per_level
from drempelmeter.charts.workshop_charts import cluster_bars
from drempelmeter.exchange.pdf_figures import figure_drawing

#: A matched pair (typeset as math if parsed), a lone `$`, TeX that cannot parse, an underscore
#: start (which a legend would drop) and TeX escapes.
NAMES = ("Kosten tussen $5 en $10", "$", "$\\frac{1}$ en $^$", "_intern $x$", r"50\% \$")
TITLE = "Titel met $a$ en $"


def _updated_pareto():
    chart = ParetoChart(["a", "b", "c", "d", "e"], [5, 4, 3, 2, 1], [33, 60, 80, 93, 100])
    assert chart.update(list(NAMES), [5, 4, 3, 2, 1], [33, 60, 80, 93, 100], TITLE)
    return chart.figure


CHARTS = {
    "pareto": lambda: pareto(list(NAMES), [5, 4, 3, 2, 1], [33, 60, 80, 93, 100], TITLE),
    "pareto updated": _updated_pareto,
    "bars per barrier": lambda: bars_per_barrier(list(NAMES), [5, 4, 3, 2, 1], TITLE, TITLE),
    "factor breakdown": lambda: factor_breakdown(list(NAMES), [(1, 2, 3)] * 5, NAMES[:3],
                                                 TITLE),
    "impact/effort": lambda: impact_effort_matrix([1, 2], [5, 1], [1, 5], NAMES[:4],
                                                  (NAMES[4], NAMES[1]), TITLE),
    "radar": lambda: radar(list(NAMES), [(name, [1, 2, 3, 4, "verborgen $"]) for name in NAMES],
                           TITLE),
    "mean heatmap": lambda: mean_heatmap(list(NAMES), list(NAMES),
                                         [[1.5, "$", 3, 4, 5]] * 5, TITLE),
    "gap bars": lambda: gap_bars(list(NAMES), [0.5, -0.5, "$ verborgen", 1, 0], TITLE),
    "round comparison": lambda: round_comparison(list(NAMES), [1, 2, 3, 4, "$"],
                                                 [2, 3, 4, 5, "—"], (NAMES[0], NAMES[3]),
                                                 TITLE),
    "progress per pillar": lambda: progress_per_pillar(list(NAMES), list(NAMES[:3]),
                                                       [[1, 2, 3]] * 5, NAMES[1], TITLE),
    "partner × B heatmap": lambda: partner_b_heatmap(list(NAMES), list(NAMES),
                                                     [[1, 2, 3, 4, 5]] * 5, TITLE),
    "signals per level": lambda: signals_per_level(list(NAMES), [1, 2, 3, 4, 5], TITLE),
    "pre-mortem clusters": lambda: cluster_bars(list(NAMES), [1, 2, 0, 4, 5], TITLE, TITLE),
    "indicator over time": lambda: indicator_over_time(
        [date(2026, 2, 1), date(2026, 6, 1)], [2, 3], (date(2025, 12, 1), 1),
        (date(2027, 1, 1), 5), NAMES[:4], TITLE, unit=NAMES[4]),
}


def _svg(figure) -> str:  # type: ignore[no-untyped-def]
    """The figure as the report embeds it: SVG with text kept as text."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg")
    return buffer.getvalue().decode()


@pytest.mark.parametrize("make", CHARTS.values(), ids=CHARTS.keys())
def test_every_chart_draws_dollars_and_tex_literally(make):
    figure = make()
    figure.savefig(io.BytesIO(), format="png")  # an unmatched `$` parsed would raise here
    with_dollars = [t for t in figure.findobj(Text) if "$" in t.get_text()]
    assert with_dollars and not [t.get_text() for t in with_dollars if t.get_parse_math()]
    svg = _svg(figure)  # typeset as math, a text would be cut into pieces here
    assert TITLE in svg
    assert [name for name in NAMES if name not in svg] == []
    assert figure_drawing(figure, 400).width == pytest.approx(400)


def test_a_legend_keeps_names_that_start_with_an_underscore():
    figure = round_comparison(["B1"], [1], [2], ("_nulmeting $", "herhaal $x$"))
    legend = figure.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["_nulmeting $", "herhaal $x$"]
    assert not any(t.get_parse_math() for t in legend.get_texts())
