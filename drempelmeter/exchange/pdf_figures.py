"""A matplotlib Figure as a reportlab Drawing: vector lines and real text (searchable, sharp at
any zoom), set in the DejaVu Sans the reports use. svglib reads the figure's SVG; hatching is
left out (svglib cannot fill SVG patterns)."""

from __future__ import annotations

import io

from ..paths import resource
from .questionnaire_pdf import BOLD, FONT, register_fonts

_fonts_known = False


def _register() -> None:
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


def figure_drawing(figure, width: float):  # type: ignore[no-untyped-def]
    """The figure scaled to `width` points, as a flowable Drawing."""
    import matplotlib
    from svglib.svglib import svg2rlg

    _register()
    # svglib cannot fill an SVG pattern, and matplotlib writes a hatched area as one: such an
    # area would come out empty. In the report it keeps its colour (and its written value or
    # its table) instead.
    for artist in figure.findobj(lambda a: bool(getattr(a, "get_hatch", lambda: None)())):
        artist.set_hatch(None)
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans"}):
        figure.savefig(buffer, format="svg")
    buffer.seek(0)
    drawing = svg2rlg(buffer)
    scale = width / drawing.width
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    drawing.scale(scale, scale)
    return drawing
