"""The signals' columns a list shows, read in one query without loading a signal object."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from .models import Signal


class SignalLine(NamedTuple):
    """A signal as a list shows, filters, sorts and counts it: the columns of one row, read
    without the rest."""

    id: str
    partner_id: str
    primary_b: str
    description: str
    level: str | None
    journey_moment: str | None
    target_groups: tuple[str, ...]
    severity: int | None
    status: str
    to_review: bool
    #: the description normalised (lower case, no accents) as stored: what the search reads
    search_text: str


_LINES = select(
    type_coerce(Signal.created_at, Text), Signal.id, Signal.partner_id, Signal.primary_b,
    Signal.description, Signal.level, Signal.journey_moment,
    type_coerce(Signal.target_groups, Text), Signal.severity, Signal.status, Signal.to_review,
    Signal.search_text,
)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a list of many new rows is built: it would scan
    the whole heap again and again as the rows pile up (a fifth of the time at 100,000), for
    rows that hold no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def signal_lines(session: Session, partner_id: str | None = None) -> list[SignalLine]:
    """Every signal's line (or those of one partner), oldest first (by creation, then id).

    Read through the driver's own cursor, converted by nothing and a few thousand rows at a
    time: at 100,000 signals SQLAlchemy's result rows cost more than the query, and the
    driver's rows all at once would double the memory the lines need. The creation time comes
    as stored and is sorted on here (SQLite would sort the whole rows in a temporary b-tree,
    slower than two stable sorts of the keys).
    """
    lines = _Lines()
    if partner_id is not None:  # one partner's few thousand: SQLAlchemy's own rows will do
        lines.add(list(session.execute(_LINES.where(Signal.partner_id == partner_id))))
        return lines.in_order()
    connection = session.connection()
    cursor = connection.connection.cursor()
    with collector_paused():
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


class _Lines:
    """Lines made from fetched rows (creation time first, then the line's columns), a chunk
    at a time.

    A column of few values (partner, B, level, moment, status) keeps one string per value, not
    one per row as the driver makes them; the target groups come as the stored JSON, decoded
    once per distinct list (most signals share a handful of them).
    """

    def __init__(self) -> None:
        self.lines: list[SignalLine] = []
        self.created: list[Any] = []
        self._shared: dict[int, dict[Any, Any]] = {column: {} for column in (2, 3, 5, 6, 9)}
        self._groups: dict[str, tuple[str, ...]] = {}

    def add(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        for column, one_of_each in self._shared.items():
            columns[column] = tuple(map(one_of_each.setdefault, columns[column], columns[column]))
        self.created.extend(columns[0])
        # made by tuple.__new__ in C: the named tuple's own __new__ is a Python call per line
        self.lines.extend(map(_new_line, zip(
            columns[1], columns[2], columns[3], columns[4], columns[5], columns[6],
            self._decoded(columns[7]), columns[8], columns[9], map(bool, columns[10]),
            columns[11], strict=True)))

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
        order = sorted(range(len(self.lines)), key=[line.id for line in self.lines].__getitem__)
        order.sort(key=self.created.__getitem__)  # stable: by creation, then id
        return list(map(self.lines.__getitem__, order))


def signals_with_ids(session: Session, ids: Iterable[str]) -> list[Signal]:
    """The signals with these ids (a selection in a list), oldest first."""
    return list(session.scalars(select(Signal).where(Signal.id.in_(list(ids)))
                                .order_by(Signal.created_at, Signal.id)))


#: ids or fingerprints asked at a time (SQLite takes 32,766 parameters at most)
_ASKED = 5000


def signal_owners(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """The partner of each of these signals that exists (a bundle's numbers), by id."""
    wanted = list(ids)
    owners: dict[str, str] = {}
    for start in range(0, len(wanted), _ASKED):
        owners.update((signal_id, partner_id) for signal_id, partner_id in session.execute(
            select(Signal.id, Signal.partner_id).where(
                Signal.id.in_(wanted[start:start + _ASKED]))))
    return owners


def signals_matching(session: Session, ids: Iterable[str],
                     fingerprints: Iterable[str]) -> list[Signal]:
    """The signals with one of these ids or fingerprints (those a bundle's rows may update):
    never every signal of the file. Which ones is asked through the driver (SQLAlchemy would
    spend more on an IN of thousands of values than SQLite spends on the look-ups); only
    those are loaded."""
    connection = session.connection()
    found: set[str] = set()
    for column, values in (("id", list(ids)), ("fingerprint", list(fingerprints))):
        for start in range(0, len(values), _ASKED):
            asked = tuple(values[start:start + _ASKED])
            found.update(row[0] for row in connection.exec_driver_sql(
                f"SELECT id FROM {Signal.__tablename__} WHERE {column} "
                f"IN ({', '.join('?' * len(asked))})", asked))
    wanted = sorted(found)
    return [row for start in range(0, len(wanted), _ASKED)
            for row in signals_with_ids(session, wanted[start:start + _ASKED])]
