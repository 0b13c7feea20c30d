"""Progress per pillar at the height the follow-up gives it (about 220 pixels on a 1280×720
laptop), measured from its artists' boxes: the axis label under the bars, the legend and the
title above them, all inside the figure (the axis label was cut: the margins were shares)."""

from __future__ import annotations

import pytest

from drempelmeter.charts.plan_charts import progress_per_pillar

from .test_radar_margins import drawn

PILLARS = ["Mensen vinden zelf de weg naar hun rechten",
           "Hulp die er is wanneer mensen ze nodig hebben", "Samen één netwerk rond de persoon"]
STATUSES = ["Not started", "Running", "Done", "Adjusted", "Stopped"]


@pytest.mark.parametrize(("width", "height"), [(996, 222), (1450, 400)])
def test_the_axis_label_legend_and_title_stay_inside_the_figure(width, height):
    figure = progress_per_pillar(PILLARS, STATUSES, [[1, 2, 0, 1, 0], [0, 3, 0, 0, 1],
                                                     [0, 3, 1, 0, 0]], "Actions", "Progress")
    renderer = drawn(figure, width, height)
    axes = figure.axes[0]
    boxes = {"axis label": axes.xaxis.label.get_window_extent(renderer),
             "legend": axes.get_legend().get_window_extent(renderer),
             "title": figure.get_suptitle() and figure.texts[0].get_window_extent(renderer)}
    boxes |= {label.get_text(): label.get_window_extent(renderer)
              for label in axes.get_yticklabels()}
    outside = [name for name, box in boxes.items()
               if box.x0 < 0 or box.y0 < 0 or box.x1 > width or box.y1 > height]
    assert outside == []
    assert not boxes["legend"].overlaps(boxes["title"])
