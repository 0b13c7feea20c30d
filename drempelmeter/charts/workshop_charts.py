"""Workshop charts from plain data: the room's gut-feeling poll as stacked bars per B."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from . import legend, shorten

#: Scale points 1 (very weak) to 5 (very good) from orange to blue, then "don't know" and "not
#: applicable" in greys; Okabe-Ito colours, each with its own hatch so grey print reads too.
ANSWER_STYLE = (("#D55E00", "xx"), ("#E69F00", "//"), ("#F0E442", ""), ("#56B4E9", ".."),
                ("#0072B2", ""), ("#BBBBBB", "--"), ("#DDDDDD", "\\\\"))
#: Segments on dark colours get white numbers.
DARK = {"#D55E00", "#0072B2"}
#: The greys' hatch is dark: white lines would not show on them.
GREYS = {"#BBBBBB", "#DDDDDD"}


def poll_bars(bs: Sequence[str], answers: Sequence[str], counts: Sequence[Sequence[int]],
              axis_label: str, title: str = "", current: int | None = None,
              size: tuple[float, float] | None = None) -> Figure:
    """One horizontal bar per B (first at the top), its counts stacked by answer (in `answers`
    order) and written inside; the B at `current` in bold. Constrained layout: the labels fit
    at any size and type size the figure is shown at."""
    figure = Figure(figsize=size or (8, 0.5 * len(bs) + 2), layout="constrained")
    axes = figure.add_subplot()
    left = [0] * len(bs)
    bars = []
    for n, answer in enumerate(answers):
        values = [row[n] for row in counts]
        colour, hatch = ANSWER_STYLE[n % len(ANSWER_STYLE)]
        segment = axes.barh(range(len(bs)), values, left=left, color=colour, hatch=hatch,
                            edgecolor="white", label=answer,
                            hatchcolor="#666666" if colour in GREYS else "white")
        # Each number on a patch of its segment's colour: no hatch line crosses it.
        axes.bar_label(segment, labels=[str(v) if v else "" for v in values],
                       label_type="center", color="white" if colour in DARK else "black",
                       fontweight="bold", parse_math=False,
                       bbox={"boxstyle": "round,pad=0.2", "facecolor": colour,
                             "edgecolor": "none"})
        bars.append(segment)
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(range(len(bs)), labels=[shorten(b, 30) for b in bs], parse_math=False)
    if current is not None and 0 <= current < len(bs):
        axes.get_yticklabels()[current].set_fontweight("bold")
    axes.invert_yaxis()
    axes.set_xlabel(axis_label, parse_math=False)
    axes.set_xlim(0, max([*left, 1]))
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    legend(axes, bars, loc="lower center", bbox_to_anchor=(0.5, 1.0),
           ncols=min(len(answers), 4), frameon=False, fontsize="small")
    axes.spines[["top", "right"]].set_visible(False)
    if title:
        figure.suptitle(title, parse_math=False)
    return figure
