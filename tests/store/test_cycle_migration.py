"""Revision 0013 (the next cycle): a file of 0012 gains the cycle link, the baseline and the
carried marks, empty; a carried mark is a barrier or an action, never both; the downgrade takes
the three tables away again and leaves the rest."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import pytest

from drempelmeter.services import next_cycle, trajectory

from ..conftest import FIXTURES

TABLES = {"cycle_link", "baseline_score", "carried_item"}


def test_upgrade_adds_the_tables_and_downgrade_removes_them(schema_file):
    old = schema_file("0012")
    before = old.tables()
    assert not TABLES & before
    old.upgrade("0013")
    assert old.tables() == before | TABLES
    with old.connected() as conn:
        barrier = conn.execute("SELECT id FROM barrier LIMIT 1").fetchone()[0]
        action = conn.execute("SELECT id FROM plan_action LIMIT 1").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError):  # a mark is of one item
            conn.execute("INSERT INTO carried_item VALUES ('x', ?, ?, 1, 'Cyclus 1', '')",
                         (barrier, action))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO carried_item VALUES ('x', NULL, NULL, 1, 'Cyclus 1', '')")
        conn.execute("INSERT INTO carried_item VALUES ('x', ?, NULL, 1, 'Cyclus 1', '')",
                     (barrier,))
    old.downgrade("0012")
    assert old.tables() == before


def test_an_upgraded_older_file_starts_its_next_cycle(tmp_path):
    path = tmp_path / "old.drempel"
    shutil.copyfile(FIXTURES / "schema" / "0007.drempel", path)
    db = trajectory.open_trajectory(path, back_up=False)
    try:
        made = next_cycle.start_next_cycle(db, tmp_path / "next.drempel",
                                           next_cycle.NextCycle("Cyclus 2", (), date(2027, 1, 1)))
    finally:
        db.close()
    assert made.cycle_number == 2 and made.partners > 0
