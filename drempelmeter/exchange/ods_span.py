"""How many cells each table of an .ods spans once its repeats are expanded, read from the
bytes of content.xml without expanding them: calamine builds every table's whole rectangle when
it opens the file, so one value typed far away makes gigabytes of a file of a few kilobytes.

calamine knows the table namespace only by the prefix "table:" (the one every spreadsheet
program writes; a table under another prefix it does not see), so neither does this scan."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import repeat
from operator import add

#: A table always has a name, so its tag always has a space.
TABLE, TABLE_END = b"<table:table ", b"</table:table>"
NAME = re.compile(rb'table:name="([^"]*)"')
#: Also starts <table:table-rows> and <table:table-row-group>: counted as rows, which only
#: makes the count larger.
ROW = b"<table:table-row"
CELLS = (b"<table:table-cell", b"<table:covered-table-cell")
ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="([0-9]+)"')
COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated="([0-9]+)"')
#: An empty repeated cell closing its row just as a program writes it (one in every row, to the
#: sheet's last column): it spans nothing that holds a value.
CLOSING_REPEAT = re.compile(
    rb'<table:table-cell table:number-columns-repeated="([0-9]+)"/>\s*</table:table-row>')
#: What makes a cell hold something for calamine: its value's type (a cell with a paragraph of
#: text but no value type is read as empty).
VALUE = b'value-type="'
#: The fewest bytes a cell takes (`<table:table-cell/>`), and a repeated one (with
#: ` table:number-columns-repeated="2"`): a row of n bytes holds at most n / 19 cells.
CELL_BYTES, REPEATED_CELL_BYTES = 19, 53


def oversized(content: bytes, max_cells: int) -> tuple[str, int, int] | None:
    """The first table whose values span more than `max_cells` (rows × columns): its name,
    rows and columns; None when every table is within. A quick bound first, from the table's
    rows and its longest row in bytes; each row's cells are counted only when that is too
    high (a sheet of some 20,000 rows or more)."""
    for name, start, stop in _tables(content):
        rows = content[start:stop].split(ROW)[1:]
        height = len(rows)
        if content.find(b"number-rows-repeated", start, stop) >= 0:
            height += sum(int(r) - 1 for r in ROWS_REPEATED.findall(content, start, stop))
        most = _largest_repeat(content, start, stop)
        longest = max(map(len, rows))
        if height * (longest // CELL_BYTES + longest // REPEATED_CELL_BYTES * (most - 1)) \
                <= max_cells:
            continue
        width = _width(rows, most, max_cells // height)
        if height * width > max_cells:
            return name, height, width
    return None


def _tables(content: bytes) -> Iterator[tuple[str, int, int]]:
    """Each table's name, where its first row starts (after its columns' declarations), and
    where its last value ends (the rows after it, a program's empty rows to the sheet's end,
    span nothing); tables without values left out."""
    at = content.find(TABLE)
    while at >= 0:
        tag_end = content.find(b">", at)
        end = content.find(TABLE_END, tag_end)
        end = len(content) if end < 0 else end
        first_row = content.find(ROW, tag_end, end)
        last = content.rfind(VALUE, tag_end, end)
        if 0 <= first_row <= last:
            name = NAME.search(content, at, tag_end)
            yield (name.group(1).decode("utf-8", "replace") if name else "", first_row,
                   content.find(b">", last, end) + 1)
        at = content.find(TABLE, end)


def _largest_repeat(content: bytes, start: int, stop: int) -> int:
    """The most columns one cell is repeated over, but those closing a row."""
    repeats = Counter(COLUMNS_REPEATED.findall(content, start, stop))
    repeats.subtract(CLOSING_REPEAT.findall(content, start, stop))
    return max((int(r) for r, n in repeats.items() if n > 0), default=1)


def _width(rows: list[bytes], most: int, enough: int) -> int:
    """The columns from A to the last cell that holds something, in the widest row; once it is
    clear that no row spans more than `enough`, the most any row can span. Each row is cut
    after its last cell holding a value; C-level maps over the rows (a loop per row in Python
    took longer than calamine's whole reading), each repeated cell first taken as `most`."""
    marks = list(map(bytes.rfind, rows, repeat(VALUE)))
    heads = [head + 1 if mark >= 0 else 0
             for mark, head in zip(marks, map(bytes.find, rows, repeat(b">"), marks), strict=True)]
    cells = list(map(bytes.count, rows, repeat(CELLS[0]), repeat(0), heads))
    if any(CELLS[1] in row for row in rows):
        cells = list(map(add, cells, map(bytes.count, rows, repeat(CELLS[1]), repeat(0), heads)))
    repeated = map(bytes.count, rows, repeat(b"columns-repeated"), repeat(0), heads)
    bounds = [count + times * (most - 1) for count, times in zip(cells, repeated, strict=True)]
    if max(bounds, default=0) <= enough:
        return max(bounds, default=0)
    return max(count + sum(int(r) - 1 for r in COLUMNS_REPEATED.findall(row, 0, head))
               for row, head, count, bound in zip(rows, heads, cells, bounds, strict=True)
               if bound > enough)
