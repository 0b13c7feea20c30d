"""The signals' columns a list shows, read in one query without loading a signal object."""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import cache, partial
from itertools import repeat
from operator import add
from typing import Any

from sqlalchemy import Text, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from .. import collector
from ..domain.signal_line import SignalLine
from .models import Signal
from .slices import asked

#: the table's columns, not the mapped attributes: listing signals configures no mapper
_signal = Signal.__table__.c

_LINES = select(
    type_coerce(_signal.created_at, Text), _signal.id, _signal.partner_id, _signal.primary_b,
    _signal.description, _signal.level, _signal.journey_moment,
    type_coerce(_signal.target_groups, Text), _signal.severity, _signal.status,
    _signal.to_review, _signal.search_text,
)


def signal_lines(session: Session, partner_id: str | None = None) -> list[SignalLine]:
    """Every signal's line (or those of one partner), oldest first (by creation, then id).

    Read through the driver's own cursor, converted by nothing and a few thousand rows at a
    time: at 100,000 signals SQLAlchemy's result rows cost more than the query, and the
    driver's rows all at once would double the memory the lines need. The creation time comes
    as stored and is sorted on here (SQLite would sort the whole rows in a temporary b-tree,
    slower than sorting the chunks' keys, then merging them: `Lines.in_order`).
    """
    lines = Lines()
    if partner_id is not None:  # one partner's few thousand: SQLAlchemy's own rows will do
        lines.add(list(session.execute(_LINES.where(_signal.partner_id == partner_id))))
        return lines.in_order()
    connection = session.connection()
    cursor = connection.connection.cursor()
    with collector.paused():  # the lines hold no cycles
        try:
            cursor.execute(str(_LINES.compile(dialect=connection.dialect)))
            while rows := cursor.fetchmany(_CHUNK):
                lines.add(rows)
        finally:
            cursor.close()
        return lines.in_order()


#: rows fetched at a time: their memory is used again for the next ones
_CHUNK = 5000

#: a line from a tuple of its columns
_new_line = partial(tuple.__new__, SignalLine)


class Lines:
    """Lines made from fetched rows (creation time first, then the line's columns), a chunk
    at a time.

    A column of few values (partner, B, level, moment, status) keeps one string per value, not
    one per row as the driver makes them; the target groups come as the stored JSON, decoded
    once per distinct list (most signals share a handful of them).
    """

    def __init__(self) -> None:
        self.lines: list[SignalLine] = []
        #: per line, its creation time and id in one text that sorts as the pair: the time
        #: as stored, a NUL (before any character), the id; each chunk's in order
        self.keys: list[str] = []
        self._shared: dict[int, dict[Any, Any]] = {column: {} for column in (2, 3, 5, 6, 9)}
        self._groups: dict[str, tuple[str, ...]] = {}

    def add(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        for column, one_of_each in self._shared.items():
            columns[column] = tuple(map(one_of_each.setdefault, columns[column], columns[column]))
        # made by tuple.__new__ in C: the named tuple's own __new__ is a Python call per line
        lines = list(map(_new_line, zip(
            columns[1], columns[2], columns[3], columns[4], columns[5], columns[6],
            self._decoded(columns[7]), columns[8], columns[9], map(bool, columns[10]),
            columns[11], strict=True)))
        keys = list(map(add, map(add, map(str, columns[0]), repeat("\0")), columns[1]))
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self.keys.extend(map(keys.__getitem__, order))
        self.lines.extend(map(lines.__getitem__, order))

    def _decoded(self, stored: Sequence[Any]) -> Iterable[tuple[str, ...]]:
        """A column's target groups, each distinct JSON text decoded once, looked up in C."""
        try:
            for text in set(stored).difference(self._groups):
                self._groups[text] = tuple(json.loads(text))
        except TypeError:  # a driver that decodes JSON itself (PostgreSQL), or none stored
            return [tuple(json.loads(value)) if isinstance(value, str) else tuple(value or ())
                    for value in stored]
        return map(self._groups.__getitem__, stored)

    def in_order(self) -> list[SignalLine]:
        """Every line by creation, then id: one sort, which merges the chunks' ordered runs."""
        order = sorted(range(len(self.lines)), key=self.keys.__getitem__)
        return list(map(self.lines.__getitem__, order))


def first_signal_lines(session: Session, partner_ids: Sequence[str], limit: int
                       ) -> list[SignalLine]:
    """The first `limit` lines of these partners' signals, oldest first: a first screen of a
    list sorted by partner, read through the partner's index without reading every signal."""
    lines = Lines()
    lines.add(list(session.execute(_LINES.where(_signal.partner_id.in_(list(partner_ids)))
                                   .order_by(_signal.created_at, _signal.id).limit(limit))))
    return lines.in_order()


def signal_lines_with_ids(session: Session, ids: Collection[str]) -> list[SignalLine]:
    """The lines of the signals with these ids (those that exist), oldest first."""
    lines = Lines()
    lines.add(list(asked(lambda part: session.execute(_LINES.where(_signal.id.in_(part))), ids)))
    return lines.in_order()


def signal_totals(session: Session) -> tuple[dict[str, int], int]:
    """How many signals each partner that has any has, and how many wait for review: counted
    on the partner's and the review's indexes, without reading the signals."""
    per_partner = {partner_id: count for partner_id, count in session.execute(
        select(_signal.partner_id, func.count()).group_by(_signal.partner_id))}
    waiting = session.execute(select(func.count()).where(_signal.to_review)).scalar_one()
    return per_partner, waiting


def read_lines_after(session: Session, lines: Lines, after: int, limit: int) -> int | None:
    """Add to `lines` the next `limit` signals in the table's order after the row numbered
    `after` (0: from the first); the number of the last one read, None when none was left.
    A list read this way, a chunk at a time, holds every signal once all are read (in the
    order of `Lines.in_order`), each chunk a short query of its own."""
    connection = session.connection()
    cursor = connection.connection.cursor()
    try:
        cursor.execute(_chunk_sql(connection.dialect), (after, limit))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    if not rows:
        return None
    with collector.paused():
        lines.add(rows)
    return int(rows[-1][-1])


def _chunk_sql(dialect: Any) -> str:
    """The lines' query with the row number last, from a row number on, a number of rows."""
    table = Signal.__tablename__
    return (f"{_LINES.add_columns(literal_column(f'{table}.rowid')).compile(dialect=dialect)!s}"
            f" WHERE {table}.rowid > ? ORDER BY {table}.rowid LIMIT ?")


#: every column of the signal table, in the models' order
COLUMNS = tuple(Signal.__table__.columns.keys())
#: a signal's every column by name, as the models read them
SignalColumns = namedtuple("SignalColumns", COLUMNS)  # type: ignore[misc]


def stored_rows(session: Session, ids: Iterable[str]) -> list[tuple[Any, ...]]:
    """Every column (in `COLUMNS`' order) of the signals with these ids that exist, as stored:
    nothing converted, one SELECT per slice (a removal keeps them so, to put them back)."""
    session.flush()  # what a query of the session would see, as its autoflush does
    connection = session.connection()
    query = f"SELECT {', '.join(COLUMNS)} FROM {Signal.__tablename__} WHERE id IN ({{}})"
    return [tuple(row) for row in asked(lambda part: connection.exec_driver_sql(
        query.format(", ".join("?" * len(part))), tuple(part)).fetchall(), ids)]


@cache
def _conversions() -> tuple[tuple[int, Callable[[Any], Any]], ...]:
    """(place, how) of each column whose stored value SQLAlchemy converts (lists, times, flags):
    its own result processors for SQLite."""
    from sqlalchemy.dialects import sqlite  # only once a selection is read whole
    dialect = sqlite.dialect()
    found = ((at, column.type.dialect_impl(dialect).result_processor(dialect, None))
             for at, column in enumerate(Signal.__table__.columns))
    return tuple((at, convert) for at, convert in found if convert is not None)


def as_columns(rows: Iterable[Sequence[Any]]) -> list[Any]:
    """Stored rows (`stored_rows`) as the models read them, each distinct stored value
    converted once (a selection's lists and times repeat: 40,000 signals converted value by
    value, through SQLAlchemy's rows, took 2.5 s)."""
    columns = list(zip(*rows, strict=True))
    if not columns:
        return []
    for at, convert in _conversions():
        known = {value: convert(value) for value in set(columns[at])}
        columns[at] = tuple(map(known.__getitem__, columns[at]))
    return list(map(SignalColumns._make, zip(*columns, strict=True)))


def whole_rows(session: Session, ids: Iterable[str]) -> list[Any]:
    """Every column of the signals with these ids (those that exist; a selection in a list),
    as the models read them, oldest first: no signal object is loaded."""
    return sorted(as_columns(stored_rows(session, ids)),
                  key=lambda row: (row.created_at, row.id))
