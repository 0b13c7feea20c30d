"""What a bundle import reads and writes (partners, the signals its rows may update, new and
updated signal rows), on a Core connection and lightweight table descriptions.

Not on the ORM models: the command-line import imports neither the models nor the ORM, whose
set-up would be a seventh of its whole run. tests/store/test_bundle_rows.py checks these
descriptions against the models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Integer, column, select, table, update

from .column_types import UTCDateTime

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row

PARTNER = table("partner", column("id"), column("name"), column("position"))
SIGNAL = table(
    "signal", column("id"), column("trajectory_id"), column("partner_id"), column("description"),
    column("primary_b"), column("secondary_b"), column("level"), column("non_take_up"),
    column("journey_moment"), column("channel"), column("gbo_function"),
    column("gbo_principle"), column("life_domains", JSON), column("tags", JSON),
    column("target_groups", JSON), column("source"), column("severity", Integer),
    column("frequency"), column("influence"), column("status"), column("barrier_id"),
    column("kept_findings", JSON), column("kept_confirmed_at", UTCDateTime),
    column("to_review", Boolean), column("search_text"), column("fingerprint"),
    column("created_at", UTCDateTime), column("updated_at", UTCDateTime))

#: every table described here, for the test that checks them against the models
TABLES = (PARTNER, SIGNAL)

#: ids or fingerprints asked at a time (SQLite takes 32,766 parameters at most)
_ASKED = 5000


def partners(conn: Connection) -> list[Row[Any]]:
    """Every partner as (id, name), in their order."""
    return list(conn.execute(select(PARTNER.c.id, PARTNER.c.name)
                             .order_by(PARTNER.c.position, PARTNER.c.name)))


def signal_owners(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """The partner of each of these signals that exists (a bundle's numbers), by id."""
    wanted = list(ids)
    owners: dict[str, str] = {}
    for start in range(0, len(wanted), _ASKED):
        owners.update((signal_id, partner_id) for signal_id, partner_id in conn.execute(
            select(SIGNAL.c.id, SIGNAL.c.partner_id).where(
                SIGNAL.c.id.in_(wanted[start:start + _ASKED]))))
    return owners


def signals_matching(conn: Connection, ids: Iterable[str],
                     fingerprints: Iterable[str]) -> list[Row[Any]]:
    """Every column of the signals with one of these ids or fingerprints (those a bundle's rows
    may update), oldest first: never every signal of the file. Which ones is asked through the
    driver (SQLAlchemy would spend more on an IN of thousands of values than SQLite spends on
    the look-ups); only those are read."""
    found: set[str] = set()
    for name, values in (("id", list(ids)), ("fingerprint", list(fingerprints))):
        for start in range(0, len(values), _ASKED):
            asked = tuple(values[start:start + _ASKED])
            found.update(row[0] for row in conn.exec_driver_sql(
                f"SELECT id FROM {SIGNAL.name} WHERE {name} "
                f"IN ({', '.join('?' * len(asked))})", asked))
    wanted = sorted(found)
    return [row for start in range(0, len(wanted), _ASKED) for row in conn.execute(
        select(SIGNAL).where(SIGNAL.c.id.in_(wanted[start:start + _ASKED]))
        .order_by(SIGNAL.c.created_at, SIGNAL.c.id))]


def update_signal(conn: Connection, signal_id: str, values: dict[str, object]) -> None:
    """Set these columns of one signal."""
    conn.execute(update(SIGNAL).where(SIGNAL.c.id == signal_id).values(values))


def _converted(values: list[Any], process: Callable[[Any], Any]) -> list[object]:
    """`values` through a bind processor, once per distinct value (a list as its items)."""
    known: dict[object, object] = {}
    out = []
    for value in values:
        key = (type(value), tuple(value) if isinstance(value, list) else value)
        try:
            out.append(known[key])
        except KeyError:
            out.append(known.setdefault(key, process(value)))
    return out


def insert_signals(conn: Connection, rows: list[dict[str, object]]) -> None:
    """Insert many new signal rows in one executemany (an import of thousands of rows); every
    row names the same columns, all but those that may stay NULL.

    Through the driver, in the connection's transaction: each value is converted by its column
    type's bind processor for this dialect (JSON, timestamps), as Core's insert would, but
    column by column and once per distinct value (the lists' values and the moment repeat down
    an import), without Core's per-row bookkeeping.
    """
    if not rows:
        return
    dialect = conn.dialect
    names = list(rows[0])
    columns = []
    for name in names:
        values = [row[name] for row in rows]
        process = SIGNAL.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        columns.append(values if process is None else _converted(values, process))
    conn.exec_driver_sql(
        f"INSERT INTO {SIGNAL.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        list(zip(*columns, strict=True)))
