"""Import a 10,000-row signal bundle, against openpyxl's read-only iteration of the same file.

Ours checks every cell (read with calamine), screens every description for personal data and
writes all rows in one transaction into a fresh copy of the demo; the dry run does all but the
writing. Prints medians of each, the baseline and the ratios (target <= 0.8x).

    python3 packaging/dev.py bench import
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from drempelmeter.services.bundles import export_template, import_bundle
from drempelmeter.services.demo import build_demo
from drempelmeter.services.trajectory import open_trajectory

ROWS = 10_000
RUNS = 5
TARGET = 0.8
B_LABELS = ("Bekendheid", "Bereikbaarheid", "Beschikbaarheid", "Betaalbaarheid",
            "Begrijpbaarheid", "Bruikbaarheid", "Betrouwbaarheid")


def make_bundle(folder: Path, demo: Path) -> Path:
    db = open_trajectory(demo)
    template = folder / "template.xlsx"
    try:
        export_template(db, "CAW Demervallei", template)
    finally:
        db.close()
    book = openpyxl.load_workbook(template)
    sheet = book["Signalen"]
    for i in range(ROWS):
        sheet.append([None, f"Signaal {i}: mensen haken af bij het onthaal na lang wachten.",
                      B_LABELS[i % 7], None, "Organisatie en aanbod", None, "Aan de deur",
                      "Loket", None, None, "Wonen; Inkomen", None, "Personen in armoede",
                      "Basiswerker", "3 – groot", "Wekelijks", None, None])
    bundle = folder / "bundle.xlsx"
    book.save(bundle)
    return bundle


def baseline(bundle: Path) -> float:
    start = time.perf_counter()
    book = openpyxl.load_workbook(bundle, read_only=True)
    rows = sum(1 for _ in book["Signalen"].iter_rows(values_only=True))
    book.close()
    assert rows > ROWS
    return time.perf_counter() - start


def ours(bundle: Path, demo: Path, folder: Path, dry_run: bool = False) -> float:
    target = folder / "run.drempel"
    target.unlink(missing_ok=True)
    shutil.copyfile(demo, target)
    db = open_trajectory(target)
    try:
        start = time.perf_counter()
        report = import_bundle(db, bundle, dry_run=dry_run)
        elapsed = time.perf_counter() - start
    finally:
        db.close()
    assert report.written != dry_run and report.added == ROWS, report
    return elapsed


BASELINE_PROCESS = """
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
assert sum(1 for _ in book["Signalen"].iter_rows(values_only=True)) > 1
"""


def process(command: list[str]) -> float:
    """A whole process, start-up and imports included, as a coordinator's click costs."""
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        demo = folder / "demo.drempel"
        build_demo(demo)
        bundle = make_bundle(folder, demo)
        bases, dry_runs, mine_runs = [], [], []
        for _ in range(RUNS):  # interleaved, so the machine's drift hits all alike
            bases.append(baseline(bundle))
            dry_runs.append(ours(bundle, demo, folder, dry_run=True))
            mine_runs.append(ours(bundle, demo, folder))
        base = statistics.median(bases)
        dry, mine = statistics.median(dry_runs), statistics.median(mine_runs)
        base_processes, our_processes = [], []
        for _ in range(RUNS):
            base_processes.append(process([sys.executable, "-c", BASELINE_PROCESS, str(bundle)]))
            our_processes.append(process([sys.executable, "-m", "drempelmeter", "import",
                                          str(demo), str(bundle), "--dry-run"]))
        base_process, our_process = (statistics.median(base_processes),
                                     statistics.median(our_processes))
    print(f"import of a {ROWS:,}-row signal bundle, median of {RUNS} runs")
    print(f"  baseline (openpyxl read-only iteration):     {base * 1000:7.0f} ms")
    print(f"  drempelmeter import, dry run (checked):      {dry * 1000:7.0f} ms"
          f"  ratio {dry / base:.2f}x")
    print(f"  drempelmeter import (checked, written):      {mine * 1000:7.0f} ms"
          f"  ratio {mine / base:.2f}x (target <= {TARGET}x)")
    print("  whole process:")
    print(f"  baseline (python, openpyxl read-only):       {base_process * 1000:7.0f} ms")
    print(f"  drempelmeter import --dry-run:               {our_process * 1000:7.0f} ms"
          f"  ratio {our_process / base_process:.2f}x (target <= {TARGET}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
