"""The instructions sheet of a workbook the app makes: one wrapped line a row, titles and
headings in bold."""

from __future__ import annotations

from .cells import put_text


def put_guide_lines(guide, lines: list[tuple[str, str]]) -> None:
    """Write `lines` (text, style: "title", "heading" or "") from the first row of `guide`."""
    from openpyxl.styles import Alignment, Font

    fonts = {"title": Font(size=16, bold=True), "heading": Font(size=12, bold=True)}
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, (text, style) in enumerate(lines, start=1):
        cell = guide.cell(row=row, column=1)
        put_text(cell, text)
        cell.alignment = wrap
        if style:
            cell.font = fonts[style]
        # Office suites do not always fit wrapped rows themselves: about 95 characters a line.
        guide.row_dimensions[row].height = 15 * (1 + len(text) // 95) + (8 if style else 0)
