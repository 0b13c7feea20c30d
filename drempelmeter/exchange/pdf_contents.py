"""The report's table of contents and bookmarks, laid out in one pass and filled in at the end."""

from __future__ import annotations

from .markup import printable
from .questionnaire_pdf import BOLD, FONT

CONTENTS_LINE = 14  # points per line of the contents
CONTENTS_TITLE = 34  # the heading "Inhoud" above the first page of contents
#: The most third-level headings (a plan's actions) the contents lists: past it, it lists the
#: chapters and their sections only (a province's 400 actions took nine pages of contents);
#: every heading stays in the PDF's bookmarks.
MOST_THIRD_LEVEL = 60


class Contents:
    """The table of contents in one layout pass: its size is known before the pages are (one
    line per heading), so it gets pages that draw a PDF form each, and the forms are filled with
    the page numbers once every page is laid out. (reportlab's own contents needs two or three
    full passes.)"""

    def __init__(self, entries: int, height: float, deepest: int = 2) -> None:
        #: The deepest level of heading listed (0: chapters); deeper ones are bookmarks only.
        self.deepest = deepest
        self.height = height - 1  # a hair under the frame, so a page always fits
        self.per_page = [int((height - CONTENTS_TITLE) // CONTENTS_LINE)]
        while sum(self.per_page) < entries:
            self.per_page.append(int(height // CONTENTS_LINE))
        self.entries: list[tuple[int, str, int]] = []
        self.bookmarks = 0  # every heading's, also those the contents does not list
        self.width = 0.0

    def pages(self) -> list:
        from reportlab.platypus import Flowable

        contents = self

        class ContentsPage(Flowable):
            def __init__(self, number: int) -> None:
                super().__init__()
                self.number = number

            def wrap(self, available_width: float, available_height: float):
                contents.width = available_width
                return available_width, contents.height

            def draw(self) -> None:
                self.canv.doForm(f"contents{self.number}")

        return [ContentsPage(n) for n in range(len(self.per_page))]

    def draw(self, canvas) -> None:
        """Fill each page's form: the headings with their page numbers, dotted between."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        entries = iter(self.entries)
        for number, lines in enumerate(self.per_page):
            canvas.beginForm(f"contents{number}", 0, 0, self.width, self.height)
            y = self.height
            if number == 0:
                canvas.setFont(BOLD, 16)
                canvas.setFillColorRGB(0.12, 0.22, 0.39)
                canvas.drawString(0, y - 20, "Inhoud")
                canvas.setFillColorRGB(0, 0, 0)
                y -= CONTENTS_TITLE
            for _line, (level, heading, page) in zip(range(lines), entries, strict=False):
                y -= CONTENTS_LINE
                text = printable(heading)
                font, size = (BOLD, 10) if level == 0 else (FONT, 9.5 - level)
                indent = 14 * level
                room = self.width - indent - 40
                while stringWidth(text, font, size) > room and len(text) > 2:
                    text = text[:-2].rstrip() + "…"
                canvas.setFont(font, size)
                canvas.drawString(indent, y, text)
                canvas.drawRightString(self.width, y, str(page))
                canvas.setDash(1, 2)
                canvas.setStrokeGray(0.6)
                canvas.line(indent + stringWidth(text, font, size) + 4, y + 1,
                            self.width - stringWidth(str(page), font, size) - 4, y + 1)
                canvas.setDash()
            canvas.endForm()


def entry_levels(story: list) -> list[int]:
    """The level of each heading of `story`, those kept together with what follows them
    (inside a KeepTogether) too."""
    levels: list[int] = []
    for flowable in story:
        entry = getattr(flowable, "toc_entry", None)
        levels += [entry[0]] if entry else entry_levels(getattr(flowable, "_content", []))
    return levels


def count_entries(story: list, deepest: int = 2) -> int:
    """How many headings go into the contents: those down to level `deepest`."""
    return sum(1 for level in entry_levels(story) if level <= deepest)


def document_with_contents(filename: str, contents: Contents, **options):
    """A reportlab document that files every heading into the contents and the bookmarks, and
    fills the contents' forms before it saves."""
    from reportlab.platypus import BaseDocTemplate

    class Document(BaseDocTemplate):
        def afterFlowable(self, flowable) -> None:
            entry = getattr(flowable, "toc_entry", None)
            if entry is None:
                return
            level, text = entry
            contents.bookmarks += 1
            key = f"h{contents.bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            if level <= contents.deepest:
                contents.entries.append((level, text, self.page))

        def _endBuild(self) -> None:
            self._doSave = 0
            super()._endBuild()
            contents.draw(self.canv)
            self.canv.save()

    return Document(filename, **options)


def build_with_contents(target, story: list, contents_at: int, frame, title: str, author: str,
                        made_on) -> None:
    """Lay out `story` as an A4 PDF at `target`: the cover page, then the contents inserted at
    `contents_at` and every later page with the running lines (`title`, `made_on`)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageTemplate

    from .pdf_story import running_lines

    levels = entry_levels(story)
    deepest = 2 if levels.count(2) <= MOST_THIRD_LEVEL else 1
    contents = Contents(sum(1 for level in levels if level <= deepest), frame.height, deepest)
    story[contents_at:contents_at] = contents.pages()
    document = document_with_contents(
        str(target), contents, pagesize=A4, title=title, author=author or "Drempelmeter",
        subject="Drempelmeter", creator="Drempelmeter", lang="nl-BE",
        pageTemplates=[PageTemplate("cover", [frame]),
                       PageTemplate("body", [frame], onPage=running_lines(title, made_on))])
    document.build(story)
