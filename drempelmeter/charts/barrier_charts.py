"""Barrier charts from plain data: the Pareto of barriers by score."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

BAR_COLOUR = "#0072B2"
LINE_COLOUR = "#D55E00"


def pareto(titles: Sequence[str], scores: Sequence[float], shares: Sequence[float],
           title: str = "", size: tuple[float, float] | None = None) -> Figure:
    """Bars best first, with the cumulative share of the total score (of all barriers, also
    those beyond the bars shown) as a line."""
    # Fixed margins, not a layout engine: the chart redraws as the weights change.
    figure = Figure(figsize=size or (8, 4.5))
    figure.subplots_adjust(left=0.08, right=0.92, top=0.9, bottom=0.3)
    axes = figure.add_subplot()
    positions = range(len(titles))
    axes.bar(positions, scores, color=BAR_COLOUR, edgecolor="white")  # values: in the table
    axes.set_xticks(list(positions), labels=[t if len(t) < 28 else t[:26] + "…" for t in titles],
                    rotation=35, ha="right")
    axes.spines[["top"]].set_visible(False)
    line = axes.twinx()
    line.plot(list(positions), list(shares), color=LINE_COLOUR, marker="o", linestyle="--")
    line.set_ylim(0, 105)
    line.yaxis.set_major_formatter(PercentFormatter())
    line.spines[["top"]].set_visible(False)
    if title:
        axes.set_title(title)
    return figure
