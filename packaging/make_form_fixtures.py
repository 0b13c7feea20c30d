#!/usr/bin/env python3
"""Make the response-form fixtures in tests/fixtures/forms/, saved by LibreOffice Calc.

The form for the staff of "CAW Demervallei" is made from the trajectory in
tests/exchange/response_setup.py, filled by openpyxl as a partner would (three new forms typed
as numbers and words, one answer of an entered form changed; a copy with mistakes; and a copy
whose columns F and G both have the heading "Vragenlijst 3"), then
opened and saved by LibreOffice (`soffice --headless --convert-to xlsx`): the committed files
are LibreOffice's own. LibreOffice also saves the filled form and the one with mistakes as .ods
and .xls (read like .xlsx), and a filled form with a formula typed in F3 in all three formats
(LibreOffice keeps its result, 4, beside it: the import must still refuse it).
Run as .venv/bin/python packaging/make_form_fixtures.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "forms"
sys.path.insert(0, str(ROOT))

from libreoffice import find_soffice, save_as  # noqa: E402

from drempelmeter.services.response_forms import export_form  # noqa: E402
from tests.exchange.response_setup import PARTNER_ID, ROUND_ID, build  # noqa: E402

#: Cell texts per new form, repeated down the 36 questions.
NEW_FORMS = ([4, 5, "weet niet", 3], ["2", " N.V.T. ", 1, 5], [3, 3, 4, "w"])
MISTAKES = {(2, 6): "6", (3, 7): "ja", (5, 8): 0}  # (row, column): value
ONE_HEADING = {(1, 7): "Vragenlijst 3"}
FORMULA = {(3, 6): "=2+2"}
#: The forms LibreOffice also saves as .ods and .xls.
OTHER_FORMATS = ("caw_staff_filled", "caw_staff_with_mistakes", "caw_staff_with_formula")


def main() -> int:
    soffice = find_soffice()
    if soffice is None:
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = build(work / "form.drempel")
        form = work / "form.xlsx"
        export_form(db, form, ROUND_ID, PARTNER_ID, "staff")
        db.close()
        for name, mistakes in (("caw_staff_filled", {}), ("caw_staff_with_mistakes", MISTAKES),
                               ("caw_staff_two_columns_one_heading", ONE_HEADING),
                               ("caw_staff_with_formula", FORMULA)):
            book = openpyxl.load_workbook(form)
            sheet = book["Antwoorden"]
            sheet.cell(row=2, column=4, value=1)  # the first entered form, first question
            for offset, pattern in enumerate(NEW_FORMS):
                for row in range(2, sheet.max_row + 1):
                    sheet.cell(row=row, column=6 + offset, value=pattern[row % len(pattern)])
            for (row, column), value in mistakes.items():
                sheet.cell(row=row, column=column, value=value)
            filled = work / f"{name}.xlsx"
            book.save(filled)
            save_as(soffice, filled, OUT / f"{name}_libreoffice.xlsx")
    save_in_other_formats(soffice)
    return 0


def save_in_other_formats(soffice: str) -> None:
    """The committed .xlsx forms saved again as .ods and .xls: the same form, the same ids."""
    for name in OTHER_FORMATS:
        for kind in ("ods", "xls"):
            save_as(soffice, OUT / f"{name}_libreoffice.xlsx", OUT / f"{name}_libreoffice.{kind}",
                    kind)


if __name__ == "__main__":
    raise SystemExit(main())
