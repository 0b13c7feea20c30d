"""A chart redrawn with new data fills its widget every time and leaves nothing of the old one;
a chart updated in place redraws what changed as a whole draw would; its numbers follow the
locale; a chart with nothing to show says so."""

from __future__ import annotations

import re

import numpy
import pytest
from PySide6.QtGui import QImage

from drempelmeter.charts.barrier_charts import ParetoChart, bars_per_barrier
from drempelmeter.charts.measurement_charts import gap_bars, radar
from drempelmeter.services.records import TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.ui.chart_canvas import ChartCanvas
from drempelmeter.ui.chart_view import ChartView
from drempelmeter.ui.workspace import BARRIERS, MEASUREMENT

from .test_measurement_page import small_round  # noqa: F401  (a fixture)


def pixels(image: QImage) -> numpy.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return numpy.frombuffer(image.constBits(), numpy.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)[:, :image.width()].copy()


def test_five_redraws_each_fill_the_widget_with_only_the_new_chart(qtbot):
    view = ChartView("testChart", "Test")
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    figures = [
        radar(["B1", "B2", "B3"], [("Staff", [3, 4, 2])], "Two"),
        bars_per_barrier([f"Barrier {n}" for n in range(8)], list(range(8, 0, -1)), "Dots"),
        bars_per_barrier(["Only one", "And two"], [5, 1], "Dots", size=(3, 2)),
        radar([f"B{n}" for n in range(8)], [("Clients", [1, 2, 3, 4, 5, 4, 3, 2])], "Eight",
              size=(12, 9)),
        bars_per_barrier(["Small"], [1], "Dots", size=(2, 1.5)),
    ]
    for number, figure in enumerate(figures):
        view.resize(900 - 60 * number, 700 - 40 * number)  # also a resize between data changes
        view.show_data(figure, ["row"], ["value"], [["1"]])
        qtbot.wait(20)
        canvas = view.canvas
        assert canvas.figure is figure
        ratio = canvas.device_pixel_ratio
        size = figure.get_size_inches() * figure.dpi
        assert (round(size[0]), round(size[1])) == (round(canvas.width() * ratio),
                                                    round(canvas.height() * ratio))
        canvas.draw()
        drawn = numpy.asarray(canvas.buffer_rgba())
        assert drawn.shape[:2] == (round(canvas.height() * ratio), round(canvas.width() * ratio))
        shown = pixels(canvas.grab().toImage())
        # Every pixel the widget shows is the new figure's own: no strip of the old chart.
        assert shown.shape == drawn.shape
        assert numpy.array_equal(shown[..., :3], drawn[..., :3])
        # The figure's white background reaches the widget's edges.
        assert (shown[-1, :, :3] == 255).all() and (shown[:, -1, :3] == 255).all()


def test_a_chart_updated_in_place_redraws_what_changed_as_a_whole_draw_would(qtbot):
    view = ChartView("paretoTest", "Test")
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    chart = ParetoChart(["A", "B", "C"], [3, 2, 1], [50, 83, 100], "Drempels")
    view.show_data(chart.figure, ["A", "B", "C"], ["Score"], [["3"], ["2"], ["1"]],
                   changing=chart.changing())
    qtbot.wait(20)  # the first, whole draw
    canvas = view.canvas
    whole_draws: list[int] = []
    draw = canvas.draw
    canvas.draw = lambda: (whole_draws.append(1), draw())
    assert chart.update(["Cé $x$", "A", "B"], [6, 3, 2], [55, 82, 100], "Drempels")
    view.show_data(chart.figure, ["Cé $x$", "A", "B"], ["Score"], [["6"], ["3"], ["2"]],
                   changing=chart.changing())
    qtbot.wait(20)
    assert whole_draws == [] and canvas.figure is chart.figure
    shown = pixels(canvas.grab().toImage())
    # The same data as a new chart, drawn whole at the same size: the same pixels.
    fresh = ParetoChart(["Cé $x$", "A", "B"], [6, 3, 2], [55, 82, 100], "Drempels")
    fresh.figure.set_dpi(chart.figure.dpi)
    fresh.figure.set_size_inches(chart.figure.get_size_inches())
    ChartCanvas(fresh.figure).draw()
    drawn = numpy.asarray(fresh.figure.canvas.buffer_rgba())
    assert numpy.array_equal(shown[..., :3], drawn[..., :3])
    assert chart.axes.get_ylim() == pytest.approx((0, 6.3))
    assert view.table.verticalHeaderItem(0).text() == "Cé $x$"


def test_a_chart_renders_each_text_once_with_the_ink_of_a_plain_draw(qtbot, monkeypatch):
    from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg

    titles = ["Éénjarige wachtlijst – j/g/q", "Wachtrij ✔ klaar", "Kosten $5"]
    plain = bars_per_barrier(titles, [3, 2, 1], "Score", "Titel")
    FigureCanvasAgg(plain).draw()
    rendered: list[str] = []
    draw_text = RendererAgg.draw_text
    monkeypatch.setattr(RendererAgg, "draw_text", lambda renderer, gc, x, y, s, *rest: (
        rendered.append(s), draw_text(renderer, gc, x, y, s, *rest)))
    figure = bars_per_barrier(titles, [3, 2, 1], "Score", "Titel")
    canvas = ChartCanvas(figure)
    canvas.draw()
    assert set(titles) <= set(rendered)
    rendered.clear()
    canvas.draw()  # the same texts again: copied, not rendered
    assert rendered == []

    def ink(drawn: FigureCanvasAgg) -> int:
        return int((255 - numpy.asarray(drawn.buffer_rgba())[..., :3].astype(int)).sum())

    assert ink(canvas) == pytest.approx(ink(plain.canvas), rel=0.001)


def test_an_empty_chart_says_so_instead_of_drawing_axes(qtbot):
    view = ChartView("emptyChart", "Test")
    qtbot.addWidget(view)
    view.show()
    view.show_data(radar(["B1"], [("Staff", [3])]), ["row"], ["value"], [["3"]])
    assert view.canvas.isVisible() and not view.empty.isVisible()
    view.show_data(None, [], ["value"], [])
    assert not view.canvas.isVisible() and view.empty.isVisible()
    assert view.empty.text() == "No data yet."
    view.show_data(None, ["row"], ["value"], [["—"]], blank="Not enough answers yet.")
    assert view.empty.text() == "Not enough answers yet."
    assert view.table.rowCount() == 1


def tick_texts(figure, axis) -> list[str]:  # type: ignore[no-untyped-def]
    figure.canvas.draw()
    return [label.get_text() for label in axis.get_ticklabels() if label.get_text()]


def test_chart_numbers_use_the_decimal_separator_they_are_given():
    chart = ParetoChart(["A", "B", "C"], [2.5, 1.5, 1.0], [50.0, 80.0, 100.0], decimal=",")
    scores = tick_texts(chart.figure, chart.axes.yaxis)
    assert "0,5" in scores and not any("." in t for t in scores)
    shares = tick_texts(chart.figure, chart.figure.axes[1].yaxis)
    assert "20 %" in shares
    figure = bars_per_barrier(["A", "B"], [2.5, 1.0], "Score", decimal=",")
    labels = [t.get_text() for t in figure.axes[0].texts]
    assert labels == ["2,5", "1"]
    assert "0,5" in tick_texts(figure, figure.axes[0].xaxis)
    gaps = gap_bars(["B1", "B2"], [0.25, -1.5], decimal=",")
    assert [t.get_text() for t in gaps.axes[0].texts] == ["+0,25", "-1,50"]
    assert all("." not in t for t in tick_texts(gaps, gaps.axes[0].xaxis))


def test_the_pareto_table_writes_numbers_in_dutch(dutch, window, demo_file):
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.tabs.setCurrentWidget(page.pareto)
    table = page.pareto.table
    shares = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert shares and all(re.fullmatch(r"\d+,\d %", s) for s in shares), shares
    assert shares[-1] == "100,0 %"
    ticks = tick_texts(page.pareto.canvas.figure, page.pareto.canvas.figure.axes[1].yaxis)
    assert "100 %" in ticks


def test_charts_without_data_say_so(window, tmp_path, small_round):  # noqa: F811
    path = tmp_path / "leeg.drempel"
    create_trajectory(path, TrajectoryRecord(name="Leeg")).close()
    window.open_path(path)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.tabs.setCurrentWidget(page.pareto)
    assert not page.pareto.empty.isHidden()
    assert page.pareto.empty.text().startswith("No barriers yet")
    window.close_trajectory()

    window.open_path(small_round)  # two clients only: every score is hidden
    window.workspace.show_section(MEASUREMENT)
    measurement_page = window.workspace.measurement_page
    for tab in range(1, 4):  # radar, partner × B, gap
        measurement_page.tabs.setCurrentIndex(tab)
        chart = (measurement_page.scores.radar, measurement_page.scores.heatmap,
                 measurement_page.scores.gaps)[tab - 1]
        assert not chart.empty.isHidden(), tab
        assert chart.empty.text().startswith("Not enough answers yet"), chart.empty.text()
        assert chart.table.rowCount() > 0  # the table still says why, cell by cell
