"""Revision 0018 keeps in the signal table's to_review index only the signals waiting for
review; every row stays, the count of those signals still reads the index, and the downgrade
puts the whole index back."""

from __future__ import annotations

from .test_region_settings_migration import every_value

INDEX_SQL = "SELECT sql FROM sqlite_master WHERE name = 'ix_signal_to_review'"
WAITING = "SELECT count(*) FROM signal WHERE signal.to_review = 1"


def test_the_index_holds_the_waiting_signals_only_and_every_row_stays(schema_file):
    old = schema_file("0017")
    before = every_value(old.path, {})
    (whole,), = old.rows(INDEX_SQL)
    assert "WHERE" not in whole.upper()
    old.upgrade("0018")
    assert every_value(old.path, {}) == before
    (partial,), = old.rows(INDEX_SQL)
    assert partial.upper().endswith("WHERE TO_REVIEW = 1"), partial
    plan = " ".join(str(row[-1]) for row in old.rows(f"EXPLAIN QUERY PLAN {WAITING}"))
    assert "ix_signal_to_review" in plan, plan
    old.downgrade("0017")
    assert old.rows(INDEX_SQL) == [(whole,)]
    assert every_value(old.path, {}) == before
