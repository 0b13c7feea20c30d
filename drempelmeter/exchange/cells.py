"""Writing user text into spreadsheet cells so that it never becomes a formula."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def put_text(cell, value: str) -> None:  # type: ignore[no-untyped-def]
    """Store `value` as plain text, also when it starts like a formula (=, +, -, @, tab, CR)."""
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
