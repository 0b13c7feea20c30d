"""A matplotlib Figure as a reportlab Drawing: vector lines and real text (searchable, sharp at
any zoom), set in the DejaVu Sans the reports use, its texts as the report prints them (right-to-
left scripts shaped and ordered, a placeholder for a glyph the font lacks), cropped to what is
drawn so no label is cut off. svglib reads the figure's SVG; hatching is left out (svglib cannot
fill SVG patterns)."""

from __future__ import annotations

import io

from ..paths import resource
from .markup import printable
from .questionnaire_pdf import BOLD, FONT, register_fonts

_fonts_known = False


def register_figure_fonts() -> None:
    """Tell reportlab and svglib that the figures' "DejaVu Sans" is our embedded font."""
    global _fonts_known
    if _fonts_known:
        return
    from svglib.fonts import get_global_font_map

    register_fonts()
    fonts = get_global_font_map()
    fonts.register_font("DejaVu Sans", str(resource("fonts", "DejaVuSans.ttf")),
                        rlgFontName=FONT)
    fonts.register_font("DejaVu Sans", str(resource("fonts", "DejaVuSans-Bold.ttf")),
                        weight="bold", rlgFontName=BOLD)
    _fonts_known = True


def figure_drawing(figure, width: float):
    """The figure scaled to `width` points, as a flowable Drawing."""
    import matplotlib
    from svglib.svglib import svg2rlg

    register_figure_fonts()
    # svglib cannot fill an SVG pattern, and matplotlib writes a hatched area as one: such an
    # area would come out empty. In the report it keeps its colour (and its written value or
    # its table) instead.
    for artist in figure.findobj(lambda a: bool(getattr(a, "get_hatch", lambda: None)())):
        artist.set_hatch(None)
    _printable_texts(figure)
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans"}):
        # A tight box takes in every label, also a long one left of a rotated axis or a
        # legend beside the plot, which the charts' fixed margins (kept for fast redraws in the
        # window) leave out.
        figure.savefig(buffer, format="svg", bbox_inches="tight", pad_inches=0.05)
    buffer.seek(0)
    drawing = svg2rlg(buffer)
    if drawing is None:  # svglib read nothing: our own SVG, so a bug
        raise ValueError("matplotlib wrote an SVG that svglib cannot read")
    scale = width / drawing.width
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    drawing.scale(scale, scale)
    return drawing


def _printable_texts(figure) -> None:
    """Every text of the figure as the report prints it: titles, legends and bar labels, and
    the axes' labels given as text (whose formatter would set them again at drawing)."""
    from matplotlib.text import Text
    from matplotlib.ticker import FixedFormatter, FuncFormatter

    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            formatter = axis.get_major_formatter()
            if isinstance(formatter, FixedFormatter | FuncFormatter):
                axis.set_major_formatter(FuncFormatter(
                    lambda value, position, given=formatter: printable(given(value, position))))
    for text in figure.findobj(Text):
        text.set_text(printable(text.get_text()))
