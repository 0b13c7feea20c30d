"""SQLAlchemy engines on a trajectory file, with the pragmas and transaction handling it needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

# SQLite's dialect, which create_engine would import at the first opening: imported with this
# module, it comes before PySide6 at a start of the window (cli), whose import hook makes
# every module imported after it slower (~10 ms for these).
from sqlalchemy.dialects.sqlite import pysqlite  # noqa: F401

BUSY_TIMEOUT_MS = 5000


def sqlite_uri(path: Path, mode: str) -> str:
    """A SQLite URI for `path`; mode `rw` never creates a file, `ro` never writes one."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect_file(path: Path, mode: str) -> sqlite3.Connection:
    """A raw connection in autocommit mode (we emit BEGIN ourselves) with our pragmas set.

    journal_mode=DELETE and synchronous=FULL keep the file self-contained and durable on cloud
    folders, USB sticks and network shares (no -wal/-shm side files).
    """
    conn = sqlite3.connect(
        sqlite_uri(path, mode), uri=True, isolation_level=None, check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if mode != "ro":
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def make_engine(path: Path, *, read_only: bool = False, create: bool = False) -> Engine:
    """An engine on a `.drempel` file. Python's sqlite3 does not BEGIN before DDL by itself, so
    the `begin` event emits it: every transaction, DDL included, is all or nothing."""
    mode = "ro" if read_only else ("rwc" if create else "rw")
    engine = create_engine("sqlite://", creator=lambda: connect_file(path, mode))

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine
