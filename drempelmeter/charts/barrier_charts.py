"""Barrier charts from plain data: the Pareto by score, bars per barrier (dots or score), the
score broken down into its factors, and the impact/effort matrix."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from matplotlib.artist import Artist
from matplotlib.axis import Axis
from matplotlib.figure import Figure

from . import legend, local_number, locale_ticks, shorten

BAR_COLOUR = "#0072B2"
LINE_COLOUR = "#D55E00"


class ParetoChart:
    """Bars best first, with the cumulative share of the total score (of all barriers, also
    those beyond the bars shown) as a line. `update` redraws it in place for new weights: the
    figure, axes and artists stay, only heights, labels and the line change."""

    def __init__(self, titles: Sequence[str], scores: Sequence[float],
                 shares: Sequence[float], title: str = "",
                 size: tuple[float, float] | None = None, decimal: str = ".") -> None:
        # Fixed margins, not a layout engine: the chart redraws as the weights change.
        self.figure = Figure(figsize=size or (8, 4.5))
        self.figure.subplots_adjust(left=0.12, right=0.92, top=0.9, bottom=0.38)
        self.axes = self.figure.add_subplot()
        positions = list(range(len(titles)))
        self.bars = self.axes.bar(positions, scores, color=BAR_COLOUR, edgecolor="white")
        self.axes.spines[["top"]].set_visible(False)
        line_axes = self.line_axes = self.axes.twinx()
        (self.line,) = line_axes.plot(positions, list(shares), color=LINE_COLOUR, marker="o",
                                      linestyle="--")
        line_axes.set_ylim(0, 105)
        locale_ticks(self.axes.yaxis, decimal)
        locale_ticks(line_axes.yaxis, decimal, "%")
        line_axes.spines[["top"]].set_visible(False)
        for axis in (self.axes.xaxis, self.axes.yaxis, line_axes.yaxis):
            draw_ticks_only(axis)
        self._label(titles, title)

    def _label(self, titles: Sequence[str], title: str) -> None:
        # Anchored at the tick, the slanted label ends under its bar instead of reaching left
        # out of the figure; the full titles are in the chart's table.
        self.axes.set_xticks(range(len(titles)), labels=[shorten(t, 24) for t in titles],
                             rotation=40, ha="right", rotation_mode="anchor", parse_math=False)
        self.axes.set_title(title, parse_math=False)

    def changing(self) -> list[Artist]:
        """What `update` changes, in the order a whole draw draws it, with what is drawn over
        it (the spines; of the line's axes the line with their ticks and spines, in the order
        of their layers, not the whole axes: placing their empty title measured every tick
        label); the rest of the figure stays as drawn."""
        twin = self.line_axes
        return [*self.bars, self.axes.xaxis, self.axes.yaxis, self.axes.spines["left"],
                self.axes.spines["bottom"], self.axes.title,
                *sorted((self.line, *twin.spines.values(), twin.yaxis),
                        key=attrgetter("zorder"))]

    def update(self, titles: Sequence[str], scores: Sequence[float], shares: Sequence[float],
               title: str = "") -> bool:
        """New values for the same number of bars; False when the number changed (then a new
        chart is needed)."""
        if len(titles) != len(self.bars):
            return False
        for bar, height in zip(self.bars, scores, strict=True):
            bar.set_height(height)
        # The limits autoscaling gives bars (from 0, a margin above the highest), set at once:
        # relim walks every bar's path and took longer than the rest of the update.
        top = max(scores, default=0) * (1 + self.axes.get_ymargin())
        self.axes.set_ylim(0, top if top > 0 else 1)
        self.line.set_ydata(list(shares))
        self._label(titles, title)
        return True


def draw_ticks_only(axis: Axis) -> None:
    """Have `axis` draw its ticks alone while it has no label and no offset text (as the
    Pareto's axes): the same pixels as Axis.draw, which also measures every tick label twice
    to place those two (a third of the Pareto's redraw at a weight change)."""
    whole = axis.draw

    def draw(renderer: Any) -> None:
        if not axis.get_visible() or axis.label.get_text() \
                or axis.get_major_formatter().get_offset():
            whole(renderer)
            return
        renderer.open_group("matplotlib.axis", gid=axis.get_gid())
        # the ticks Axis.draw draws, by its own call
        for tick in axis._update_ticks():  # type: ignore[attr-defined]
            tick.draw(renderer)
        renderer.close_group("matplotlib.axis")
        axis.stale = False

    axis.draw = draw  # type: ignore[method-assign]


def pareto(titles: Sequence[str], scores: Sequence[float], shares: Sequence[float],
           title: str = "", size: tuple[float, float] | None = None,
           decimal: str = ".") -> Figure:
    """The Pareto chart as a figure (for the report, which draws it once)."""
    return ParetoChart(titles, scores, shares, title, size, decimal).figure


def bars_per_barrier(titles: Sequence[str], values: Sequence[float], label: str,
                     title: str = "", size: tuple[float, float] | None = None,
                     decimal: str = ".") -> Figure:
    """One horizontal bar per barrier (dots, or a score), best at the top, its value written."""
    figure = Figure(figsize=size or (8, 0.35 * len(titles) + 1.5))
    figure.subplots_adjust(left=0.42, right=0.95, top=0.9, bottom=0.12)
    axes = figure.add_subplot()
    positions = range(len(titles))
    bars = axes.barh(list(positions), list(values), color=BAR_COLOUR, edgecolor="white")
    axes.bar_label(bars, labels=[local_number(v, decimal) for v in values], padding=3, fontsize=8,
                   parse_math=False)
    locale_ticks(axes.xaxis, decimal)
    axes.set_yticks(list(positions), labels=[shorten(t) for t in titles], fontsize=8,
                    parse_math=False)
    axes.invert_yaxis()
    axes.set_xlabel(label, parse_math=False)
    axes.spines[["top", "right"]].set_visible(False)
    if title:
        axes.set_title(title, parse_math=False)
    return figure


FACTOR_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")


def factor_breakdown(titles: Sequence[str], factors: Sequence[Sequence[float]],
                     factor_names: Sequence[str], title: str = "",
                     size: tuple[float, float] | None = None, decimal: str = ".") -> Figure:
    """Per barrier (best at the top) a bar for each weighted factor, side by side: the score is
    their product, so the longest bar says what drives it."""
    figure = Figure(figsize=size or (8, 0.5 * len(titles) + 1.8))
    figure.subplots_adjust(left=0.42, right=0.95, top=0.88, bottom=0.1)
    axes = figure.add_subplot()
    height = 0.8 / max(len(factor_names), 1)
    bars = []
    for n, (name, colour) in enumerate(zip(factor_names, FACTOR_COLOURS, strict=False)):
        positions = [row + (n - (len(factor_names) - 1) / 2) * height
                     for row in range(len(titles))]
        bars.append(axes.barh(positions, [values[n] for values in factors], height=height,
                              color=colour, edgecolor="white", label=name))
    axes.set_yticks(range(len(titles)), labels=[shorten(t) for t in titles], fontsize=8,
                    parse_math=False)
    axes.invert_yaxis()
    legend(axes, bars, loc="lower right", fontsize=8, frameon=False)
    locale_ticks(axes.xaxis, decimal)
    axes.spines[["top", "right"]].set_visible(False)
    if title:  # over the figure: over the bars, right of the long titles, it ran out of it
        figure.suptitle(title, parse_math=False)
    return figure


def impact_effort_matrix(numbers: Sequence[int], impacts: Sequence[int], efforts: Sequence[int],
                         quadrant_names: Sequence[str], axis_names: tuple[str, str],
                         title: str = "", size: tuple[float, float] | None = None) -> Figure:
    """The 2×2: effort across, impact up, each barrier a numbered point (its row in the table);
    the quadrants (quick win top left, big project top right, fill-in, time sink) named."""
    figure = Figure(figsize=size or (6.5, 5.5))
    figure.subplots_adjust(left=0.12, right=0.95, top=0.9, bottom=0.12)
    axes = figure.add_subplot()
    axes.set_xlim(0.5, 5.5)
    axes.set_ylim(0.5, 5.5)
    axes.axvline(2.5, color="grey", linewidth=0.8)
    axes.axhline(2.5, color="grey", linewidth=0.8)
    corners = ((1, 5.3, "left"), (5, 5.3, "right"), (1, 0.7, "left"), (5, 0.7, "right"))
    for (x, y, align), name in zip(corners, quadrant_names, strict=True):
        axes.text(x - 0.4 if align == "left" else x + 0.4, y, name, ha=align, va="center",
                  fontsize=9, color="#555555", parse_math=False)
    seen: dict[tuple[int, int], int] = {}
    for number, impact, effort in zip(numbers, impacts, efforts, strict=True):
        offset = seen.get((impact, effort), 0)  # barriers on the same spot fan out
        seen[(impact, effort)] = offset + 1
        spot = (effort + 0.18 * offset, impact - 0.12 * offset)
        axes.scatter([spot[0]], [spot[1]], s=260, color=BAR_COLOUR, edgecolor="white", zorder=3)
        axes.text(*spot, str(number), ha="center", va="center", color="white", fontsize=8,
                  zorder=4, parse_math=False)
    axes.set_xlabel(axis_names[0], parse_math=False)
    axes.set_ylabel(axis_names[1], parse_math=False)
    axes.set_xticks(range(1, 6))
    axes.set_yticks(range(1, 6))
    if title:
        axes.set_title(title, parse_math=False)
    return figure
