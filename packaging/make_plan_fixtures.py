#!/usr/bin/env python3
"""Make the plan fixture in tests/fixtures/plans/, saved by LibreOffice Calc.

The workbook of tests/services/plan_setup.py (a plan in a region's own shape) is opened and
saved by LibreOffice (`soffice --headless --convert-to xlsx`): the committed file is
LibreOffice's own. Beside it: the plan under headings a region may use instead of ours (and a
column the import does not read), the plan with a goal longer than a goal may be, and the plan
with one formatted empty row at 25,000. LibreOffice also saves the plan as .ods and .xls (read
like .xlsx), and the plan with a formula typed as the second action's title as .ods (LibreOffice
keeps its result beside it: the import must still refuse it).
Run as .venv/bin/python packaging/make_plan_fixtures.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import PatternFill

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "plans"
sys.path.insert(0, str(ROOT))

from libreoffice import find_soffice, save_as  # noqa: E402

from tests.services.plan_setup import (  # noqa: E402
    LONG_GOAL,
    ROWS,
    VARIANT_HEADER,
    plan_workbook,
)


def main() -> int:
    soffice = find_soffice()
    if soffice is None:
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        made = plan_workbook(work / "reference_plan.xlsx")
        save_as(soffice, made, OUT / "reference_plan_libreoffice.xlsx")
        for kind in ("ods", "xls"):
            save_as(soffice, OUT / "reference_plan_libreoffice.xlsx",
                    OUT / f"reference_plan_libreoffice.{kind}", kind)
        made = plan_workbook(work / "formula_title.xlsx", (
            ROWS[0], (None, None, '=C3&" (tweede)"', *ROWS[1][3:]), *ROWS[2:]))
        save_as(soffice, made, OUT / "formula_title_libreoffice.ods", "ods")
        made = plan_workbook(work / "flemish_headings.xlsx", [
            (*row, "zie verslag") for row in ROWS], VARIANT_HEADER)
        save_as(soffice, made, OUT / "flemish_headings_libreoffice.xlsx")
        made = plan_workbook(work / "long_goal.xlsx", (
            *ROWS, ("Continuïteit van de dienstverlening", LONG_GOAL, "Een warme overdracht",
                    "", "", "", "OCMW", None, None)))
        save_as(soffice, made, OUT / "long_goal_libreoffice.xlsx")
        made = plan_workbook(work / "formatted_row_25000.xlsx")
        book = openpyxl.load_workbook(made)
        book.active.row_dimensions[25000].height = 30
        book.active["C25000"].fill = PatternFill("solid", fgColor="FFFF00")
        book.save(made)
        save_as(soffice, made, OUT / "formatted_row_25000_libreoffice.xlsx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
