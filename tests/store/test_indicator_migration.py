"""Revision 0011 on a real file of the revision before it: the indicator tables arrive with
their cascades, the plan keeps every row, and the downgrade takes exactly them away."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event

from drempelmeter.store import schema

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema" / "0010.drempel"
TABLES = {"indicator", "indicator_value", "sounding_board_evaluation"}


def tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def count(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_0011_adds_the_indicator_tables_with_their_cascades_and_downgrades(tmp_path):
    path = tmp_path / "plan.drempel"
    shutil.copyfile(FIXTURE, path)
    with closing(sqlite3.connect(path)) as conn:
        actions = count(conn, "plan_action")
    assert actions and not TABLES & tables(path)
    schema.migrate(path, schema.MIGRATIONS_DIR, target="0011")
    assert tables(path) >= TABLES
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        first, second = [r[0] for r in conn.execute("SELECT id FROM plan_action LIMIT 2")]
        round_id = conn.execute("SELECT id FROM measurement_round LIMIT 1").fetchone()[0]
        now = "2026-11-30 12:00:00"
        conn.executemany(
            "INSERT INTO indicator (id, action_id, position, name, unit, direction, b, "
            "baseline_round_id, created_at) VALUES (?, ?, 1, 'Wachttijd', 'dagen', 'lower', "
            "?, ?, ?)", [("i1", first, None, None, now), ("i2", second, "bekendheid", round_id,
                                                              now)])
        conn.execute("INSERT INTO indicator_value (id, indicator_id, \"on\", value, source, "
                     "reporter, note, created_at) VALUES ('v1', 'i1', '2026-06-01', 18, "
                     "'typed', '', '', ?)", (now,))
        conn.execute("INSERT INTO sounding_board_evaluation (id, action_id, \"on\", verdict, "
                     "reason, created_at) VALUES ('e1', ?, '2026-06-30', 'works', '', ?)",
                     (first, now))
        conn.execute("DELETE FROM measurement_round WHERE id = ?", (round_id,))
        assert conn.execute("SELECT baseline_round_id FROM indicator WHERE id = 'i2'"
                            ).fetchone() == (None,)  # the indicator stays, unlinked
        conn.execute("DELETE FROM plan_action WHERE id = ?", (first,))
        assert [count(conn, t) for t in ("indicator", "indicator_value",
                                         "sounding_board_evaluation")] == [1, 0, 0]
        conn.commit()

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda c, _: c.execute("PRAGMA foreign_keys = OFF"))
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
        config.attributes["connection"] = conn
        command.downgrade(config, "0010")
    engine.dispose()
    assert not TABLES & tables(path)
    with closing(sqlite3.connect(path)) as conn:
        assert count(conn, "plan_action") == actions - 1
