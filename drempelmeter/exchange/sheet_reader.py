"""Read the cells of a workbook from outside with calamine: .xlsx, .xlsm, .ods and .xls alike."""

from __future__ import annotations

import re
import struct
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, TypeVar

from .cells import text_of
from .errors import WorkbookError
from .ods_span import oversized
from .safe_open import ODS, XLS, XLSX, as_workbook_error, inspect_workbook, open_workbook

if TYPE_CHECKING:
    from python_calamine import CalamineSheet, CalamineWorkbook

T = TypeVar("T")

#: A formula element in a worksheet part (<f>, <x:f …/>), or a formula attribute in an .ods.
XLSX_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
#: The two ways XLSX_FORMULA can match, each starting with a literal: a search from a literal
#: runs about ten times faster than one from "<" followed by a choice.
PLAIN_FORMULA = re.compile(rb"<f[\s>/]")
PREFIXED_FORMULA = re.compile(rb":f[\s>/]")
ODS_FORMULA = b':formula="'
#: More formula cells than a sheet of signals can hold: a repeated formula stops being listed.
MAX_FORMULAS = 200_000
ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
#: The most cells a sheet may span (a bundle of 100,000 signals spans about 2 million):
#: calamine holds about 32 bytes a cell.
MAX_CELLS = 5_000_000
#: In a worksheet part, a reference `r="…"` of a row (its number) or a cell (its letters and
#: row). The word boundary is checked looking back from after the literal `r="`: in front, it
#: would make every search ten times slower.
REF = rb'r="(?<=\br=")'
#: A cell's reference past column Z: its letters and its row.
WIDE_CELL_REF = re.compile(REF + rb'([A-Z]{2,3})([0-9]{1,7})"')


class SheetBook:
    """A workbook opened for reading values; which cells hold a formula is asked separately."""

    def __init__(self, path: Path, kind: str, macros: bool, book: CalamineWorkbook,
                 formula_parts: set[str], spans: dict[str, tuple[int, int]]) -> None:
        self.path, self.kind, self.macros = path, kind, macros
        self._book = book
        self._formula_parts = formula_parts
        #: Each worksheet part's height and width (.xlsx), measured when the file was checked.
        self._spans = spans
        self.sheetnames: list[str] = list(book.sheet_names)
        #: Each .xlsx sheet's part, by name, as the relationships say.
        self._parts: dict[str, str] = {}
        #: Sheets calamine has built already (read ahead), each taken once by `rows`.
        self.loaded: dict[str, CalamineSheet] = {}

    def close(self) -> None:
        self.loaded.clear()
        self._book.close()

    def load(self, name: str, max_cells: int | None = None) -> CalamineSheet:
        """Sheet `name` built by calamine; with `max_cells`, an .xlsx sheet whose values span
        more cells (rows × columns) is refused before calamine builds that rectangle: one
        value typed in XFD1048576 would otherwise abort the process."""
        if name in self.loaded:  # read ahead, within the same bounds
            return self.loaded.pop(name)
        if max_cells is not None and self.kind == XLSX:
            self._check_span(name, max_cells)
        return self._book.get_sheet_by_name(name)

    def each_within(self, max_cells: int) -> bool:
        """Whether this is an .xlsx none of whose sheets' values spans more than `max_cells`
        cells: then no sheet's part needs to be found by its name to check it."""
        return self.kind == XLSX and all(h * w <= max_cells for h, w in self._spans.values())

    def rows(self, name: str, max_cells: int | None = None) -> Iterator[tuple[int, list[object]]]:
        """Every row of sheet `name` from the first that holds something: its number (1-based)
        and its values from column A, None where a cell is empty (`max_cells`: see `load`)."""
        sheet = self.load(name, max_cells)
        start = sheet.start
        if start is None:
            return
        first_row, first_column = start
        pad: list[object] = [None] * first_column
        # Empty as None and whole numbers as int, as openpyxl gives them (written out here: a
        # call per cell would be a tenth of reading a bundle).
        for offset, values in enumerate(sheet.iter_rows()):
            yield first_row + offset + 1, pad + [
                None if v == "" else int(v) if type(v) is float and v.is_integer() else v
                for v in values]

    def span(self, name: str) -> tuple[int, int]:
        """The height and width of .xlsx sheet `name`'s values, as `_xlsx_span` measured them
        (its part read once for every check); (0, 0) for other kinds."""
        if self.kind != XLSX:
            return 0, 0
        if name not in self._parts:
            self._parts[name] = _xlsx_sheet_part(self.path, name)
        return self._spans.get(self._parts[name], (0, 0))

    def _check_span(self, name: str, max_cells: int) -> None:
        """Refuse the sheet when its rows times its columns exceed `max_cells`."""
        height, width = self.span(name)
        if height * width > max_cells:
            raise WorkbookError(self.path, WorkbookError.TOO_LARGE,
                                f"{name}: {height} rows × {width} columns")

    def formulas(self, name: str) -> dict[tuple[int, int], object]:
        """The cells of sheet `name` that hold a formula: (row number, column index) to the
        formula's text, or None where the format does not keep it readable (.xls)."""
        if not self._formula_parts:
            return {}
        if self.kind == XLSX:
            self.span(name)  # finds its part
            return (_xlsx_formulas(self.path, name) if self._parts[name] in self._formula_parts
                    else {})
        if self.kind == ODS:
            return _ods_formulas(self.path, name)
        return _xls_formulas(self.path, name)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def open_sheets(path: Path) -> SheetBook:
    """Check the file and open it with calamine (the caller closes it); a file that cannot be
    used raises WorkbookError."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    kind, macros = inspect_workbook(path)
    formula_parts, spans = _scan_parts(path, kind)
    try:
        book = CalamineWorkbook.from_path(str(path))
    except PasswordError as exc:
        raise WorkbookError(path, WorkbookError.ENCRYPTED) from exc
    except (CalamineError, ValueError, OSError, TypeError) as exc:
        raise as_workbook_error(path, exc) from exc
    return SheetBook(path, kind, macros, book, formula_parts, spans)


def read_sheets(path: Path, read: Callable[[SheetBook], T], opened: SheetBook | None = None) -> T:
    """Check the file, open it, and call `read(book)`; whatever goes wrong in reading a hostile
    or damaged file comes out as a WorkbookError. `opened`: the file checked and opened
    already (read ahead)."""
    from python_calamine import CalamineError, PasswordError

    path = Path(path)
    book = opened or open_sheets(path)
    try:
        try:
            return read(book)
        except PasswordError as exc:
            raise WorkbookError(path, WorkbookError.ENCRYPTED) from exc
        except (CalamineError, KeyError, ValueError, TypeError, IndexError, OSError,
                struct.error) as exc:
            raise as_workbook_error(path, exc) from exc
        except BaseException as exc:
            # calamine's Rust code panics on a number too large for a date in a cell formatted
            # as a date (found by the follow-up form's property test); pyo3 raises that as a
            # PanicException, a BaseException.
            if type(exc).__name__ != "PanicException":
                raise
            raise WorkbookError(path, WorkbookError.DAMAGED, str(exc)) from exc
    finally:
        book.close()


def info_facts(book: SheetBook, sheet: str) -> dict[str, str]:
    """The key and value pairs of the hidden sheet where the app says what made a workbook: at
    most its first 50 rows, read as warily as any sheet (empty when the sheet is missing)."""
    facts: dict[str, str] = {}
    if sheet not in book.sheetnames:
        return facts
    for number, row in book.rows(sheet, MAX_CELLS):  # hidden, yet as hostile as any
        if number > 50:
            break
        if row and row[0]:
            facts[text_of(row[0], escaped=False)] = (
                text_of(row[1], escaped=False) if len(row) > 1 else "")
    return facts


def _scan_parts(path: Path, kind: str) -> tuple[set[str], dict[str, tuple[int, int]]]:
    """Refuse XML that declares its own entities (calamine would not expand them, but neither
    do we let such a file in), and name the parts that may hold a formula; with each
    worksheet part's span (.xlsx), from the same read of its XML."""
    if kind == XLS:
        return {"Workbook"}, {}  # BIFF records are looked at only when asked
    parts = set()
    spans: dict[str, tuple[int, int]] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for entry in archive.infolist():
                if not entry.filename.endswith((".xml", ".rels")):
                    continue
                data = archive.read(entry)
                if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
                    raise WorkbookError(path, WorkbookError.UNSAFE, f"{entry.filename}: DTD")
                if kind == ODS:
                    if entry.filename == "content.xml":
                        _check_ods_span(path, data)
                        if ODS_FORMULA in data:
                            parts.add(entry.filename)
                elif entry.filename.startswith("xl/worksheets/"):
                    spans[entry.filename] = _xlsx_span(data, MAX_CELLS)
                    if PLAIN_FORMULA.search(data) or (
                            PREFIXED_FORMULA.search(data) and XLSX_FORMULA.search(data)):
                        parts.add(entry.filename)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise WorkbookError(path, WorkbookError.DAMAGED, str(exc)) from exc
    return parts, spans


def _xlsx_span(data: bytes, max_cells: int) -> tuple[int, int]:
    """A worksheet part's height and width, without reading every cell: its width from the
    cells past column Z only (a sheet the app makes has none, or a few hundred), then its
    height from the rows' and cells' numbers long enough to make it span more than
    `max_cells` at that width (none, in a sheet of fewer than 100,000 rows and 26 columns;
    0 then)."""
    wide = WIDE_CELL_REF.findall(data)
    width = max(map(_column_number, {letters for letters, _ in wide})) if wide else 26
    digits = len(str(max_cells // width))
    tall = re.findall(REF + rb"[A-Z]{0,3}([0-9]{%d,7})\"" % digits, data)
    return max(map(int, tall)) if tall else 0, width


def _check_ods_span(path: Path, content: bytes) -> None:
    """Refuse an .ods with a table whose values span more than MAX_CELLS: calamine builds
    every table whole when it opens the file (one value typed in the sheet's last cell made
    gigabytes of a file of 1.5 kB)."""
    if found := oversized(content, MAX_CELLS):
        name, rows, columns = found
        raise WorkbookError(path, WorkbookError.TOO_LARGE,
                            f"{name}: {rows} rows × {columns} columns")


def _xlsx_sheet_part(path: Path, name: str) -> str:
    """The part of sheet `name`, by the workbook's relationships."""
    from defusedxml.ElementTree import fromstring

    with zipfile.ZipFile(path) as archive:
        book = fromstring(archive.read("xl/workbook.xml"))
        rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    rel_id = next((value for e in book.iter() if e.tag.endswith("}sheet") and e.get("name") == name
                   for key, value in e.items() if key.endswith("}id")), None)
    target = next((e.get("Target", "") for e in rels if e.get("Id") == rel_id), "")
    if target.startswith("/"):
        return target.lstrip("/")
    return str(PurePosixPath("xl", target))


def _xlsx_formulas(path: Path, name: str) -> dict[tuple[int, int], object]:
    """openpyxl keeps the formula text: asked only for a sheet whose XML holds a formula."""
    found: dict[tuple[int, int], object] = {}
    with open_workbook(path) as book, warnings.catch_warnings():
        # A date cell beyond 9999 (its value is read by calamine and refused there) is only
        # passed over here; openpyxl warns about it.
        warnings.simplefilter("ignore", UserWarning)
        for row in book[name].iter_rows():
            for cell in row:
                if getattr(cell, "data_type", None) == "f":
                    found[(cell.row, cell.column - 1)] = cell.value
    return found


def _ods_formulas(path: Path, name: str) -> dict[tuple[int, int], object]:
    """Walk the rows and cells of table `name` in content.xml, repeats counted."""
    from defusedxml.ElementTree import iterparse

    found: dict[tuple[int, int], object] = {}
    row = column = row_repeat = 0
    inside = False
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        for event, element in iterparse(content, events=("start", "end")):
            tag = element.tag
            if tag == ODS_TABLE + "table":
                inside = event == "start" and element.get(ODS_TABLE + "name") == name
            elif not inside:
                if event == "end":
                    element.clear()
            elif tag == ODS_TABLE + "table-row":
                if event == "start":
                    row_repeat = int(element.get(ODS_TABLE + "number-rows-repeated", "1"))
                    column = 0
                else:
                    row += row_repeat
                    element.clear()
            elif event == "start" and tag in (ODS_TABLE + "table-cell",
                                              ODS_TABLE + "covered-table-cell"):
                repeat = int(element.get(ODS_TABLE + "number-columns-repeated", "1"))
                formula = element.get(ODS_TABLE + "formula")
                if formula is not None:
                    shown = formula.split(":", 1)[1] if formula.startswith("of:") else formula
                    for r in range(row, row + min(row_repeat, MAX_FORMULAS)):
                        for c in range(column, column + min(repeat, MAX_FORMULAS)):
                            if len(found) < MAX_FORMULAS:
                                found[(r + 1, c)] = shown
                column += repeat
    return found


def sheet_named(names: Iterable[str], *wanted: str) -> str | None:
    """The sheet of `names` called one of `wanted`: exactly, or else with case and surrounding
    spaces aside (a sheet renamed back by hand as "signalen" or "Signalen " is the one meant)."""
    names = list(names)
    folded = {w.casefold() for w in wanted}
    return next((n for n in names if n in wanted), None) or next(
        (n for n in names if n.strip().casefold() in folded), None)


def has_sheet(path: Path, name: str) -> bool:
    """Whether the workbook has a sheet `name` (as `sheet_named` finds it), without reading any
    sheet: for deciding what a dropped file is. False for anything that is not a safe workbook
    (its import says why)."""
    try:
        kind, _ = inspect_workbook(path)
        if kind == XLS:
            return sheet_named(_xls_sheets(_ole_stream(path.read_bytes(), ("Workbook", "Book"))),
                               name) is not None
        from html import escape  # only here: a bundle import reads no sheet names this way

        escaped = re.escape(escape(name, quote=False).encode())
        with zipfile.ZipFile(path) as archive:
            if kind == XLSX:
                return re.search(rb'name="\s*%s\s*"' % escaped, archive.read("xl/workbook.xml"),
                                 re.IGNORECASE) is not None
            return _in_part(archive, "content.xml",
                            re.compile(rb'table:name="\s*%s\s*"' % escaped, re.IGNORECASE))
    except (WorkbookError, KeyError, OSError, zipfile.BadZipFile, struct.error, IndexError):
        return False


def _in_part(archive: zipfile.ZipFile, part: str, wanted: re.Pattern[bytes]) -> bool:
    """Whether `wanted` (a match shorter than 1 kB) occurs in a part, read a megabyte at a
    time."""
    tail = b""
    with archive.open(part) as content:
        while chunk := content.read(1 << 20):
            if wanted.search(tail + chunk):
                return True
            tail = chunk[-1024:]
    return False


def _xls_sheets(stream: bytes) -> dict[str, int]:
    """Each sheet's name and the offset of its substream, from the BOUNDSHEET records (BIFF8)
    of the workbook globals."""
    sheets: dict[str, int] = {}
    offset = 0
    while offset + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, offset)
        body = stream[offset + 4:offset + 4 + size]
        if kind == 0x0085:  # BOUNDSHEET: where the sheet starts, and its name
            length, wide = body[6], body[7] & 1
            raw = body[8:8 + length * (2 if wide else 1)]
            sheets[raw.decode("utf-16-le" if wide else "latin-1")] = struct.unpack_from(
                "<I", body, 0)[0]
        elif kind == 0x000A:  # EOF of the globals
            break
        offset += 4 + size
    return sheets


def _xls_formulas(path: Path, name: str) -> dict[tuple[int, int], object]:
    """The FORMULA records (BIFF8) in the substream of sheet `name`; their text is compiled,
    so not given."""
    stream = _ole_stream(path.read_bytes(), ("Workbook", "Book"))
    sheet_at = _xls_sheets(stream).get(name)
    if sheet_at is None:
        return {}
    found: dict[tuple[int, int], object] = {}
    offset = sheet_at
    while offset + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, offset)
        if kind == 0x0006 and len(found) < MAX_FORMULAS:  # FORMULA: row, column, ...
            row, column = struct.unpack_from("<HH", stream, offset + 4)
            found[(row + 1, column)] = None
        elif kind == 0x000A:
            break
        offset += 4 + size
    return found


def _ole_stream(data: bytes, names: tuple[str, ...]) -> bytes:
    """One stream of an OLE2 compound file (the container of an .xls), by its name."""
    shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    sector = 1 << shift
    first_dir, cutoff, first_mini, _ = struct.unpack_from("<IIII", data, 0x30)
    first_difat, difat_count = struct.unpack_from("<II", data, 0x44)
    difat = list(struct.unpack_from("<109I", data, 0x4C))
    at = first_difat
    for _ in range(difat_count):
        block = data[512 + at * sector:512 + (at + 1) * sector]
        more = struct.unpack(f"<{sector // 4}I", block)
        difat.extend(more[:-1])
        at = more[-1]
    fat: list[int] = []
    for fat_sector in difat:
        if fat_sector < 0xFFFFFFFA:
            block = data[512 + fat_sector * sector:512 + (fat_sector + 1) * sector]
            fat.extend(struct.unpack(f"<{len(block) // 4}I", block))

    def chain(start: int, table: list[int], read: Callable[[int], bytes]) -> bytes:
        parts, seen = [], set()
        while start < 0xFFFFFFFA and start not in seen and start < len(table):
            seen.add(start)
            parts.append(read(start))
            start = table[start]
        return b"".join(parts)

    def big(index: int) -> bytes:
        return data[512 + index * sector:512 + (index + 1) * sector]

    directory = chain(first_dir, fat, big)
    entries = [directory[i:i + 128] for i in range(0, len(directory) - 127, 128)]
    root_start = struct.unpack_from("<I", entries[0], 116)[0]
    for entry in entries:
        length = struct.unpack_from("<H", entry, 64)[0]
        if entry[:max(length - 2, 0)].decode("utf-16-le", "replace") not in names:
            continue
        start, size = struct.unpack_from("<II", entry, 116)
        if size >= cutoff:
            return chain(start, fat, big)[:size]
        mini_stream = chain(root_start, fat, big)
        minifat_bytes = chain(first_mini, fat, big)
        minifat = list(struct.unpack(f"<{len(minifat_bytes) // 4}I", minifat_bytes))
        mini = 1 << mini_shift

        def small(index: int, stream: bytes = mini_stream, mini: int = mini) -> bytes:
            return stream[index * mini:(index + 1) * mini]

        return chain(start, minifat, small)[:size]
    raise KeyError("Workbook")
