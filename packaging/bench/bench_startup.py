"""Cold start to the first shown main window with the demo open, against a bare baseline.

The baseline is a bare PySide6 window plus a SQLAlchemy session reading the same file. Each run is
a fresh process; the parent times from process start until the child reports its window shown
(from inside the first event-loop turn), and the child reports its own peak memory. Prints the
medians of both and their ratios. Target: at most 1.3x for time and for memory.

    python3 packaging/dev.py bench startup
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
TARGET = 1.3

REPORT = """
import resource, sys
def report():
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024
    print("shown", peak * scale, flush=True)
"""

# The app's driver imports the services layer before PySide6, as `drempelmeter FILE` does, and
# only then Qt, to make the event loop report and quit at its first turn.
APP = REPORT + """
import drempelmeter.services.trajectory
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def exec_once():
    QTimer.singleShot(0, report)
    QTimer.singleShot(0, QApplication.quit)
    return real_exec()
QApplication.exec = staticmethod(exec_once)
from drempelmeter.cli import main
sys.exit(main([sys.argv[1]]))
"""

BASELINE = REPORT + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
app = QApplication(sys.argv[:1])
engine = create_engine(f"sqlite:///{sys.argv[1]}")
with Session(engine) as session:
    name = session.execute(text("SELECT name FROM trajectory")).scalar_one()
window = QMainWindow()
window.setCentralWidget(QLabel(name))
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, report)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def measure(code: str, file: Path, env: dict[str, str]) -> tuple[float, int]:
    """Seconds from process start to the shown window, and the child's peak RSS in bytes."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, str(file)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            peak = int(line.split()[1])
            break
    else:
        raise SystemExit(f"no window was shown:\n{proc.communicate()[1]}")
    _, errors = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"the child failed with exit status {proc.returncode}:\n{errors}")
    return elapsed, peak


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   XDG_STATE_HOME=str(home / "state"))
        demo = home / "demo.drempel"
        subprocess.run([sys.executable, "-m", "drempelmeter", "demo", str(demo)], check=True,
                       env=env, stdout=subprocess.DEVNULL)
        results: dict[str, list[tuple[float, int]]] = {"app": [], "baseline": []}
        measure(BASELINE, demo, env)  # warm the file-system cache for both
        for _ in range(RUNS):
            results["baseline"].append(measure(BASELINE, demo, env))
            results["app"].append(measure(APP, demo, env))
    times = {k: statistics.median(t for t, _ in v) for k, v in results.items()}
    peaks = {k: statistics.median(m for _, m in v) for k, v in results.items()}
    time_ratio = times["app"] / times["baseline"]
    memory_ratio = peaks["app"] / peaks["baseline"]
    print(f"cold start to first shown window, median of {RUNS} runs")
    print(f"  baseline (bare PySide6 window + SQLAlchemy session): {times['baseline'] * 1000:7.0f} ms"
          f"  {peaks['baseline'] / 2**20:6.1f} MiB peak")
    print(f"  drempelmeter with the demo open:                     {times['app'] * 1000:7.0f} ms"
          f"  {peaks['app'] / 2**20:6.1f} MiB peak")
    print(f"  ratio: time {time_ratio:.2f}x, memory {memory_ratio:.2f}x (target <= {TARGET}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
