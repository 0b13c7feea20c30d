"""Inspect, check and back up a trajectory file with the standard sqlite3 module, read-only."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from .engine import connect_file
from .errors import FileDamaged, FileMissing, FileUnreadable, NotATrajectory

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_TABLES = {"alembic_version", "app_meta", "trajectory"}


@dataclass(frozen=True)
class FileFacts:
    """What a trajectory file says about itself, read without migrating or locking it."""

    revision: str
    written_by: str | None
    created_by: str | None


def read_header(path: Path) -> bytes:
    """The first bytes of `path`, turning OS errors into messages a coach understands."""
    if not path.exists():
        raise FileMissing(path)
    if not path.is_file():
        raise FileUnreadable(path, "it is a folder, not a file")
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise FileUnreadable(path, exc.strerror or str(exc)) from exc


def inspect_file(path: Path) -> FileFacts:
    """Refuse anything that is not a trajectory; return its schema revision and who wrote it."""
    header = read_header(path)
    if not header:
        raise NotATrajectory(path, NotATrajectory.EMPTY)
    if header != SQLITE_HEADER:
        raise NotATrajectory(path, NotATrajectory.NOT_DATABASE)
    try:
        with closing(connect_file(path, "ro")) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables >= REQUIRED_TABLES:
                raise NotATrajectory(path, NotATrajectory.FOREIGN_DATABASE)
            revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
            meta = dict(conn.execute("SELECT key, value FROM app_meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise FileDamaged(path, str(exc)) from exc
    if len(revisions) != 1:
        raise FileDamaged(path, "no single schema revision recorded")
    return FileFacts(revisions[0], meta.get("written_by"), meta.get("created_by"))


def integrity_problems(path: Path) -> list[str]:
    """SQLite's integrity and foreign-key checks; an empty list means the file is sound."""
    try:
        with closing(connect_file(path, "ro")) as conn:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [
                f"row {rowid} of {table} refers to a missing row of {parent}"
                for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
            ]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return problems


def backup_file(source: Path, target: Path) -> None:
    """Write a consistent copy of `source` to `target` with SQLite's backup API.

    The copy goes to a temporary name first and is renamed when complete, so a failure never
    leaves a half file behind.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            closing(connect_file(source, "ro")) as src,
            closing(sqlite3.connect(partial, isolation_level=None)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
