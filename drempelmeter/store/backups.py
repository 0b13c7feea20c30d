"""Verified backups of a trajectory file, kept per trajectory in the user's data folder."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import time
import uuid
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.retention import backups_to_keep
from ..paths import user_data_dir
from .errors import FileDamaged, FileUnreadable, TrajectoryFileError
from .sqlite_file import (
    backup_file,
    connect_file,
    database_error,
    integrity_problems,
    os_reason,
)

#: What happened just after a backup was taken, as its file name says it.
AT_OPENING = "at-opening"
BEFORE_BUNDLE_IMPORT = "before-bundle-import"
BEFORE_FORM_IMPORT = "before-form-import"
BEFORE_PLAN_IMPORT = "before-plan-import"
BEFORE_UPGRADE = "before-upgrade"
BEFORE_RESTORE = "before-restore"

#: `20261130-071500-before-bundle-import.drempel`, with `-2`, `-3` … for a second in one second.
NAME = re.compile(
    r"(?P<moment>\d{8}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<number>\d+))?\.drempel")
MOMENT_FORMAT = "%Y%m%d-%H%M%S"
SAFE_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
#: Half-written copies older than this were left by a run that died; the next backup removes them.
LEFTOVER_AFTER_SECONDS = 24 * 60 * 60
#: The app_meta key of a copy's own identity.
FILE_ID = "file_id"


class BackupFailed(TrajectoryFileError):
    """No verified copy could be made (disk full, folder not writable, a damaged source)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, f"no sound copy could be made ({reason}); nothing was changed")
        self.reason = reason


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str
    size: int

    @property
    def name(self) -> str:
        """The name it is listed and restored by."""
        return self.path.name


def file_identity(path: Path) -> str:
    """Who a file is, for its backup folder: the identity a copy made by the app gets of its
    own, else (a file from before copies had one) the trajectory's id. Both stay the same
    when the file moves or is renamed."""
    try:
        with closing(connect_file(path, "ro")) as conn:
            own = conn.execute("SELECT value FROM app_meta WHERE key = ?", (FILE_ID,)).fetchone()
            rows = conn.execute("SELECT id FROM trajectory").fetchall()
    except sqlite3.Error as exc:
        raise database_error(path, exc) from exc
    if own:
        return str(own[0])
    if len(rows) != 1:
        raise FileDamaged(path, "no single trajectory recorded")
    return str(rows[0][0])


def give_own_identity(path: Path) -> None:
    """Make the copy in `path` a file of its own: its backups no longer mix with those of the
    file it was copied from (the trajectory, and so its workbooks, stay the same)."""
    try:
        with closing(connect_file(path, "rw")) as conn:
            conn.execute("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
                         (FILE_ID, str(uuid.uuid4())))
    except sqlite3.Error as exc:
        raise database_error(path, exc) from exc


def folder_for(path: Path) -> Path:
    """The backup folder of the file in `path`: named after its identity, never its name."""
    key = file_identity(path)
    if not SAFE_ID.fullmatch(key):
        key = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    try:
        return user_data_dir() / "backups" / key
    except OSError as exc:  # the data folder cannot be made
        raise BackupFailed(path, exc.strerror or str(exc)) from exc


def backup_folders() -> list[Path]:
    """Every trajectory's backup folder on this computer."""
    try:
        root = user_data_dir() / "backups"
        return sorted(entry for entry in root.iterdir() if entry.is_dir()) if root.is_dir() else []
    except OSError as exc:
        raise FileUnreadable(Path("backups"), os_reason(exc)) from exc


def trajectory_name(path: Path) -> str:
    """The name of the trajectory a (backup) file holds."""
    try:
        with closing(connect_file(path, "ro")) as conn:
            row = conn.execute("SELECT name FROM trajectory").fetchone()
    except sqlite3.Error as exc:
        raise database_error(path, exc) from exc
    return str(row[0]) if row else path.stem


def list_backups(folder: Path) -> list[Backup]:
    """The backups in `folder`, newest first (within one second, the one written last first);
    anything else in it is ignored."""
    found: list[tuple[tuple[datetime, int, int], Backup]] = []
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
        for entry in entries:
            match = NAME.fullmatch(entry.name)
            if match is None or not entry.is_file():
                continue
            try:
                taken = datetime.strptime(match["moment"], MOMENT_FORMAT)
            except ValueError:
                continue
            facts = entry.stat()
            order = (taken, facts.st_mtime_ns, int(match["number"] or 1))
            found.append((order, Backup(entry, taken, match["reason"], facts.st_size)))
    except OSError as exc:  # the backup folder cannot be read
        raise FileUnreadable(folder, os_reason(exc)) from exc
    found.sort(key=lambda item: item[0], reverse=True)
    return [backup for _, backup in found]


def take_backup(source: Path, reason: str, now: datetime) -> Backup:
    """A verified copy of `source` in its trajectory's folder, named after `now` and `reason`;
    then the folder is thinned (the newest few, then daily, weekly and monthly ones)."""
    folder = folder_for(source)
    stem = f"{now:{MOMENT_FORMAT}}-{reason}"
    target, number = folder / f"{stem}.drempel", 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        while target.exists():
            number += 1
            target = folder / f"{stem}-{number}.drempel"
    except OSError as exc:
        raise BackupFailed(source, os_reason(exc)) from exc
    verified_copy(source, target)
    with contextlib.suppress(OSError):  # the backup is made; thinning waits for the next one
        thin(folder, now)
    return Backup(target, now.replace(microsecond=0), reason, target.stat().st_size)


def thin(folder: Path, now: datetime) -> list[Path]:
    """Remove the backups the retention rules no longer keep, and stale half-written copies."""
    backups = list_backups(folder)
    kept = backups_to_keep((b.taken for b in backups), now)
    removed = [b.path for b in backups if b.taken not in kept]
    removed += [entry for entry in folder.iterdir() if entry.suffix in (".partial", ".checking")
                and time.time() - entry.stat().st_mtime > LEFTOVER_AFTER_SECONDS]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def staging_name(target: Path) -> Path:
    """Where a copy meant for `target` is written and checked before it is renamed into place."""
    return target.with_name(f"{target.name}.checking")


def stage_copy(source: Path, target: Path) -> Path:
    """A copy of `source` (SQLite backup API) beside `target` that passed `integrity_check`.

    Returns its temporary path; `put_in_place` renames it to `target`, `discard` removes it.
    """
    staged = staging_name(target)
    try:
        staged.unlink(missing_ok=True)
        backup_file(source, staged)
        problems = integrity_problems(staged)
    except sqlite3.Error as exc:
        discard(staged)
        raise BackupFailed(source, str(exc)) from exc
    except OSError as exc:
        discard(staged)
        raise BackupFailed(source, exc.strerror or str(exc)) from exc
    if problems:
        discard(staged)
        raise BackupFailed(source, f"the copy failed its integrity check: {problems[0]}")
    return staged


def put_in_place(staged: Path, target: Path) -> None:
    """Rename the checked copy over `target`, which keeps its permissions."""
    with contextlib.suppress(OSError):
        shutil.copymode(target, staged)
    try:
        os.replace(staged, target)
    except OSError as exc:
        discard(staged)
        raise BackupFailed(target, exc.strerror or str(exc)) from exc


def discard(staged: Path) -> None:
    staged.unlink(missing_ok=True)


def verified_copy(source: Path, target: Path) -> None:
    """Copy `source` to `target` through a checked temporary copy: never a half or damaged file."""
    put_in_place(stage_copy(source, target), target)
