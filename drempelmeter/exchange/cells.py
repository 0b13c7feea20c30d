"""User text in spreadsheet cells: cleaned when read, never a formula or a refused character
when written."""

from __future__ import annotations

from ..domain.text import clean, without_controls

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_of(value: object) -> str:
    """A cell's value as free text, cleaned as every text that comes in ("" when empty)."""
    return "" if value is None else clean(str(value))


def put_text(cell, value: str) -> None:  # type: ignore[no-untyped-def]
    """Store `value` as plain text, also when it starts like a formula (=, +, -, @, tab, CR),
    without the control characters a workbook cannot hold."""
    value = without_controls(value)
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
