"""PySide6's import hook no longer reads (and keeps) the source of every module imported after
it, once the window's package is imported: in a fresh process, as the app starts."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

#: How many source files linecache holds before and after importing modules of ours and of a
#: library, with PySide6 imported first (through the window's package, or alone).
PROBE = textwrap.dedent(
    """
    import json, linecache, sys
    def files():  # SQLAlchemy puts the code it generates there too, named "<…>"
        return len([name for name in linecache.cache if not name.startswith("<")])
    import {first}
    before = files()
    import drempelmeter.services.plan  # modules of ours and of libraries, after PySide6,
    import email.message  # as a page's lazy import brings them
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel("x")  # the binding works as before
    print(json.dumps([before, files(), label.text()]))
    """
)


def kept_sources(first: str) -> list[object]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(first=first)], capture_output=True,
                         text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}).stdout
    return json.loads(out.splitlines()[-1])


def test_modules_imported_after_pyside6_leave_no_source_in_memory():
    before, after, text = kept_sources("drempelmeter.ui")
    assert after == before and text == "x"


def test_without_the_package_the_hook_keeps_every_source():
    """The control: PySide6 imported alone reads them all (else the test above proves
    nothing): a hundred modules and more."""
    before, after, text = kept_sources("PySide6.QtCore")
    assert after > before + 100 and text == "x"
