"""The command line's bundle import reads and writes plain columns through the SQLite driver: it
imports no SQLAlchemy (a third of its run) and no models; its one transaction is still all or
nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import pytest

from drempelmeter.services import bundles, signals
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.store import bundle_rows
from drempelmeter.store.errors import LockTakenOver

from ..store.test_locks import write_lock
from .conftest import PARTNER, fill, row

#: SQLAlchemy, the models and the queries on them.
ORM = ("sqlalchemy", "drempelmeter.store.models", "drempelmeter.store.queries")


def test_the_command_line_import_adds_and_updates_without_sqlalchemy(demo_file, tmp_path):
    template = tmp_path / "caw.xlsx"
    db = open_trajectory(demo_file)
    try:
        bundles.export_template(db, PARTNER, template)
        before = len(signals.list_signals(db))
    finally:
        db.close()

    def edit(_book, sheet):  # type: ignore[no-untyped-def]
        sheet["B2"] = sheet["B2"].value + " Ook bij de tweede lijn."

    updated_id = openpyxl.load_workbook(template)["Signalen"]["A2"].value
    fill(template, [row("Een nieuw signaal over de wachtrij aan het loket.")], edit=edit)
    code = ("import json, sys\n"
            "from drempelmeter.cli import main\n"
            f"assert main(['import', {str(demo_file)!r}, {str(template)!r}]) == 0\n"
            f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({ORM!r}))))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert "1 added, 1 updated" in done.stdout
    assert json.loads(done.stdout.splitlines()[-1]) == []
    db = open_trajectory(demo_file)
    try:
        after = {s.id: s for s in signals.list_signals(db)}
    finally:
        db.close()
    assert len(after) == before + 1
    assert after[updated_id].description.endswith("Ook bij de tweede lijn.")


def test_an_import_whose_lock_is_taken_over_while_it_writes_writes_nothing(demo_db, template,
                                                                           monkeypatch):
    fill(template, [row("Een nieuw signaal over de wachtrij aan het loket.")])
    before = len(signals.list_signals(demo_db))
    insert = bundle_rows.insert_signal_rows

    def taken_over_meanwhile(conn, names, rows):  # type: ignore[no-untyped-def]
        insert(conn, names, rows)
        write_lock(demo_db.path, "laptop-elders", 4242, age_seconds=0)

    monkeypatch.setattr(bundle_rows, "insert_signal_rows", taken_over_meanwhile)
    with pytest.raises(LockTakenOver):
        bundles.import_bundle(demo_db, template)
    assert demo_db.read_only and len(signals.list_signals(demo_db)) == before
