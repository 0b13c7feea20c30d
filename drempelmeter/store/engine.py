"""SQLAlchemy engines on a trajectory file, with the pragmas and transaction handling it needs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

# SQLite's dialect, which create_engine would import at the first opening: imported with this
# module, it comes before PySide6 at a start of the window (cli), whose import hook makes
# every module imported after it slower (~10 ms for these).
from sqlalchemy.dialects.sqlite import pysqlite  # noqa: F401

from .sqlite_file import connect_file


def make_engine(path: Path, *, read_only: bool = False, create: bool = False) -> Engine:
    """An engine on a `.drempel` file. Python's sqlite3 does not BEGIN before DDL by itself, so
    the `begin` event emits it: every transaction, DDL included, is all or nothing."""
    mode = "ro" if read_only else ("rwc" if create else "rw")
    engine = create_engine("sqlite://", creator=lambda: connect_file(path, mode))

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine
