"""Revision 0012 on a real file of the revision before it: follow_up_report arrives with its
cascades (removing a status step or an action takes its reports), one report per form and
action, and the downgrade takes exactly it away."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event

from drempelmeter.store import schema

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema" / "0011.drempel"
NOW = "2026-11-30 12:00:00"


def tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def count(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def report(conn: sqlite3.Connection, step: str, action: str, form: str = "f1") -> None:
    conn.execute(
        "INSERT INTO follow_up_report (status_id, action_id, form_id, made_for, reporter, done, "
        "evidence, next_step, problems, needs, fingerprint, imported_at) VALUES "
        "(?, ?, ?, 'CAW', 'An', 'Gedaan', '', '', '', '', 'x', ?)", (step, action, form, NOW))


def test_0012_adds_follow_up_report_with_its_cascades_and_downgrades(tmp_path):
    path = tmp_path / "plan.drempel"
    shutil.copyfile(FIXTURE, path)
    with closing(sqlite3.connect(path)) as conn:
        steps = count(conn, "action_status")
    assert steps and "follow_up_report" not in tables(path)
    schema.migrate(path, schema.MIGRATIONS_DIR, target="0012")
    assert "follow_up_report" in tables(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        (one, first), (two, second) = conn.execute(
            "SELECT s.id, s.action_id FROM action_status s GROUP BY s.action_id LIMIT 2")
        report(conn, one, first)
        report(conn, two, second)
        (three,) = conn.execute("SELECT id FROM action_status WHERE id NOT IN (?, ?) LIMIT 1",
                                (one, two)).fetchone()
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):  # one per form and action
            report(conn, three, second)
        conn.execute("DELETE FROM action_status WHERE id = ?", (one,))
        assert count(conn, "follow_up_report") == 1
        conn.execute("DELETE FROM plan_action WHERE id = ?", (second,))
        assert count(conn, "follow_up_report") == 0
        left = count(conn, "action_status")
        conn.commit()

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda c, _: c.execute("PRAGMA foreign_keys = OFF"))
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
        config.attributes["connection"] = conn
        command.downgrade(config, "0011")
    engine.dispose()
    assert "follow_up_report" not in tables(path)
    with closing(sqlite3.connect(path)) as conn:
        assert count(conn, "action_status") == left
