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
from .sheet_reader import MAX_CELLS, SheetBook, has_sheet, read_sheets, sheet_named

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
    """True for a workbook with the answers sheet of a form (without reading its sheets); False
    for anything else, including files that are not safe workbooks (their import says why)."""
    return has_sheet(Path(path), ANSWERS_SHEET)


def read_info(book: SheetBook) -> FormInfo | None:
    if INFO_SHEET not in book.sheetnames:
        return None
    facts: dict[str, str] = {}
    for number, row in book.rows(INFO_SHEET, MAX_CELLS):
        if number > MAX_COLUMNS + 50:
            break
        if row and row[0]:
            facts[text_of(row[0], escaped=False)] = (
                text_of(row[1], escaped=False) if len(row) > 1 else "")
    if facts.get("format") != FORMAT_NAME:
        return None
    ids = {key[len(RESPONDENT_KEY):]: value for key, value in facts.items()
           if key.startswith(RESPONDENT_KEY)}
    fact = lambda key: facts.get(key, "")  # noqa: E731
    return FormInfo(fact("trajectory_id"), fact("trajectory_name"), fact("round_id"),
                    fact("round_name"), fact("partner_id"), fact("partner_name"), fact("group"),
                    fact("form_id"), respondent_ids=ids)


def read_form(path: Path, items_for: Callable[[FormInfo | None], Collection[str]]) -> FormContents:
    """Check the file (.xlsx, .xlsm, .ods or .xls), then every answer; `items_for` gives the
    item ids the form may hold."""
    path = Path(path)

    def read(book: SheetBook) -> FormContents:
        sheet = sheet_named(book.sheetnames, ANSWERS_SHEET)
        if sheet is None:
            raise WorkbookError(path, WorkbookError.NO_ANSWER_SHEET, ", ".join(book.sheetnames))
        contents = FormContents(path, read_info(book), macros_ignored=book.macros)
        _read_answers(book, sheet, contents, set(items_for(contents.info)))
        return contents

    return read_sheets(path, read)


def _read_answers(book: SheetBook, sheet: str, contents: FormContents, items: set[str]) -> None:
    # Rows and columns are counted by what they hold, not by the sheet's extent (one
    # formatted empty cell far away stretches that).
    rows = book.rows(sheet, MAX_CELLS)
    number, first = next(rows, (1, []))
    header = [text_of(v, escaped=False) for v in first] if number == 1 else []
    while header and not header[-1]:
        header.pop()
    if len(header) > MAX_COLUMNS:
        raise WorkbookError(contents.path, WorkbookError.TOO_LARGE, f"{len(header)} columns")
    if CODE_HEADER not in header:
        raise WorkbookError(contents.path, WorkbookError.NO_CODE_COLUMN)
    code_at = header.index(CODE_HEADER)
    # A formula is refused wherever the form is read, also one whose result looks right.
    formulas = book.formulas(sheet)
    formula_rows = {row for row, _ in formulas}

    def formula(row: int, index: int, header: str, value: object) -> bool:
        if (row, index) not in formulas:
            return False
        text = formulas[row, index]
        _problem(contents, row, index, header, str(value if text is None else text),
                 Problems.FORMULA)
        return True

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
        formula(1, index, text, text)
        if text and text not in (CODE_HEADER, B_HEADER, QUESTION_HEADER):
            known = info.respondent_ids.get(text) if info is not None else None
            columns[index] = FormColumn(text, column_letter(index), known or str(
                uuid.uuid5(uuid.NAMESPACE_URL, f"drempelmeter:{form_id}:{text}")))
    seen: dict[str, int] = {}
    filled = 0
    for number, values in rows:
        in_formula = number in formula_rows
        if not in_formula and not any(text_of(v, escaped=False) for v in values):
            continue
        filled += 1
        if filled > MAX_ROWS:
            raise WorkbookError(contents.path, WorkbookError.TOO_LARGE, f"{filled} rows")
        answered = [(i, v) for i, v in enumerate(values) if i in columns and (
            text_of(v, escaped=False) or (in_formula and (number, i) in formulas))]
        value = values[code_at] if code_at < len(values) else None
        if in_formula and formula(number, code_at, CODE_HEADER, value):
            continue
        code = text_of(value, escaped=False)
        if code == CODE_HEADER:  # the header row of the themes' items: no answers there
            continue
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
            if in_formula and formula(number, index, columns[index].header, value):
                continue
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
    return WORDS.get(normalise(text_of(value, escaped=False)))  # a pasted "\u200b5" is 5


def _problem(contents: FormContents, row: int, index: int, header: str, value: str,
             message: str, allowed: str = "") -> None:
    contents.problems.append(CellProblem(ANSWERS_SHEET, row, column_letter(index), header,
                                         value, message, allowed))
