"""Revision 0011 on a real file of the revision before it: the indicator tables arrive with
their cascades, the plan keeps every row, and the downgrade takes exactly them away."""

from __future__ import annotations

from .conftest import count

TABLES = {"indicator", "indicator_value", "sounding_board_evaluation"}


def test_0011_adds_the_indicator_tables_with_their_cascades_and_downgrades(schema_file):
    old = schema_file("0010")
    actions = old.count("plan_action")
    assert actions and not TABLES & old.tables()
    old.upgrade("0011")
    assert old.tables() >= TABLES
    with old.connected() as conn:
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

    old.downgrade("0010")
    assert not TABLES & old.tables()
    assert old.count("plan_action") == actions - 1
