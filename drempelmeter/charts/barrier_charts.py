"""Barrier charts from plain data: the Pareto of barriers by score."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

BAR_COLOUR = "#0072B2"
LINE_COLOUR = "#D55E00"


def cumulative_shares(scores: Sequence[float]) -> list[float]:
    """The running total of the scores as a percentage of their sum (the Pareto line)."""
    total = sum(scores) or 1
    running, shares = 0.0, []
    for score in scores:
        running += score
        shares.append(round(running / total * 100, 1))
    return shares


def pareto(titles: Sequence[str], scores: Sequence[float], title: str = "",
           size: tuple[float, float] | None = None) -> Figure:
    """Bars best first, with the cumulative share of the total score as a line."""
    figure = Figure(figsize=size or (8, 4.5), layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(titles))
    bars = axes.bar(positions, scores, color=BAR_COLOUR, edgecolor="white")
    axes.bar_label(bars, labels=[f"{s:g}" for s in scores], padding=2, fontsize=8)
    axes.set_xticks(list(positions), labels=[t if len(t) < 28 else t[:26] + "…" for t in titles],
                    rotation=35, ha="right")
    axes.spines[["top"]].set_visible(False)
    shares = cumulative_shares(scores)
    line = axes.twinx()
    line.plot(list(positions), shares, color=LINE_COLOUR, marker="o", linestyle="--")
    line.set_ylim(0, 105)
    line.yaxis.set_major_formatter(PercentFormatter())
    line.spines[["top"]].set_visible(False)
    if title:
        axes.set_title(title)
    return figure
