"""Open or create a trajectory file: checks, lock, upgrade, and one short Session per action."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .engine import make_engine
from .errors import (
    FileAlreadyExists,
    LockOwner,
    NewerFile,
    OlderFileReadOnly,
    WriteFailed,
)
from .lock import FileLock
from .schema import create_schema, is_newer, needs_upgrade, upgrade_file
from .sqlite_file import backup_file, inspect_file

EXTENSION = ".drempel"


class TrajectoryDatabase:
    """One open trajectory file. Hands out short Sessions; each `session()` is one transaction."""

    def __init__(
        self, path: Path, engine: Engine, lock: FileLock | None, *, backup: Path | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self.lock = lock
        self.backup = backup
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def read_only(self) -> bool:
        return self.lock is None

    @property
    def took_over_from(self) -> LockOwner | None:
        """The owner of a stale lock (a crashed run) this opening took over, if any."""
        return self.lock.took_over if self.lock else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session whose work is committed at the end, or rolled back on any error.

        Disk-level failures (disk full, read-only medium, file busy) become WriteFailed; the file
        keeps its last committed state.
        """
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise WriteFailed(self.path, str(exc.orig)) from exc
            except BaseException:
                session.rollback()
                raise

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the file to `target` (SQLite backup API, atomic rename)."""
        backup_file(self.path, target)

    def refresh_lock(self) -> None:
        if self.lock:
            self.lock.refresh()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock:
            self.lock.release()
            self.lock = None


def open_database(path: Path, *, read_only: bool = False) -> TrajectoryDatabase:
    """Open an existing trajectory file.

    Refuses what is not a trajectory and files from a newer version; takes the lock (or raises
    FileLocked naming who has it); backs up and upgrades a file of an older schema revision.
    Read-only openings take no lock and never write.
    """
    path = Path(path)
    facts = inspect_file(path)
    if is_newer(facts.revision):
        raise NewerFile(path, facts.revision, facts.written_by)
    if read_only:
        if needs_upgrade(facts.revision):
            raise OlderFileReadOnly(path, facts.revision)
        return TrajectoryDatabase(path, make_engine(path, read_only=True), None)
    lock = FileLock(path)
    lock.acquire()
    try:
        backup = upgrade_file(path, facts) if needs_upgrade(facts.revision) else None
        return TrajectoryDatabase(path, make_engine(path), lock, backup=backup)
    except BaseException:
        lock.release()
        raise


def create_database(path: Path, populate: Callable[[Session], None]) -> TrajectoryDatabase:
    """Create a trajectory file at the newest schema, fill it with `populate`, and open it.

    The file is built in one transaction under a temporary name and renamed when complete: an
    interrupted creation leaves nothing that looks like a trajectory.
    """
    path = Path(path)
    if path.exists():
        raise FileAlreadyExists(path)
    partial = path.with_name(f"{path.name}.partial")
    partial.unlink(missing_ok=True)
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

