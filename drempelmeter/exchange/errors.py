"""What is wrong with a workbook a user gave us: the whole file, or one cell of it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

#: How much of a value a message echoes; the rest is cut off with "…".
SHOWN = 80


def shortened(text: str, limit: int = SHOWN) -> str:
    """`text` as a message may echo it: at most `limit` characters, then "…"."""
    return text if len(text) <= limit else text[:limit] + "…"


class WorkbookError(Exception):
    """The file as a whole cannot be used; `kind` says why, for a translated message."""

    NOT_FOUND = "not_found"
    NOT_A_WORKBOOK = "not_a_workbook"
    ENCRYPTED = "encrypted"
    DAMAGED = "damaged"
    TOO_LARGE = "too_large"
    UNSAFE = "unsafe"
    NO_SHEET = "no_sheet"
    MISSING_COLUMNS = "missing_columns"
    TOO_MANY_ROWS = "too_many_rows"
    NOT_A_BUNDLE = "not_a_bundle"
    IN_USE = "in_use"
    NO_ANSWER_SHEET = "no_answer_sheet"
    NO_CODE_COLUMN = "no_code_column"
    NOT_A_FORM = "not_a_form"
    OTHER_TRAJECTORY = "other_trajectory"
    NO_PLAN_SHEET = "no_plan_sheet"
    NOT_A_FOLLOW_UP_FORM = "not_a_follow_up_form"
    NEWER_FORM = "newer_form"
    NO_FOLLOW_UP_SHEET = "no_follow_up_sheet"
    MISSING_FORM_COLUMNS = "missing_form_columns"
    EMPTY = "empty"
    TEXT_FILE = "text_file"
    LOCK_FILE = "lock_file"

    _MESSAGES: ClassVar[dict[str, str]] = {
        NOT_FOUND: "there is no such file",
        NOT_A_WORKBOOK: "is not an Excel workbook (.xlsx)",
        ENCRYPTED: "is protected with a password; save a copy without it",
        DAMAGED: "is damaged and cannot be read",
        TOO_LARGE: "is too large for a Drempelmeter workbook",
        UNSAFE: "was refused: it is built in an unsafe way",
        NO_SHEET: "has no sheet named 'Signalen'; sheets found",
        MISSING_COLUMNS: "the first row of the sheet 'Signalen' misses these headings (they "
                         "belong in row 1, as the template has them)",
        TOO_MANY_ROWS: "has more signals than one bundle can hold; the most is",
        NOT_A_BUNDLE: "is not a signal bundle made by Drempelmeter (use --partner NAME)",
        IN_USE: "cannot be read: it is open in another program",
        NO_ANSWER_SHEET: "has no sheet named 'Antwoorden'; sheets found",
        NO_CODE_COLUMN: "the first row of the sheet 'Antwoorden' misses the heading 'Code' "
                        "(the headings belong in row 1, as the form has them)",
        NOT_A_FORM: "is not a response form made by Drempelmeter",
        OTHER_TRAJECTORY: "was made for another trajectory",
        NO_PLAN_SHEET: "has no sheet with the columns Pijler, Doel and Actie; sheets found",
        NOT_A_FOLLOW_UP_FORM: "is not a follow-up form made by Drempelmeter (make one with "
                              "drempelmeter followup FILE --owner NAME)",
        NEWER_FORM: "was made by a newer version of Drempelmeter; update Drempelmeter to read "
                    "it (form version)",
        NO_FOLLOW_UP_SHEET: "has no sheet named 'Opvolging'; sheets found",
        MISSING_FORM_COLUMNS: "misses these columns on the sheet 'Opvolging'",
        EMPTY: "is empty (0 bytes): it was not saved whole; save it again, or ask for a new copy",
        TEXT_FILE: "is a text file (such as a CSV), not a workbook: open it in Excel or "
                   "LibreOffice and save it as a workbook (.xlsx)",
        LOCK_FILE: "is the lock file Excel or LibreOffice keeps while a workbook is open, not the "
                   "workbook itself: close {} and import that file",
    }

    def __init__(self, path: Path, kind: str, detail: str = "") -> None:
        message = self._MESSAGES[kind]
        message = (message.format(detail) if "{}" in message
                   else message + (f": {detail}" if detail else ""))
        super().__init__(f"{path}: {message}")
        self.path = path
        self.kind = kind
        self.detail = detail


class Problems:
    """What can be wrong with a cell, and what it may hold, in English: the command line's words.
    The window says them in the user's language (ui.messages.cell_words); "{}" is a detail."""

    REQUIRED = "required"
    FORMULA = "a formula; type the value itself"
    TOO_LONG = "too long"
    PERSONAL_DATA = "looks like personal data ({})"
    NOT_OURS = "not a number Drempelmeter made"
    UNKNOWN_VALUE = "unknown value {}"
    NOT_IN_LIST = "not in the list"
    SAME_AS_FIRST_B = "the same as the first B"
    NO_CODE = "answers without a code"
    NOT_IN_ROUND = "not a question of this round"
    SAME_QUESTION = "the same question as row {}"
    NOT_AN_ANSWER = "not an answer"
    NOT_A_DATE = "not a date"
    NOT_MOSCOW = "not a MoSCoW category"
    BEFORE_START = "before the start"
    OTHER_PARTNERS_SIGNAL = "this number belongs to a signal of another partner"
    OTHER_TRAJECTORYS_SIGNAL = "this number belongs to a signal of another trajectory"
    SAME_HEADING = "the same heading as column {}"
    NOT_A_NUMBER = "not a number"
    DATE_OUT_OF_RANGE = "not between 1-1-2000 and today"
    ACTION_REMOVED = "this action was removed from the plan since the form was made"
    NOT_AN_ACTION = "not the code of an action Drempelmeter made"
    SAME_ACTION = "the same action as row {}"
    SAME_NUMBER = "the same number as row {}"
    REASON_NEEDED = "say why the action was adjusted or stopped"
    NOT_AN_INDICATOR = "not the code of an indicator Drempelmeter made"
    SAME_INDICATOR = "the same indicator as row {}"
    INDICATOR_REMOVED = "this indicator was removed since the form was made"
    # what a cell may hold
    AT_MOST = "at most {} characters"
    NO_PERSONAL_DATA = "a text without names, numbers or addresses"
    KEEP_OR_EMPTY = "leave it as it was, or empty"
    OTHER_B = "another B, or empty"
    THE_CODE = "the code of the question"
    A_DATE = "a date such as 31-12-2027"
    MOSCOW_WORDS = "must, should, could, won't"
    EMPTY_FOR_NEW = "empty, for a new signal"
    OWN_HEADING = "a heading of its own"
    A_NUMBER = "a number such as 12 or 3,5"
    A_RECENT_DATE = "a date from 1-1-2000 up to today"
    EMPTY_ROW = "leave the row empty, or ask the coach for a new form"

    @classmethod
    def templates(cls) -> list[str]:
        return [v for k, v in vars(cls).items() if k.isupper()]


@dataclass(frozen=True)
class CellProblem:
    """One value that cannot be imported: where it is, what was found, what is allowed."""

    sheet: str
    row: int
    column: str
    header: str
    value: str
    problem: str
    allowed: str = ""

    def __str__(self) -> str:
        allowed = f" Allowed: {self.allowed}." if self.allowed else ""
        return (f"sheet {self.sheet!r}, row {self.row}, column {self.column} ({self.header}): "
                f"{self.problem}: {shortened(self.value)!r}.{allowed}")


class WriteError(Exception):
    """A file could not be written; nothing half-written was left behind."""

    IN_USE = "in_use"
    DISK_FULL = "disk_full"
    NO_PERMISSION = "no_permission"
    OTHER = "other"

    def __init__(self, path: Path, kind: str, detail: str = "") -> None:
        super().__init__(f"{path}: {kind}{': ' + detail if detail else ''}")
        self.path = path
        self.kind = kind
        self.detail = detail
