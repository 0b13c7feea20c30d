"""Find, recover, inspect, check and back up a trajectory file with the standard sqlite3 module."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from .errors import (
    FileDamaged,
    FileInterrupted,
    FileLocked,
    FileMissing,
    FileUnreadable,
    NotATrajectory,
)
from .interrupted import keep_interrupted
from .lock import held_by_a_live_run, lock_path, read_owner

SQLITE_HEADER = b"SQLite format 3\x00"
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
REQUIRED_TABLES = {"alembic_version", "app_meta", "trajectory"}
#: Files up to this size get SQLite's full integrity_check at every opening (it also compares
#: each index with its table); larger ones get quick_check unless the last close was unclean.
FULL_CHECK_BYTES = 64 * 1024 * 1024
#: SQLite's extended code for "a hot journal needs rolling back, but the connection is read-only".
SQLITE_READONLY_ROLLBACK = 776
#: SQLite's primary codes for "another connection is writing".
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
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


@dataclass(frozen=True)
class FileFacts:
    """What a trajectory file says about itself, read without migrating or locking it."""

    revision: str
    written_by: str | None
    created_by: str | None


def real_file(path: Path) -> Path:
    """The file `path` leads to (symbolic links followed), or a plain reason why there is none.

    Locks and SQLite both work on this resolved path, so two names for one file are one file.
    """
    try:
        real = Path(path).resolve(strict=True)
    except FileNotFoundError:
        raise FileMissing(path) from None
    except RuntimeError:  # Python 3.11 reports a symlink loop this way
        raise FileUnreadable(path, "it is a link that leads back to itself") from None
    except OSError as exc:
        raise FileUnreadable(path, os_reason(exc)) from exc
    try:
        mode = real.stat().st_mode
    except OSError as exc:
        raise FileUnreadable(path, os_reason(exc)) from exc
    if stat.S_ISDIR(mode):
        raise FileUnreadable(path, "it is a folder, not a file")
    if not stat.S_ISREG(mode):  # a pipe or a device would block or stream forever
        raise FileUnreadable(path, "it is not an ordinary file")
    return real


def os_reason(exc: OSError) -> str:
    """An OS error in words, without the path the message names anyway."""
    if exc.errno == errno.ELOOP:
        return "it is a link that leads back to itself"
    if exc.errno == errno.ENAMETOOLONG:
        return "its name or path is too long"
    return exc.strerror or str(exc)


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def present(path: Path) -> bool:
    """Whether a side file exists; a name too long to hold one means there is none."""
    try:
        return path.exists()
    except OSError:
        return False


def can_write(path: Path) -> bool:
    """Whether SQLite can write the file and create its journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def is_wal(path: Path) -> bool:
    """Whether the file's header says write-ahead logging (bytes 18 and 19 are 2)."""
    return read_header(path, 20)[18:20] == b"\x02\x02"


def is_hot(journal: Path) -> bool:
    """A journal with a header holds pages to put back; a zeroed or empty one holds nothing."""
    try:
        with journal.open("rb") as handle:
            return handle.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False


def refuse_interrupted(path: Path) -> None:
    """A hot journal where nothing may be written: say the file was interrupted, before any
    other refusal (a user told only "read-only" might copy the file without its journal)."""
    if not can_write(path) and is_hot(journal_path(path)):
        raise FileInterrupted(path)


def recover(path: Path) -> bool:
    """Roll back a write that a crash interrupted, the way SQLite does, and remove the journal.

    SQLite rolls a hot journal back only through a read-write connection; a read-only one fails
    with "attempt to write a readonly database" although nothing is lost. Deleting the journal
    instead would corrupt the file. A journal left behind without a header (a kill between
    creating and filling it) is removed by switching the journal mode, which SQLite does only
    when no one else is writing. Returns True when a journal was found (an unclean close).
    """
    journal = journal_path(path)
    refuse_non_database(path)  # nothing is ever written to a file that is not a database
    found = present(journal)
    if not found and not is_wal(path):
        return False
    refuse_interrupted(path)
    if not can_write(path):
        return found
    if is_hot(journal):
        keep_interrupted(path, journal)
    try:
        with closing(connect_file(path, "rw")) as conn:  # a WAL file becomes one file again
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls back here
            conn.execute("PRAGMA journal_mode = PERSIST")
            conn.execute("PRAGMA journal_mode = DELETE")  # deletes a journal left behind
    except sqlite3.DatabaseError:
        pass  # a damaged file: inspect_file and the integrity check name the damage
    return found


def find_and_recover(path: Path) -> tuple[Path, bool]:
    """The real file behind `path`, with an interrupted write rolled back unless a live run
    has it open (then a journal is its work in progress); and whether a crash was found."""
    real = real_file(path)
    refuse_non_database(real)
    if held_by_a_live_run(real):
        return real, False
    return real, recover(real)


def read_header(path: Path, size: int = len(SQLITE_HEADER)) -> bytes:
    """The first bytes of `path`, turning OS errors into messages a coach understands."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except FileNotFoundError:
        raise FileMissing(path) from None
    except IsADirectoryError:
        raise FileUnreadable(path, "it is a folder, not a file") from None
    except OSError as exc:
        raise FileUnreadable(path, os_reason(exc)) from exc


def database_error(path: Path, exc: sqlite3.Error) -> Exception:
    """The user's words for an error SQLite raised on `path`."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == SQLITE_READONLY_ROLLBACK:
        owner = read_owner(lock_path(path))
        if owner is not None and held_by_a_live_run(path):  # it is being written right now
            return FileLocked(path, owner)
        return FileInterrupted(path)
    if code is not None and code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
        return FileUnreadable(path, "another program is writing it right now; try again in a "
                              "moment")
    if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc):
        return FileUnreadable(path, "the operating system refused to open it")
    return FileDamaged(path, first_problem(str(exc)))


def first_problem(text: str) -> str:
    """The first of SQLite's problems, for a message (check lists them all)."""
    return one_line(text).split("; ")[0]


def one_line(text: str) -> str:
    """SQLite's reports span lines and start with a banner; a message is one line."""
    lines = [line.strip() for line in text.splitlines()]
    return "; ".join(line for line in lines if line and not line.startswith("***"))


def refuse_non_database(path: Path) -> None:
    """Refuse an empty file or one that is no SQLite database, by its first bytes alone."""
    header = read_header(path)
    if not header:
        raise NotATrajectory(path, NotATrajectory.EMPTY)
    if header != SQLITE_HEADER:
        raise NotATrajectory(path, NotATrajectory.NOT_DATABASE)


def inspect_file(path: Path) -> FileFacts:
    """Refuse anything that is not a trajectory; return its schema revision and who wrote it."""
    refuse_non_database(path)
    try:
        with closing(connect_file(path, "ro")) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables >= REQUIRED_TABLES:
                raise NotATrajectory(path, NotATrajectory.FOREIGN_DATABASE)
            revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
            meta = dict(conn.execute("SELECT key, value FROM app_meta").fetchall())
    except sqlite3.Error as exc:
        raise database_error(path, exc) from exc
    if len(revisions) != 1:
        raise FileDamaged(path, "no single schema revision recorded")
    return FileFacts(revisions[0], meta.get("written_by"), meta.get("created_by"))


def size_problems(header: bytes, size: int) -> list[str]:
    """A file cut short (or padded) no longer matches the page count its header records.

    SQLite's own checks can pass a file one byte short; the lost byte surfaces later.
    """
    if len(header) < 100:
        return ["the file is shorter than its own header"]
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return [f"the header records an impossible page size ({page_size})"]
    if size % page_size:
        return [f"the file is {size:,} bytes, not a whole number of {page_size}-byte pages"]
    pages = int.from_bytes(header[28:32], "big")
    counter_matches = header[24:28] == header[92:96]
    if counter_matches and pages and pages * page_size != size:
        return [f"the header records {pages:,} pages but the file holds {size // page_size:,}"]
    return []


def integrity_problems(path: Path, *, full: bool = True) -> list[str]:
    """The file's size against its header, then SQLite's integrity (or quick) check and the
    foreign-key check (at most 20 of each); an empty list means the file is sound. Never
    writes. It all runs in one read transaction: no writer is halfway through the file."""
    problems: list[str] = []
    try:
        # The handle stays open until SQLite is done: closing a descriptor of the file would
        # drop every lock this process holds on it, the read lock included.
        with path.open("rb") as handle, closing(connect_file(path, "ro")) as conn:
            conn.execute("BEGIN")
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # read lock
            finally:
                problems += size_problems(handle.read(100), os.fstat(handle.fileno()).st_size)
            check = "integrity_check" if full or problems else "quick_check"
            problems += [one_line(r[0]) for r in conn.execute(f"PRAGMA {check}(20)")
                         if r[0] != "ok"]
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            problems += [f"row {rowid} of {table} refers to a missing row of {parent}"
                         for table, rowid, parent, _ in broken[:20]]
            if len(broken) > 20:
                problems.append(f"and {len(broken) - 20:,} more rows that refer to missing rows")
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        error = database_error(path, exc)
        if not isinstance(error, FileDamaged):
            raise error from exc
        problems.append(one_line(str(exc)))
    except OSError as exc:
        raise FileUnreadable(path, os_reason(exc)) from exc
    return problems


def needs_full_check(path: Path) -> bool:
    try:
        return path.stat().st_size <= FULL_CHECK_BYTES
    except OSError:
        return True


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
        journal_path(partial).unlink(missing_ok=True)  # left when the disk filled up
