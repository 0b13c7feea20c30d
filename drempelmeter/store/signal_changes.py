"""Changes to a selection of signals made set-wise: one statement per slice of ids (status,
barrier, removal and putting back), no signal object loaded (#14: at 40,000 selected signals,
one object and one statement per signal took 18 to 35 s)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Row, Table, case, delete, select, update
from sqlalchemy.orm import Session

from .models import Signal
from .signal_rows import COLUMNS
from .slices import asked, written

_signal = cast(Table, Signal.__table__)
_c = _signal.c
V = TypeVar("V")


def columns_of(session: Session, ids: Iterable[str], names: Sequence[str],
               ) -> dict[str, Row[Any]]:
    """id → the id and the columns `names` (by name) of each signal with one of these ids
    that exists: one SELECT per slice."""
    query = select(_c.id, *(_c[name] for name in names))
    return {row.id: row for row in
            asked(lambda part: session.execute(query.where(_c.id.in_(part))).all(), ids)}


def _count(result: Any) -> int:
    """The rows an UPDATE or DELETE matched."""
    return cast(CursorResult[Any], result).rowcount


def _set(session: Session, ids: Collection[str], values: Mapping[str, Any]) -> int:
    """Give the signals with these ids these values: one UPDATE per slice; how many it found."""
    statement = update(_signal).values(dict(values))
    return written(lambda part: _count(session.execute(statement.where(_c.id.in_(part)))), ids)


def _by_value(values: Mapping[str, V]) -> dict[V, list[str]]:
    """The ids that share each value: one UPDATE per value and slice."""
    ids: dict[V, list[str]] = {}
    for signal_id, value in values.items():
        ids.setdefault(value, []).append(signal_id)
    return ids


def set_statuses(session: Session, statuses: Mapping[str, str], now: datetime) -> int:
    """Each signal (by id) gets its status, changed at `now`; how many there were."""
    return sum(_set(session, ids, {"status": status, "updated_at": now})
               for status, ids in _by_value(statuses).items())


def set_assignments(session: Session, assignments: Mapping[str, tuple[str | None, str]],
                    ) -> int:
    """Each signal (by id) is in its barrier (or in none) with its status, as a move found
    it (its undo); how many there were."""
    return sum(_set(session, ids, {"barrier_id": barrier_id, "status": status})
               for (barrier_id, status), ids in _by_value(assignments).items())


def move(session: Session, ids: Collection[str], barrier_id: str | None,
         promoted: tuple[str, str] | None = None) -> int:
    """These signals are in this barrier (or in none); those with the first status of
    `promoted` get its second. How many there were."""
    values: dict[str, Any] = {"barrier_id": barrier_id}
    if promoted is not None:
        values["status"] = case((_c.status == promoted[0], promoted[1]), else_=_c.status)
    return _set(session, ids, values)


def remove(session: Session, ids: Collection[str]) -> int:
    """Delete the signals with these ids: one DELETE per slice; how many there were."""
    return written(lambda part: _count(session.execute(delete(_signal).where(_c.id.in_(part)))),
                   ids)


def put_back(session: Session, rows: Sequence[Sequence[Any]]) -> None:
    """Insert removed signals again, every column as it was stored (`signal_rows.stored_rows`),
    in one executemany."""
    if rows:
        session.connection().exec_driver_sql(
            f"INSERT INTO {Signal.__tablename__} ({', '.join(COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(COLUMNS))})", [tuple(row) for row in rows])
