"""What a bundle import reads and writes (the trajectory, partners, the signals its rows may
update, new and updated signal rows), through the SQLite driver itself.

Neither the ORM nor Core: the command-line import imports no SQLAlchemy, whose import alone
would be a third of its whole run (#14). Values are stored as SQLAlchemy stores them (JSON
text, UTC timestamps, 0 and 1), so the models read them back alike;
tests/store/test_bundle_rows.py checks these descriptions against the models and the stored
values against Core's.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

from .slices import asked

#: The signal table's columns, in the models' order: an updated signal is read whole and a
#: new one may set any of them.
SIGNAL_COLUMNS = (
    "id", "trajectory_id", "partner_id", "description", "primary_b", "secondary_b", "level",
    "non_take_up", "journey_moment", "channel", "gbo_function", "gbo_principle",
    "life_domains", "tags", "target_groups", "source", "severity", "frequency", "influence",
    "status", "barrier_id", "kept_findings", "kept_confirmed_at", "to_review", "search_text",
    "fingerprint", "created_at", "updated_at")
#: The columns whose stored value is converted, by how: a list as JSON text, a moment as UTC
#: text, a flag as 0 or 1.
JSON_COLUMNS = frozenset({"life_domains", "tags", "target_groups", "kept_findings"})
TIME_COLUMNS = frozenset({"kept_confirmed_at", "created_at", "updated_at"})
FLAG_COLUMNS = frozenset({"to_review"})


class Partner(NamedTuple):
    id: str
    name: str


def _stored_time(value: datetime) -> str:
    """A moment as SQLAlchemy's UTCDateTime stores it in SQLite."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given; store aware UTC datetimes only")
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _to_store(name: str) -> Callable[[Any], object] | None:
    """How a value of column `name` is stored (None: as it is)."""
    if name in JSON_COLUMNS:
        return json.dumps
    if name in TIME_COLUMNS:
        return lambda value: None if value is None else _stored_time(value)
    if name in FLAG_COLUMNS:
        return lambda value: None if value is None else int(value)
    return None


def _from_store(name: str, value: Any) -> object:
    """A stored value of column `name` as the models read it."""
    if value is None:
        return None
    if name in JSON_COLUMNS:
        return json.loads(value)
    if name in TIME_COLUMNS:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    if name in FLAG_COLUMNS:
        return bool(value)
    return value


def trajectory(conn: sqlite3.Connection) -> tuple[str, str, list[str]]:
    """(id, name, optional B's) of the one trajectory a file holds."""
    trajectory_id, name, optional_bs = conn.execute(
        "SELECT id, name, optional_bs FROM trajectory").fetchone()
    return trajectory_id, name, json.loads(optional_bs)


def partners(conn: sqlite3.Connection) -> list[Partner]:
    """Every partner, in their order."""
    return [Partner(*row) for row in conn.execute(
        "SELECT id, name FROM partner ORDER BY position, name")]


def _asked(conn: sqlite3.Connection, query: str, values: Iterable[str]) -> Iterable[tuple]:
    """The rows of `query` (its `{}` the placeholders of an IN), asked a slice at a time."""
    return asked(lambda part: conn.execute(query.format(", ".join("?" * len(part))), part),
                 values)


def signal_owners(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """The partner of each of these signals that exists (a bundle's numbers), by id."""
    return dict(_asked(conn, "SELECT id, partner_id FROM signal WHERE id IN ({})", ids))


def signals_matching(conn: sqlite3.Connection, ids: Iterable[str],
                     fingerprints: Iterable[str]) -> list[dict[str, object]]:
    """Every column of the signals with one of these ids or fingerprints (those a bundle's rows
    may update), oldest first: never every signal of the file."""
    found = {row[0] for column, values in (("id", ids), ("fingerprint", fingerprints))
             for row in _asked(conn, f"SELECT id FROM signal WHERE {column} IN ({{}})", values)}
    rows = _asked(conn, f"SELECT {', '.join(SIGNAL_COLUMNS)} FROM signal WHERE id IN ({{}})",
                  sorted(found))
    read = [{name: _from_store(name, value) for name, value in zip(SIGNAL_COLUMNS, row,
                                                                   strict=True)}
            for row in rows]
    return sorted(read, key=lambda row: (row["created_at"], row["id"]))


def update_signal(conn: sqlite3.Connection, signal_id: str, values: dict[str, object]) -> None:
    """Set these columns of one signal."""
    names = list(values)
    stored = [value if (convert := _to_store(name)) is None else convert(value)
              for name, value in values.items()]
    conn.execute(f"UPDATE signal SET {', '.join(f'{name} = ?' for name in names)} "
                 "WHERE id = ?", [*stored, signal_id])


def insert_signals(conn: sqlite3.Connection, rows: list[dict[str, object]]) -> None:
    """Insert many new signal rows given as column values by name (`insert_signal_rows`);
    every row names the columns the first one names."""
    if rows:
        names = list(rows[0])
        insert_signal_rows(conn, names, ([row[name] for name in names] for row in rows))


def insert_signal_rows(conn: sqlite3.Connection, names: Sequence[str],
                       rows: Iterable[list[Any]]) -> None:
    """Insert many new signal rows in one executemany (an import of thousands of rows): each a
    list of its values in `names`' order (all but the columns that may stay NULL), stored as
    the models store them. The lists' values and the moment repeat down an import: each
    distinct one is converted once."""
    converts: list[tuple[int, Callable[[Any], object], dict[object, object]]] = [
        (at, convert, {}) for at, name in enumerate(names)
        if (convert := _to_store(name)) is not None]

    def stored(values: list[Any]) -> list[Any]:
        for at, convert, known in converts:
            value = values[at]
            key = (type(value), tuple(value) if isinstance(value, list) else value)
            try:
                values[at] = known[key]
            except KeyError:
                values[at] = known.setdefault(key, convert(value))
        return values

    conn.executemany(
        f"INSERT INTO signal ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        map(stored, rows))
