#!/usr/bin/env python3
"""Make the bundle fixtures of a partner who copied cells, in tests/fixtures/bundles/, saved by
LibreOffice Calc.

The bundle of "CAW Demervallei" in the two-partner trajectory of tests/exchange/bundle_setup.py
(one signal, on row 2) is filled by openpyxl as a partner would, then opened and saved by
LibreOffice (`soffice --headless --convert-to xlsx`, and .ods): the committed files are
LibreOffice's own. COPIED_ROW: row 2 copied to row 3, its number with it, and the copy's text
changed into a new signal. COPIED_COLUMN: the column "Omschrijving" copied with its heading to
column S, one text changed there.
Run as .venv/bin/python packaging/make_copied_fixtures.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import openpyxl
from libreoffice import find_soffice, save_as

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drempelmeter.services.bundles import export_template  # noqa: E402
from tests.exchange.bundle_setup import CAW, build  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "bundles"
COPIED_ROW = "Wie zijn afspraak mist, moet opnieuw een week wachten op een nieuwe."
COPIED_COLUMN = "Een andere tekst in de gekopieerde kolom."


def main() -> int:
    soffice = find_soffice()
    if soffice is None:
        return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = build(work / "bundels.drempel")
        template = work / "caw.xlsx"
        export_template(db, CAW[1], template)
        db.close()
        book = openpyxl.load_workbook(template)
        sheet = book["Signalen"]
        sheet.append([cell.value for cell in sheet[2]])
        sheet["B3"] = COPIED_ROW
        copied_row = work / "caw_copied_row.xlsx"
        book.save(copied_row)
        book = openpyxl.load_workbook(template)
        sheet = book["Signalen"]
        for number in (1, 2):
            sheet[f"S{number}"] = sheet[f"B{number}"].value
        sheet["S2"] = COPIED_COLUMN
        copied_column = work / "caw_copied_column.xlsx"
        book.save(copied_column)
        for filled in (copied_row, copied_column):
            save_as(soffice, filled, OUT / f"{filled.stem}_libreoffice.xlsx")
        save_as(soffice, copied_row, OUT / "caw_copied_row_libreoffice.ods", "ods")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
