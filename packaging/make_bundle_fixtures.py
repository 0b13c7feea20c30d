#!/usr/bin/env python3
"""Make the signal-bundle fixtures in tests/fixtures/bundles/, saved by LibreOffice Calc.

A template for "CAW Demervallei" is exported from a fresh demo, filled by openpyxl as a partner
would (new rows, an edited row; and a second copy with mistakes), and then opened and saved by
LibreOffice (`soffice --headless --convert-to xlsx`): the committed files are LibreOffice's own.
LibreOffice also saves the filled bundle as an old .xls; msoffcrypto-tool encrypts it with a
password the way Excel does (ECMA-376), for the refusal tests.
Needs LibreOffice Calc and `pip install msoffcrypto-tool` in the project's venv; run as
.venv/bin/python packaging/make_bundle_fixtures.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
from libreoffice import find_soffice, save_as

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "bundles"

NEW_ROWS = [
    ["", "Wie een afspraak mist, krijgt geen herinnering en valt uit de begeleiding.",
     "Beschikbaarheid", "", "Organisatie en aanbod", "", "Na de deur", "Telefoon", "", "",
     "Wonen; Gezondheid", "", "Dak- en thuislozen", "Basiswerker", "3 – groot", "Wekelijks",
     "Binnen het samenwerkingsverband", ""],
    ["", "Het onthaal sluit om 16 uur; wie werkt, kan niet langskomen.", "bereikbaarheid",
     "Bruikbaarheid", "organisation", "", "aan de deur", "loket", "", "", "Werk", "",
     "Personen in armoede", "", "2", "Dagelijks of structureel", "", ""],
]
BAD_ROWS = [
    ["", "Mensen vinden de weg niet.", "Schoonheid", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "", ""],
    ["", "Mevrouw uit de Kerkstraat 12 kreeg geen antwoord.", "Bekendheid", "", "", "", "", "",
     "", "", "", "", "", "", "7", "", "", ""],
    ["", "=1+1", "Bekendheid", "", "", "", "", "", "", "", "Wonen; Ruimtevaart", "", "", "", "",
     "", "", ""],
]


def main() -> int:
    soffice = find_soffice()
    if soffice is None:
        return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        trajectory = work / "demo.drempel"
        run = [sys.executable, "-m", "drempelmeter"]
        subprocess.run([*run, "demo", str(trajectory)], check=True)
        template = work / "template.xlsx"
        subprocess.run([*run, "template", str(trajectory), "--partner", "CAW Demervallei",
                        "-o", str(template)], check=True)
        for name, rows, edit in (("caw_filled", NEW_ROWS, True), ("caw_with_mistakes", BAD_ROWS,
                                                                  False)):
            book = openpyxl.load_workbook(template)
            sheet = book["Signalen"]
            if edit:
                sheet["O2"] = "4 – blokkeert de toegang"
                sheet["R2"] = "Geanalyseerd"
            for row in rows:
                sheet.append(row)
            filled = work / f"{name}_openpyxl.xlsx"
            book.save(filled)
            save_as(soffice, filled, OUT / f"{name}_libreoffice.xlsx",
                    "xlsx:Calc MS Excel 2007 XML")
        filled = OUT / "caw_filled_libreoffice.xlsx"
        save_as(soffice, filled, OUT / "caw_libreoffice.xls", "xls")
        from msoffcrypto.format.ooxml import OOXMLFile

        with filled.open("rb") as plain, (OUT / "caw_password_geheim.xlsx").open("wb") as out:
            OOXMLFile(plain).encrypt("geheim", out)
        print("wrote the .xls and the password-protected workbook")
    return 0


if __name__ == "__main__":
    sys.exit(main())
