"""Functions that return matplotlib Figures from plain data. No Qt, no pyplot.

Every text is drawn as written (`parse_math=False`): a `$` in a barrier title or a partner's
name is no TeX, and an unmatched one does not break the figure.

Numbers are written as the reader's locale writes them: the caller (the window asks Qt's
locale, the report writes Dutch) passes the decimal separator, as `decimal`.
"""

#: Bars in a Pareto chart: the first ones carry the story; its table lists every barrier.
PARETO_BARS = 25


def shorten(text: str, limit: int = 40) -> str:
    """A label cut to `limit` characters with an ellipsis; the table holds the whole text."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def local_number(value: float, decimal: str = ".", places: int | None = None, sign: str = "") -> str:
    """`value` with `decimal` as its decimal separator ("19,6" in Dutch): `places` decimals, or
    (None) as few as it needs; `sign` "+" writes the sign of a positive number too."""
    text = format(value, f"{sign}.{places}f") if places is not None else \
        format(round(value, 10) + 0.0, f"{sign}.6g")  # + 0.0: no "-0"
    return text.replace(".", decimal)


def locale_ticks(axis, decimal: str = ".", unit: str = "") -> None:
    """The tick labels of `axis` (an Axis) with the reader's decimal separator and, after a
    space, `unit` (such as "%")."""
    from matplotlib.ticker import FuncFormatter

    suffix = f" {unit}" if unit else ""
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: local_number(value, decimal) + suffix))


def legend(axes, handles, **options):
    """A legend of `handles` under their labels as written: also one that starts with "_"
    (which matplotlib would leave out) or holds a `$`."""
    shown = axes.legend(handles, [h.get_label() for h in handles], **options)
    for text in shown.get_texts():
        text.set_parse_math(False)
    return shown


def cell_grid(axes, values, shape: tuple[int, int], cmap, vmin: float, vmax: float):
    """A heatmap drawn as vector cells (sharp at any zoom, also in a PDF): row 0 at the top,
    each cell centred on its integer tick, NaN cells left to the axes' background."""
    import numpy

    grid = numpy.ma.masked_invalid(numpy.asarray(values, dtype=float).reshape(shape))
    rows, columns = shape
    mesh = axes.pcolormesh(numpy.arange(columns + 1) - 0.5, numpy.arange(rows + 1) - 0.5, grid,
                           cmap=cmap, vmin=vmin, vmax=vmax, edgecolors="white", linewidth=0.5)
    axes.set_xlim(-0.5, columns - 0.5)
    axes.set_ylim(rows - 0.5, -0.5)
    return mesh
