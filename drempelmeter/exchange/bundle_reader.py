"""Read a filled signal bundle: every row checked, every problem collected with where and why."""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.privacy import Finding, screen_many
from ..domain.taxonomy import SEVERITY, SIGNAL_DESCRIPTION_MAX
from ..domain.terms import normalise
from ..domain.vocabularies import TERM_SEPARATORS
from .bundle_columns import (
    COLUMN_BY_FIELD,
    COLUMNS,
    FORMAT_NAME,
    INFO_SHEET,
    SIGNALS_SHEET_NAMES,
    BundleColumn,
    column_letter,
)
from .cells import text_of
from .errors import CellProblem, Problems, WorkbookError
from .sheet_reader import MAX_CELLS, SheetBook, info_facts, read_sheets, sheet_named

if TYPE_CHECKING:
    from .read_ahead import ReadAhead

#: A province gathers the bundles of forty regions: generous, with memory kept small per row.
MAX_ROWS = 100_000
#: Rows typed above the headings (a title, a team's name, a date) that are passed over, and the
#: most cells such a row may fill.
TITLE_ROWS, TITLE_CELLS = 3, 2
SPLIT = re.compile(r"[;,\n]")
#: What the template itself writes between values: a piece between them that is a whole label
#: is taken whole, so a region's "Ouders, grootouders" survives the round trip (a label may
#: not hold these: services.vocabularies refuses them).
SPLIT_STRICT = re.compile("|".join(map(re.escape, TERM_SEPARATORS)))
#: Not worked out yet (None is a value).
_ABSENT = object()
#: A cell holding a formula, to be refused; a cell whose column is parsed in every row.
_FORMULA, _PARSE = object(), object()


@dataclass(frozen=True)
class BundleInfo:
    """The hidden facts a template carries: for which trajectory and partner it was made."""

    trajectory_id: str
    trajectory_name: str
    partner_id: str
    partner_name: str
    template_version: str


@dataclass(frozen=True, slots=True)
class BundleRow:
    """One filled row: its number in the sheet and its values as taxonomy keys."""

    row: int
    #: The fields found in the sheet, one tuple shared by every row, and this row's values in
    #: that order: a dict per row would be most of the memory of a 100,000-row bundle.
    fields: tuple[str, ...]
    cells: tuple[object, ...]
    #: What in the description looks like personal data: the row is imported to be reviewed.
    findings: tuple[Finding, ...] = ()

    @property
    def values(self) -> dict[str, object]:
        return dict(zip(self.fields, self.cells, strict=True))


@dataclass
class BundleContents:
    path: Path
    sheet: str
    info: BundleInfo | None
    rows: list[BundleRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    macros_ignored: bool = False
    #: The column letter of each field found in the sheet.
    letters: dict[str, str] = field(default_factory=dict)
    #: The fields found in the sheet, in the order of each row's cells.
    fields: tuple[str, ...] = ()

    def rows_with_problems(self) -> set[int]:
        return {p.row for p in self.problems}


def read_bundle(path: Path, allowed_bs: Collection[str],
                columns: tuple[BundleColumn, ...] = COLUMNS,
                ahead: ReadAhead | None = None) -> BundleContents:
    """Check the file, then read every row against `columns` (with the trajectory's own lists);
    raises WorkbookError for a file that cannot be used. `ahead`: the file's reading begun
    while the caller was getting ready."""
    path = Path(path)

    def read(book: SheetBook) -> BundleContents:
        sheet_name = sheet_named(book.sheetnames, *SIGNALS_SHEET_NAMES)
        if sheet_name is None:
            raise WorkbookError(path, WorkbookError.NO_SHEET, ", ".join(book.sheetnames))
        contents = BundleContents(path, sheet_name, _read_info(book), macros_ignored=book.macros)
        _read_rows(book, contents, set(allowed_bs), columns)
        return contents

    return read_sheets(path, read, None if ahead is None else ahead.take(path))


def _read_info(book: SheetBook) -> BundleInfo | None:
    facts = info_facts(book, INFO_SHEET)
    if facts.get("format") != FORMAT_NAME:
        return None
    return BundleInfo(facts.get("trajectory_id", ""), facts.get("trajectory_name", ""),
                      facts.get("partner_id", ""), facts.get("partner_name", ""),
                      facts.get("template_version", ""))


def _read_rows(book: SheetBook, contents: BundleContents, allowed_bs: set[str],
               wanted: tuple[BundleColumn, ...]) -> None:
    # Rows are counted by what they hold: one formatted empty cell far below stretches the
    # sheet's extent, not its signals.
    rows = book.rows(contents.sheet, MAX_CELLS)
    header_row, header = _heading_row(rows, wanted)
    if not header:
        raise WorkbookError(contents.path, WorkbookError.MISSING_COLUMNS,
                            ", ".join(c.header_nl for c in wanted if c.required))
    positions: dict[int, BundleColumn] = {}
    for index, value in enumerate(header):
        column = next((c for c in wanted if c.matches(value)), None)
        if column is None:
            continue
        first = next((i for i, c in positions.items() if c is column), None)
        if first is None:
            positions[index] = column
        else:  # a copied column: passed over, its values would be lost
            for here, there in ((first, index), (index, first)):
                contents.problems.append(CellProblem(
                    contents.sheet, header_row, column_letter(here), column.header_nl,
                    str(value), Problems.SAME_HEADING.format(column_letter(there)),
                    Problems.OWN_HEADING))
    missing = [c.header_nl for c in wanted if c.required and c not in positions.values()]
    if missing:
        raise WorkbookError(contents.path, WorkbookError.MISSING_COLUMNS, ", ".join(missing))
    readers = {index: _ColumnReader(column, index, allowed_bs)
               for index, column in positions.items()}
    contents.letters.update({r.column.field: r.letter for r in readers.values()})
    formulas = book.formulas(contents.sheet)
    formula_rows = {number for number, _ in formulas}
    # Each column's reader, what an empty cell comes to, how a text read before is found
    # and what stands for one not found: most cells are empty or a value of a list that
    # repeats down the column, one look-up each; only the rest is parsed, in the columns'
    # order. The number and the description are parsed in every row (_PARSE): by themselves
    # when no other cell of the row was left (_ABSENT).
    unknown: dict[object, object] = {}
    columns = [(index, reader, reader.empty, (unknown if reader.known is None
                                              else reader.known).get,
                _PARSE if reader.known is None else _ABSENT)
               for index, reader in readers.items()]
    always = [(at, index, reader.parse) for at, (index, reader, *_) in enumerate(columns)
              if reader.known is None]
    width = max(readers) + 1
    fields = tuple(reader.column.field for reader in readers.values())
    contents.fields = fields
    description_at = fields.index("description")
    seconds = [i for i, f in enumerate(fields) if f == "secondary_b"]
    second_at = seconds[0] if seconds else None
    first_at = fields.index("primary_b")
    filled = 0
    read: list[tuple[int, tuple[object, ...]]] = []
    for number, cells in rows:
        has_formula = number in formula_rows
        if not has_formula and cells.count(None) == len(cells):
            continue
        filled += 1
        if filled > MAX_ROWS:
            raise WorkbookError(contents.path, WorkbookError.TOO_MANY_ROWS, str(MAX_ROWS))
        if len(cells) < width:
            cells.extend([None] * (width - len(cells)))
        values = [empty if (value := cells[index]) is None else find(value, missing)
                  for index, _, empty, find, missing in columns]
        if has_formula:  # refused, also one whose result is empty
            values = [_FORMULA if (number, index) in formulas else value
                      for value, (index, *_) in zip(values, columns, strict=True)]
        if has_formula or _ABSENT in values:
            for at, (index, reader, *_) in enumerate(columns):
                if values[at] is _FORMULA:
                    text = formulas[number, index]
                    reader.problem(contents, number, cells[index] if text is None else text,
                                   Problems.FORMULA)
                    values[at] = None
                elif values[at] is _ABSENT or values[at] is _PARSE:
                    values[at] = reader.parse(cells[index], contents, number)
        else:
            for at, index, parse in always:
                if values[at] is _PARSE:
                    values[at] = parse(cells[index], contents, number)
        if second_at is not None and values[second_at] is not None and (
                values[second_at] == values[first_at]):
            reader = columns[second_at][1]
            reader.problem(contents, number, cells[reader.index],
                           Problems.SAME_AS_FIRST_B, Problems.OTHER_B)
        read.append((number, tuple(values)))
    # Every description screened for personal data at once (screen_many): the row is then
    # imported to be reviewed.
    descriptions = [row_values[description_at] for _, row_values in read]
    contents.rows.extend(
        BundleRow(number, fields, values, tuple(findings)) for (number, values), findings in zip(
            read, screen_many([d if isinstance(d, str) else "" for d in descriptions]),
            strict=True))
    if "id" in fields:
        _refuse_repeated_numbers(contents, fields.index("id"))


def _heading_row(rows: Iterator[tuple[int, list[object]]],
                 wanted: tuple[BundleColumn, ...]) -> tuple[int, list[object]]:
    """The row of headings: the first row, or the first to hold every required heading below
    at most TITLE_ROWS rows of a title a partner typed above them (TITLE_CELLS cells or fewer
    each, so that no row of signals is passed over; an empty row between them hides none and
    is not counted); else the first row, whose missing headings are then named."""
    required = [c for c in wanted if c.required]
    first: tuple[int, list[object]] = (0, [])
    titled = 0
    for number, cells in rows:
        if all(any(c.matches(value) for value in cells) for c in required):
            return number, cells
        first = first if first[1] else (number, cells)
        filled = len(cells) - cells.count(None)
        titled += filled > 0
        if titled > TITLE_ROWS or filled > TITLE_CELLS:
            break
    return first


def _refuse_repeated_numbers(contents: BundleContents, at: int) -> None:
    """A number on a later row too (a row copied with it, its text made a new signal) is a
    problem there: imported, it overwrote the first row's signal, or was passed over."""
    first: dict[object, int] = {}
    for row in contents.rows:
        number = row.cells[at]
        if number is not None and first.setdefault(number, row.row) != row.row:
            contents.problems.append(CellProblem(
                contents.sheet, row.row, contents.letters["id"],
                COLUMN_BY_FIELD["id"].header_nl, str(number),
                Problems.SAME_NUMBER.format(first[number]), Problems.EMPTY_FOR_NEW))


class _ColumnReader:
    """Turns one column's cells into taxonomy keys; what it allows is worked out once."""

    def __init__(self, column: BundleColumn, index: int, allowed_bs: set[str]) -> None:
        self.column = column
        self.index = index
        self.letter = column_letter(index)
        vocabulary = column.vocabulary
        terms = list(vocabulary) if vocabulary is not None else []
        if column.field in ("primary_b", "secondary_b"):
            terms = [t for t in terms if t.key in allowed_bs]
        self.keys = {t.key for t in terms}
        self.allowed = "; ".join(t.nl for t in terms if not t.retired)
        #: What a text read without a problem came to: the lists' values repeat down a column.
        self.known: dict[object, object] | None = (
            None if column.field in ("id", "description") else {})
        #: What an empty cell comes to, when that is no problem.
        self.empty: object = _ABSENT if column.required else () if column.multi else None

    def problem(self, contents: BundleContents, row: int, value: object, message: str,
                allowed: str = "") -> None:
        contents.problems.append(CellProblem(
            contents.sheet, row, self.letter, self.column.header_nl,
            "" if value is None else str(value), message, allowed))

    def parse(self, value: object, contents: BundleContents, row: int) -> object:
        known = self.known
        if known is None or type(value) is not str:
            return self._parse(value, contents, row)
        if value in known:
            return known[value]
        problems = len(contents.problems)
        result = self._parse(value, contents, row)
        if len(contents.problems) == problems:
            known[value] = result
        return result

    def _parse(self, value: object, contents: BundleContents, row: int) -> object:
        column = self.column
        if value is None:
            if column.required:
                self.problem(contents, row, value, Problems.REQUIRED)
            return () if column.multi else None
        text = text_of(value, escaped=False)
        if column.field == "description":
            if not text:
                self.problem(contents, row, value, Problems.REQUIRED)
            elif len(text) > SIGNAL_DESCRIPTION_MAX:
                self.problem(contents, row, value, Problems.TOO_LONG,
                             Problems.AT_MOST.format(SIGNAL_DESCRIPTION_MAX))
            return text
        if not text:
            if column.required:
                self.problem(contents, row, value, Problems.REQUIRED)
            return () if column.multi else None
        if column.field == "id":
            try:
                return str(uuid.UUID(text))
            except ValueError:
                self.problem(contents, row, value, Problems.NOT_OURS, Problems.KEEP_OR_EMPTY)
                return None
        vocabulary = column.vocabulary
        assert vocabulary is not None
        if column.multi:
            chosen = []
            for part in (p.strip() for piece in SPLIT_STRICT.split(text) for p in (
                    [piece] if vocabulary.find(piece.strip()) else SPLIT.split(piece))):
                term = vocabulary.find(part) if part else None
                if part and (term is None or term.key not in self.keys):
                    self.problem(contents, row, value,
                                 Problems.UNKNOWN_VALUE.format(repr(part)), self.allowed)
                elif term is not None and term.key not in chosen:
                    chosen.append(term.key)
            return tuple(k for k in vocabulary.ordered_keys() if k in chosen)
        term = vocabulary.find(text)
        if term is None and column.field == "severity":
            term = _severity(text)
        if term is None or term.key not in self.keys:
            self.problem(contents, row, value, Problems.NOT_IN_LIST, self.allowed)
            return None
        return int(term.key) if column.field == "severity" else term.key


def _severity(text: str):
    """Severity typed as a number ("3", "3.0") or as the start of its label ("3 - groot")."""
    match = re.match(r"\s*([0-4])(?:[.,]0+)?(?!\d)", normalise(text))
    return SEVERITY[match.group(1)] if match else None
