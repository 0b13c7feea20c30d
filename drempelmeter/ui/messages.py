"""Plain, translated words for everything that can go wrong with the user's input or files."""

from __future__ import annotations

import re
from pathlib import Path

from ..exchange.errors import Problems, WorkbookError, WriteError
from ..services.backups import BackupFailed
from ..services.errors import (
    ChangedElsewhere,
    FileAlreadyExists,
    FileDamaged,
    FileInterrupted,
    FileLocked,
    FileMissing,
    FileNotWritable,
    FileUnreadable,
    InvalidInput,
    LockBroken,
    LockTakenOver,
    MigrationFailed,
    NewerFile,
    NotATrajectory,
    TrajectoryFileError,
    WriteFailed,
)
from .formats import format_date, format_moment
from .i18n import fill, tr


def describe_file_error(exc: TrajectoryFileError) -> str:
    """One or two sentences saying what is wrong with which file, and what the user can do."""
    name = Path(exc.path).name
    if isinstance(exc, FileMissing):
        return fill(tr("The file “%1” does not exist (any more)."), name)
    if isinstance(exc, FileAlreadyExists):
        return fill(tr("A file named “%1” already exists. Choose another name."), name)
    if isinstance(exc, FileUnreadable):
        return fill(tr("“%1” cannot be opened: %2."), name, exc.reason)
    if isinstance(exc, NotATrajectory):
        texts = {
            NotATrajectory.EMPTY: tr("“%1” is empty. It is not a Drempelmeter trajectory."),
            NotATrajectory.NOT_DATABASE: tr("“%1” is not a Drempelmeter trajectory."),
            NotATrajectory.FOREIGN_DATABASE: tr(
                "“%1” is a database of another program, not a Drempelmeter trajectory."
            ),
        }
        return fill(texts[exc.kind], name)
    if isinstance(exc, FileDamaged):
        return fill(tr("“%1” is damaged (%2). It can only be opened read-only, so nothing more "
                       "is written to it. Restore a backup with File ▸ Restore a backup…"),
                    name, exc.detail)
    if isinstance(exc, FileInterrupted):
        return fill(tr("“%1” was interrupted while it was being written (a crash, or a stick "
                       "pulled out), and it lies where it cannot be written, so it cannot be "
                       "recovered there. Copy it together with “%2” to a folder you can write "
                       "in and open it there. Do not delete “%2”: it holds what is needed to "
                       "recover the file."), name, f"{name}-journal")
    if isinstance(exc, FileNotWritable):
        where = {FileNotWritable.FILE: tr("the file is read-only"),
                 FileNotWritable.FOLDER: tr("its folder cannot be written (a read-only share or "
                                            "a locked stick)"),
                 FileNotWritable.NAME: tr("its name is too long to keep a lock file beside it; "
                                          "give it a shorter name")}[exc.where]
        return fill(tr("“%1” can only be read: %2."), name, where)
    if isinstance(exc, LockBroken):
        return fill(tr("“%1” cannot be opened for editing: “%2” beside it should be a small "
                       "lock file but is not. Remove it if no one has the trajectory open."),
                    name, exc.lock.name)
    if isinstance(exc, LockTakenOver):
        who = (fill(tr("%1 on computer %2"), exc.owner.user, exc.owner.host) if exc.owner
               else tr("another Drempelmeter"))
        return fill(tr("“%1” was taken over by %2. It is read-only here from now on: nothing "
                       "more is written, so no change of theirs is overwritten."), name, who)
    if isinstance(exc, BackupFailed):
        return fill(tr("No backup of “%1” could be made (%2), so nothing was changed. Check "
                       "that the disk is not full."), name, exc.reason)
    if isinstance(exc, ChangedElsewhere):
        return fill(tr("This was changed elsewhere since you opened it; your change was not "
                       "saved, so theirs is kept. Open it again to see the new version."))
    if isinstance(exc, NewerFile):
        made_by = exc.written_by or tr("a newer version")
        return fill(tr("“%1” was made with Drempelmeter %2. Install that version or a newer "
                       "one to open it."), name, made_by)
    if isinstance(exc, FileLocked):
        return locked_text(exc)
    if isinstance(exc, MigrationFailed):
        return fill(tr("“%1” could not be upgraded to this version; the file was left as it "
                       "was. (%2)"), name, exc.detail)
    if isinstance(exc, WriteFailed):
        return fill(tr("The change could not be written to “%1”: %2. The file keeps its last "
                       "saved state. Check that the disk is not full and the file is not "
                       "read-only."), name, exc.reason)
    return str(exc)


def locked_text(exc: FileLocked) -> str:
    return fill(tr("“%1” is open in Drempelmeter by %2 on computer %3 since %4."),
                Path(exc.path).name, exc.owner.user, exc.owner.host,
                format_moment(exc.owner.since))


FIELD_NAMES = {
    "name": lambda: tr("Name"),
    "title": lambda: tr("Title"),
    "text": lambda: tr("Text"),
    # a questionnaire theme's form
    "explanation": lambda: tr("The explanation"),
    "items": lambda: tr("A question"),
    "question_count": lambda: tr("The number of questions"),
    "wording": lambda: tr("A group's wording"),
    "region": lambda: tr("Region"),
    "coach": lambda: tr("Process coach"),
    "suppression_threshold": lambda: tr("Smallest group shown"),
    "evaluation_months": lambda: tr("The sounding board's rhythm"),
    "description": lambda: tr("The description"),
    "concrete": lambda: tr("What the idea looks like"),
    "risks": lambda: tr("How it could fail"),
    "needs": lambda: tr("What it needs to succeed"),
    "owner": lambda: tr("The owner"),
    "means": lambda: tr("Means and budget"),
    "indicator": lambda: tr("The indicator"),
    "validation": lambda: tr("The steering group's decision"),
    "reported_back": lambda: tr("What was reported back"),
    "due_on": lambda: tr("The deadline"),
    "note": lambda: tr("The note"),
    # what a workshop session refuses, said in the user's language (not the field's key)
    "objection": lambda: tr("The objection"),
    "cluster": lambda: tr("The cluster's name"),
    "prompts": lambda: tr("The questions"),
    "summary": lambda: tr("The summary"),
    "agenda": lambda: tr("The agenda"),
    "location": lambda: tr("The location"),
    "notes": lambda: tr("The notes"),
    "rationale": lambda: tr("The rationale"),
    "participants": lambda: tr("The participants"),
    "count": lambda: tr("The count"),
    "answer": lambda: tr("The answer"),
    "kept_seconds": lambda: tr("The time kept"),
    "stage": lambda: tr("The stage of the pre-mortem"),
    "kind": lambda: tr("The kind of entry"),
    "state": lambda: tr("The state of the entry"),
    "result_id": lambda: tr("What the entry became"),
    "poll": lambda: tr("The gut-feeling poll"),
    "b": lambda: tr("The B"),
    # what an indicator, its value or the klankgroep's evaluation refuses
    "unit": lambda: tr("The unit"),
    "baseline_value": lambda: tr("The baseline"),
    "target_value": lambda: tr("The target"),
    "target_on": lambda: tr("The target date"),
    "value": lambda: tr("The value"),
    "reporter": lambda: tr("Who reported it"),
    "reason": lambda: tr("The reason"),
    # a term's labels (Edit ▸ Vocabularies) and a policy signal's dates
    "nl": lambda: tr("The Dutch label"),
    "en": lambda: tr("The English label"),
    "sent_on": lambda: tr("The date the letter was sent"),
    "answered_on": lambda: tr("The date of the answer"),
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
        InvalidInput.IN_USE: tr("“%2” still has signals or questionnaire responses, which would "
                                "be lost with it."),
        InvalidInput.CLOSED: tr("“%2” is closed: its responses can no longer change."),
        InvalidInput.PERSONAL_DATA: tr("%1 seems to contain personal data (%2). Replace it with "
                                       "a neutral word, or confirm that it may stay."),
        InvalidInput.SEPARATOR: tr("%1 cannot hold “%2”: a workbook separates terms with it. "
                                   "Use “/” or “,” instead."),
        InvalidInput.AFTER_TODAY: tr("%1 cannot be after today (%2)."),
    }
    value = str(exc.value)
    if exc.problem == InvalidInput.SEPARATOR and exc.value == "\n":
        return fill(tr("%1 cannot hold a line break: a workbook separates terms with it. Use "
                       "“/” or “,” instead."), field)
    if exc.problem == InvalidInput.AFTER_TODAY:
        value = format_date(exc.value)
    return fill(texts[exc.problem], field, value)


def bug_text(log_file: Path) -> str:
    return fill(tr("Something went wrong inside Drempelmeter. We are sorry. Your trajectory file "
                   "keeps its last saved state. The details were written to %1."), str(log_file))


def describe_workbook_error(exc: WorkbookError) -> str:
    """What is wrong with a workbook the user gave, in plain words."""
    name = Path(exc.path).name
    texts = {
        WorkbookError.NOT_FOUND: tr("“%1” does not exist (any more)."),
        WorkbookError.NOT_A_WORKBOOK: tr("“%1” is not an Excel workbook (.xlsx)."),
        WorkbookError.ENCRYPTED: tr("“%1” is protected with a password. Remove the password "
                                    "(save a copy without it) and import that copy."),
        WorkbookError.DAMAGED: tr("“%1” is damaged and cannot be read (%2)."),
        WorkbookError.TOO_LARGE: tr("“%1” is too large for a Drempelmeter workbook (%2)."),
        WorkbookError.UNSAFE: tr("“%1” was refused because it is built in an unsafe way (%2). "
                                 "Ask the sender for a new copy of the file."),
        WorkbookError.NO_SHEET: tr("“%1” has no sheet named “Signalen”. The sheets found: %2. "
                                   "Rename the sheet back, or use a fresh bundle."),
        WorkbookError.MISSING_COLUMNS: tr("The first row of the sheet “Signalen” in “%1” misses "
                                          "these headings: %2. The headings belong in row 1, "
                                          "as the template has them: delete a row added above "
                                          "them, or type a heading back as it was."),
        WorkbookError.TOO_MANY_ROWS: tr("“%1” has more than %2 signals; that is not a bundle "
                                        "of one partner. Split it up, or check the file."),
        WorkbookError.NOT_A_BUNDLE: tr("“%1” is not a signal bundle made by Drempelmeter. "
                                       "Export a bundle for the partner and fill that one."),
        WorkbookError.IN_USE: tr("“%1” cannot be read: it is open in another program (%2). "
                                 "Close it there and try again."),
        WorkbookError.NO_ANSWER_SHEET: tr("“%1” has no sheet named “Antwoorden”. The sheets "
                                          "found: %2. Use a fresh response form."),
        WorkbookError.NO_CODE_COLUMN: tr("The first row of the sheet “Antwoorden” in “%1” "
                                         "misses the heading “Code”, which says which question "
                                         "each row is. The headings belong in row 1, as the form "
                                         "has them: delete a row added above them."),
        WorkbookError.NOT_A_FORM: tr("“%1” is not a response form made by Drempelmeter. Make a "
                                     "form for the partner and group, and fill that one."),
        WorkbookError.OTHER_TRAJECTORY: tr("“%1” was made for another trajectory (%2). Open "
                                           "that trajectory to import it."),
        WorkbookError.NO_PLAN_SHEET: tr("“%1” has no sheet with the columns Pijler, Doel and "
                                        "Actie in its first rows. The sheets found: %2."),
        WorkbookError.NOT_A_FOLLOW_UP_FORM: tr(
            "“%1” is not a follow-up form made by Drempelmeter. Export a follow-up form for the "
            "trekker or partner (File ▸ Export a follow-up form) and fill that one."),
        WorkbookError.NEWER_FORM: tr("“%1” was made by a newer version of Drempelmeter (form "
                                     "version %2). Update Drempelmeter to import it."),
        WorkbookError.NO_FOLLOW_UP_SHEET: tr("“%1” has no sheet named “Opvolging”. The sheets "
                                             "found: %2. Rename the sheet back, or use a fresh "
                                             "follow-up form."),
        WorkbookError.MISSING_FORM_COLUMNS: tr("The sheet “Opvolging” in “%1” misses these "
                                               "columns: %2. Use a fresh follow-up form."),
        WorkbookError.EMPTY: tr("“%1” is empty (0 bytes): it was not saved whole. Save it "
                                "again, or ask the sender for a new copy."),
        WorkbookError.TEXT_FILE: tr("“%1” is a text file (such as a CSV), not a workbook. Open "
                                    "it in Excel or LibreOffice and save it as a workbook "
                                    "(.xlsx)."),
        WorkbookError.LOCK_FILE: tr("“%1” is the lock file Excel or LibreOffice keeps while a "
                                    "workbook is open, not the workbook itself. Close “%2” and "
                                    "import that file."),
    }
    return fill(texts[exc.kind], name, exc.detail)


CELL_WORDS = {
    Problems.REQUIRED: lambda: tr("required"),
    Problems.FORMULA: lambda: tr("a formula; type the value itself"),
    Problems.TOO_LONG: lambda: tr("too long"),
    Problems.PERSONAL_DATA: lambda: tr("looks like personal data (%1)"),
    Problems.NOT_OURS: lambda: tr("not a number Drempelmeter made"),
    Problems.UNKNOWN_VALUE: lambda: tr("unknown value %1"),
    Problems.NOT_IN_LIST: lambda: tr("not in the list"),
    Problems.SAME_AS_FIRST_B: lambda: tr("the same as the first B"),
    Problems.NO_CODE: lambda: tr("answers without a code"),
    Problems.NOT_IN_ROUND: lambda: tr("not a question of this round"),
    Problems.SAME_QUESTION: lambda: tr("the same question as row %1"),
    Problems.NOT_AN_ANSWER: lambda: tr("not an answer"),
    Problems.NOT_A_DATE: lambda: tr("not a date"),
    Problems.NOT_MOSCOW: lambda: tr("not a MoSCoW category"),
    Problems.BEFORE_START: lambda: tr("before the start"),
    Problems.AT_MOST: lambda: tr("at most %1 characters"),
    Problems.NO_PERSONAL_DATA: lambda: tr("a text without names, numbers or addresses"),
    Problems.KEEP_OR_EMPTY: lambda: tr("leave it as it was, or empty"),
    Problems.OTHER_B: lambda: tr("another B, or empty"),
    Problems.THE_CODE: lambda: tr("the code of the question"),
    Problems.A_DATE: lambda: tr("a date such as 31-12-2027"),
    Problems.MOSCOW_WORDS: lambda: tr("must, should, could, won't"),
    Problems.OTHER_PARTNERS_SIGNAL: lambda: tr("this number belongs to a signal of another "
                                               "partner"),
    Problems.OTHER_TRAJECTORYS_SIGNAL: lambda: tr("this number belongs to a signal of another "
                                                  "trajectory"),
    Problems.SAME_HEADING: lambda: tr("the same heading as column %1"),
    Problems.EMPTY_FOR_NEW: lambda: tr("empty, for a new signal"),
    Problems.OWN_HEADING: lambda: tr("a heading of its own"),
    Problems.NOT_A_NUMBER: lambda: tr("not a number"),
    Problems.DATE_OUT_OF_RANGE: lambda: tr("not between 1-1-2000 and today"),
    Problems.ACTION_REMOVED: lambda: tr("this action was removed from the plan since the form "
                                        "was made"),
    Problems.NOT_AN_ACTION: lambda: tr("not the code of an action Drempelmeter made"),
    Problems.SAME_ACTION: lambda: tr("the same action as row %1"),
    Problems.SAME_NUMBER: lambda: tr("the same number as row %1"),
    Problems.REASON_NEEDED: lambda: tr("say why the action was adjusted or stopped"),
    Problems.NOT_AN_INDICATOR: lambda: tr("not the code of an indicator Drempelmeter made"),
    Problems.SAME_INDICATOR: lambda: tr("the same indicator as row %1"),
    Problems.INDICATOR_REMOVED: lambda: tr("this indicator was removed since the form was "
                                           "made"),
    Problems.A_NUMBER: lambda: tr("a number such as 12 or 3,5"),
    Problems.A_RECENT_DATE: lambda: tr("a date from 1-1-2000 up to today"),
    Problems.EMPTY_ROW: lambda: tr("leave the row empty, or ask the coach for a new form"),
}
_CELL_PATTERNS = [(re.compile("^" + re.escape(t).replace(r"\{\}", "(.*)") + "$"), words)
                  for t, words in CELL_WORDS.items()]


def cell_words(text: str) -> str:
    """A reader's words about a cell (what is wrong, what may be there) in the user's language;
    a text no reader makes (a list of allowed values) is shown as it is."""
    for pattern, words in _CELL_PATTERNS:
        found = pattern.match(text)
        if found:
            return fill(words(), found.group(1) if found.groups() else "")
    return text


def describe_write_error(exc: WriteError) -> str:
    name = Path(exc.path).name
    texts = {
        WriteError.IN_USE: tr("“%1” could not be written: it is open in another program. Close "
                              "it there and try again."),
        WriteError.DISK_FULL: tr("“%1” could not be written: the disk is full."),
        WriteError.NO_PERMISSION: tr("“%1” could not be written: you may not write in that "
                                     "folder."),
        WriteError.OTHER: tr("“%1” could not be written (%2)."),
    }
    return fill(texts[exc.kind], name, exc.detail)


MASKED_SHOWN = 10


def masked_text(masked: tuple[str, ...] | list[str]) -> str:
    """What an export wrote with personal data replaced by neutral words, and where to look."""
    shown = list(masked[:MASKED_SHOWN])
    more = len(masked) - len(shown)
    return "\n".join([
        fill(tr("%1 texts were written with personal data replaced by neutral words:"),
             len(masked)),
        *(f"• {text}" for text in shown),
        *([fill(tr("… and %1 more."), more)] if more > 0 else []),
                   "",
        tr("The trajectory itself was not changed. File ▸ Check for personal data… shows "
           "where these texts are."),
    ])


def review_line(problem) -> str:  # type: ignore[no-untyped-def]
    """One imported cell whose text waits for the coach's review, its text already masked."""
    return fill(tr("Imported, waits for your review: row %1, column %2: %3 — “%4”"),
                problem.row, problem.column, cell_words(problem.problem), problem.value)
