"""A selection of more signals than SQLite binds parameters in one query is read and changed a
slice at a time: on a file whose connections take 999 parameters (older SQLite builds) and at
40,000 signals on one that takes 32,766 (recent ones)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from drempelmeter.domain.ids import new_ids
from drempelmeter.services import barriers, partners, signal_lines, signals
from drempelmeter.services.records import PartnerRecord, SignalRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.store import bundle_rows, database, engine, queries


def limited(monkeypatch, limit: int) -> None:
    """Every connection to a trajectory file made from now on binds `limit` parameters at most."""
    def connect(path, mode):  # type: ignore[no-untyped-def]
        conn = made(path, mode)
        conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
        return conn

    made = database.connect_file
    monkeypatch.setattr(database, "connect_file", connect)
    monkeypatch.setattr(engine, "connect_file", connect)


def with_signals(path, count: int):  # type: ignore[no-untyped-def]
    """A new trajectory with one partner and `count` signals, inserted in one executemany;
    the open file and the signals' ids."""
    db = create_trajectory(path, TrajectoryRecord(name="Veel signalen"))
    partner = new_ids(1)[0]
    partners.add_partner(db, PartnerRecord(partner, "CAW", "core", "caw"))
    ids = new_ids(count)
    now = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
    with db.session() as session:
        trajectory = queries.trajectory(session).id
        row = signals.row_values(SignalRecord(id="", partner_id=partner, description="Signaal",
                                              primary_b="bekendheid"),
                                 trajectory, row_id="", mark="", now=now)
        rows = [dict(row, id=signal_id, fingerprint=f"mark {n}")
                for n, signal_id in enumerate(ids)]
        with db.sqlite() as conn:
            bundle_rows.insert_signals(conn, rows)
    return db, ids


def test_a_selection_over_the_limit_is_read_and_changed(tmp_path, monkeypatch):
    limited(monkeypatch, 999)
    db, ids = with_signals(tmp_path / "t.drempel", 1000)
    try:
        assert len(signal_lines.lines_with_ids(db, ids)) == 1000
        assert [r.id for r in signal_lines.signals_with_ids(db, ids)] == sorted(ids)
        signals.set_status(db, dict.fromkeys(ids, "analysed"))
        assert {line.status for line in signal_lines.lines_with_ids(db, ids)} == {"analysed"}
        barriers.create_barrier(db, "b1", "Lange wachttijden", ids)
        assert barriers.barriers_holding(db, ids) == [("b1", "Lange wachttijden")]
        assert len(barriers.get_barrier(db, "b1").signal_ids) == 1000
        assert len(signals.remove_signals(db, ids)) == 1000
        assert signal_lines.lines_with_ids(db, ids) == []
    finally:
        db.close()


def test_a_bundle_import_asks_for_its_signals_in_slices(tmp_path, monkeypatch):
    limited(monkeypatch, 999)
    db, ids = with_signals(tmp_path / "t.drempel", 1000)
    try:
        with db.sqlite() as conn:
            assert len(bundle_rows.signal_owners(conn, ids)) == 1000
            assert len(bundle_rows.signals_matching(conn, ids, ["mark 1"])) == 1000
    finally:
        db.close()


def test_forty_thousand_selected_signals(tmp_path, monkeypatch):
    limited(monkeypatch, 32_766)  # a recent SQLite build's own limit
    db, ids = with_signals(tmp_path / "t.drempel", 40_000)
    try:
        assert len(signal_lines.lines_with_ids(db, ids)) == 40_000
        assert barriers.barriers_holding(db, ids) == []
    finally:
        db.close()
