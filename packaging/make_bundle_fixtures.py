#!/usr/bin/env python3
"""Make the signal-bundle fixtures in tests/fixtures/bundles/, saved by LibreOffice Calc.

A template for "CAW Demervallei" is exported from a fresh demo, filled by openpyxl as a partner
would (new rows, an edited row; and a second copy with mistakes), and then opened and saved by
LibreOffice (`soffice --headless --convert-to xlsx`): the committed files are LibreOffice's own.
LibreOffice also saves the filled bundle and the one with mistakes as .xls and .ods (read like
.xlsx); msoffcrypto-tool encrypts the filled one with a password the way Excel does (ECMA-376),
for the refusal tests. The filled bundle gets one
formatted empty row at 25,000 (LibreOffice keeps it for its height: the sheet's extent is then
far beyond its rows); as .ods too, and one with a value typed in CV100000. The bundle of
"OCMW Bilzen" in the two-partner trajectory of tests/exchange/bundle_setup.py gets a row copied
from the bundle of "CAW Demervallei" (its number cell holds CAW's signal).
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
sys.path.insert(0, str(ROOT))

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
        save_as(soffice, filled, OUT / "caw_filled_libreoffice.ods", "ods")
        mistakes = OUT / "caw_with_mistakes_libreoffice.xlsx"
        save_as(soffice, mistakes, OUT / "caw_with_mistakes_libreoffice.ods", "ods")
        save_as(soffice, mistakes, OUT / "caw_with_mistakes_libreoffice.xls", "xls")
        from msoffcrypto.format.ooxml import OOXMLFile

        with filled.open("rb") as plain, (OUT / "caw_password_geheim.xlsx").open("wb") as out:
            OOXMLFile(plain).encrypt("geheim", out)
        print("wrote the .xls and the password-protected workbook")
        formatted_far_below(soffice, work)
        typed_far_away_ods(soffice, work)
        row_of_another_partner(soffice, work)
    return 0


def formatted_far_below(soffice: str, work: Path) -> None:
    """The filled bundle with one formatted, empty row at 25,000."""
    from openpyxl.styles import PatternFill

    book = openpyxl.load_workbook(OUT / "caw_filled_libreoffice.xlsx")
    sheet = book["Signalen"]
    sheet["D25000"].fill = PatternFill("solid", fgColor="FFFF00")
    sheet.row_dimensions[25000].height = 30
    made = work / "caw_formatted_row_25000.xlsx"
    book.save(made)
    save_as(soffice, made, OUT / "caw_formatted_row_25000_libreoffice.xlsx",
            "xlsx:Calc MS Excel 2007 XML")


def typed_far_away_ods(soffice: str, work: Path) -> None:
    """As .ods: the filled bundle with one value typed in CV100000 (100 columns × 100,000 rows,
    10 million cells once calamine opens it), and the one with a formatted row at 25,000."""
    book = openpyxl.load_workbook(OUT / "caw_filled_libreoffice.xlsx")
    book["Signalen"]["CV100000"] = "oeps"
    made = work / "caw_far_value.xlsx"
    book.save(made)
    save_as(soffice, made, OUT / "caw_far_value_libreoffice.ods", "ods")
    save_as(soffice, OUT / "caw_formatted_row_25000_libreoffice.xlsx",
            OUT / "caw_formatted_row_25000_libreoffice.ods", "ods")


def row_of_another_partner(soffice: str, work: Path) -> None:
    """OCMW's bundle with CAW's signal row pasted under its own, its text changed."""
    from drempelmeter.services.bundles import export_template
    from tests.exchange.bundle_setup import CAW, OCMW, build

    db = build(work / "bundles.drempel")
    caw, ocmw = work / "caw.xlsx", work / "ocmw.xlsx"
    export_template(db, CAW[1], caw)
    export_template(db, OCMW[1], ocmw)
    db.close()
    theirs = [c.value for c in openpyxl.load_workbook(caw)["Signalen"][2]]
    theirs[1] = f"{theirs[1]} Ook bij ons."
    book = openpyxl.load_workbook(ocmw)
    book["Signalen"].append(theirs)
    made = work / "ocmw_with_caw_row.xlsx"
    book.save(made)
    save_as(soffice, made, OUT / "ocmw_with_caw_row_libreoffice.xlsx",
            "xlsx:Calc MS Excel 2007 XML")


if __name__ == "__main__":
    sys.exit(main())
