#!/usr/bin/env python3
"""Make the plan fixture in tests/fixtures/plans/, saved by LibreOffice Calc.

The workbook of tests/services/plan_setup.py (a plan in a region's own shape) is opened and
saved by LibreOffice (`soffice --headless --convert-to xlsx`): the committed file is
LibreOffice's own. Run as .venv/bin/python packaging/make_plan_fixtures.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "plans"
sys.path.insert(0, str(ROOT))

from libreoffice import find_soffice, save_as  # noqa: E402

from tests.services.plan_setup import plan_workbook  # noqa: E402


def main() -> int:
    soffice = find_soffice()
    if soffice is None:
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        made = plan_workbook(Path(folder) / "reference_plan.xlsx")
        save_as(soffice, made, OUT / "reference_plan_libreoffice.xlsx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
