"""Beamer charts from plain data: the gut-feeling poll per B, the pre-mortem's risks per cluster."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.text import Text
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
#: The pre-mortem's bars: Okabe-Ito blue, white numbers inside.
CLUSTER_COLOUR = "#0072B2"
#: The row of the B the coach is on: a band behind it, its name in colour.
CURRENT_BAND = "#FFF1A8"
CURRENT_TEXT = "#0050A0"


class PollChart:
    """One horizontal bar per B (first at the top), its counts stacked by answer (in `answers`
    order) and written inside; the B at `current` on a band, its name in colour. `update`
    changes it in place for new counts: the layout (constrained, so the labels fit at any size
    and type size) stays as drawn, only the bars, numbers, band and axes change."""

    def __init__(self, bs: Sequence[str], answers: Sequence[str],
                 counts: Sequence[Sequence[int]], axis_label: str, title: str = "",
                 current: int | None = None, size: tuple[float, float] | None = None) -> None:
        self.figure = Figure(figsize=size or (8, 0.5 * len(bs) + 2), layout="constrained")
        axes = self.axes = self.figure.add_subplot()
        self.band = axes.axhspan(-0.5, 0.5, color=CURRENT_BAND, zorder=0)
        self.segments = []
        self.numbers: list[list[Text]] = []
        for n, answer in enumerate(answers):
            colour, hatch = ANSWER_STYLE[n % len(ANSWER_STYLE)]
            self.segments.append(axes.barh(
                range(len(bs)), [0] * len(bs), color=colour, hatch=hatch, edgecolor="white",
                label=answer, hatchcolor="#666666" if colour in GREYS else "white"))
            # Each number on a patch of its segment's colour: no hatch line crosses it.
            self.numbers.append([axes.text(
                0, y, "", ha="center", va="center", fontweight="bold", parse_math=False,
                color="white" if colour in DARK else "black",
                bbox={"boxstyle": "round,pad=0.2", "facecolor": colour, "edgecolor": "none"})
                for y in range(len(bs))])
        axes.set_yticks(range(len(bs)), labels=[shorten(b, 30) for b in bs], parse_math=False)
        axes.invert_yaxis()
        axes.set_xlabel(axis_label, parse_math=False)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        legend(axes, self.segments, loc="lower center", bbox_to_anchor=(0.5, 1.0),
               ncols=min(len(answers), 4), frameon=False, fontsize="small")
        axes.spines[["top", "right"]].set_visible(False)
        if title:
            self.figure.suptitle(title, parse_math=False)
        self.update(counts, current)

    def changing(self) -> list[Artist]:
        """What `update` changes, in the order a whole draw draws it (the band under the bars,
        the numbers over them), with the axes drawn over it all."""
        return [self.band, *(bar for segment in self.segments for bar in segment),
                *(number for row in self.numbers for number in row), self.axes.xaxis,
                self.axes.yaxis, self.axes.spines["left"], self.axes.spines["bottom"]]

    def update(self, counts: Sequence[Sequence[int]], current: int | None = None) -> bool:
        """New counts for the same B's and answers; False when their number changed (then a
        new chart is needed)."""
        rows = len(self.segments[0]) if self.segments else 0
        if len(counts) != rows or any(len(row) != len(self.segments) for row in counts):
            return False
        left = [0] * rows
        for n, segment in enumerate(self.segments):
            for y, (bar, number) in enumerate(zip(segment, self.numbers[n], strict=True)):
                value = counts[y][n]
                bar.set_x(left[y])
                bar.set_width(value)
                number.set_position((left[y] + value / 2, y))
                number.set_text(str(value) if value else "")
                left[y] += value
        # The limits set at once, not autoscaled: the total of the fullest B at the right.
        self.axes.set_xlim(0, max([*left, 1]))
        shown = current is not None and 0 <= current < rows
        self.band.set_visible(shown)
        if shown:
            self.band.set_y(current - 0.5)  # type: ignore[operator]
        for y, label in enumerate(self.axes.get_yticklabels()):
            label.set_color(CURRENT_TEXT if y == current else "black")
        return True


def cluster_bars(labels: Sequence[str], counts: Sequence[int], axis_label: str,
                 title: str = "", size: tuple[float, float] | None = None) -> Figure:
    """The pre-mortem's failure risks per cluster as the poll is drawn for the beamer: one
    bar per cluster (first at the top), its count written inside in bold, the labels at the
    ordinary type size (the beamer's) and a layout that fits them at any size."""
    figure = Figure(figsize=size or (8, 0.5 * len(labels) + 2), layout="constrained")
    axes = figure.add_subplot()
    bars = axes.barh(range(len(labels)), list(counts), height=0.6, color=CLUSTER_COLOUR,
                     edgecolor="white")
    axes.bar_label(bars, labels=[str(c) if c else "" for c in counts], label_type="center",
                   color="white", fontweight="bold", parse_math=False)
    axes.set_yticks(range(len(labels)), labels=[shorten(t, 30) for t in labels],
                    parse_math=False)
    axes.invert_yaxis()
    axes.set_xlabel(axis_label, parse_math=False)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # cards: whole numbers
    axes.set_xlim(0, max([*counts, 1]))
    axes.spines[["top", "right"]].set_visible(False)
    if title:
        figure.suptitle(title, parse_math=False)
    return figure
