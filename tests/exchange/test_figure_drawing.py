"""A chart becomes the report's Drawing in one draw, cropped as savefig's tight box crops it."""

from __future__ import annotations

import io
import re

import matplotlib
import pytest
from matplotlib.figure import Figure

from drempelmeter.charts.signal_charts import partner_b_heatmap
from drempelmeter.exchange.pdf_figures import figure_drawing


def heatmap() -> Figure:
    # constrained layout and a colour bar drawn as an image: the costly kind
    return partner_b_heatmap(["Sociaal Huis", "CAW"], ["Bekendheid", "Bereikbaarheid"],
                             [[1, 2], [0, 3]], "Signalen per partner en B", size=(6, 3))


def test_a_chart_is_drawn_once(monkeypatch):
    draws = []
    draw = Figure.draw
    monkeypatch.setattr(Figure, "draw", lambda self, renderer: (draws.append(self),
                                                                 draw(self, renderer))[1])
    figure = heatmap()
    figure_drawing(figure, 400)
    assert draws == [figure]  # savefig with a tight box would draw it twice


def test_the_drawing_has_the_tight_box_savefig_gives():
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans"}):
        heatmap().savefig(buffer, format="svg", bbox_inches="tight", pad_inches=0.05)
    width, height = map(float, re.search(rb'width="([\d.]+)pt" height="([\d.]+)pt"',
                                         buffer.getvalue()).groups())
    drawing = figure_drawing(heatmap(), width)
    assert (drawing.width, drawing.height) == pytest.approx((width, height), abs=0.01)
