"""Plan charts from plain data: progress per pillar as stacked bars of its actions by status."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from . import legend, shorten

#: Colour-blind-safe, with hatching so the statuses also read in grey print.
STATUS_STYLE = (("#BBBBBB", ""), ("#0072B2", "//"), ("#009E73", ""), ("#E69F00", ".."),
                ("#D55E00", "xx"))


def progress_per_pillar(pillars: Sequence[str], statuses: Sequence[str],
                        counts: Sequence[Sequence[int]], axis_label: str, title: str = "",
                        size: tuple[float, float] | None = None) -> Figure:
    """One horizontal bar per pillar, its actions stacked by status (in `statuses` order)."""
    # margins measured from the labels, legend and title: shares of the figure's height cut the
    # axis label under the bars in the window's 220 pixels
    figure = Figure(figsize=size or (8, 0.6 * len(pillars) + 1.8), layout="constrained")
    axes = figure.add_subplot()
    left = [0] * len(pillars)
    bars = []
    for n, status in enumerate(statuses):
        values = [row[n] for row in counts]
        colour, hatch = STATUS_STYLE[n % len(STATUS_STYLE)]
        bars.append(axes.barh(range(len(pillars)), values, left=left, color=colour, hatch=hatch,
                              edgecolor="white", label=status))
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(range(len(pillars)), labels=[shorten(p, 45) for p in pillars], fontsize=8,
                    parse_math=False)
    axes.invert_yaxis()
    axes.set_xlabel(axis_label, parse_math=False)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    legend(axes, bars, loc="lower center", bbox_to_anchor=(0.35, 1.0), ncols=len(statuses),
           frameon=False, fontsize=7)
    axes.spines[["top", "right"]].set_visible(False)
    if title:
        figure.suptitle(title, parse_math=False)
    return figure
