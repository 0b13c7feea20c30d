"""Revision 0016 (a region's own settings): a file of 0015 keeps every value it held, its
trajectory gets the klankgroep's rhythm of before (6 months) and its themes' questions no
wording per group (the common one for all); the downgrade takes the columns away again."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

NEW_COLUMNS = {"trajectory": {"evaluation_months"},
               "questionnaire_theme_item": {"staff_text", "management_text", "client_text"}}


def every_value(path: Path, leave_out: dict[str, set[str]]) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the columns `leave_out` names per table."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        found = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                       if r[1] not in leave_out.get(table, set())]
            listed = ", ".join(f'"{c}"' for c in columns)
            found[table] = sorted(conn.execute(f'SELECT {listed} FROM "{table}"').fetchall(),
                                  key=repr)
        return found


def test_upgrade_keeps_every_value_and_sets_the_defaults(schema_file):
    old = schema_file("0015")
    with old.connected() as conn:  # the fixture has no theme of the region's own: one
        trajectory_id = conn.execute("SELECT id FROM trajectory").fetchone()[0]
        conn.execute("INSERT INTO questionnaire_theme VALUES ('t', ?, 'digitale_toegang', "
                     "'Digitale toegang', 'Online', 0, 1)", (trajectory_id,))
        conn.execute("INSERT INTO questionnaire_theme_item VALUES ('i1', 't', 'dig-1', "
                     "'Cliënten vinden hun weg op de website.', 1, 0), ('i2', 't', 'dig-2', "
                     "'Het formulier is online in te vullen.', 2, 1)")
    before = every_value(old.path, {})
    old.upgrade("0016")
    assert every_value(old.path, NEW_COLUMNS) == before
    assert old.rows("SELECT evaluation_months FROM trajectory") == [(6,)]
    assert set(old.rows("SELECT staff_text, management_text, client_text "
                        "FROM questionnaire_theme_item")) == {("", "", "")}
    with old.connected() as conn:
        conn.execute("UPDATE questionnaire_theme_item SET client_text = 'Ik vond mijn weg.' "
                     "WHERE id = 'i1'")
        conn.execute("UPDATE trajectory SET evaluation_months = 3")
    old.downgrade("0015")
    assert every_value(old.path, {}) == before
