"""A matplotlib Figure as a reportlab Drawing: vector lines and real text (searchable, sharp at
any zoom), set in the DejaVu Sans the reports use, its texts as the report prints them (right-to-
left scripts shaped and ordered, a placeholder for a glyph the font lacks), cropped to what is
drawn so no label is cut off. matplotlib draws the figure once straight into reportlab shapes,
laid out as its SVG writer lays it out (no SVG written and read back, no second layout pass for
the tight box); hatching is left out, so a hatched area keeps its colour."""

from __future__ import annotations

import math
from functools import cache

from matplotlib.backend_bases import RendererBase
from matplotlib.path import Path as FigurePath

from .markup import printable
from .questionnaire_pdf import BOLD, FONT, register_fonts

#: The margin around what is drawn, in inches (as savefig's pad_inches with a tight box).
PAD = 0.05
#: matplotlib's line ends and corners as reportlab numbers them.
CAPS = {"butt": 0, "round": 1, "projecting": 2}
JOINS = {"miter": 0, "round": 1, "bevel": 2}
ANCHORS = {"left": "start", "center": "middle", "right": "end"}


def figure_drawing(figure, width: float):
    """The figure scaled to `width` points, as a flowable Drawing."""
    import matplotlib

    register_fonts()
    _printable_texts(figure)
    with matplotlib.rc_context({"font.family": "DejaVu Sans"}):
        drawing = _drawn(figure)
    scale = width / drawing.width
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    drawing.scale(scale, scale)
    return drawing


def _drawn(figure):
    """The figure drawn once at 72 dpi (a unit is a point), cropped to every label with `PAD`
    around it and its background made that box, as savefig's tight box makes it."""
    from matplotlib.backend_bases import FigureCanvasBase
    from matplotlib.backends.backend_mixed import MixedModeRenderer
    from reportlab.graphics.shapes import Group

    dpi, patch, canvas = figure.dpi, figure.patch, figure.canvas
    inches = figure.get_size_inches()

    class Canvas(FigureCanvasBase):
        """Measures as it draws: the layout engine asks the canvas for its renderer."""

        fixed_dpi = 72

        def get_renderer(self):
            return renderer

    Canvas(figure)._is_saving = True
    figure.dpi = 72  # after the canvas, which takes the figure's dpi as its own
    shapes = _Shapes(*(inches * 72), image_dpi=dpi)
    renderer = MixedModeRenderer(figure, *inches, dpi, shapes)
    visible = patch.get_visible()
    try:
        patch.set_visible(False)  # drawn below, as the cropped box
        figure.draw(renderer)
        box = figure.get_tightbbox(renderer).padded(PAD)
        drawn = len(shapes.items)
        patch.set_visible(visible)
        patch.set_bounds(box.x0 / inches[0], box.y0 / inches[1], box.width / inches[0],
                         box.height / inches[1])
        patch.draw(renderer)
    finally:
        patch.set_visible(visible)
        patch.set_bounds(0, 0, 1, 1)
        figure.dpi = dpi
        figure.set_canvas(canvas)
    content = Group(*shapes.items[drawn:], *shapes.items[:drawn])
    content.translate(-box.x0 * 72, -box.y0 * 72)
    return _drawing_class()(box.width * 72, box.height * 72, content)


@cache
def _drawing_class():
    """A Drawing whose raster part (a colour bar's gradient) is written inline, as reportlab
    writes it, but with the end of its data ("~>") never split over two lines, which pypdf
    cannot read back (reportlab cuts the data every 60 characters)."""
    from reportlab.graphics.renderPDF import _PDFRenderer
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.pdfimages import PDFImage

    class InlineImage(PDFImage):
        def PIL_imagedata(self):
            lines, width, height = super().PIL_imagedata()
            if lines[-2] == ">":  # the last line before "EI"
                lines[-3:-1] = [lines[-3] + ">"]
            return lines, width, height

    class Renderer(_PDFRenderer):
        def drawImage(self, image) -> None:
            self._canvas._currentPageHasImages = 1
            InlineImage(image.path, image.x, image.y, image.width,
                        image.height).drawInlineImage(self._canvas)

    class FigureDrawing(Drawing):
        def draw(self, showBoundary=None) -> None:
            Renderer().draw(self, self.canv, 0, 0)

    return FigureDrawing


def _colour(rgba, alpha: float | None = None):
    from reportlab.lib.colors import Color

    r, g, b = (float(c) for c in rgba[:3])
    a = float(rgba[3]) if alpha is None and len(rgba) > 3 else alpha
    return Color(r, g, b, 1.0 if a is None else a)


class _Shapes(RendererBase):
    """matplotlib's drawing calls as reportlab shapes in points, y up; a run of shapes with one
    clip shares a group that starts with the clipping path."""

    def __init__(self, width: float, height: float, image_dpi: float) -> None:
        from matplotlib.textpath import TextToPath

        super().__init__()
        self.width, self.height, self.image_dpi = width, height, image_dpi
        self._text2path = TextToPath()
        self.items: list = []
        self._clip: object = None

    # ---- what matplotlib asks of a vector renderer ---------------------------------------

    def flipy(self) -> bool:
        return False

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def points_to_pixels(self, points):
        return points

    def get_image_magnification(self) -> float:
        return self.image_dpi / 72.0

    def get_text_width_height_descent(self, s, prop, ismath):
        return self._text2path.get_text_width_height_descent(s, prop, ismath)

    def draw_path(self, gc, path, transform, rgbFace=None) -> None:
        from reportlab.graphics.shapes import FILL_NON_ZERO, Path

        clip = rgbFace is None  # as the SVG writer clips an unhatched line (hatches are left out)
        points, operators = _outline(path, transform, (0.0, 0.0, self.width, self.height)
                                     if clip else None, path.should_simplify and clip)
        if not operators:
            return
        shape = Path(points, operators, autoclose="svg", fillMode=FILL_NON_ZERO)
        forced = gc.get_alpha() if gc.get_forced_alpha() else None
        shape.fillColor = None if rgbFace is None else _colour(rgbFace, forced)
        width = gc.get_linewidth()
        if width:
            shape.strokeColor = _colour(gc.get_rgb(), forced)
            shape.strokeWidth = width
            shape.strokeLineJoin = JOINS[gc.get_joinstyle()]
            shape.strokeLineCap = CAPS[gc.get_capstyle()]
            _offset, dashes = gc.get_dashes()
            if dashes is not None:
                shape.strokeDashArray = [float(d) for d in dashes]
        else:
            shape.strokeColor = None
        self._add(gc, shape)

    def draw_image(self, gc, x, y, im, transform=None) -> None:
        from PIL import Image as Picture
        from reportlab.graphics.shapes import Image

        h, w = im.shape[:2]
        if w and h:  # the rows come bottom first
            self._add(gc, Image(x, y, 72.0 * w / self.image_dpi, 72.0 * h / self.image_dpi,
                                Picture.fromarray(im[::-1].copy())))

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None) -> None:
        from reportlab.graphics.shapes import Group, String

        if ismath:  # not in our charts (they draw text as written); as outlines, if ever
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        anchor = "start"
        if mtext is not None and (angle == 0 or mtext.get_rotation_mode() == "anchor"):
            # Anchored at the text's own position as the SVG writer does, so reportlab's
            # widths place a centred or right-aligned text; only the baseline comes from
            # matplotlib's layout.
            ax, ay = mtext.get_transform().transform(mtext.get_unitless_position())
            down = math.sin(math.radians(angle)), -math.cos(math.radians(angle))
            shift = down[0] * (x - ax) + down[1] * (y - ay)
            x, y = ax + shift * down[0], ay + shift * down[1]
            anchor = ANCHORS[mtext.get_ha()]
        weight = prop.get_weight()
        bold = weight in ("semibold", "demibold", "demi", "bold", "heavy", "extra bold",
                          "black") or (isinstance(weight, int) and weight >= 600)
        rgba = gc.get_rgb()
        text = String(0 if angle else float(x), 0 if angle else float(y), s,
                      fontName=BOLD if bold else FONT, fontSize=prop.get_size_in_points(),
                      textAnchor=anchor,
                      fillColor=_colour(rgba, gc.get_alpha() if gc.get_forced_alpha() else None))
        if angle:  # turned about its anchor
            text = Group(text)
            text.translate(float(x), float(y))
            text.rotate(angle)
        self._add(gc, text)

    # ---- grouping by clip ------------------------------------------------------------------

    def _add(self, gc, shape) -> None:
        from reportlab.graphics.shapes import FILL_NON_ZERO, Group, Path

        box = gc.get_clip_rectangle()
        outline, affine = gc.get_clip_path()
        if outline is not None:
            key: object = (outline.vertices.tobytes(), tuple(affine.get_matrix().flat))
        elif box is not None:
            key = tuple(box.bounds)
        else:
            self._clip = None
            self.items.append(shape)
            return
        if key != self._clip:
            if outline is not None:
                points, operators = _outline(outline, affine, None, False)
            else:
                x, y, w, h = box.bounds
                points, operators = [x, y, x + w, y, x + w, y + h, x, y + h], [0, 1, 1, 1, 3]
            clip = Path(points, operators, isClipPath=1, fillMode=FILL_NON_ZERO,
                        fillColor=None, strokeColor=None)
            self.items.append(Group(clip))
            self._clip = key
        self.items[-1].add(shape)


def _outline(path, transform, clip, simplify) -> tuple[list[float], list[int]]:
    """A path's points and reportlab's operators (move, line, curve, close), transformed; a
    quadratic curve becomes the cubic it is."""
    points: list[float] = []
    operators: list[int] = []
    last = (0.0, 0.0)
    start = last
    for vertices, code in path.iter_segments(transform, remove_nans=True, clip=clip,
                                             simplify=simplify):
        v = vertices.tolist()
        if code == FigurePath.MOVETO:
            points += v
            operators.append(0)
            start = (v[0], v[1])
        elif code == FigurePath.LINETO:
            points += v
            operators.append(1)
        elif code == FigurePath.CURVE4:
            points += v
            operators.append(2)
        elif code == FigurePath.CURVE3:
            (x0, y0), (cx, cy), (x, y) = last, v[:2], v[2:]
            points += [x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0),
                       x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y), x, y]
            operators.append(2)
        elif code == FigurePath.CLOSEPOLY:
            operators.append(3)
            last = start
            continue
        last = (v[-2], v[-1])
    return points, operators


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
