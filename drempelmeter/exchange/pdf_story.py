"""The PDF building blocks the reports share (reportlab): paragraph styles, a story writer for
text, headings, lists and tables, the A4 page frame with its running lines, and Dutch dates and
numbers. User text is escaped everywhere (reportlab reads paragraphs as markup)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from xml.sax.saxutils import escape

from ..domain.report import EMPTY, Value
from .markup import markup, printable
from .pdf_tables import TABLE_LAYOUTS, column_widths, text_width, upright_heading
from .questionnaire_pdf import BOLD, FONT

#: Progress callback: (steps done, steps in all, what is being done).
ProgressCallback = Callable[[int, int, str], None]


def quiet(_done: int, _total: int, _what: str) -> None:
    """No progress to show (the command line)."""


def number(value: Value, places: int = 2) -> str:
    """A mean in Dutch notation, or the word that stands in for it."""
    return value if isinstance(value, str) else f"{value:.{places}f}".replace(".", ",")


def day(value: date | None) -> str:
    """A date as the region writes it (30-11-2026), or the dash that stands in for none."""
    return f"{value:%d-%m-%Y}" if value else EMPTY


def unnumbered(title: str, number: object, word: str) -> str:
    """`title` without a copy of its own number in front ("Actie 1.1: ...", "1.1 ...", "Doel
    2. ..."), which a plan copied from a document often keeps: the report prints the number."""
    prefix = re.compile(rf"\s*(?:{word}\s*)?{re.escape(str(number))}(?![\d.]\d)\.?\s*[:.\-–—)]?\s*",
                        re.IGNORECASE)
    match = prefix.match(title)
    return title[match.end():] if match and match.end() < len(title) else title


def lines_markup(text: str) -> str:
    """User text as paragraph markup, its line breaks kept."""
    return "<br/>".join(markup(line) for line in text.splitlines())


class Styles:
    """The report's paragraph styles; the PDFs that take its layout share them."""

    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=4)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10, spaceAfter=0)
        self.cell = ParagraphStyle("cell", base, fontSize=7.5, leading=9.5, spaceAfter=0)
        self.header = ParagraphStyle("header", self.cell, splitLongWords=0)
        self.h1 = ParagraphStyle("h1", base, fontName=BOLD, fontSize=16, leading=20,
                                 spaceBefore=6, spaceAfter=10, keepWithNext=1,
                                 textColor=colors.HexColor("#1F3864"))
        self.h2 = ParagraphStyle("h2", base, fontName=BOLD, fontSize=12.5, leading=16,
                                 spaceBefore=10, spaceAfter=6, keepWithNext=1,
                                 textColor=colors.HexColor("#1F3864"))
        self.h3 = ParagraphStyle("h3", base, fontName=BOLD, fontSize=10.5, leading=14,
                                 spaceBefore=8, spaceAfter=4, keepWithNext=1)
        self.question = ParagraphStyle("question", base, fontName=BOLD, fontSize=9.5,
                                       spaceBefore=4, spaceAfter=2, keepWithNext=1)
        self.cover = ParagraphStyle("cover", base, fontName=BOLD, fontSize=26, leading=32,
                                    spaceAfter=18, textColor=colors.HexColor("#1F3864"))
        #: The coach's reading of a chapter, set apart from the figures under the title.
        self.note = ParagraphStyle("note", base, backColor=colors.HexColor("#EEF3F9"),
                                   borderColor=colors.HexColor("#9BB1CC"), borderWidth=0.5,
                                   borderPadding=(5, 6, 6, 6), leftIndent=6, rightIndent=6,
                                   spaceBefore=6, spaceAfter=14)
        self.numbered = ParagraphStyle("numbered", base, leftIndent=16, firstLineIndent=-16)
        self._tables = {self.cell.fontSize: (self.cell, self.header)}

    def table(self, size: float):
        """The styles of a table's cells and headings at type size `size`, made once each."""
        from reportlab.lib.styles import ParagraphStyle

        if size not in self._tables:
            self._tables[size] = (
                ParagraphStyle("smaller", self.cell, fontSize=size, leading=size + 2),
                ParagraphStyle("smaller header", self.header, fontSize=size, leading=size + 2))
        return self._tables[size]


class StoryWriter:
    """Collects the flowables of a PDF in the report's layout: text, headings that go into the
    contents and bookmarks, bulleted lists and tables."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.styles = Styles()
        self.story: list = []

    # ---- building blocks ---------------------------------------------------------------

    def text(self, text: str, style=None) -> None:
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(markup(text), style or self.styles.body))

    def heading(self, text: str, level: int) -> None:
        """A heading that goes into the contents and the PDF's bookmarks."""
        from reportlab.platypus import Paragraph

        style = (self.styles.h1, self.styles.h2, self.styles.h3)[level]
        paragraph = Paragraph(markup(text), style)
        paragraph.toc_entry = (level, text)
        self.story.append(paragraph)

    def bullets(self, points: Sequence[str], empty: str = "Nog niet ingevuld.",
                keep: bool = True) -> None:
        """A bulleted list; with `keep`, on the page of the heading just before it."""
        from reportlab.platypus import ListFlowable, ListItem, Paragraph

        if not points:
            self.text(empty, self.styles.small)
            return
        start = len(self.story)
        self.story.append(ListFlowable(
            [ListItem(Paragraph(markup(p), self.styles.body), leftIndent=14) for p in points],
            bulletType="bullet", start="•", bulletFontName=FONT, leftIndent=14))
        if keep and start and self.story[start - 1].getKeepWithNext():
            self.keep_with_heading(start)

    def numbered(self, points: Sequence[str]) -> None:
        """A numbered list (1., 2., …) of user text."""
        for n, point in enumerate(points, 1):
            self.marked_up(f"{n}.&nbsp;{lines_markup(point)}", self.styles.numbered)

    def lines(self, text: str, style=None) -> None:
        """User text with its line breaks kept."""
        self.marked_up(lines_markup(text), style or self.styles.body)

    def marked_up(self, text: str, style) -> None:
        """A paragraph of our own markup (user text in it escaped by `lines_markup`)."""
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(text, style))

    def keep_with_heading(self, start: int) -> None:
        """The story from `start` as one KeepTogether with the headings just before it:
        reportlab keeps a heading (keepWithNext) with a paragraph or a table, but not with a
        KeepTogether or a list."""
        from reportlab.platypus import KeepTogether

        while start and self.story[start - 1].getKeepWithNext():
            start -= 1
        self.story[start:] = [KeepTogether(self.story[start:])]

    def table(self, columns: Sequence[str], rows: Sequence[Sequence[object]],
              wrap: Sequence[int] = ()) -> None:
        """A table as wide as the page with a header row repeated on every page (none when
        `columns` is empty); columns in `wrap` hold user text and wrap at spaces (as escaped
        paragraphs), the others are short values. Each column is as wide as its content asks
        (see `column_widths`), so no word is broken in the middle."""
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Table, TableStyle

        if not rows:
            self.text("Geen gegevens.", self.styles.small)
            return
        texts = [[printable(str(v)) for v in row] for row in rows]
        headers = [printable(c) for c in columns]
        for padding, size in TABLE_LAYOUTS:
            measure = text_width(size)
            widths, upright, fits = column_widths(headers, texts, wrap, self.width, size,
                                                   padding, measure)
            if fits:
                break
        cell, head = self.styles.table(size)
        rooms = [w - 2 * padding for w in widths]

        def wrapped(text: str, room: float):
            # A text that fits on one line is set as a plain string, the line a paragraph would
            # set (white space made single), without parsing markup or breaking lines.
            line = " ".join(text.split())
            return line if measure(line) <= room else Paragraph(escape(text), cell)

        body = [[wrapped(t, rooms[n]) if n in wrap else t for n, t in enumerate(row)]
                for row in texts]
        header = [[upright_heading(c, size) if n in upright else Paragraph(escape(c), head)
                   for n, c in enumerate(headers)]] if columns else []
        table = Table([*header, *body], colWidths=widths, repeatRows=len(header))
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, size, cell.leading),
            *([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1"))] if header else []),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9BB1CC")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F5F7FA")]),
        ]))
        table.spaceAfter = self.styles.body.spaceAfter  # text after it does not touch its grid
        self.story.append(table)



def page_frame():
    """The text frame of every page: A4 with 20 mm margins, room above and below for the
    running lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame

    margin = 20 * mm
    return Frame(margin, 18 * mm, A4[0] - 2 * margin, A4[1] - 36 * mm, leftPadding=0,
                 rightPadding=0, topPadding=0, bottomPadding=0, id="body")


def running_lines(title: str, made_on: date | None):
    """What a page after the cover carries (a PageTemplate's onPage): the title above, the date
    and the page number below."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    margin = 20 * mm

    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillGray(0.35)
        canvas.drawString(margin, A4[1] - 12 * mm, printable(title[:110]))
        canvas.drawRightString(A4[0] - margin, 10 * mm, f"Pagina {doc.page}")
        canvas.drawString(margin, 10 * mm, f"Drempelmeter · {day(made_on)}")
        canvas.restoreState()

    return draw

