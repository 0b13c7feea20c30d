"""The signals' columns a list shows, read in one query without loading a signal object."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter
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

    Read through the driver's own cursor, converted by nothing: at 100,000 signals the
    result rows of SQLAlchemy cost more than the query. The creation time comes as stored and
    is sorted on here (SQLite would sort the whole rows in a temporary b-tree, slower than two
    stable sorts of the keys), and the target groups come as the stored JSON, decoded once
    per distinct list (most signals share a handful of them).
    """
    if partner_id is not None:  # one partner's few thousand: SQLAlchemy's own rows will do
        return _lines(list(session.execute(_LINES.where(Signal.partner_id == partner_id))))
    connection = session.connection()
    cursor = connection.connection.cursor()
    with collector_paused():
        try:
            cursor.execute(str(_LINES.compile(dialect=connection.dialect)))
            rows = list(cursor.fetchall())  # a list already with sqlite3 and psycopg
        finally:
            cursor.close()
        return _lines(rows)


def _lines(rows: list[Any]) -> list[SignalLine]:
    """The fetched rows (creation time first) as lines, in the order of signal_lines."""
    rows.sort(key=itemgetter(1))
    rows.sort(key=itemgetter(0))
    stored_groups = list(map(itemgetter(7), rows))
    if stored_groups and isinstance(stored_groups[0], str):  # SQLite: the JSON as text
        decoded = {stored: tuple(json.loads(stored)) for stored in set(stored_groups)}
        groups = list(map(decoded.__getitem__, stored_groups))
    else:  # a driver that decodes JSON itself (PostgreSQL)
        groups = [tuple(found or ()) for found in stored_groups]
    return [SignalLine(r[1], r[2], r[3], r[4], r[5], r[6], g, r[8], r[9], bool(r[10]), r[11])
            for r, g in zip(rows, groups, strict=True)]


def signals_with_ids(session: Session, ids: Iterable[str]) -> list[Signal]:
    """The signals with these ids (a selection in a list), oldest first."""
    return list(session.scalars(select(Signal).where(Signal.id.in_(list(ids)))
                                .order_by(Signal.created_at, Signal.id)))
