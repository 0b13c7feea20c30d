"""Open or create a trajectory file: checks, lock, upgrade, and one short Session per action."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .backups import give_own_identity
from .errors import (
    FileAlreadyExists,
    FileDamaged,
    FileNotWritable,
    LockOwner,
    LockTakenOver,
    NewerFile,
    TrajectoryFileError,
    WriteFailed,
)
from .lock import FileLock, read_owner
from .schema import (
    MIGRATIONS_DIR,
    create_schema,
    is_newer,
    migrate,
    missing_tables,
    needs_upgrade,
    upgrade_file,
)
from .sqlite_file import (
    backup_file,
    can_write,
    connect_file,
    find_and_recover,
    first_problem,
    inspect_file,
    integrity_problems,
    journal_path,
    needs_full_check,
    present,
    real_file,
    recover,
    refuse_interrupted,
    refuse_non_database,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session
# SQLAlchemy is imported at the first Session or Core connection: a bundle import on the command
# line writes through the driver (`sqlite()`) and imports none of it (#14).

EXTENSION = ".drempel"
#: The page cache of a writing driver connection (KiB; taken only as pages are used).
WRITING_CACHE_KIB = 65536


class _LockLost(Exception):
    """Another run took the lock over while this one wrote on a Core or driver connection."""


class TrajectoryDatabase:
    """One open trajectory file. Hands out short Sessions; each `session()` is one transaction,
    and so is each `connection()`, for column reads without the ORM (the first window's: the
    ORM is imported at the first Session, after the window shows), and each `sqlite()`, for
    the driver's own connection (a bundle import's thousands of rows)."""

    def __init__(
        self, path: Path, source: Path, lock: FileLock | None, *, backup: Path | None = None,
        real_path: Path | None = None, read_only_reason: TrajectoryFileError | None = None,
        scratch: Path | None = None,
    ) -> None:
        self.path = path
        self.real_path = real_path or path
        #: the file connections open: the real file, or an upgraded copy of it (`scratch`)
        self._source = source
        self._engine: Engine | None = None
        self.lock = lock
        self.backup = backup
        #: Why a file opened read-only although editing was asked (damaged, not writable,
        #: taken over); None when it opened as asked.
        self.read_only_reason = read_only_reason
        self._open = threading.local()  # the Session of the transaction running in a thread
        #: an upgraded copy of an older file opened read-only, removed at close
        self._scratch = scratch

    @property
    def read_only(self) -> bool:
        return self.lock is None

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine on the file, made (and SQLAlchemy imported) at its first use;
        read-only once the lock is not ours."""
        if self._engine is None:
            from .engine import make_engine

            self._engine = make_engine(self._source, read_only=self.read_only)
        return self._engine

    @property
    def took_over_from(self) -> LockOwner | None:
        """The owner of a stale lock (a crashed run) this opening took over, if any."""
        return self.lock.took_over if self.lock else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session whose work is committed at the end, or rolled back on any error.

        Called while a session of this thread is open, it hands out that one: the work joins
        the running transaction, so a use case built of other use cases (an undo step that
        restores a partner and relinks its participants) is still all or nothing. Disk-level
        failures (disk full, read-only medium, file busy) become WriteFailed; the file keeps its
        last committed state.
        """
        running = getattr(self._open, "session", None)
        if running is not None:
            yield running
            return
        from sqlalchemy.orm import Session  # the ORM: imported at the first Session (start-up)

        self._check_lock()
        with Session(self.engine, expire_on_commit=False) as session, self._failures():
            self._open.session = session
            try:
                yield session
                if self._check_lock():
                    raise self.read_only_reason  # type: ignore[misc]
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                self._open.session = None

    @contextmanager
    def connection(self, *, writing: bool = False) -> Iterator[Connection]:
        """A Core connection for reading columns, in a transaction of its own (or in the
        session this thread has open, to see its work), with the failures of `session()`;
        `writing`: committed only while the lock is still ours, as a session is."""
        running = getattr(self._open, "session", None)
        if running is not None:
            yield running.connection()
            return
        self._check_lock()
        try:
            with self._failures(), self.engine.begin() as conn:
                yield conn
                if writing and self.lock is not None and not self.lock.still_ours():
                    raise _LockLost  # rolls the transaction back on its own connection
        except _LockLost:
            self.lose_lock()
            raise self.read_only_reason from None  # type: ignore[misc]

    @contextmanager
    def sqlite(self, *, writing: bool = False) -> Iterator[sqlite3.Connection]:
        """The SQLite driver's own connection, for reading and writing many rows without
        SQLAlchemy's per-row work (and without importing it), in a transaction of its own (or
        in the session this thread has open, to see its work), all or nothing, with the
        failures of `session()`; `writing`: committed only while the lock is still ours."""
        running = getattr(self._open, "session", None)
        if running is not None:
            running.flush()  # what a query of the session would see, as its autoflush does
            yield running.connection().connection.driver_connection
            return
        self._check_lock()
        try:
            with self._driver_failures():
                conn = connect_file(self._source, "ro" if self.read_only else "rw")
                try:
                    if writing:
                        # Thousands of rows in one transaction: with SQLite's default 2 MiB of
                        # pages, their indexes' pages are written out and read back midway.
                        conn.execute(f"PRAGMA cache_size = -{WRITING_CACHE_KIB}")
                    conn.execute("BEGIN")
                    yield conn
                    if writing and self.lock is not None and not self.lock.still_ours():
                        raise _LockLost
                    conn.execute("COMMIT")
                except BaseException:
                    with suppress(sqlite3.Error):  # closing rolls back what this could not
                        conn.execute("ROLLBACK")
                    raise
                finally:
                    conn.close()
        except _LockLost:
            self.lose_lock()
            raise self.read_only_reason from None  # type: ignore[misc]

    @contextmanager
    def _failures(self) -> Iterator[None]:
        """Disk-level failures (disk full, read-only medium, file busy) become WriteFailed,
        damage FileDamaged; the transaction inside was rolled back."""
        from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

        try:
            yield
        except OperationalError as exc:
            self._write_failed(exc, exc.orig)
        except IntegrityError:  # a constraint our own checks missed: a bug, not damage
            raise
        except DatabaseError as exc:  # SQLite found damage while reading or writing
            raise FileDamaged(self.path, first_problem(str(exc.orig))) from exc
        except json.JSONDecodeError as exc:  # a list or mapping we stored, now garbled
            raise FileDamaged(self.path, f"unreadable stored value: {exc}") from exc

    @contextmanager
    def _driver_failures(self) -> Iterator[None]:
        """The failures of `_failures`, as the driver raises them."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            self._write_failed(exc, exc)
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as exc:
            raise FileDamaged(self.path, first_problem(str(exc))) from exc
        except json.JSONDecodeError as exc:
            raise FileDamaged(self.path, f"unreadable stored value: {exc}") from exc

    def _write_failed(self, exc: Exception, reason: object) -> NoReturn:
        if isinstance(self.read_only_reason, LockTakenOver):
            raise self.read_only_reason from exc
        raise WriteFailed(self.path, str(reason)) from exc

    def _check_lock(self) -> bool:
        """Whether another run has just taken the lock over: from then on, only reading."""
        if self.lock is not None and not self.lock.still_ours():
            self.lose_lock()
            return True
        return False

    def lose_lock(self) -> None:
        """Another run holds the lock now: from here on this handle only reads."""
        owner = read_owner(self.lock.path) if self.lock else None
        self.lock = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None  # the next one is read-only
        self.read_only_reason = LockTakenOver(self.path, owner)

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the file to `target` (SQLite backup API, atomic rename),
        a file of its own with backups of its own."""
        backup_file(self.real_path, target)
        give_own_identity(target)

    def refresh_lock(self) -> bool:
        """Renew the lock's heartbeat; False (and read-only from now on) when it was taken."""
        if self.lock and not self.lock.refresh():
            self.lose_lock()
        return not isinstance(self.read_only_reason, LockTakenOver)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self._scratch is not None:
            shutil.rmtree(self._scratch.parent, ignore_errors=True)
        if self.lock:
            try:
                if present(journal_path(self.real_path)):
                    recover(self.real_path)  # a write that failed left its journal: tidy up
            finally:
                self.lock.release()
                self.lock = None


def open_database(
    path: Path, *, read_only: bool = False, allow_damaged: bool = False
) -> TrajectoryDatabase:
    """Open an existing trajectory file.

    Follows links to the real file; rolls back a write a crash interrupted (through a
    read-write connection, as SQLite does); refuses what is not a trajectory, files from a newer
    version and damaged files (SQLite's integrity check, and the file's size against its
    header); takes the lock (or raises FileLocked naming who has it); backs up and upgrades a
    file of an older schema revision. Read-only openings take no lock and never write, but for
    the recovery of an interrupted write; with `allow_damaged` they open a damaged file too
    (its problems in `read_only_reason`), so what is left can be read.
    """
    path = Path(path)
    if read_only:
        real, unclean = find_and_recover(path)
        lock = None
    else:
        real = real_file(path)
        refuse_non_database(real)  # before a lock is put beside a stranger
        refuse_interrupted(real)
        if not can_write(real):
            where = FileNotWritable.FILE if not os.access(real, os.W_OK) else FileNotWritable.FOLDER
            raise FileNotWritable(path, where)
        lock = FileLock(real)
        lock.acquire()
    try:
        if lock is not None:
            unclean = recover(real) or lock.took_over is not None
        facts = inspect_file(real)
        if is_newer(facts.revision):
            raise NewerFile(path, facts.revision, facts.written_by)
        problems = missing_tables(real, facts.revision)
        problems += integrity_problems(real, full=unclean or needs_full_check(real))
        damage = FileDamaged(path, first_problem(problems[0])) if problems else None
        if damage is not None and not (read_only and allow_damaged):
            raise damage
        if read_only:
            source = upgraded_copy(real) if needs_upgrade(facts.revision) else real
            return TrajectoryDatabase(path, source, None,
                                      real_path=real, read_only_reason=damage,
                                      scratch=source if source != real else None)
        backup = upgrade_file(real, facts) if needs_upgrade(facts.revision) else None
        return TrajectoryDatabase(path, real, lock, backup=backup, real_path=real)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def upgraded_copy(path: Path) -> Path:
    """A copy of an older file, upgraded, in a private temporary folder: an older file can be
    read where it cannot be written (a read-only share, a file open elsewhere)."""
    copy = Path(tempfile.mkdtemp(prefix="drempelmeter-")) / path.name
    try:
        backup_file(path, copy)
        migrate(copy, MIGRATIONS_DIR)
    except BaseException:
        shutil.rmtree(copy.parent, ignore_errors=True)
        raise
    return copy


def create_database(path: Path, populate: Callable[[Session], None]) -> TrajectoryDatabase:
    """Create a trajectory file at the newest schema, fill it with `populate`, and open it.

    The file is built in one transaction under a temporary name and renamed when complete: an
    interrupted creation leaves nothing that looks like a trajectory.
    """
    path = Path(path)
    if path.exists():
        raise FileAlreadyExists(path)
    partial = path.with_name(f"{path.name}.partial")
    try:
        partial.unlink(missing_ok=True)
    except OSError as exc:  # a file where the folder should be, a folder not ours
        raise WriteFailed(path, exc.strerror or str(exc)) from exc
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session  # the ORM: imported at the first Session (start-up)

    from .engine import make_engine

    engine = make_engine(partial, create=True)
    try:
        with engine.begin() as conn:
            create_schema(conn)
            with Session(bind=conn) as session:
                populate(session)
                session.flush()
        engine.dispose()
        os.replace(partial, path)
    except OperationalError as exc:
        raise WriteFailed(path, str(exc.orig)) from exc
    except OSError as exc:
        raise WriteFailed(path, exc.strerror or str(exc)) from exc
    finally:
        engine.dispose()
        partial.unlink(missing_ok=True)
    return open_database(path)

