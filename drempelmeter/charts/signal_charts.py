"""Signal charts from plain data: partner × B heatmap of counts, and signals per level."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from . import cell_grid

#: A colour-blind-safe sequential map; counts are printed on every cell, so grey print reads too.
HEATMAP_COLOURS = "cividis"
BAR_COLOUR = "#0072B2"  # Okabe-Ito blue
#: The most partners a heatmap draws: a province's hundreds took 14 s to draw on screen, each
#: row a pixel or two tall; the table beside the chart lists them all.
HEATMAP_PARTNERS = 25


def partner_b_heatmap(partners: Sequence[str], bs: Sequence[str],
                      counts: Sequence[Sequence[int]], title: str = "",
                      size: tuple[float, float] | None = None) -> Figure:
    """Rows are partners, columns the B's, each cell the number of signals."""
    figure = Figure(figsize=size or (8, 0.45 * len(partners) + 2), layout="constrained")
    axes = figure.add_subplot()
    highest = max((max(row, default=0) for row in counts), default=0) or 1
    image = cell_grid(axes, counts, (len(partners), len(bs)), HEATMAP_COLOURS, 0, highest)
    axes.set_xticks(range(len(bs)), labels=bs, rotation=35, ha="right", parse_math=False)
    axes.set_yticks(range(len(partners)), labels=partners, parse_math=False)
    for y, row in enumerate(counts):
        for x, value in enumerate(row):
            dark = value > highest * 0.55
            axes.text(x, y, str(value), ha="center", va="center",
                      color="black" if dark else "white", fontsize=9, parse_math=False)
    figure.colorbar(image, ax=axes, shrink=0.8, ticks=MaxNLocator(integer=True))
    if title:
        axes.set_title(title, parse_math=False)
    return figure


def busiest_partners(partners: Sequence[str], counts: Sequence[Sequence[int]],
                     most: int = HEATMAP_PARTNERS) -> tuple[list[str], list[Sequence[int]]]:
    """The partners and their rows of counts to draw: all of them, in their order, when they
    are no more than `most`; else the `most` with the most signals, most first (ties in their
    order)."""
    if len(partners) <= most:
        return list(partners), list(counts)
    chosen = sorted(range(len(partners)), key=lambda i: -sum(counts[i]))[:most]
    return [partners[i] for i in chosen], [counts[i] for i in chosen]


def signals_per_level(levels: Sequence[str], counts: Sequence[int], title: str = "",
                      size: tuple[float, float] | None = None) -> Figure:
    """A horizontal bar per level, with its count written at the end of the bar."""
    figure = Figure(figsize=size or (7, 0.5 * len(levels) + 1.5), layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(levels))
    bars = axes.barh(positions, counts, color=BAR_COLOUR, hatch="//", edgecolor="white")
    axes.bar_label(bars, labels=[str(c) for c in counts], padding=3, parse_math=False)
    axes.set_yticks(list(positions), labels=levels, parse_math=False)
    axes.invert_yaxis()
    axes.set_xlim(0, max(max(counts, default=0) * 1.15, 1))
    axes.spines[["top", "right"]].set_visible(False)
    if title:
        axes.set_title(title, parse_math=False)
    return figure
