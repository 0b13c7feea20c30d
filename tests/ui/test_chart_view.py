"""A chart redrawn with new data fills its widget every time, and leaves nothing of the old one."""

from __future__ import annotations

import numpy
from PySide6.QtGui import QImage

from drempelmeter.charts.barrier_charts import bars_per_barrier
from drempelmeter.charts.measurement_charts import radar
from drempelmeter.ui.chart_view import ChartView


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
