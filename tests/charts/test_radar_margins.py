"""The radar at the sizes the window gives it, measured from its artists' boxes: the title above
the top spoke's label (on a 1280×720 laptop the feedback tab's radar is 239 pixels high and the
title ran into "Availability"), the legend beside the labels, and nothing out of the figure."""

from __future__ import annotations

import io

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from drempelmeter.charts.measurement_charts import radar

BS = ["Awareness", "Reachability", "Availability", "Affordability", "Understandability",
      "Usability", "Trustworthiness", "Enterability", "Empathy"]
GROUPS = [("Staff", [3.1, 2.9, 2.9, 3.3, 3.0, 3.0, 3.0, 3.0, 3.0]),
          ("Management", [3.4, 3.0, 3.3, 3.3, 4.1, 3.4, 2.8, 3.2, 2.8]),
          ("Clients", [2.5, 3.0, "hidden", 2.8, 2.0, 3.2, 3.0, 3.0, 3.0])]


def drawn(figure: Figure, width: int, height: int) -> RendererAgg:
    """`figure` drawn at `width` × `height` pixels; the renderer that measures its artists."""
    figure.set_dpi(100)
    figure.set_size_inches(width / 100, height / 100)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas.get_renderer()


@pytest.mark.parametrize(("width", "height", "groups"), [
    (996, 239, GROUPS), (996, 400, GROUPS), (650, 550, GROUPS), (1450, 600, GROUPS),
    (650, 550, [("Cliënten en ervaringsdeskundigen van de hele regio", GROUPS[0][1])])])
def test_the_title_labels_and_legend_keep_apart_inside_the_figure(width, height, groups):
    """The legend beside the circle, or under it when a long name leaves no room beside."""
    figure = radar(BS, groups, "Sociaal Huis Demerstad: score per B")
    renderer = drawn(figure, width, height)
    axes = figure.axes[0]
    [title] = [text.get_window_extent(renderer) for text in figure.findobj(Text)
               if text.get_text() == figure.get_suptitle()]
    labels = [label.get_window_extent(renderer) for label in axes.get_xticklabels()]
    key = axes.get_legend().get_window_extent(renderer)
    assert len(labels) == len(BS)
    assert [box for box in labels if box.overlaps(title)] == []
    assert [box for box in labels if box.overlaps(key)] == []
    assert not key.overlaps(title)
    inside = [box for box in (title, key, *labels) if box.x0 >= 0 and box.y0 >= 0
              and box.x1 <= width and box.y1 <= height]
    assert len(inside) == len(labels) + 2  # the bottom label was cut at 239 pixels high


def test_an_svg_that_matplotlib_writes_itself_is_laid_out_as_the_window_lays_it_out():
    """The SVG canvas has no renderer of its own to measure with: an Agg one measures."""
    margins = []
    for draw in (lambda f: FigureCanvasAgg(f).draw(),
                 lambda f: f.savefig(io.BytesIO(), format="svg")):
        figure = radar(BS, GROUPS, "Sociaal Huis Demerstad: score per B")
        figure.set_dpi(72)  # the SVG's
        draw(figure)
        params = figure.subplotpars
        margins.append((params.left, params.right, params.bottom, params.top))
    assert margins[1] == pytest.approx(margins[0], abs=0.01)
