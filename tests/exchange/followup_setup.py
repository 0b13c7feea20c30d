"""Helpers for follow-up form tests: make a form, fill it as a trekker would, count the steps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from drempelmeter.domain.plan import all_actions
from drempelmeter.exchange.followup_columns import COLUMNS, HEADER_ROW
from drempelmeter.services import followup_forms, plan

OWNER = "CAW Demervallei"
SHEET = "Opvolging"
FIRST = HEADER_ROW + 1
LETTER = {c.field: chr(65 + i) for i, c in enumerate(COLUMNS)}


def make_form(db, out: Path, owner: str = OWNER) -> Path:  # type: ignore[no-untyped-def]
    followup_forms.export_followup(db, out, owner=owner)
    return out


def fill_form(path: Path, rows: dict[int, dict[str, object]], reporter: object = "Sara Peeters",
              on: object = date(2026, 11, 20), out: Path | None = None, edit=None) -> Path:  # type: ignore[no-untyped-def]
    """Fill the form's cells as a reporter types them: `rows` by the action's place (0 for the
    first), each a dict of fields to values; save to `out` or in place."""
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET]
    sheet["B1"], sheet["B2"] = reporter, on
    for offset, cells in rows.items():
        for key, value in cells.items():
            sheet[f"{LETTER[key]}{FIRST + offset}"] = value
    if edit:
        edit(book, sheet)
    target = out or path
    book.save(target)
    return target


def steps(db) -> int:  # type: ignore[no-untyped-def]
    """How many steps the histories of all actions hold."""
    return sum(len(a.history) for a in all_actions(plan.read_plan(db)))
