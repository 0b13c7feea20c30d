"""Revision 0012 on a real file of the revision before it: follow_up_report arrives with its
cascades (removing a status step or an action takes its reports), one report per form and
action, and the downgrade takes exactly it away."""

from __future__ import annotations

import sqlite3

import pytest

from .conftest import count

NOW = "2026-11-30 12:00:00"


def report(conn: sqlite3.Connection, step: str, action: str, form: str = "f1") -> None:
    conn.execute(
        "INSERT INTO follow_up_report (status_id, action_id, form_id, made_for, reporter, done, "
        "evidence, next_step, problems, needs, fingerprint, imported_at) VALUES "
        "(?, ?, ?, 'CAW', 'An', 'Gedaan', '', '', '', '', 'x', ?)", (step, action, form, NOW))


def test_0012_adds_follow_up_report_with_its_cascades_and_downgrades(schema_file):
    old = schema_file("0011")
    assert old.count("action_status") and "follow_up_report" not in old.tables()
    old.upgrade("0012")
    assert "follow_up_report" in old.tables()
    with old.connected() as conn:
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

    old.downgrade("0011")
    assert "follow_up_report" not in old.tables()
    assert old.count("action_status") == left
