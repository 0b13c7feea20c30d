#!/usr/bin/env python3
"""Make the follow-up form fixtures in tests/fixtures/followup/, saved by LibreOffice Calc.

The form of the trekker "Sociaal Huis Bilzen" is made from the trajectory in
tests/exchange/followup_fixture_setup.py and filled by openpyxl as the trekker would (FILLED
there: the reporter's name and date, two of the three actions, texts pasted from a word
processor; MEASURED: an indicator's new value, typed with a decimal comma, and its date), then
opened and saved by LibreOffice (`soffice --headless --convert-to xlsx`): the committed files
are LibreOffice's own. LibreOffice also saves the filled form as .ods and .xls, and a copy with
mistakes (MISTAKES there: a status not in the list, a date that does not exist, a formula, a
value that is no number).
Run as .venv/bin/python packaging/make_followup_fixtures.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from libreoffice import find_soffice, save_as  # noqa: E402

from drempelmeter.services.followup_forms import export_followup  # noqa: E402
from tests.exchange.followup_fixture_setup import (  # noqa: E402
    FILLED,
    FIXTURES,
    MEASURED,
    MISTAKES,
    OWNER,
    REPORTED_ON,
    REPORTER,
    build,
)
from tests.exchange.followup_setup import FIRST, LETTER, SHEET  # noqa: E402


def main() -> int:
    soffice = find_soffice()
    if soffice is None:
        return 1
    FIXTURES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = build(work / "opvolging.drempel")
        form = work / "form.xlsx"
        export_followup(db, form, owner=OWNER)
        db.close()
        for name, mistakes in (("trekker_filled", {}), ("trekker_with_mistakes", MISTAKES)):
            book = openpyxl.load_workbook(form)
            sheet = book[SHEET]
            sheet["B1"], sheet["B2"] = REPORTER, REPORTED_ON
            for offset, cells in FILLED.items():
                for key, value in cells.items():
                    if value:
                        sheet[f"{LETTER[key]}{FIRST + offset}"] = value
            measured = book["Indicatoren"]
            measured[f"G{FIRST}"], measured[f"H{FIRST}"] = MEASURED
            for (sheet_name, row, letter), value in mistakes.items():
                book[sheet_name][f"{letter}{row}"] = value
            filled = work / f"{name}.xlsx"
            book.save(filled)
            save_as(soffice, filled, FIXTURES / f"{name}_libreoffice.xlsx")
    for kind in ("ods", "xls"):
        save_as(soffice, FIXTURES / "trekker_filled_libreoffice.xlsx",
                FIXTURES / f"trekker_filled_libreoffice.{kind}", kind)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
