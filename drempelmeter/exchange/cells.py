"""User text in spreadsheet cells: cleaned when read, never a formula or a refused character
when written."""

from __future__ import annotations

import re

from ..domain.text import clean, without_controls

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: How a workbook writes a character XML cannot hold: Excel saves a vertical tab as "_x000B_",
#: and a literal "_x000B_" as "_x005F_x000B_" (5F being the underscore). openpyxl leaves both
#: as they are, in either direction.
ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
LITERAL = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def text_of(value: object, *, escaped: bool = True) -> str:
    """A cell's value as free text: what Excel shows, cleaned as every text that comes in (""
    when empty). `escaped=False` for a reader that decodes "_x000B_" itself (calamine)."""
    if value is None:
        return ""
    text = str(value)
    if escaped and "_x" in text:  # rare; a bundle import reads every cell of 10,000 rows
        text = ESCAPED.sub(lambda match: chr(int(match[1], 16)), text)
    return clean(text)


def put_text(cell, value: str) -> None:
    """Store `value` as plain text, also when it starts like a formula (=, +, -, @, tab, CR),
    without the control characters a workbook cannot hold, and with a literal "_x000B_" shown
    as typed."""
    value = LITERAL.sub("_x005F_", without_controls(value))
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
