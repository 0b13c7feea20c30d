"""Revision 0017 drops the signal table's indexes on trajectory_id and barrier_id, which
nothing asks; every row stays, a signal's barrier is still found through an index, and the
downgrade puts them back."""

from __future__ import annotations

from .test_region_settings_migration import every_value

DROPPED = {"ix_signal_barrier_id", "ix_signal_trajectory_id"}


def test_the_two_indexes_go_every_row_stays_and_a_barrier_is_still_looked_up(schema_file):
    old = schema_file("0016")
    indexes = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'signal'"
    before, kept = every_value(old.path, {}), {name for (name,) in old.rows(indexes)}
    assert kept >= DROPPED
    old.upgrade("0017")
    assert every_value(old.path, {}) == before
    assert {name for (name,) in old.rows(indexes)} == kept - DROPPED
    plan = " ".join(str(row[-1]) for row in old.rows(
        "EXPLAIN QUERY PLAN SELECT id FROM signal WHERE barrier_id = 'b'"))
    assert "USING INDEX ix_signal_barrier_partner" in plan or (
        "USING COVERING INDEX ix_signal_barrier_partner" in plan), plan
    old.downgrade("0016")
    assert {name for (name,) in old.rows(indexes)} == kept
    assert every_value(old.path, {}) == before
