"""The window's start loads what its first page needs, and nothing that can wait."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from drempelmeter.paths import user_data_dir
from drempelmeter.services import demo
from drempelmeter.services.demo_copy import fresh_demo

#: Libraries and modules that wait for the page, dialog or command that needs them.
WAITING = ("matplotlib", "reportlab", "openpyxl", "python_calamine", "alembic",
           "drempelmeter.services.demo", "drempelmeter.services.plan",
           "drempelmeter.ui.signals_page", "drempelmeter.ui.measurement_page",
           "drempelmeter.ui.barriers_page", "drempelmeter.ui.plan_page",
           "drempelmeter.ui.partners_page", "drempelmeter.ui.trajectory_page",
           "drempelmeter.ui.welcome", "drempelmeter.ui.app_dialogs", "aiohttp", "segno",
           "drempelmeter.services.room", "drempelmeter.services.workshop_run",
           "drempelmeter.ui.workshop.controller", "drempelmeter.ui.release_notes")


#: The ORM, its models and the queries on them: the first window reads plain columns without.
ORM = ("sqlalchemy.orm", "drempelmeter.store.models", "drempelmeter.store.queries")


def at_start(*args: str) -> dict[str, Any]:
    """What a real start (`drempelmeter ARGS`, quit at the event loop) did, its imports in its
    own order: which of WAITING it imported ("loaded"), which SQLAlchemy modules it imported
    after PySide6 ("late"), which of the ORM's modules it imported ("orm"), which ORM classes it
    configured a mapper for ("configured"), and whether it left the cycle collector on
    ("collecting"; it is off while the window is made) and how many objects of the start it
    keeps out of the collector's walks ("frozen")."""
    code = (
        "import gc, importlib.machinery, json, sys\n"
        "class PatchExec:  # QApplication.exec returns at once, patched when the app imports it\n"
        "    @classmethod\n"
        "    def find_spec(cls, name, path, target=None):\n"
        "        if name != 'PySide6.QtWidgets':\n"
        "            return None\n"
        "        sys.meta_path.remove(cls)\n"
        "        spec = importlib.machinery.PathFinder.find_spec(name, path)\n"
        "        load = spec.loader.exec_module\n"
        "        def exec_module(module):\n"
        "            load(module)\n"
        "            module.QApplication.exec = staticmethod(\n"
        "                lambda: module.QApplication.processEvents() or 0)\n"
        "        spec.loader.exec_module = exec_module\n"
        "        return spec\n"
        "sys.meta_path.insert(0, PatchExec)\n"
        "from drempelmeter.cli import main\n"
        f"assert main({list(args)!r}) == 0\n"
        "names = list(sys.modules)\n"
        "after_qt = names[names.index('PySide6'):]\n"
        "from drempelmeter.store.models import Base\n"
        f"print(json.dumps({{'loaded': sorted(m for m in {WAITING!r} if m in sys.modules),\n"
        f"                   'orm': sorted(m for m in names if m.startswith({ORM!r})),\n"
        "                   'late': [m for m in after_qt if m.startswith('sqlalchemy')],\n"
        "                   'configured': sorted(m.class_.__name__ for m in Base.registry.mappers\n"
        "                                        if m.configured),\n"
        "                   'collecting': gc.isenabled(), 'frozen': gc.get_freeze_count()}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def loaded_at_start(*args: str) -> list[str]:
    return at_start(*args)["loaded"]


def test_a_start_on_a_file_loads_no_other_page_nor_a_file_format(demo_file):
    assert loaded_at_start(str(demo_file)) == []


def test_a_start_on_the_demo_copies_it_without_loading_its_content(demo_master: Path,
                                                                   monkeypatch):
    monkeypatch.setattr(demo, "build_demo", lambda path, today=None: path.write_bytes(
        demo_master.read_bytes()))
    fresh_demo(user_data_dir())  # today's master, as the first demo of the day leaves it
    assert loaded_at_start("--demo") == []


def test_a_start_imports_sqlalchemy_before_pyside6(demo_file):
    """PySide6's import hook makes every module imported after it slower: SQLAlchemy, SQLite's
    dialect included, is imported before it (cli, store.engine)."""
    assert at_start(str(demo_file))["late"] == []


def test_the_first_window_reads_columns_and_configures_no_mapper(demo_file):
    """The navigator, the title and the first phase's page read plain columns: the ORM's
    mappers are configured at their first use, after the window shows."""
    started = at_start(str(demo_file))
    assert started["configured"] == [] and started["collecting"]
    assert started["frozen"] > 50_000  # the modules and the window, not walked again


def test_the_first_window_imports_no_orm_model(demo_file):
    """Their set-up is a sixth of the start-up: the modules the first window imports defer them
    to the functions that use them (a module importing them at its top fails here), and its
    reads go through `TrajectoryDatabase.connection()`, not a Session."""
    assert at_start(str(demo_file))["orm"] == []


def test_the_orm_still_works_after_a_start_that_configured_nothing(demo_file):
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "QApplication.exec = staticmethod(lambda: 0)\n"
        "from drempelmeter.cli import main\n"
        f"assert main([{str(demo_file)!r}]) == 0\n"
        "from drempelmeter.services import partners, phases\n"
        "from drempelmeter.services.trajectory import open_trajectory\n"
        f"db = open_trajectory({str(demo_file)!r}, read_only=True)\n"
        "print(len(partners.list_partners(db)), len(phases.checklist(db)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    partner_count, item_count = map(int, result.stdout.split())
    assert partner_count > 0 and item_count > 0
