"""Input a use case refuses, with a problem code the UI words and translates."""

from __future__ import annotations


class InvalidInput(ValueError):
    """A field's value is not acceptable. `problem` is one of the codes below."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    DUPLICATE = "duplicate"
    UNKNOWN_VALUE = "unknown_value"
    OUT_OF_RANGE = "out_of_range"
    NOT_FOUND = "not_found"
    IN_USE = "in_use"
    CLOSED = "closed"
    PERSONAL_DATA = "personal_data"
    #: A label holds what a workbook puts between terms (domain.vocabularies.TERM_SEPARATORS).
    SEPARATOR = "separator"
    #: A date of something that happened lies after today.
    AFTER_TODAY = "after_today"

    def __init__(self, field: str, problem: str, value: object = None,
                 choices: tuple[str, ...] = ()) -> None:
        super().__init__(f"{field}: {problem} ({value!r})")
        self.field = field
        self.problem = problem
        self.value = value
        #: what the value could have been (a name not found: the names there are)
        self.choices = choices


# The trajectory-file problems the store raises, re-exported so callers need not reach below
# the services layer.
from ..store.errors import (  # noqa: E402
    ChangedElsewhere,
    FileAlreadyExists,
    FileDamaged,
    FileInterrupted,
    FileLocked,
    FileMissing,
    FileNotWritable,
    FileUnreadable,
    LockBroken,
    LockOwner,
    LockTakenOver,
    MigrationFailed,
    NewerFile,
    NotATrajectory,
    TrajectoryFileError,
    WriteFailed,
)

__all__ = [
    "ChangedElsewhere", "FileAlreadyExists", "FileDamaged", "FileInterrupted", "FileLocked",
    "FileMissing", "FileNotWritable", "FileUnreadable", "InvalidInput", "LockBroken", "LockOwner",
    "LockTakenOver", "MigrationFailed", "NewerFile", "NotATrajectory", "TrajectoryFileError",
    "WriteFailed",
]
