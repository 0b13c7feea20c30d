"""The Qt binding the app runs on keeps Python's reference counts: no release that leaks None."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CALLS = 200_000

PROBE = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    app = QApplication([])
    item = QTableWidgetItem()
    table = QTableWidget()
    standard = QStandardItem()
    before = sys.getrefcount(None)
    for i in range({CALLS} // 4):
        item.setText("x")                 # each of these returns nothing (void in C++)
        standard.setData(i)
        table.setRowCount(i % 3)
        table.setColumnCount(2)
    after = sys.getrefcount(None)
    print(before, after)
    """
)


def test_void_qt_calls_do_not_use_up_references_to_none():
    """PySide6 6.12.0 drops a reference to None on every void call; on CPython 3.11 the
    interpreter aborts once they are used up. Run in a child so an abort is a failure here."""
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, f"the probe died ({done.returncode}): {done.stderr[-500:]}"
    before, after = map(int, done.stdout.split())
    assert after >= before - 100, f"None lost {before - after} references in {CALLS:,} calls"
