"""The Factors tab with more barriers than its chart draws, by the work it does (not timed): its
table holds the rows the chart draws, the highest scores, as the Pareto's does, however many
barriers there are."""

from __future__ import annotations

import pytest

from drempelmeter.charts import PARETO_BARS
from drempelmeter.ui.workspace import BARRIERS

from .test_barriers_page_scale import trajectory


def test_the_factors_table_holds_the_barriers_the_chart_draws(window, tmp_path):
    window.open_path(trajectory(tmp_path / "f.drempel", PARETO_BARS + 7))
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.weights["severity"].setValue(2)
    page.tabs.setCurrentWidget(page.factors)
    table = page.factors.table
    top = page.by_score()[:PARETO_BARS]
    assert page.model.rowCount() == PARETO_BARS + 7
    assert table.rowCount() == PARETO_BARS  # not one row per barrier
    assert [table.verticalHeaderItem(r).text() for r in range(PARETO_BARS)] == [
        r.title for r, _rank, _score in top]
    for row, (_record, rank, score) in enumerate(top):
        assert table.item(row, 0).text() == str(rank)
        severity, frequency, reach, influence, shown = (
            float(table.item(row, c).text().replace(",", ".")) for c in range(1, 6))
        assert shown == pytest.approx(score, rel=1e-2)
        assert severity * frequency * reach * influence == pytest.approx(score, rel=1e-2)
    assert len(page.factors.canvas.figure.axes[0].patches) == 4 * PARETO_BARS

    page.weights["frequency"].setValue(3)  # refilled with the same number of rows
    assert table.rowCount() == PARETO_BARS
    assert [table.verticalHeaderItem(r).text() for r in range(PARETO_BARS)] == [
        r.title for r, _rank, _score in page.by_score()[:PARETO_BARS]]
