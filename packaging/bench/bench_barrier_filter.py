"""Type five letters in the barriers page's search box at 5,000 barriers, as a coach does: each
keystroke as the page handles it (filter, refill the list, select the chosen barrier again) and
the list painted, with its tab shown at 1280x720. Prints the median time per keystroke, the
first one after the list is read apart (it makes the barriers' search texts, once per reading),
and a backspace (a wider filter: every barrier looked at again). Target: <= 50 ms a keystroke.

    python3 packaging/dev.py bench barrier_filter
    python packaging/bench/bench_barrier_filter.py [TRAJECTORY]

Without a trajectory, the province-size one of `dev.py bench pages` is used. The page works on
a copy: the file given is never written.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from bench_rerank import trajectory
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from results import result

TYPED = "wacht"
RUNS = 5
TARGET_MS = 50.0


def main(argv: list[str]) -> int:
    source = trajectory(argv)
    app = QApplication.instance() or QApplication([])
    from drempelmeter.store.database import open_database
    from drempelmeter.ui.barriers_page import BarriersPage
    from drempelmeter.ui.document import TrajectoryDocument

    def painted(work) -> float:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        work()
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    with tempfile.TemporaryDirectory(prefix="drempelmeter-barrier-filter-") as folder:
        copy = Path(folder) / source.name
        shutil.copy(source, copy)
        document = TrajectoryDocument(open_database(copy))
        try:
            page = BarriersPage(document)
            page.resize(1280, 720)
            page.show()
            app.processEvents()
            field = page.search.field
            page.table.selectRow(3)  # a chosen barrier, selected again at each keystroke
            first, letters, backspaces = [], [], []
            for _ in range(RUNS):
                page.reload()  # the search texts are made again at the first letter
                app.processEvents()
                for n, letter in enumerate(TYPED):
                    spent = painted(lambda letter=letter: QTest.keyClick(field, letter))
                    (first if n == 0 else letters).append(spent)
                backspaces.append(painted(lambda: QTest.keyClick(field, Qt.Key.Key_Backspace)))
                shown = page.model.rowCount()
                field.clear()
                app.processEvents()
            barriers = page.model.rowCount()
        finally:
            document.close()
    median = statistics.median(letters)
    print(f"typing {TYPED!r} over {barriers:,} barriers at 1280x720, {RUNS} runs "
          f"({shown:,} shown after a backspace)")
    print(f"  a letter (median, list painted):             {median:6.1f} ms "
          f"(slowest {max(letters):.1f} ms)")
    print(f"  the first letter after a reading (texts made): {statistics.median(first):6.1f} ms")
    print(f"  a backspace (every barrier looked at again):  {statistics.median(backspaces):6.1f} ms")
    result(f"filter the barriers list, per keystroke, {barriers:,} barriers", f"{median:.1f} ms",
           target=f"<= {TARGET_MS:.0f} ms", met=median <= TARGET_MS)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
