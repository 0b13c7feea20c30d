"""The province-size walk: the real window on 100,000 signals, 5,000 barriers and 400 actions.

The trajectory is built once by make_scaled.py (about three minutes) and kept in bench-cache/,
under a key of make_scaled.py's text, its arguments and the schema revision: it is built again
only when one of them changes. Then a fresh process opens the window offscreen on a copy and
times, as a coordinator would meet them: opening the file; the signals, barriers and plan pages,
each the first time (the signals page shows its first screen, then reads the rest between
events: the time until every signal is read is printed too); five letters typed in the signals
page's search box once every signal is read (the median per keystroke); five weight changes on
the barriers page (the median, and the first), with the list shown and with the Pareto tab
shown (re-rank, refill, redraw); the regional PDF report written as the window's Report action
writes it (the same writer, without the dialogs that ask what and where). Before the report,
every page and each of its tabs is shown at 1920x1080. Each is printed with its target, and
the peak memory. A slow step is reported, never a reason to stop.

    python3 packaging/dev.py bench pages
"""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import result

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "bench-cache"
MAKE_SCALED = Path(__file__).with_name("make_scaled.py")
ARGS = ("--signals", "100000", "--barriers", "5000", "--actions", "400", "--seed", "14")
TYPED = "wacht"
PAGE_TARGET, KEY_TARGET, WEIGHT_TARGET, MEMORY_TARGET = 1.0, 0.050, 0.100, 400
WEIGHT_CHANGES = 5


def cached_trajectory() -> Path:
    """The province-size file for the current make_scaled.py, arguments and schema; built when
    missing, older ones removed."""
    from drempelmeter.services.trajectory import HEAD_REVISION

    key = hashlib.sha256(MAKE_SCALED.read_bytes())
    key.update(" ".join((*ARGS, HEAD_REVISION)).encode())
    path = CACHE / f"province-{key.hexdigest()[:16]}.drempel"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    for old in CACHE.glob("province-*"):
        old.unlink()
    partial = path.with_name(path.name + ".partial")
    print(f"building the province-size trajectory in {path.relative_to(ROOT)} (once; about "
          f"three minutes)", flush=True)
    subprocess.run([sys.executable, str(MAKE_SCALED), str(partial), *ARGS], check=True,
                   stdout=subprocess.DEVNULL)
    os.replace(partial, path)
    return path


def walk(source: Path) -> None:
    """In this (fresh) process: the window on a copy of `source`, each step timed."""
    import resource

    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTabWidget

    from drempelmeter.ui import prompts
    from drempelmeter.ui.main_window import MainWindow
    from drempelmeter.ui.report_writer import ReportWriter
    from drempelmeter.ui.settings import AppSettings
    from drempelmeter.ui.workspace import (
        BARRIERS,
        DETAILS,
        MEASUREMENT,
        PARTNERS,
        PLAN,
        SIGNALS,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="drempelmeter-pages-"))
    try:
        copy = folder / "province.drempel"
        shutil.copyfile(source, copy)
        settings = AppSettings(QSettings(str(folder / "settings.ini"),
                                         QSettings.Format.IniFormat))
        window = MainWindow(settings, folder / "drempelmeter.log")
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        gc.freeze()  # as the app does once its first window shows (ui.app)

        def timed(step) -> float:  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            step()
            app.processEvents()
            return time.perf_counter() - start

        def page(what: str, seconds: float) -> None:
            print(f"  {what:48} {seconds:8.2f} s  (target <= {PAGE_TARGET:g} s)", flush=True)
            result(f"{what}, 100,000 signals", f"{seconds:.2f} s",
                   target=f"<= {PAGE_TARGET:g} s", met=seconds <= PAGE_TARGET)

        def peak() -> float:
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MiB (Linux)

        print("the window on 100,000 signals, 5,000 barriers and 400 actions", flush=True)
        page("open the file", timed(lambda: window.open_path(copy)))
        workspace = window.workspace
        assert workspace is not None
        opened = time.perf_counter()
        page("open the signals page (first time)",
             timed(lambda: workspace.show_section(SIGNALS)))
        # Its first screen and counts are shown; the rest is read between events. The keys
        # are typed once every signal is read, as they cover them all from then on.
        while workspace.signals_page.reading:
            app.processEvents()
        seconds = time.perf_counter() - opened
        print(f"  {'  every signal read (from the opening)':48} {seconds:8.2f} s", flush=True)
        result("signals page: every signal read, 100,000 signals", f"{seconds:.2f} s")

        search = workspace.signals_page.search
        search.setFocus()
        keys = [timed(lambda key=key: QTest.keyClick(search, key)) for key in TYPED]
        shown = workspace.signals_page.proxy.rowCount()
        key = statistics.median(keys)
        print(f"  {f'type {TYPED!r} in the search box':48} {key * 1000:8.1f} ms a keystroke "
              f"(median; slowest {max(keys) * 1000:.0f} ms; {shown:,} shown; target <= "
              f"{KEY_TARGET * 1000:.0f} ms)", flush=True)
        result("filter the signals page, per keystroke", f"{key * 1000:.1f} ms",
               target=f"<= {KEY_TARGET * 1000:.0f} ms", met=key <= KEY_TARGET)
        search.clear()
        app.processEvents()

        page("open the barriers page (first time)",
             timed(lambda: workspace.show_section(BARRIERS)))
        barriers = workspace.barriers_page
        box = next(iter(barriers.weights.values()))

        def change_weight(step: float) -> None:
            box.setValue(box.value() + step)

        for tab in ("list", "Pareto"):
            if tab == "Pareto":
                barriers.tabs.setCurrentWidget(barriers.pareto)  # drawn once, untimed
                app.processEvents()
            # up and down again, as a coach tries weights: the median of five, and the first
            changes = [timed(lambda step=step: change_weight(step)) for step in
                       (box.singleStep(), -box.singleStep()) * 3][:WEIGHT_CHANGES]
            seconds = statistics.median(changes)
            print(f"  {f'change a weight ({tab} tab shown)':48} {seconds * 1000:8.0f} ms "
                  f"(median of {WEIGHT_CHANGES}; the first {changes[0] * 1000:.0f} ms; target <= "
                  f"{WEIGHT_TARGET * 1000:.0f} ms)", flush=True)
            result(f"weight change, 5,000 barriers ({tab} tab)", f"{seconds * 1000:.0f} ms",
                   target=f"<= {WEIGHT_TARGET * 1000:.0f} ms", met=seconds <= WEIGHT_TARGET)
        barriers.tabs.setCurrentIndex(0)

        page("open the plan page (first time)", timed(lambda: workspace.show_section(PLAN)))

        # Every page and each of its tabs, on a beamer's 1920x1080, as a coordinator looks
        # around: the charts, the suggestions (found in a worker), the follow-up. The peak
        # memory below counts them all.
        window.resize(1920, 1080)
        start = time.perf_counter()
        tabs_seen = 0
        for section in (SIGNALS, MEASUREMENT, BARRIERS, PLAN, PARTNERS, DETAILS):
            workspace.show_section(section)
            app.processEvents()
            for tabs in [t for t in window.findChildren(QTabWidget) if t.isVisible()]:
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    app.processEvents()
                    while barriers.finder.searching():
                        app.processEvents()
                    tabs_seen += 1
                tabs.setCurrentIndex(0)
        seconds = time.perf_counter() - start
        print(f"  {f'every page and its {tabs_seen} tabs, 1920x1080':48} {seconds:8.2f} s",
              flush=True)
        window.resize(1280, 800)
        app.processEvents()

        # The Report action's writer, without the dialogs that ask what and where, nor the
        # question afterwards whether to open the report.
        prompts.ask_choice = lambda *_args, **_kwargs: None
        prompts.show_info = lambda *_args, **_kwargs: None
        target = folder / "report.pdf"
        writer = ReportWriter(copy, target, None, window, folder / "drempelmeter.log")
        loop = QEventLoop()
        outcome: list[bool] = []
        writer.done.connect(lambda ok: (outcome.append(ok), loop.quit()))
        start = time.perf_counter()
        writer.start()
        if not outcome:
            loop.exec()
        seconds = time.perf_counter() - start
        written = "written" if outcome == [True] and target.exists() else "NOT written"
        print(f"  {'write the regional PDF report':48} {seconds:8.2f} s  ({written})",
              flush=True)
        result("regional PDF report, 5,000 barriers and 400 actions",
               f"{seconds:.2f} s" + ("" if written == "written" else " (not written)"))

        memory = peak()
        print(f"  {'peak memory':48} {memory:8.0f} MiB (target <= {MEMORY_TARGET} MiB)",
              flush=True)
        result("peak memory of the walk", f"{memory:.0f} MiB", target=f"<= {MEMORY_TARGET} MiB",
               met=memory <= MEMORY_TARGET)
        window.close()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    if sys.argv[1:2] == ["--walk"]:
        walk(Path(sys.argv[2]))
        return 0
    source = cached_trajectory()
    with tempfile.TemporaryDirectory() as home:
        # The modules compiled once beforehand (not timed), as an installed app has them: with
        # PYTHONDONTWRITEBYTECODE set, the first page would compile every source it imports.
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   MPLBACKEND="Agg", XDG_CONFIG_HOME=f"{home}/config",
                   XDG_DATA_HOME=f"{home}/data", XDG_STATE_HOME=f"{home}/state",
                   PYTHONPYCACHEPREFIX=f"{home}/pycache")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-c", COMPILE_EVERY_MODULE], env=env, check=True)
        return subprocess.call([sys.executable, __file__, "--walk", str(source)], env=env)


#: Imports every module of the app (and so what they import), leaving their bytecode behind.
COMPILE_EVERY_MODULE = """
import importlib, pkgutil, drempelmeter
for module in pkgutil.walk_packages(drempelmeter.__path__, "drempelmeter."):
    if ".migrations." not in module.name and not module.name.endswith("__main__"):
        importlib.import_module(module.name)
"""


if __name__ == "__main__":
    sys.exit(main())
