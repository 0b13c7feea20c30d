"""Automatic backups of a trajectory: taken at opening and before risky changes, listed, restored."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from ..paths import user_data_dir
from ..store import backups as store
from ..store.backups import (
    AT_OPENING,
    BEFORE_BUNDLE_IMPORT,
    BEFORE_FORM_IMPORT,
    BEFORE_PLAN_IMPORT,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    Backup,
    BackupFailed,
)
from ..store.database import TrajectoryDatabase
from ..store.errors import FileAlreadyExists, TrajectoryFileError, WriteFailed
from ..store.lock import FileLock
from ..store.sqlite_file import find_and_recover, inspect_file, real_file, recover
from .errors import InvalidInput

log = logging.getLogger(__name__)

#: Opening a file for editing backs it up when its newest backup is older than this.
OPENING_INTERVAL = timedelta(hours=24)


def back_up(db: TrajectoryDatabase, reason: str, now: datetime | None = None) -> Backup:
    """A verified backup of the open file now; raises BackupFailed when none could be made."""
    return store.take_backup(db.real_path, reason, now or datetime.now())


class BackupUnderway:
    """A backup of the open file taken in a thread of its own while the caller goes on reading
    (SQLite's backup API and the check of the copy run without Python's lock, so the two
    overlap): `wait` before the first write."""

    def __init__(self, db: TrajectoryDatabase, reason: str) -> None:
        self._backup: Backup | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._take, args=(db, reason), name="backup",
                                        daemon=True)
        self._thread.start()

    def _take(self, db: TrajectoryDatabase, reason: str) -> None:
        try:
            self._backup = back_up(db, reason)
        except BaseException as exc:  # raised by `wait`, in the caller's thread
            self._error = exc

    def wait(self) -> Backup:
        """The backup, once taken; raises what kept it from being taken (BackupFailed)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._backup is not None
        return self._backup

    def join(self) -> None:
        """Wait for the thread, whatever came of it (the caller failed before it wrote)."""
        self._thread.join()


def back_up_if_due(db: TrajectoryDatabase, now: datetime | None = None,
                   copying: Callable[[], object] = lambda: None) -> Backup | None:
    """The backup at opening: taken when no backup of the last OPENING_INTERVAL exists. The
    demo's copy in the app's own folder is not backed up: the next demo replaces it.
    `copying` is called when a backup turns out to be due, just before it is taken.

    It never stands in the way of opening: a failure is logged and the file opens anyway. It
    reads the file through connections of its own, so it may run in a worker thread while the
    file is in use (SQLite's backup API copies one consistent state).
    """
    now = now or datetime.now()
    try:
        if db.real_path.parent == user_data_dir().resolve():
            return None
        recent = [b for b in store.list_backups(store.folder_for(db.real_path))
                  if now - OPENING_INTERVAL < b.taken <= now]
        if recent:
            return None
        log.info("backing up %s at opening", db.path)
        copying()
        backup = store.take_backup(db.real_path, AT_OPENING, now)
    except (TrajectoryFileError, OSError):
        log.warning("no backup of %s at opening", db.path, exc_info=True)
        return None
    log.info("backed up %s at opening: %s", db.path, backup.path)
    return backup


def list_backups(path: Path) -> list[Backup]:
    """The backups of the trajectory in `path`, newest first."""
    real, _ = find_and_recover(Path(path))
    inspect_file(real)  # a missing file, or one that is no trajectory, is named as such
    return store.list_backups(store.folder_for(real))


def trajectory_name(backup: Backup) -> str:
    """The trajectory's name as the backup holds it, for a file name to restore it to."""
    return store.trajectory_name(backup.path)


def every_trajectorys_backups() -> list[tuple[str, list[Backup]]]:
    """(the trajectory's name, its backups newest first) for every trajectory that has backups
    on this computer: what is left when a file is too damaged to say which trajectory it held."""
    found = []
    for folder in store.backup_folders():
        kept = store.list_backups(folder)
        if kept:
            try:
                name = store.trajectory_name(kept[0].path)
            except TrajectoryFileError:
                continue
            found.append((name, kept))
    return sorted(found, key=lambda item: item[1][0].taken, reverse=True)


def find_backup(path: Path, backup: str) -> Path:
    """A backup of the trajectory in `path` by its name as listed, or any backup file's path."""
    if Path(backup).name == backup:
        listed = {b.name: b.path for b in list_backups(path)}
        if backup in listed:
            return listed[backup]
    if Path(backup).is_file():
        return Path(backup)
    raise InvalidInput("backup", InvalidInput.NOT_FOUND, backup)


def restore_into(backup: Path, out: Path) -> None:
    """Write the backup to the new file `out` (verified, renamed into place when complete)."""
    backup, out = Path(backup), Path(out)
    inspect_file(backup)
    if out.is_dir():
        raise WriteFailed(out, "it is a folder")
    if out.exists():
        raise FileAlreadyExists(out)
    if not out.parent.is_dir():
        raise WriteFailed(out, "its folder does not exist")
    copy_as_new_file(backup, out)


def copy_as_new_file(source: Path, out: Path) -> None:
    """A verified copy of `source` in `out` (renamed into place when complete) that is a file
    of its own: its backups do not mix with those of `source`."""
    store.verified_copy(source, out)
    store.give_own_identity(out)


def restore_over(backup: Path, target: Path, now: datetime | None = None) -> Backup:
    """Replace `target` with the backup, after backing `target` up; returns that backup.

    Refused (FileLocked) while anyone has `target` open for editing. The backup is copied and
    checked beside `target` first and renamed over it only then, so `target` is either the
    old file or the restored one, never half of each.
    """
    backup, target = Path(backup), real_file(Path(target))
    inspect_file(backup)
    lock = FileLock(target)
    lock.acquire()
    try:
        recover(target)  # a journal a crash left must not be played back onto the restored file
        inspect_file(target)
        staged = store.stage_copy(backup, target)
        try:
            before = store.take_backup(target, BEFORE_RESTORE, now or datetime.now())
            store.put_in_place(staged, target)
        finally:
            store.discard(staged)
    finally:
        lock.release()
    return before


__all__ = [
    "AT_OPENING", "BEFORE_BUNDLE_IMPORT", "BEFORE_FORM_IMPORT", "BEFORE_PLAN_IMPORT",
    "BEFORE_RESTORE", "BEFORE_UPGRADE", "OPENING_INTERVAL", "Backup", "BackupFailed",
    "back_up", "back_up_if_due", "find_backup", "list_backups", "restore_into", "restore_over",
]
