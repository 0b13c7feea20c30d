"""Cold start to the first shown main window, against a lean anchor that imports as the app does.

The anchor is a bare PySide6 window plus a SQLAlchemy session reading the same file, importing
SQLAlchemy before PySide6 as `drempelmeter` does (Qt's import hook makes every module imported
after it slower: an anchor importing PySide6 first would be slower than it needs to be). Ours is
`drempelmeter FILE` on the demo, and `drempelmeter --demo` (a copy of the demo cached for this
version). Each run is a fresh process, the three interleaved; the parent times from process start
until the child reports its window shown (from inside the first event-loop turn), and the child
reports its own peak memory. Bytecode is compiled once before timing, as an installed app has it.
Prints the medians and the ratios to the anchor. Target: at most 1.3x for time and for memory.

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

from results import result

RUNS = 9
TARGET = 1.3

REPORT = """
import resource, sys
def report():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    scale = 1 if sys.platform == "darwin" else 1024
    print("shown", usage.ru_maxrss * scale, usage.ru_utime + usage.ru_stime, flush=True)
"""

# The app runs as `drempelmeter ARGS` does, its imports in its own order: a finder patches
# QApplication.exec the moment the app imports PySide6.QtWidgets, to report at the event loop's
# first turn and quit.
APP = REPORT + """
import importlib.machinery
def exec_once():
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    QTimer.singleShot(0, report)
    QTimer.singleShot(0, QApplication.quit)
    return real_exec()
class PatchExec:
    @classmethod
    def find_spec(cls, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(cls)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module
        def exec_module(module):
            global real_exec
            load(module)
            real_exec = module.QApplication.exec
            module.QApplication.exec = staticmethod(exec_once)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, PatchExec)
from drempelmeter.cli import main
sys.exit(main(sys.argv[1:]))
"""

ANCHOR = REPORT + """
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
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


def measure(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from process start to the shown window, the child's peak RSS in bytes and the
    processor seconds it had used by then."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            _, peak, cpu = line.split()
            break
    else:
        raise SystemExit(f"no window was shown:\n{proc.communicate()[1]}")
    _, errors = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"the child failed with exit status {proc.returncode}:\n{errors}")
    return elapsed, float(peak), float(cpu)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   XDG_STATE_HOME=str(home / "state"), PYTHONPYCACHEPREFIX=str(home / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        demo = home / "demo.drempel"
        subprocess.run([sys.executable, "-m", "drempelmeter", "demo", str(demo)], check=True,
                       env=env, stdout=subprocess.DEVNULL)
        runs = {"anchor": (ANCHOR, [str(demo)]), "file": (APP, [str(demo)]),
                "demo": (APP, ["--demo"])}
        for code, args in runs.values():  # compile the bytecode, cache the demo, warm the disk
            measure(code, args, env)
        samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in runs}
        for _ in range(RUNS):
            for name, (code, args) in runs.items():
                samples[name].append(measure(code, args, env))
    times, peaks, cpus = ({k: statistics.median(s[i] for s in v) for k, v in samples.items()}
                          for i in range(3))
    print(f"cold start to the first shown window, median of {RUNS} runs, interleaved "
          f"(processor time beside it: it varies less when the machine is busy)")
    labels = {"anchor": "anchor (SQLAlchemy session, then a bare PySide6 window)",
              "file": "drempelmeter FILE (the demo file)",
              "demo": "drempelmeter --demo (a copy of the cached demo)"}
    for name, label in labels.items():
        ratio = "" if name == "anchor" else (
            f"  time {times[name] / times['anchor']:.2f}x, memory "
            f"{peaks[name] / peaks['anchor']:.2f}x, processor {cpus[name] / cpus['anchor']:.2f}x")
        print(f"  {label:56} {times[name] * 1000:6.0f} ms {peaks[name] / 2**20:6.1f} MiB "
              f"{cpus[name] * 1000:6.0f} ms processor{ratio}")
    print(f"  target: at most {TARGET}x the anchor, for time and for memory")
    for name, what in (("file", "cold start to the first window (drempelmeter FILE)"),
                       ("demo", "cold start to the first window (drempelmeter --demo)")):
        time_ratio = times[name] / times["anchor"]
        memory_ratio = peaks[name] / peaks["anchor"]
        result(what, f"{times[name] * 1000:.0f} ms", baseline=f"{times['anchor'] * 1000:.0f} ms",
               ratio=f"{time_ratio:.2f}x", target=f"<= {TARGET}x", met=time_ratio <= TARGET)
        result("  peak memory, the same", f"{peaks[name] / 2**20:.0f} MiB",
               baseline=f"{peaks['anchor'] / 2**20:.0f} MiB", ratio=f"{memory_ratio:.2f}x",
               target=f"<= {TARGET}x", met=memory_ratio <= TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
