"""Read a filled follow-up form: every cell checked, every problem named by sheet, row and
column; which action each row is, by the code the form carries."""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.plan import ACTION_STATUSES
from ..domain.terms import normalise
from .bundle_columns import column_letter
from .cells import text_of
from .errors import CellProblem, Problems, WorkbookError
from .followup_columns import (
    COLUMN_BY_FIELD,
    COLUMNS,
    DATE_LABEL,
    FOLLOW_UP_SHEET,
    FORM_VERSION,
    FORMAT_NAME,
    HEADER_ROW,
    INDICATOR_BY_FIELD,
    INDICATOR_COLUMNS,
    INDICATORS_SHEET,
    INFO_SHEET,
    NAME_MAX,
    REPORTER_LABEL,
    REPORTER_ROW,
    TEXT_FIELDS,
    TEXT_MAX,
    FormColumn,
)
from .plan_reader import DASHES, WORDED_DATE, date_of, month_number
from .sheet_reader import (
    MAX_CELLS,
    SheetBook,
    has_sheet,
    info_facts,
    read_sheets,
    sheet_named,
)

#: A form holds one owner's or partner's actions: a plan of a few hundred at most.
MAX_ROWS = 2000
SHEET_NAMES = (FOLLOW_UP_SHEET, "Follow-up")
REQUIRED = ("action_id", "status")
EARLIEST = date(2000, 1, 1)
#: A number as typed in Flanders: a decimal comma, dots or spaces between thousands
#: ("1.234,5", "1 234,5"); or with a decimal point ("3.5").
DUTCH_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
POINT_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
SPACES = re.compile(r"[\s\u00a0\u202f]")
#: A day written without its year ("15/3", "15-3", "15.3") or with its month in Dutch
#: ("15 maart", "15 mrt. 2026"), as a reporter in a hurry types it.
SHORT_DATE = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})")


@dataclass(frozen=True)
class FormInfo:
    """The hidden facts a form carries: for which trajectory, for whom, and its own id."""

    trajectory_id: str
    trajectory_name: str
    form_id: str
    made_for_kind: str
    made_for: str


@dataclass(frozen=True)
class ReportRow:
    """One filled row: which action, the status chosen (a key, or None to keep it) and the
    texts; `fingerprint` is of its cells as read, with the reporter and date above them."""

    row: int
    action_id: str
    number: str
    status: str | None
    texts: dict[str, str]
    fingerprint: str


@dataclass(frozen=True)
class IndicatorRow:
    """One filled row of the indicators sheet: which indicator, the value and when measured
    (None: the report's date)."""

    row: int
    indicator_id: str
    number: str
    name: str
    value: float
    measured_on: date | None


@dataclass
class FollowUpContents:
    path: Path
    sheet: str
    info: FormInfo
    reporter: str = ""
    #: The row of the reporter's name above the table.
    reporter_row: int = REPORTER_ROW
    reported_on: date | None = None
    rows: list[ReportRow] = field(default_factory=list)
    indicators: list[IndicatorRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    macros_ignored: bool = False
    #: The column letter of each field found in the sheet, and in the indicators sheet.
    letters: dict[str, str] = field(default_factory=dict)
    indicator_letters: dict[str, str] = field(default_factory=dict)

    def problem(self, row: int, key: str, value: object, what: str, allowed: str = "") -> None:
        header = COLUMN_BY_FIELD[key].header_nl if key in COLUMN_BY_FIELD else {
            "reporter": REPORTER_LABEL, "reported_on": DATE_LABEL}[key]
        self.problems.append(CellProblem(self.sheet, row, self.letters.get(key, "?"), header,
                                         "" if value is None else str(value), what, allowed))

    def indicator_problem(self, row: int, key: str, value: object, what: str,
                          allowed: str = "") -> None:
        self.problems.append(CellProblem(
            INDICATORS_SHEET, row, self.indicator_letters.get(key, "?"),
            INDICATOR_BY_FIELD[key].header_nl, "" if value is None else str(value), what,
            allowed))


def is_follow_up_form(path: Path) -> bool:
    """True for a workbook with the follow-up sheet (without reading any sheet); False for
    anything else, including files that are not safe workbooks (their import says why)."""
    return has_sheet(Path(path), FOLLOW_UP_SHEET)


def read_followup(path: Path, today: date) -> FollowUpContents:
    """Check the file, then read the form; raises WorkbookError for a file that cannot be used.
    A report may be dated from 2000 up to `today`."""
    path = Path(path)

    def read(book: SheetBook) -> FollowUpContents:
        info = _read_info(book)
        sheet = sheet_named(book.sheetnames, *SHEET_NAMES)
        if sheet is None:
            raise WorkbookError(path, WorkbookError.NO_FOLLOW_UP_SHEET,
                                ", ".join(book.sheetnames))
        contents = FollowUpContents(path, sheet, info, macros_ignored=book.macros)
        _read_sheet(book, contents, today)
        if INDICATORS_SHEET in book.sheetnames:
            _read_indicators(book, contents, today)
        return contents

    return read_sheets(path, read)


def _read_info(book: SheetBook) -> FormInfo:
    facts = info_facts(book, INFO_SHEET)
    if facts.get("format") != FORMAT_NAME:
        raise WorkbookError(book.path, WorkbookError.NOT_A_FOLLOW_UP_FORM)
    try:
        uuid.UUID(facts.get("form_id", ""))
    except ValueError as exc:  # its hidden facts were changed: it is no form we made
        raise WorkbookError(book.path, WorkbookError.NOT_A_FOLLOW_UP_FORM) from exc
    version = facts.get("form_version", "")
    if not version.isdigit() or int(version) > FORM_VERSION:
        raise WorkbookError(book.path, WorkbookError.NEWER_FORM, version)
    return FormInfo(facts.get("trajectory_id", ""), facts.get("trajectory_name", ""),
                    facts.get("form_id", ""), facts.get("made_for_kind", ""),
                    facts.get("made_for", ""))


def _read_sheet(book: SheetBook, contents: FollowUpContents, today: date) -> None:
    formulas = book.formulas(contents.sheet)
    rows = book.rows(contents.sheet, MAX_CELLS)
    above: dict[str, tuple[int, object]] = {}
    positions: dict[int, FormColumn] = {}
    for number, cells in rows:
        label = normalise(str(cells[0] or "")) if cells else ""
        for key, wanted in (("reporter", REPORTER_LABEL), ("reported_on", DATE_LABEL)):
            if label == normalise(wanted):
                above[key] = (number, cells[1] if len(cells) > 1 else None)
        positions, copies = _header(cells, COLUMNS, REQUIRED)
        if positions or number >= HEADER_ROW + 6:
            break
    missing = [COLUMN_BY_FIELD[k].header_nl for k in REQUIRED
               if k not in {c.field for c in positions.values()}]
    if missing:
        raise WorkbookError(contents.path, WorkbookError.MISSING_FORM_COLUMNS, ", ".join(missing))
    contents.letters.update({c.field: column_letter(i) for i, c in positions.items()})
    contents.letters.update({"reporter": "B", "reported_on": "B"})
    for index, first in copies:  # a column copied with its heading: which one is meant?
        contents.problems.append(CellProblem(
            contents.sheet, number, column_letter(index), positions[first].header_nl,
            positions[first].header_nl, Problems.SAME_HEADING.format(column_letter(first)),
            Problems.OWN_HEADING))
    reporter_at, reporter = above.get("reporter", (REPORTER_ROW, None))
    contents.reporter_row = reporter_at
    date_at, reported = above.get("reported_on", (0, None))
    if (reporter_at, 1) in formulas:
        contents.problem(reporter_at, "reporter", formulas[reporter_at, 1], Problems.FORMULA)
    else:
        contents.reporter = text_of(reporter, escaped=False)
        if len(contents.reporter) > NAME_MAX:
            contents.problem(reporter_at, "reporter", reporter, Problems.TOO_LONG,
                             Problems.AT_MOST.format(NAME_MAX))
    if (date_at, 1) in formulas:
        contents.problem(date_at, "reported_on", formulas[date_at, 1], Problems.FORMULA)
    else:
        day = recent_date_of(reported, today)
        if day is False:
            contents.problem(date_at, "reported_on", reported, Problems.NOT_A_DATE,
                             Problems.A_RECENT_DATE)
        elif isinstance(day, date) and not EARLIEST <= day <= today:
            contents.problem(date_at, "reported_on", reported, Problems.DATE_OUT_OF_RANGE,
                             Problems.A_RECENT_DATE)
        else:
            contents.reported_on = day if isinstance(day, date) else None
    seen: dict[str, int] = {}
    for number, cells in rows:
        _read_row(contents, number, cells, positions, formulas, seen)
        if len(contents.rows) > MAX_ROWS:
            raise WorkbookError(contents.path, WorkbookError.TOO_MANY_ROWS, str(MAX_ROWS))
    if contents.rows and not contents.reporter and (reporter_at, 1) not in formulas:
        contents.problem(reporter_at, "reporter", None, Problems.REQUIRED)
    stamp = json.dumps([contents.reporter, str(reported or "")])
    contents.rows = [_stamped(r, stamp) for r in contents.rows]


def _header(cells: list[object], columns: tuple[FormColumn, ...], required: tuple[str, ...]
            ) -> tuple[dict[int, FormColumn], list[tuple[int, int]]]:
    """The columns a header row names, by index (empty when it is no header row), and each
    column whose heading repeats an earlier one's, with that earlier one's index."""
    found: dict[int, FormColumn] = {}
    copies = []
    for index, value in enumerate(cells):
        column = next((c for c in columns if c.matches(value)), None)
        if column is None:
            continue
        first = next((i for i, c in found.items() if c is column), None)
        if first is None:
            found[index] = column
        else:
            copies.append((index, first))
    if not {c.field for c in found.values()} & set(required):
        return {}, []
    return found, copies


def _read_row(contents: FollowUpContents, number: int, cells: list[object],
              positions: dict[int, FormColumn], formulas: dict[tuple[int, int], object],
              seen: dict[str, int]) -> None:
    """Check one row below the header; a row whose cells to fill are all empty is no report."""
    values: dict[str, object] = {}
    refused: set[str] = set()
    for index, column in positions.items():
        value = cells[index] if index < len(cells) else None
        if (number, index) in formulas:
            text = formulas[number, index]
            contents.problem(number, column.field, value if text is None else text,
                             Problems.FORMULA)
            refused.add(column.field)
            value = "="
        values[column.field] = value
    filled = [f for f, v in values.items() if COLUMN_BY_FIELD[f].to_fill and v not in (None, "")]
    if not filled:
        return
    raw = values.get("action_id")
    code = text_of(raw, escaped=False)
    try:
        action_id = str(uuid.UUID(code))
    except ValueError:
        contents.problem(number, "action_id", raw, Problems.NOT_AN_ACTION, Problems.EMPTY_ROW)
        action_id = ""
    if action_id in seen:
        contents.problem(number, "action_id", raw, Problems.SAME_ACTION.format(seen[action_id]),
                         Problems.EMPTY_ROW)
    seen.setdefault(action_id, number)
    status = None
    chosen = values.get("status")
    if "status" not in refused and chosen not in (None, ""):
        term = ACTION_STATUSES.find(text_of(chosen, escaped=False))
        if term is None or term.retired:
            contents.problem(number, "status", chosen, Problems.NOT_IN_LIST,
                             "; ".join(t.nl for t in ACTION_STATUSES.offered()))
        else:
            status = term.key
    texts = {}
    for key in TEXT_FIELDS:
        text = "" if key in refused else text_of(values.get(key), escaped=False)
        if len(text) > TEXT_MAX:
            contents.problem(number, key, text, Problems.TOO_LONG,
                             Problems.AT_MOST.format(TEXT_MAX))
        texts[key] = text
    if status in ("adjusted", "stopped") and not texts["problems"] and (
            "problems" not in refused):
        contents.problem(number, "problems", None, Problems.REASON_NEEDED)
    cells_read = [text_of(values.get(k), escaped=False) for k in ("status", *TEXT_FIELDS)]
    contents.rows.append(ReportRow(number, action_id,
                                   text_of(values.get("number"), escaped=False), status, texts,
                                   json.dumps([action_id, *cells_read])))


def _stamped(row: ReportRow, stamp: str) -> ReportRow:
    """The row with its fingerprint made: its cells, the reporter and the date, hashed."""
    digest = hashlib.sha256((row.fingerprint + stamp).encode()).hexdigest()
    return ReportRow(row.row, row.action_id, row.number, row.status, row.texts, digest)


def number_of(value: object, unit: str = "") -> float | bool | None:
    """A number from a number cell or from text as typed in Flanders ("3,5", "1.234,5",
    "1 234"), followed or not by the indicator's own `unit` ("85 %", "12 personen"); None when
    empty, False when it is not a number."""
    if value is None or isinstance(value, bool):
        return None if value is None else False
    if isinstance(value, int | float):
        return _finite(float(value))
    if not isinstance(value, str):
        return False
    text = SPACES.sub("", value)
    bare_unit = SPACES.sub("", unit).casefold()
    if bare_unit and text.casefold().endswith(bare_unit):
        text = text[:-len(bare_unit)]
    if not text:
        return None
    if DUTCH_NUMBER.fullmatch(text):
        return _finite(float(text.replace(".", "").replace(",", ".")))
    if POINT_NUMBER.fullmatch(text):
        return _finite(float(text))
    return False


def _finite(number: float) -> float | bool:
    """The number, or False for one too long to be one (a run of digits that overflows)."""
    return number if math.isfinite(number) else False


def recent_date_of(value: object, today: date) -> date | bool | None:
    """A date as `date_of` reads it, or a day written without its year or with its month in
    Dutch: a report or a measurement is not after `today`, so a day without its year is the
    last one on or before `today`. None when empty, False when it is not a date."""
    day = date_of(value)
    if day is not False or not isinstance(value, str):
        return day
    text = value.strip().casefold().translate(DASHES)
    short, worded = SHORT_DATE.fullmatch(text), WORDED_DATE.fullmatch(text)
    if short:
        day_number, month, year = int(short[1]), int(short[2]), None
    elif worded and month_number(worded[2]):
        day_number, month = int(worded[1]), month_number(worded[2])
        year = int(worded[3]) if worded[3] else None
    else:
        return False
    for candidate in ((year,) if year else (today.year, today.year - 1)):
        try:
            found = date(candidate, month, day_number)
        except ValueError:
            continue
        if year or found <= today:
            return found
    return False


def _read_indicators(book: SheetBook, contents: FollowUpContents, today: date) -> None:
    """The indicators sheet: a row with a new value (and when it was measured) is a
    measurement; a row without one is left alone."""
    formulas = book.formulas(INDICATORS_SHEET)
    rows = book.rows(INDICATORS_SHEET, MAX_CELLS)
    positions: dict[int, FormColumn] = {}
    copies: list[tuple[int, int]] = []
    for number, cells in rows:
        positions, copies = _header(cells, INDICATOR_COLUMNS, ("indicator_id",))
        if positions or number > HEADER_ROW + 6:
            break
    fields = {c.field for c in positions.values()}
    missing = [INDICATOR_BY_FIELD[k].header_nl for k in ("indicator_id", "value")
               if k not in fields]
    if missing:
        raise WorkbookError(contents.path, WorkbookError.MISSING_FORM_COLUMNS,
                            f"{INDICATORS_SHEET}: {', '.join(missing)}")
    contents.indicator_letters.update({c.field: column_letter(i) for i, c in positions.items()})
    for index, first in copies:
        contents.problems.append(CellProblem(
            INDICATORS_SHEET, number, column_letter(index), positions[first].header_nl,
            positions[first].header_nl, Problems.SAME_HEADING.format(column_letter(first)),
            Problems.OWN_HEADING))
    seen: dict[str, int] = {}
    for number, cells in rows:
        values = {c.field: cells[i] if i < len(cells) else None for i, c in positions.items()}
        refused = {c.field for i, c in positions.items() if (number, i) in formulas}
        for key in refused:
            index = next(i for i, c in positions.items() if c.field == key)
            contents.indicator_problem(number, key, formulas[number, index], Problems.FORMULA)
        if all(values.get(k) in (None, "") for k in ("value", "measured_on")) and not refused:
            continue
        code = text_of(values.get("indicator_id"), escaped=False)
        try:
            indicator_id = str(uuid.UUID(code))
        except ValueError:
            contents.indicator_problem(number, "indicator_id", code,
                                       Problems.NOT_AN_INDICATOR, Problems.EMPTY_ROW)
            indicator_id = ""
        if indicator_id in seen:
            contents.indicator_problem(number, "indicator_id", code,
                                       Problems.SAME_INDICATOR.format(seen[indicator_id]),
                                       Problems.EMPTY_ROW)
        seen.setdefault(indicator_id, number)
        value = (None if "value" in refused
                 else number_of(values.get("value"), text_of(values.get("unit"), escaped=False)))
        if value is False:
            contents.indicator_problem(number, "value", values.get("value"),
                                       Problems.NOT_A_NUMBER, Problems.A_NUMBER)
        elif value is None and "value" not in refused:
            contents.indicator_problem(number, "value", None, Problems.REQUIRED,
                                       Problems.A_NUMBER)
        day = (None if "measured_on" in refused
               else recent_date_of(values.get("measured_on"), today))
        if day is False:
            contents.indicator_problem(number, "measured_on", values.get("measured_on"),
                                       Problems.NOT_A_DATE, Problems.A_RECENT_DATE)
        elif isinstance(day, date) and not EARLIEST <= day <= today:
            contents.indicator_problem(number, "measured_on", values.get("measured_on"),
                                       Problems.DATE_OUT_OF_RANGE, Problems.A_RECENT_DATE)
        if isinstance(value, float):
            contents.indicators.append(IndicatorRow(
                number, indicator_id, text_of(values.get("number"), escaped=False),
                text_of(values.get("name"), escaped=False), value,
                day if isinstance(day, date) else None))
