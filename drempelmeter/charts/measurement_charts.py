"""Measurement charts from plain data: radar per partner, partner × B means, gaps, change.

A value given as text ("hidden", "—") is a cell that is suppressed or has no answers: its text is
printed where a number would go, and it is never drawn as a number.
Colours are Okabe-Ito and every series also has its own line style or hatch, so a grey print
still tells them apart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.backend_bases import RendererBase
from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine
from matplotlib.legend import Legend
from matplotlib.projections.polar import PolarAxes
from matplotlib.text import Text

from . import cell_grid, legend, local_number, locale_ticks, shorten

SERIES_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
LINE_STYLES = ("-", "--", ":", "-.")
HATCHES = ("", "//", "..", "xx")
HEATMAP_COLOURS = "cividis"
MISSING_COLOUR = "#DDDDDD"
SCALE = (1, 5)


def radar(axes_labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | str]]],
          title: str = "", size: tuple[float, float] | None = None) -> Figure:
    """One spoke per B (1 at the centre, 5 at the rim), one closed line per series.

    A series with no value at all is left out of the plot (its table row says why); a missing
    spoke leaves a gap in the line.
    """
    figure = Figure(figsize=size or (6.5, 5.5))
    axes = figure.add_subplot(projection="polar")
    assert isinstance(axes, PolarAxes)
    count = len(axes_labels)
    angles = [2 * math.pi * i / max(count, 1) for i in range(count)]
    lines = []
    for number, (label, values) in enumerate(series):
        if all(isinstance(v, str) for v in values):
            continue
        closed = [math.nan if isinstance(v, str) else v for v in values]
        lines += axes.plot([*angles, angles[0]] if angles else [], [*closed, closed[0]] if closed else [],
                  color=SERIES_COLOURS[number % len(SERIES_COLOURS)],
                  linestyle=LINE_STYLES[number % len(LINE_STYLES)], linewidth=2, marker="o",
                  label=label)
    axes.set_xticks(angles, labels=list(axes_labels), parse_math=False)
    axes.set_ylim(0, SCALE[1])
    axes.set_yticks(range(1, SCALE[1] + 1))
    axes.set_rlabel_position(180 / max(count, 1))  # between the first two spokes
    shown = legend(axes, lines, loc="upper left", frameon=False) if lines else None
    # The figure's title, at its top: a polar axes lifts its own title above the top spoke's
    # label, out of a short figure.
    figure.set_layout_engine(RadarMargins(
        figure.suptitle(title, parse_math=False) if title else None, shown))
    return figure


class RadarMargins(LayoutEngine):
    """The radar's margins measured in the figure's pixels at each draw: above the circle its
    title and the top spoke's label, beside it the widest label and on the right the legend,
    under it the bottom label. Shares of the figure's size put the title on the top label of
    a short figure (a laptop's 720 pixels high) and cut the bottom one; constrained layout
    would double the time of a redraw, and the radar redraws at every answer typed."""

    _adjust_compatible = True
    _colorbar_gridspec = False

    def __init__(self, title: Text | None, key: Legend | None) -> None:
        super().__init__()
        self.title, self.key = title, key

    def execute(self, fig: Figure) -> None:
        renderer = measuring_renderer(fig)
        width, height = fig.bbox.width, fig.bbox.height
        pixels = fig.dpi / 72  # per point
        gap = 6 * pixels
        axes = fig.axes[0]
        ticks = axes.xaxis.get_major_ticks()
        # from the rim to a label (matplotlib's stub says get_pad returns None: it does not)
        pad = ticks[0].get_pad() * pixels if ticks else 0  # type: ignore[func-returns-value, operator]
        boxes = [label.get_window_extent(renderer) for label in axes.get_xticklabels()]
        side = max((box.width for box in boxes), default=0) + pad + gap
        tall = max((box.height for box in boxes), default=0) + pad + gap
        # from the figure's top to under its title
        title = height - self.title.get_window_extent(renderer).y0 + gap if self.title else 0
        key = self.key.get_window_extent(renderer) if self.key else None
        wide, tall_key = (key.width + gap, key.height + gap) if key else (0, 0)
        top = height - title - tall
        # the legend beside the circle, or under it where that leaves the circle larger (a
        # group's long name in a narrow figure)
        beside = min(width - 2 * side - wide, top - 2 * tall) >= \
            min(width - 2 * side, top - 2 * tall - tall_key)
        left, right = side, width - side - (wide if beside else 0)
        bottom = tall + (0 if beside else tall_key)
        if right - left < 1 or top - bottom < 1:
            return  # a figure too small to hold it: left as it is
        fig.subplots_adjust(left=left / width, right=right / width, bottom=bottom / height,
                            top=top / height)
        if self.key is None:
            return
        across = min(right - left, top - bottom)  # the circle's
        if beside:  # right of the circle and its labels, level with its top
            self.key.set_loc("upper left")
            self.key.set_bbox_to_anchor(((left + right + across) / 2 / width + side / width,
                                         (top + bottom + across) / 2 / height),
                                        transform=fig.transFigure)
        else:  # under the bottom label
            self.key.set_loc("upper center")
            self.key.set_bbox_to_anchor(((left + right) / 2 / width, (bottom - tall) / height),
                                        transform=fig.transFigure)


def measuring_renderer(fig: Figure) -> RendererBase:
    """The renderer `fig` is drawn with: its canvas's (the window's, a PNG's, the report's
    drawing), else (an SVG or PDF that matplotlib writes itself) an Agg renderer of the figure's
    size and dpi, which measures texts as they do."""
    get_renderer = getattr(fig.canvas, "get_renderer", None)
    if get_renderer is not None:
        return get_renderer()
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(int(fig.bbox.width), int(fig.bbox.height), fig.dpi)


def mean_heatmap(rows: Sequence[str], columns: Sequence[str],
                 means: Sequence[Sequence[float | str]], title: str = "",
                 size: tuple[float, float] | None = None, decimal: str = ".") -> Figure:
    """Rows (partners) × columns (B's), each cell its mean; a hidden or empty cell is grey."""
    figure = Figure(figsize=size or (8, 0.45 * len(rows) + 2), layout="constrained")
    axes = figure.add_subplot()
    axes.set_facecolor(MISSING_COLOUR)
    image = cell_grid(axes, [[math.nan if isinstance(v, str) else v for v in row]
                             for row in means], (len(rows), len(columns)), HEATMAP_COLOURS,
                      SCALE[0], SCALE[1])
    # a region's own theme can have a long name: cut, it is whole in the table beside
    axes.set_xticks(range(len(columns)), labels=[shorten(c) for c in columns], rotation=35,
                    ha="right", parse_math=False)
    axes.set_yticks(range(len(rows)), labels=list(rows), parse_math=False)
    for y, row in enumerate(means):
        for x, value in enumerate(row):
            text = value if isinstance(value, str) else local_number(value, decimal, 1)
            dark = isinstance(value, str) or value > 3.2
            axes.text(x, y, text, ha="center", va="center", fontsize=8,
                      color="black" if dark else "white", parse_math=False)
    figure.colorbar(image, ax=axes, shrink=0.8, ticks=range(SCALE[0], SCALE[1] + 1))
    if title:
        axes.set_title(title, parse_math=False)
    return figure


def gap_bars(labels: Sequence[str], gaps: Sequence[float | str],
             title: str = "", size: tuple[float, float] | None = None,
             decimal: str = ".") -> Figure:
    """One horizontal bar per B: to the right where staff score higher than clients."""
    figure = Figure(figsize=size or (7, 0.45 * len(labels) + 1.6), layout="constrained")
    axes = figure.add_subplot()
    positions = list(range(len(labels)))
    values = [0.0 if isinstance(g, str) else g for g in gaps]
    colours = [SERIES_COLOURS[1] if v > 0 else SERIES_COLOURS[0] for v in values]
    bars = axes.barh(positions, values, color=colours, edgecolor="white",
                     hatch=[HATCHES[1] if v > 0 else HATCHES[0] for v in values])
    axes.bar_label(bars, labels=[g if isinstance(g, str) else local_number(g, decimal, 2, "+")
                           for g in gaps],
                   padding=3, parse_math=False)
    axes.axvline(0, color="black", linewidth=0.8)
    axes.set_yticks(positions, labels=list(labels), parse_math=False)
    axes.invert_yaxis()
    reach = max((abs(v) for v in values), default=0)
    axes.set_xlim(-max(reach * 1.4, 1), max(reach * 1.4, 1))
    locale_ticks(axes.xaxis, decimal)
    axes.spines[["top", "right"]].set_visible(False)
    if title:
        axes.set_title(title, parse_math=False)
    return figure


def round_comparison(labels: Sequence[str], before: Sequence[float | str],
                     after: Sequence[float | str], names: tuple[str, str],
                     title: str = "", size: tuple[float, float] | None = None,
                     decimal: str = ".") -> Figure:
    """Two bars per B: the earlier round and the later one, each with its mean written on it."""
    figure = Figure(figsize=size or (8, 4.2), layout="constrained")
    axes = figure.add_subplot()
    width = 0.38
    series = []
    for number, (name, values) in enumerate(zip(names, (before, after), strict=True)):
        offsets = [i + (number - 0.5) * width for i in range(len(labels))]
        bars = axes.bar(offsets, [0 if isinstance(v, str) else v for v in values], width,
                        label=name,
                        color=SERIES_COLOURS[number], hatch=HATCHES[number], edgecolor="white")
        axes.bar_label(bars, labels=[v if isinstance(v, str) else local_number(v, decimal, 1)
                                for v in values],
                       padding=2, fontsize=8, parse_math=False)
        series.append(bars)
    axes.set_xticks(range(len(labels)), labels=list(labels), rotation=35, ha="right",
                    parse_math=False)
    axes.set_ylim(0, SCALE[1] + 0.6)
    axes.set_yticks(range(0, SCALE[1] + 1))
    legend(axes, series, frameon=False, loc="upper left", ncols=2)
    axes.spines[["top", "right"]].set_visible(False)
    if title:
        axes.set_title(title, parse_math=False)
    return figure
