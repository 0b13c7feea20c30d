"""Import a 10,000-row signal bundle, against openpyxl reading the same file and LibreOffice
converting it to CSV; and the peak memory of a 100,000-row import.

Ours checks every cell (read with calamine), screens every description for personal data and
writes all rows in one transaction into a fresh copy of the demo; the dry run does all but the
writing. In-process: ours against openpyxl's read-only iteration. Whole process (start-up and
imports included, as a coordinator's command costs): `drempelmeter import`, dry run and written,
against a python process iterating the sheet with openpyxl (target <= 0.8x) and against
`soffice --headless --convert-to csv` of the signals sheet (target: at least 2x faster), the
python processes with their modules compiled once beforehand, as installed. Every measurement
is run in turns (A/B interleaved, so the machine's drift hits all alike); medians.

    python3 packaging/dev.py bench import
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
from results import result

from drempelmeter.services.bundles import export_template, import_bundle
from drempelmeter.services.demo import build_demo
from drempelmeter.services.trajectory import open_trajectory

ROWS = 10_000
BIG_ROWS = 100_000
RUNS = 5
TARGET = 0.8
LIBREOFFICE_TARGET = 2.0
MEMORY_TARGET_MIB = 400
B_LABELS = ("Bekendheid", "Bereikbaarheid", "Beschikbaarheid", "Betaalbaarheid",
            "Begrijpbaarheid", "Bruikbaarheid", "Betrouwbaarheid")


def bundle_row(i: int) -> list[object]:
    return [None, f"Signaal {i}: mensen haken af bij het onthaal na lang wachten.",
            B_LABELS[i % 7], None, "Organisatie en aanbod", None, "Aan de deur", "Loket", None,
            None, "Wonen; Inkomen", None, "Personen in armoede", "Basiswerker", "3 – groot",
            "Wekelijks", None, None]


def make_bundle(folder: Path, demo: Path) -> Path:
    """The partner's template as the app writes it, with ROWS new signals appended."""
    db = open_trajectory(demo)
    template = folder / "template.xlsx"
    try:
        export_template(db, "CAW Demervallei", template)
    finally:
        db.close()
    book = openpyxl.load_workbook(template)
    sheet = book["Signalen"]
    for i in range(ROWS):
        sheet.append(bundle_row(i))
    bundle = folder / "bundle.xlsx"
    book.save(bundle)
    return bundle


def make_big_bundle(template: Path, folder: Path) -> Path:
    """BIG_ROWS new signals under the template's header and info (written row by row: a
    workbook of that size held whole by openpyxl would take a gigabyte)."""
    source = openpyxl.load_workbook(template)
    book = openpyxl.Workbook(write_only=True)
    for name in ("Signalen", "Info"):
        sheet = book.create_sheet(name)
        for row in source[name].iter_rows(values_only=True, max_row=1 if name == "Signalen"
                                          else None):
            sheet.append(list(row))
        if name == "Signalen":
            for i in range(BIG_ROWS):
                sheet.append(bundle_row(i))
    big = folder / "big.xlsx"
    book.save(big)
    return big


def baseline(bundle: Path) -> float:
    start = time.perf_counter()
    book = openpyxl.load_workbook(bundle, read_only=True)
    rows = sum(1 for _ in book["Signalen"].iter_rows(values_only=True))
    book.close()
    assert rows > ROWS
    return time.perf_counter() - start


def fresh_copy(demo: Path, folder: Path) -> Path:
    target = folder / "run.drempel"
    target.unlink(missing_ok=True)
    shutil.copyfile(demo, target)
    return target


def ours(bundle: Path, demo: Path, folder: Path, dry_run: bool = False) -> float:
    db = open_trajectory(fresh_copy(demo, folder))
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

#: The whole command in one process, which then says its own peak resident memory (MiB).
PEAK_PROCESS = """
import resource, sys
from drempelmeter.cli import main
assert main(sys.argv[1:]) == 0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak / (2**20 if sys.platform == "darwin" else 2**10))
"""


def process(command: list[str], bytecode: Path | None = None) -> tuple[float, float]:
    """A whole process, start-up and imports included, as a coordinator's click costs. With
    `bytecode`, Python keeps what it compiles in that folder, as an installed app has its
    modules compiled: with PYTHONDONTWRITEBYTECODE set, every start would compile our sources
    again (about 50 ms), while the libraries (openpyxl's too) came compiled. Returns the
    wall time and the processor time (user and system, of the process and its children): on a
    machine others load, the wall time of a Python process grows more than LibreOffice's."""
    env = None
    if bytecode is not None:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime


def libreoffice_command(bundle: Path, folder: Path) -> list[str] | None:
    """soffice converting the signals sheet (the second) to CSV, in a profile of its own."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    return [soffice, f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,"
            "false,false,2", "--outdir", str(folder / "csv"), str(bundle)]


def import_command(demo: Path, bundle: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "drempelmeter", "import", str(demo), str(bundle), *extra]


def peak_memory(demo: Path, big: Path, folder: Path) -> float | None:
    if sys.platform == "win32":
        return None
    out = subprocess.run([sys.executable, "-c", PEAK_PROCESS, "import",
                          str(fresh_copy(demo, folder)), str(big)],
                         check=True, capture_output=True, text=True).stdout
    return float(out.split()[-1])


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        demo = folder / "demo.drempel"
        build_demo(demo)
        bundle = make_bundle(folder, demo)
        bases, dry_runs, mine_runs = [], [], []
        for _ in range(RUNS):
            bases.append(baseline(bundle))
            dry_runs.append(ours(bundle, demo, folder, dry_run=True))
            mine_runs.append(ours(bundle, demo, folder))
        base = statistics.median(bases)
        dry, mine = statistics.median(dry_runs), statistics.median(mine_runs)
        office = libreoffice_command(bundle, folder)
        if office is not None:
            process(office)  # LibreOffice makes its profile at the first start: not timed
        bytecode = folder / "bytecode"
        base_command = [sys.executable, "-c", BASELINE_PROCESS, str(bundle)]
        for command in (base_command, import_command(demo, bundle, "--dry-run")):
            process(command, bytecode)  # compiles what each one imports: not timed
        timings: dict[str, list[tuple[float, float]]] = {
            "base": [], "dry": [], "written": [], "office": []}
        for _ in range(RUNS):
            timings["base"].append(process(base_command, bytecode))
            timings["dry"].append(process(import_command(demo, bundle, "--dry-run"), bytecode))
            copy = fresh_copy(demo, folder)
            timings["written"].append(process(import_command(copy, bundle), bytecode))
            if office is not None:
                timings["office"].append(process(office))
        medians = {k: statistics.median(w for w, _ in v) for k, v in timings.items() if v}
        cpu = {k: statistics.median(c for _, c in v) for k, v in timings.items() if v}
        big = make_big_bundle(folder / "template.xlsx", folder)
        peak = peak_memory(demo, big, folder)
    print(f"import of a {ROWS:,}-row signal bundle, median of {RUNS} runs, interleaved "
          f"(load average {os.getloadavg()[0]:.1f})")
    print("  in process:")
    print(f"  baseline (openpyxl read-only iteration):     {base * 1000:7.0f} ms")
    print(f"  drempelmeter import, dry run (checked):      {dry * 1000:7.0f} ms"
          f"  ratio {dry / base:.2f}x")
    print(f"  drempelmeter import (checked, written):      {mine * 1000:7.0f} ms"
          f"  ratio {mine / base:.2f}x (target <= {TARGET}x)")
    print("  whole process:")
    print(f"  baseline (python, openpyxl read-only):       {medians['base'] * 1000:7.0f} ms"
          f"  processor {cpu['base'] * 1000:5.0f} ms")
    for key, label in (("dry", "drempelmeter import --dry-run:     "),
                       ("written", "drempelmeter import (written):     ")):
        ratio = medians[key] / medians["base"]
        print(f"  {label}          {medians[key] * 1000:7.0f} ms  processor "
              f"{cpu[key] * 1000:5.0f} ms  ratio {ratio:.2f}x "
              f"(target <= {TARGET}x: {'met' if ratio <= TARGET else 'missed'})")
    written = medians["written"]
    result(f"import a {ROWS:,}-row bundle (whole process)", f"{written:.2f} s",
           baseline=f"openpyxl read-only iteration {medians['base']:.2f} s",
           ratio=f"{written / medians['base']:.2f}x", target=f"<= {TARGET}x",
           met=written / medians["base"] <= TARGET)
    if "office" in medians:
        office = medians["office"]
        print(f"  baseline (soffice --convert-to csv):         {office * 1000:7.0f} ms"
              f"  processor {cpu['office'] * 1000:5.0f} ms")
        print(f"  drempelmeter import (written) is {office / written:.2f}x faster than LibreOffice"
              f" (target >= {LIBREOFFICE_TARGET}x: "
              f"{'met' if office / written >= LIBREOFFICE_TARGET else 'missed'}); in processor"
              f" time {cpu['office'] / cpu['written']:.2f}x")
        result(f"import a {ROWS:,}-row bundle, against LibreOffice", f"{written:.2f} s",
               baseline=f"soffice --convert-to csv {office:.2f} s",
               ratio=f"{office / written:.2f}x faster", target=f">= {LIBREOFFICE_TARGET}x faster",
               met=office / written >= LIBREOFFICE_TARGET)
    else:
        print("  baseline (soffice --convert-to csv):         not measured (no soffice)")
    if peak is not None:
        print(f"import of a {BIG_ROWS:,}-row bundle (written), whole process: peak memory "
              f"{peak:.0f} MiB (target < {MEMORY_TARGET_MIB} MiB: "
              f"{'met' if peak < MEMORY_TARGET_MIB else 'missed'})")
        result(f"import a {BIG_ROWS:,}-row bundle: peak memory", f"{peak:.0f} MiB",
               target=f"< {MEMORY_TARGET_MIB} MiB", met=peak < MEMORY_TARGET_MIB)
    return 0


if __name__ == "__main__":
    sys.exit(main())
