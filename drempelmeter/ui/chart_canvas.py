"""The on-screen chart canvas: matplotlib's Qt canvas whose texts are rendered once and then
copied, and which redraws only the artists that new data changed (the Pareto's bars, line and
axes at a weight change) over the rest as last drawn."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

#: Rendered texts kept (shared by every chart; a label of 24 characters is ~40 kB).
CACHED_TEXTS = 256

_texts: OrderedDict[tuple[Any, ...], tuple[Any, int, int] | None] = OrderedDict()


class TextCachingRenderer(RendererAgg):
    """Agg that renders a text (matplotlib's own way: shaped, with font fallback) into a
    transparent image the first time, and draws that image where the same text, in the same
    font, colour and angle, is drawn again. Placed at the nearest whole pixel."""

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        key = (s, tuple(prop.get_family()), prop.get_style(), prop.get_variant(),
               prop.get_weight(), prop.get_stretch(), prop.get_file(), prop.get_size_in_points(),
               angle, tuple(gc.get_rgb()), gc.get_alpha(), gc.get_antialiased(), self.dpi,
               None if mtext is None else (tuple(mtext.get_fontfeatures() or ()),
                                           str(mtext.get_language())))
        if key in _texts:
            _texts.move_to_end(key)
            found = _texts[key]
        else:
            found = _texts[key] = self.rendered(gc, s, prop, angle, mtext)
            if len(_texts) > CACHED_TEXTS:
                _texts.popitem(last=False)
        if found is not None:
            image, left, top = found
            # Here y counts down from the top; draw_image's y counts up to the image's bottom.
            self.draw_image(gc, round(x) + left,
                            self.height - (round(y) + top + image.shape[0]), image[::-1])

    def rendered(self, gc, s, prop, angle, mtext):
        """The text drawn alone, its origin on a whole pixel: (image, left, top) of its
        pixels from the origin; None when it draws nothing."""
        width, height, descent = self.get_text_width_height_descent(s, prop, False)
        # The corners of its box turned by `angle` about the origin (y down), a margin around
        # for what reaches beyond the box (antialiasing, overhanging glyphs).
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        corners = [(dx * cos - dy * sin, -(dx * sin + dy * cos))
                   for dx in (0, width) for dy in (-descent, height)]
        margin = 4 + math.ceil(height / 2)
        left = math.floor(min(x for x, _y in corners)) - margin
        top = math.floor(min(y for _x, y in corners)) - margin
        scratch = RendererAgg(math.ceil(max(x for x, _y in corners)) + margin - left,
                              math.ceil(max(y for _x, y in corners)) + margin - top, self.dpi)
        pen = scratch.new_gc()
        pen.copy_properties(gc)
        pen.set_clip_rectangle(None)  # clipped, if at all, where it is drawn
        pen.set_clip_path(None)
        RendererAgg.draw_text(scratch, pen, -left, -top, s, prop, angle, False, mtext)
        pen.restore()
        pixels = numpy.asarray(scratch.buffer_rgba())
        rows = numpy.flatnonzero(pixels[..., 3].any(axis=1))
        columns = numpy.flatnonzero(pixels[..., 3].any(axis=0))
        if not len(rows):
            return None
        image = pixels[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1].copy()
        return image, int(columns[0]) + left, int(rows[0]) + top


class ChartCanvas(FigureCanvasQTAgg):
    """FigureCanvasQTAgg drawing with a TextCachingRenderer; `redraw` draws the artists that
    changed over a copy of the rest (matplotlib's blitting)."""

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure)
        self._changing: list[Artist] = []
        self._background: Any = None  # the figure without the changing artists, as last drawn
        self._background_key: Any = None  # the renderer's size and dpi it was drawn at

    def redraw(self, changing: Sequence[Artist] = ()) -> bool:
        """Show the figure again after the data of `changing` (its artists) changed: those
        alone over the rest as last drawn (True); else the whole figure, when the event loop
        comes to it (first time, other artists, a new size)."""
        changing = list(changing)
        if changing != self._changing:
            for artist in self._changing:
                artist.set_animated(False)
            for artist in changing:
                artist.set_animated(True)  # left out of a full draw: drawn after it, see draw
            self._changing, self._background = changing, None
        key = (*self.get_width_height(physical=True), self.figure.dpi)
        if self._background is None or key != self._background_key:
            self.draw_idle()
            return False
        self.restore_region(self._background)
        self._draw_changing()
        self.blit(self.figure.bbox)
        return True

    def draw(self) -> None:
        """The whole figure; with changing artists, what is drawn without them is kept as the
        background for `redraw`, then they are drawn over it."""
        super().draw()
        if self._changing and self._changing[0].figure is self.figure:
            self._background = self.copy_from_bbox(self.figure.bbox)
            self._background_key = self._lastKey
            self._draw_changing()

    def _draw_changing(self) -> None:
        for artist in self._changing:
            self.figure.draw_artist(artist)

    def get_renderer(self):
        # FigureCanvasAgg.get_renderer, with the renderer above: a new one when the size or
        # the dpi changes.
        width, height = self.get_width_height(physical=True)
        key = width, height, self.figure.dpi
        if self._lastKey != key:
            self.renderer = TextCachingRenderer(width, height, self.figure.dpi)
            self._lastKey = key
        return self.renderer
