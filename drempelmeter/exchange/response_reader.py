"""Read a filled response form: every answer checked, every problem with sheet, row and column."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.scoring import DONT_KNOW, NOT_APPLICABLE
from ..domain.terms import normalise
from .bundle_columns import column_letter
from .cells import text_of
from .errors import CellProblem, Problems, WorkbookError
from .response_form import (
    ANSWERS_SHEET,
    B_HEADER,
    CHOICES,
    CODE_HEADER,
    FORMAT_NAME,
    INFO_SHEET,
    QUESTION_HEADER,
    RESPONDENT_KEY,
)
from .safe_open import check_workbook_file, read_safely

MAX_ROWS = 1000
MAX_COLUMNS = 500
ALLOWED = ", ".join(CHOICES)
#: What a cell may say, after case, spaces and accents are set aside.
WORDS = {
    **{str(v): (v, None) for v in range(1, 6)},
    **dict.fromkeys(("weet niet", "w", "dont know", "don't know"), (None, DONT_KNOW)),
    **dict.fromkeys(("n.v.t.", "nvt", "n.v.t", "n", "niet van toepassing", "not applicable",
                     "n/a"), (None, NOT_APPLICABLE)),
}


@dataclass(frozen=True)
class FormInfo:
    """The hidden facts of a form: the trajectory, round, partner and group it was made for."""

    trajectory_id: str
    trajectory_name: str
    round_id: str
    round_name: str
    partner_id: str
    partner_name: str
    group: str
    form_id: str
    respondent_ids: dict[str, str]


@dataclass
class FormColumn:
    """One filled questionnaire: its header, its letter and its answers as (item, value, special)."""

    header: str
    letter: str
    respondent_id: str
    answers: list[tuple[str, int | None, str | None]] = field(default_factory=list)


@dataclass
class FormContents:
    path: Path
    info: FormInfo | None
    columns: list[FormColumn] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    macros_ignored: bool = False

    def columns_with_problems(self) -> set[str]:
        return {p.column for p in self.problems}


def is_response_form(path: Path) -> bool:
    """True for a workbook with the answers sheet of a form (without parsing it); False for
    anything else, including files that are not safe workbooks (their import says why)."""
    import zipfile

    try:
        check_workbook_file(Path(path))
        with zipfile.ZipFile(path) as archive:
            listing = archive.read("xl/workbook.xml")
    except (WorkbookError, KeyError, OSError, zipfile.BadZipFile):
        return False
    return f'name="{ANSWERS_SHEET}"'.encode() in listing


def read_info(book) -> FormInfo | None:
    if INFO_SHEET not in book.sheetnames:
        return None
    facts: dict[str, str] = {}
    for row in book[INFO_SHEET].iter_rows(max_col=2, max_row=MAX_COLUMNS + 50, values_only=True):
        if row and row[0]:
            facts[text_of(row[0])] = text_of(row[1]) if len(row) > 1 else ""
    if facts.get("format") != FORMAT_NAME:
        return None
    ids = {key[len(RESPONDENT_KEY):]: value for key, value in facts.items()
           if key.startswith(RESPONDENT_KEY)}
    fact = lambda key: facts.get(key, "")  # noqa: E731
    return FormInfo(fact("trajectory_id"), fact("trajectory_name"), fact("round_id"),
                    fact("round_name"), fact("partner_id"), fact("partner_name"), fact("group"),
                    fact("form_id"), respondent_ids=ids)


def read_form(path: Path, items_for: Callable[[FormInfo | None], Collection[str]]) -> FormContents:
    """Check the file, then every answer; `items_for` gives the item ids the form may hold."""
    path = Path(path)

    def read(book, macros: bool) -> FormContents:
        if ANSWERS_SHEET not in book.sheetnames:
            raise WorkbookError(path, WorkbookError.NO_ANSWER_SHEET, ", ".join(book.sheetnames))
        contents = FormContents(path, read_info(book), macros_ignored=macros)
        _read_answers(book[ANSWERS_SHEET], contents, set(items_for(contents.info)))
        return contents

    return read_safely(path, read)


def _read_answers(sheet, contents: FormContents, items: set[str]) -> None:
    # Rows and columns are counted by what they hold, not by the sheet's extent (one
    # formatted empty cell far away stretches that).
    rows = sheet.iter_rows(values_only=True)
    header = [text_of(v) for v in next(rows, ())]
    while header and not header[-1]:
        header.pop()
    if len(header) > MAX_COLUMNS:
        raise WorkbookError(contents.path, WorkbookError.TOO_LARGE, f"{len(header)} columns")
    if CODE_HEADER not in header:
        raise WorkbookError(contents.path, WorkbookError.NO_CODE_COLUMN)
    code_at = header.index(CODE_HEADER)
    info = contents.info
    form_id = info.form_id if info is not None else str(contents.path.name)
    columns: dict[int, FormColumn] = {}
    first_at: dict[str, int] = {}
    for index, text in enumerate(header):
        if text and text in first_at:  # a second column would silently replace the first
            for here, there in ((first_at[text], index), (index, first_at[text])):
                _problem(contents, 1, here, text, text,
                         Problems.SAME_HEADING.format(column_letter(there)), Problems.OWN_HEADING)
            continue
        first_at[text] = index
        if text and text not in (CODE_HEADER, B_HEADER, QUESTION_HEADER):
            known = info.respondent_ids.get(text) if info is not None else None
            columns[index] = FormColumn(text, column_letter(index), known or str(
                uuid.uuid5(uuid.NAMESPACE_URL, f"drempelmeter:{form_id}:{text}")))
    seen: dict[str, int] = {}
    filled = 0
    for number, values in enumerate(rows, start=2):
        if not any(text_of(v) for v in values):
            continue
        filled += 1
        if filled > MAX_ROWS:
            raise WorkbookError(contents.path, WorkbookError.TOO_LARGE, f"{filled} rows")
        answered = [(i, v) for i, v in enumerate(values) if i in columns and text_of(v)]
        code = text_of(values[code_at] if code_at < len(values) else None)
        if not code:
            if answered:
                _problem(contents, number, code_at, CODE_HEADER, "", Problems.NO_CODE,
                         Problems.THE_CODE)
            continue
        if code not in items:
            _problem(contents, number, code_at, CODE_HEADER, code, Problems.NOT_IN_ROUND)
            continue
        if code in seen:
            _problem(contents, number, code_at, CODE_HEADER, code,
                     Problems.SAME_QUESTION.format(seen[code]))
            continue
        seen[code] = number
        for index, value in answered:
            answer = _answer(value)
            if answer is None:
                _problem(contents, number, index, columns[index].header, str(value),
                         Problems.NOT_AN_ANSWER, ALLOWED)
            else:
                columns[index].answers.append((code, *answer))
    contents.columns = [c for c in columns.values() if c.answers or
                        c.letter in contents.columns_with_problems()]


def _answer(value: object) -> tuple[int | None, str | None] | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return (int(value), None) if value in (1, 2, 3, 4, 5) else None
    return WORDS.get(normalise(str(value)))


def _problem(contents: FormContents, row: int, index: int, header: str, value: str,
             message: str, allowed: str = "") -> None:
    contents.problems.append(CellProblem(ANSWERS_SHEET, row, column_letter(index), header,
                                         value, message, allowed))
