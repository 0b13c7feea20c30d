"""What can be wrong with a trajectory file, as exceptions the UI and CLI turn into messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import ClassVar


class TrajectoryFileError(Exception):
    """The user's file cannot be used as asked. The message is plain English for the CLI and log;
    the UI words each subclass itself, translated."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class FileMissing(TrajectoryFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, "there is no such file")


class FileAlreadyExists(TrajectoryFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, "a file with this name already exists")


class FileUnreadable(TrajectoryFileError):
    """The operating system refused (permission, a folder, a device)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, f"cannot be read: {reason}")
        self.reason = reason


class NotATrajectory(TrajectoryFileError):
    """An empty file, a file that is not a database, or someone else's database."""

    EMPTY = "empty"
    NOT_DATABASE = "not_database"
    FOREIGN_DATABASE = "foreign_database"

    _MESSAGES: ClassVar[dict[str, str]] = {
        EMPTY: "is empty, not a Drempelmeter trajectory",
        NOT_DATABASE: "is not a Drempelmeter trajectory (not a database file)",
        FOREIGN_DATABASE: "is a database, but not a Drempelmeter trajectory",
    }

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(path, self._MESSAGES[kind])
        self.kind = kind


class FileDamaged(TrajectoryFileError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, f"is damaged ({detail})")
        self.detail = detail


class FileInterrupted(TrajectoryFileError):
    """A write was interrupted (a crash, a pulled stick) and the file cannot be recovered where
    it is, because it or its folder is read-only. Nothing is lost while the journal stays."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"was interrupted while being written and cannot be recovered in a read-only place; "
            f"copy it together with {path.name}-journal to a folder you can write in and open it "
            f"there (do not delete {path.name}-journal: it holds what is needed to recover it)",
        )


class FileNotWritable(TrajectoryFileError):
    """The file or its folder cannot be written: it can only be opened read-only."""

    FILE = "file"
    FOLDER = "folder"
    NAME = "name"

    def __init__(self, path: Path, where: str, detail: str = "") -> None:
        what = {self.FILE: "the file is read-only", self.FOLDER: "its folder cannot be written",
                self.NAME: "its name is too long for the lock and journal beside it; give it "
                "a shorter name"}[where]
        super().__init__(path, f"cannot be edited: {what}{f' ({detail})' if detail else ''}")
        self.where = where
        self.detail = detail


class NewerFile(TrajectoryFileError):
    """Written by a newer Drempelmeter whose schema this version does not know."""

    def __init__(self, path: Path, revision: str, written_by: str | None) -> None:
        by = f"Drempelmeter {written_by}" if written_by else "a newer Drempelmeter"
        super().__init__(
            path, f"was made by {by} (schema {revision}); update Drempelmeter to open it"
        )
        self.revision = revision
        self.written_by = written_by


@dataclass(frozen=True)
class LockOwner:
    """Who holds a trajectory file open."""

    user: str
    host: str
    pid: int
    since: datetime


class FileLocked(TrajectoryFileError):
    def __init__(self, path: Path, owner: LockOwner) -> None:
        since = owner.since.astimezone().strftime("%Y-%m-%d %H:%M")
        super().__init__(
            path, f"is open in Drempelmeter by {owner.user} on {owner.host} since {since}"
        )
        self.owner = owner


class LockBroken(TrajectoryFileError):
    """The lock beside the file is not a lock file (a folder, a device): it cannot be judged."""

    def __init__(self, path: Path, lock: Path) -> None:
        super().__init__(
            path, f"cannot be opened for editing: {lock.name} beside it is not a lock file; "
            "remove it if no one has the trajectory open"
        )
        self.lock = lock


class LockTakenOver(TrajectoryFileError):
    """Another Drempelmeter took this file's lock while it was open here: no more writing."""

    def __init__(self, path: Path, owner: LockOwner | None) -> None:
        who = f"{owner.user} on {owner.host}" if owner else "another Drempelmeter"
        super().__init__(
            path, f"was taken over by {who}; it is now read-only here and nothing more is written"
        )
        self.owner = owner


class ChangedElsewhere(TrajectoryFileError):
    """A whole-record save found the record changed since it was read: nothing was written."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(
            path, f"the {what} was changed elsewhere since it was opened here; nothing was "
            "overwritten: reload it and make the change again"
        )
        self.what = what


class MigrationFailed(TrajectoryFileError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, f"could not be upgraded, nothing was changed ({detail})")
        self.detail = detail


class WriteFailed(TrajectoryFileError):
    """The disk refused a write: full, read-only, or the file is busy."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, f"could not be written: {reason}")
        self.reason = reason
