"""Plain, translated words for everything that can go wrong with the user's input or files."""

from __future__ import annotations

from pathlib import Path

from ..services.errors import (
    FileAlreadyExists,
    FileDamaged,
    FileLocked,
    FileMissing,
    FileUnreadable,
    InvalidInput,
    MigrationFailed,
    NewerFile,
    NotATrajectory,
    OlderFileReadOnly,
    TrajectoryFileError,
    WriteFailed,
)
from .formats import format_moment
from .i18n import tr


def describe_file_error(exc: TrajectoryFileError) -> str:
    """One or two sentences saying what is wrong with which file, and what the user can do."""
    name = Path(exc.path).name
    if isinstance(exc, FileMissing):
        return tr("The file “%1” does not exist (any more).").replace("%1", name)
    if isinstance(exc, FileAlreadyExists):
        return tr("A file named “%1” already exists. Choose another name.").replace("%1", name)
    if isinstance(exc, FileUnreadable):
        return tr("“%1” cannot be opened: %2.").replace("%1", name).replace("%2", exc.reason)
    if isinstance(exc, NotATrajectory):
        texts = {
            NotATrajectory.EMPTY: tr("“%1” is empty. It is not a Drempelmeter trajectory."),
            NotATrajectory.NOT_DATABASE: tr("“%1” is not a Drempelmeter trajectory."),
            NotATrajectory.FOREIGN_DATABASE: tr(
                "“%1” is a database of another program, not a Drempelmeter trajectory."
            ),
        }
        return texts[exc.kind].replace("%1", name)
    if isinstance(exc, FileDamaged):
        return tr("“%1” is damaged and cannot be opened (%2). Open a backup copy instead.") \
            .replace("%1", name).replace("%2", exc.detail)
    if isinstance(exc, NewerFile):
        made_by = exc.written_by or tr("a newer version")
        return tr("“%1” was made with Drempelmeter %2. Install that version or a newer one "
                  "to open it.").replace("%1", name).replace("%2", made_by)
    if isinstance(exc, OlderFileReadOnly):
        return tr("“%1” was made with an older version and must be upgraded first. Open it "
                  "normally once, then it can be opened read-only.").replace("%1", name)
    if isinstance(exc, FileLocked):
        return locked_text(exc)
    if isinstance(exc, MigrationFailed):
        return tr("“%1” could not be upgraded to this version; the file was left as it was. "
                  "(%2)").replace("%1", name).replace("%2", exc.detail)
    if isinstance(exc, WriteFailed):
        return tr("The change could not be written to “%1”: %2. The file keeps its last saved "
                  "state. Check that the disk is not full and the file is not read-only.") \
            .replace("%1", name).replace("%2", exc.reason)
    return str(exc)


def locked_text(exc: FileLocked) -> str:
    return (
        tr("“%1” is open in Drempelmeter by %2 on computer %3 since %4.")
        .replace("%1", Path(exc.path).name).replace("%2", exc.owner.user)
        .replace("%3", exc.owner.host).replace("%4", format_moment(exc.owner.since))
    )


FIELD_NAMES = {
    "name": lambda: tr("Name"),
    "title": lambda: tr("Title"),
    "text": lambda: tr("Text"),
    "region": lambda: tr("Region"),
    "coach": lambda: tr("Process coach"),
    "suppression_threshold": lambda: tr("Smallest group shown"),
    "description": lambda: tr("The description"),
}


def describe_invalid_input(exc: InvalidInput) -> str:
    field = FIELD_NAMES.get(exc.field, lambda: exc.field)()
    texts = {
        InvalidInput.REQUIRED: tr("%1 is required."),
        InvalidInput.TOO_LONG: tr("%1 is too long."),
        InvalidInput.DUPLICATE: tr("%1 “%2” is already in use."),
        InvalidInput.UNKNOWN_VALUE: tr("%1 has a value that is not allowed: “%2”."),
        InvalidInput.OUT_OF_RANGE: tr("%1 is out of range: %2."),
        InvalidInput.NOT_FOUND: tr("This item no longer exists; it may have been removed."),
        InvalidInput.IN_USE: tr("“%2” still has signals. Remove them or give them to another "
                                "partner first."),
        InvalidInput.PERSONAL_DATA: tr("%1 seems to contain personal data (%2). Replace it with "
                                       "a neutral word, or confirm that it may stay."),
    }
    return texts[exc.problem].replace("%1", field).replace("%2", str(exc.value))


def bug_text(log_file: Path) -> str:
    return tr("Something went wrong inside Drempelmeter. We are sorry. Your trajectory file "
              "keeps its last saved state. The details were written to %1.").replace(
        "%1", str(log_file))
