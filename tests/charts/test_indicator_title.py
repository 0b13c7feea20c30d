"""An indicator chart's title on a laptop's small chart: a long name wraps and is cut with an
ellipsis rather than clipped at both ends, and stays clear of the legend under it."""

from __future__ import annotations

from datetime import date

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from drempelmeter.charts.indicator_charts import indicator_over_time

LONG = ("Aandeel van de aanvragen voor een leefloon of een toelage dat binnen dertig dagen na "
        "de eerste vraag volledig is afgehandeld")


def drawn(title: str):  # type: ignore[no-untyped-def]
    figure = indicator_over_time(
        [date(2026, 2, 1), date(2026, 6, 1)], [18.0, 41.0], (date(2025, 12, 31), 0.0),
        (date(2027, 3, 31), 120.0), ("Gemeten", "Nulmeting", "Doel", "Geplande weg"), title)
    figure.set_size_inches(4.96, 2.2)  # the canvas beside the indicators on a 1280×720 laptop
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    title = figure.findobj(lambda a: isinstance(a, Text) and a.get_text()[:8] == title[:8])[0]
    return figure, title.get_text(), title.get_window_extent(renderer), renderer


def test_a_long_title_wraps_within_the_figure_above_the_legend():
    figure, text, box, renderer = drawn(LONG)
    legend = figure.axes[0].get_legend().get_window_extent(renderer)
    assert box.x0 >= 0 and box.x1 <= figure.bbox.width and box.y1 <= figure.bbox.height
    assert box.y0 >= legend.y1  # not drawn over the legend
    assert text.endswith(" …") and LONG.startswith(text[:-2])  # the table holds it whole
    one_line = drawn("Wachttijd in dagen")[2].height
    assert 1.5 * one_line < box.height < 2.5 * one_line  # on two lines


def test_a_short_title_stays_whole():
    assert drawn("Wachttijd in dagen")[1] == "Wachttijd in dagen"
