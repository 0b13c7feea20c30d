#!/usr/bin/env python3
"""Make the plan fixture in tests/fixtures/plans/, saved by LibreOffice Calc.

The workbook of tests/services/plan_setup.py (a plan in a region's own shape) is opened and
saved by LibreOffice (`soffice --headless --convert-to xlsx`): the committed file is
LibreOffice's own. Run as .venv/bin/python packaging/make_plan_fixtures.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "plans"
sys.path.insert(0, str(ROOT))

from tests.services.plan_setup import plan_workbook  # noqa: E402


def main() -> int:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice (soffice) is needed: apt-get install libreoffice-calc", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        made = plan_workbook(work / "reference_plan.xlsx")
        converted = work / "converted"
        subprocess.run([soffice, "--headless", "--calc", "--convert-to", "xlsx", "--outdir",
                        str(converted), str(made)], check=True, capture_output=True)
        target = OUT / "reference_plan_libreoffice.xlsx"
        shutil.copyfile(converted / made.name, target)
        print("wrote", target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
