"""Many new signals inserted at once through the driver are stored exactly as Core's insert
stores them."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime

from sqlalchemy import insert

from drempelmeter.services import signals
from drempelmeter.services.records import SignalRecord
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.store import bundle_rows, queries
from drempelmeter.store.models import Signal


def stored(path, write) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The raw values of the rows `write(db, session, rows)` inserts into a copy of the demo."""
    db = open_trajectory(path)
    try:
        with db.session() as session:
            trajectory = queries.trajectory(session).id
            partner = queries.partners(session)[0].id
            now = datetime(2026, 11, 30, 12, 0, 0, 123456, tzinfo=UTC)
            rows = [signals.row_values(
                SignalRecord(id="", partner_id=partner, description=f"Signaal {i}",
                             primary_b="awareness", severity=i % 5 if i % 3 else None,
                             life_domains=("housing", "income")[: i % 3],
                             kept_findings=("Kerkstraat 1",) if i % 2 else (),
                             to_review=bool(i % 2)),
                trajectory, row_id=f"new-{i:03d}", mark=f"mark {i}", now=now)
                for i in range(30)]
            write(db, session, rows)
    finally:
        db.close()
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT * FROM signal WHERE id LIKE 'new-%' ORDER BY id").fetchall()


def ours_insert(db, session, rows) -> None:  # type: ignore[no-untyped-def]
    with db.sqlite() as conn:  # the driver's connection, in the session's transaction
        bundle_rows.insert_signals(conn, rows)


def test_values_are_stored_as_cores_insert_stores_them(demo_file, tmp_path):
    copy = tmp_path / "copy.drempel"
    shutil.copyfile(demo_file, copy)
    ours = stored(demo_file, ours_insert)
    core = stored(copy, lambda db, session, rows: session.connection().execute(insert(Signal),
                                                                              rows))
    assert len(ours) == 30 and ours == core
