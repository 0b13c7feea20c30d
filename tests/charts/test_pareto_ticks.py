"""The Pareto's axes draw their ticks alone (`draw_ticks_only`, through matplotlib's private
`Axis._update_ticks`): the same pixels as matplotlib's own `Axis.draw`."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg

from drempelmeter.charts.barrier_charts import ParetoChart

TITLES = ["Wachtlijst", "Formulier", "Onthaal", "Website", "Telefoon"]


def pixels(chart: ParetoChart) -> bytes:
    canvas = FigureCanvasAgg(chart.figure)
    canvas.draw()
    return bytes(canvas.buffer_rgba())


def test_the_ticks_drawn_alone_are_the_pixels_of_a_whole_axis_draw():
    def chart() -> ParetoChart:
        return ParetoChart(TITLES, [24, 18, 12.5, 6, 1], [39, 68, 88, 98, 100], "Pareto")

    shortcut, whole = chart(), chart()
    axes = (whole.axes.xaxis, whole.axes.yaxis, whole.line_axes.yaxis)
    assert all("draw" in vars(axis) for axis in axes)  # the shortcut is in place
    for axis in axes:
        del axis.draw  # matplotlib's own Axis.draw again
    assert pixels(shortcut) == pixels(whole)
    # and after a weight change, drawn in place
    for one in (shortcut, whole):
        assert one.update(TITLES[::-1], [30, 20, 10, 5, 2], [45, 75, 90, 97, 100], "Pareto")
    assert pixels(shortcut) == pixels(whole)
