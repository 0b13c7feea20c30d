"""Indicator charts from plain data: an indicator's measured values over time against its
baseline and target (a horizontal target line, and the planned path from the baseline to the
target where both have a date)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from textwrap import shorten
from typing import Any

from matplotlib.figure import Figure

from . import legend, locale_ticks

#: Okabe-Ito colours, each series with its own line style and marker for a grey print.
MEASURED: dict[str, Any] = {"color": "#0072B2", "linestyle": "-", "marker": "o"}
BASELINE: dict[str, Any] = {"color": "#555555", "marker": "s", "linestyle": "none"}
TARGET: dict[str, Any] = {"color": "#D55E00", "linestyle": "--"}
PATH: dict[str, Any] = {"color": "#E69F00", "linestyle": ":"}
#: A title's most characters (two lines on a laptop): the chart's table holds the whole name.
TITLE_MOST = 100


def indicator_over_time(dates: Sequence[date], values: Sequence[float],
                        baseline: tuple[date | None, float] | None,
                        target: tuple[date | None, float] | None,
                        labels: tuple[str, str, str, str], title: str = "", unit: str = "",
                        decimal: str = ".", size: tuple[float, float] | None = None) -> Figure:
    """The values (oldest first) as a line; the baseline as a square at its date (or the first
    value's); the target as a dashed line, with the planned path from baseline to target as a
    dotted one when both have a date. `labels`: measured, baseline, target, planned path."""
    from matplotlib.dates import AutoDateLocator, DateFormatter, date2num

    figure = Figure(figsize=size or (8, 3.6))
    figure.subplots_adjust(left=0.12, right=0.97, top=0.8, bottom=0.15)
    axes = figure.add_subplot()
    handles = []
    if baseline is not None:
        when = baseline[0] or (dates[0] if dates else None)
        if when is not None:
            handles += axes.plot([date2num(when)], [baseline[1]], label=labels[1], **BASELINE)
    if values:
        handles += axes.plot(date2num(list(dates)), list(values), label=labels[0], **MEASURED)
    if target is not None:
        handles.append(axes.axhline(target[1], label=labels[2], **TARGET))
        if target[0] is not None and baseline is not None and baseline[0] is not None:
            handles += axes.plot(date2num([baseline[0], target[0]]), [baseline[1], target[1]],
                                 label=labels[3], **PATH)
    axes.xaxis_date()
    locator = AutoDateLocator(minticks=3, maxticks=7)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(DateFormatter("%m-%Y"))
    locale_ticks(axes.yaxis, decimal)
    if unit:
        axes.set_ylabel(unit, parse_math=False)
    axes.margins(x=0.05, y=0.15)
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", color="#DDDDDD", linewidth=0.6)
    if handles:
        legend(axes, handles, loc="lower center", bbox_to_anchor=(0.5, 1.0),
               ncols=len(handles), frameon=False, fontsize=7)
    if title:  # on as many lines as the figure's width needs, a long one cut; room made
        figure.suptitle(shorten(title, TITLE_MOST, placeholder=" …"), parse_math=False,
                        wrap=True, fontsize="medium")
        figure.set_layout_engine("constrained")
    return figure
