"""Table columns for the report: widths from their content, headings upright where they must."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from .questionnaire_pdf import FONT

#: A table's cell padding (left and right) and type size: the first that fits every word.
TABLE_LAYOUTS = ((6, 7.5), (3, 7.5), (3, 6.5))
#: The widest a single word may make a column (as a share of the page); a longer one is split.
LONGEST_WORD = 0.3


def text_width(size: float) -> Callable[[str], float]:
    """How wide a text is in the tables' font at `size`, each distinct text measured once."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    @cache
    def measure(text: str) -> float:
        return stringWidth(text, FONT, size)

    return measure


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], wrap: Sequence[int],
                  width: float, size: float, padding: float, measure: Callable[[str], float],
                  ) -> tuple[list[float], set[int], bool]:
    """Widths that add up to `width`, the columns whose heading is set upright, and whether
    every word fits.

    Each column gets at least its longest word (its whole text where it does not wrap, its
    heading's longest word), so a word is never broken; what is left goes to the columns in
    proportion to how much wider their longest line would like to be. When the headings' words
    do not fit side by side (the B's in a table per B), every heading wider than its column's
    content turns upright. Only a single word wider than `LONGEST_WORD` of the page is
    split. `measure` gives a text's width (see `text_width`)."""
    count = len(rows[0])
    pad = 2 * padding + 1
    least, most = [0.0] * count, [0.0] * count
    for row in rows:
        for n, text in enumerate(row):
            whole = measure(text)
            most[n] = max(most[n], whole)
            if n in wrap and whole > least[n]:
                whole = max(map(measure, text.split()), default=0.0)
            least[n] = max(least[n], whole)
    least = [min(w, width * LONGEST_WORD) + pad for w in least]
    heads = [max(map(measure, h.split()), default=0.0) + pad for h in headers] or least
    need = [max(a, b) for a, b in zip(least, heads, strict=True)]
    upright: set[int] = set()
    if sum(need) > width:  # every heading wider than its column's content turns upright
        upright = {n for n in range(len(headers)) if heads[n] > least[n]}
        need = [max(least[n], size + 2 + pad) if n in upright else w
                for n, w in enumerate(need)]
    fits = sum(need) <= width
    if not fits:  # words that cannot fit: shrink all alike (a long word splits)
        need = [w * width / sum(need) for w in need]
    most = [max(m + pad, w, 0 if n in upright or not headers else measure(headers[n]) + pad)
            for n, (m, w) in enumerate(zip(most, need, strict=True))]
    spare, wanted = width - sum(need), sum(m - w for m, w in zip(most, need, strict=True))
    if wanted >= spare and wanted:
        return ([w + (m - w) * spare / wanted for m, w in zip(most, need, strict=True)],
                upright, fits)
    # Everything fits on one line: what is left widens the columns of text.
    growing = [n for n in range(count) if n in wrap] or list(range(count))
    share = sum(most[n] for n in growing)
    return ([m + (spare - wanted) * m / share if n in growing else m
             for n, m in enumerate(most)], upright, fits)


def upright_heading(text: str, size: float):
    """A column heading turned upright (the B's in narrow columns), never broken in a word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    class Upright(Flowable):
        def wrap(self, _width: float, _height: float) -> tuple[float, float]:
            return size + 2, stringWidth(text, FONT, size) + 2

        def draw(self) -> None:
            self.canv.saveState()
            self.canv.setFont(FONT, size)
            self.canv.translate(size, 1)
            self.canv.rotate(90)
            self.canv.drawString(0, 0, text)
            self.canv.restoreState()

    return Upright()
