"""The window's start loads what its first page needs, and nothing that can wait."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from drempelmeter.paths import user_data_dir
from drempelmeter.services import demo
from drempelmeter.services.demo_copy import fresh_demo

#: Libraries and modules that wait for the page, dialog or command that needs them.
WAITING = ("matplotlib", "reportlab", "openpyxl", "python_calamine", "alembic",
           "drempelmeter.services.demo", "drempelmeter.services.plan",
           "drempelmeter.ui.signals_page", "drempelmeter.ui.measurement_page",
           "drempelmeter.ui.barriers_page", "drempelmeter.ui.plan_page",
           "drempelmeter.ui.partners_page", "drempelmeter.ui.trajectory_page",
           "drempelmeter.ui.welcome", "drempelmeter.ui.app_dialogs")


def loaded_at_start(*args: str) -> list[str]:
    """What of WAITING a real start (`drempelmeter ARGS`, quit at the event loop) imported."""
    code = (
        "import json, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QApplication.exec = staticmethod(lambda: 0)\n"
        "from drempelmeter.cli import main\n"
        f"assert main({list(args)!r}) == 0\n"
        f"print(json.dumps(sorted(m for m in {WAITING!r} if m in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_start_on_a_file_loads_no_other_page_nor_a_file_format(demo_file):
    assert loaded_at_start(str(demo_file)) == []


def test_a_start_on_the_demo_copies_it_without_loading_its_content(demo_master: Path,
                                                                   monkeypatch):
    monkeypatch.setattr(demo, "build_demo", lambda path, today=None: path.write_bytes(
        demo_master.read_bytes()))
    fresh_demo(user_data_dir())  # today's master, as the first demo of the day leaves it
    assert loaded_at_start("--demo") == []
