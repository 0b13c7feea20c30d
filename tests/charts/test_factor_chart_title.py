"""The factors behind each barrier's score at the width the barriers page gives it on a 1280×720
laptop: the chart's long title inside the figure (over the bars, right of the barriers' titles,
its end was cut)."""

from __future__ import annotations

from matplotlib.text import Text

from drempelmeter.charts.barrier_charts import factor_breakdown

from .test_radar_margins import drawn

TITLE = "Score = severity × frequency × reach × influence, each to its weight (top 8)"


def test_the_long_title_stays_inside_the_figure():
    titles = [f"Drempel {n}" for n in range(8)]
    figure = factor_breakdown(titles, [(4, 3, 5, 1)] * 8,
                              ["Severity", "Frequency", "Reach", "Influence"], TITLE)
    renderer = drawn(figure, 1014, 450)
    [title] = [t for t in figure.findobj(Text) if t.get_text() == TITLE]
    box = title.get_window_extent(renderer)
    assert box.x0 >= 0 and box.x1 <= figure.bbox.width
