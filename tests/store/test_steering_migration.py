"""Revision 0010 on a real file (the 0007 demo at 0009): every decision stays, as a decision;
the steering tables are there; a downgrade keeps the decisions and drops the open proposals,
which an older version could not tell from decisions."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event

from drempelmeter.store import schema

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema" / "0009.drempel"


def rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_0010_keeps_every_decision_as_a_decision_and_downgrades_without_proposals(tmp_path):
    path = tmp_path / "demo.drempel"
    shutil.copyfile(FIXTURE, path)
    before = rows(path, "SELECT id, decided_on, decided_by, text FROM decision ORDER BY id")
    assert before
    schema.migrate(path, schema.MIGRATIONS_DIR, "0010")
    after = rows(path, "SELECT id, decided_on, decided_by, text, state, proposed_on "
                       "FROM decision ORDER BY id")
    assert [r[:4] for r in after] == before
    assert {(r[4], r[5]) for r in after} == {("decided", None)}
    tables = {r[0] for r in rows(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"chapter_note", "key_finding", "action_year_note"} <= tables

    trajectory = rows(path, "SELECT id FROM trajectory")[0][0]
    action = rows(path, "SELECT id FROM plan_action LIMIT 1")[0][0]
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("INSERT INTO decision (id, trajectory_id, decided_on, decided_by, text, "
                     "created_at, state, proposed_on) VALUES ('p', ?, NULL, 'steering', "
                     "'Open', '2026-01-01', 'proposed', '2026-01-01')", (trajectory,))
        conn.execute("INSERT INTO action_year_note VALUES ('n', ?, 2026, 'Meer', "
                     "'2026-01-01')", (action,))
        conn.commit()
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda c, _: c.execute("PRAGMA foreign_keys = OFF"))
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    engine.dispose()
    assert rows(path, "SELECT id, decided_on, decided_by, text FROM decision ORDER BY id") == (
        before)
    tables = {r[0] for r in rows(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert not {"chapter_note", "key_finding", "action_year_note"} & tables
