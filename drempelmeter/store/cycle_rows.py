"""Reads and copies for the next cycle: a row cloned for another file, the link to the previous
cycle with its baseline, and the marks of what was carried over."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Row, inspect, select
from sqlalchemy.orm import Session

from .models import Barrier, BaselineScore, CarriedItem, CycleLink
from .sqlite_file import connect_file

Model = TypeVar("Model")


def clone(row: Model, **changes: Any) -> Model:
    """A new, unattached row of the same table with the same column values but `changes`:
    every column is copied, those added by later revisions too."""
    mapper = inspect(type(row))
    values = {attr.key: getattr(row, attr.key) for attr in mapper.column_attrs}
    return type(row)(**(values | changes))


def trajectory_id_in(path: Path) -> str | None:
    """The id of the trajectory a file holds, read without opening it for work (no lock, no
    migration); None when it is no trajectory file this version can read."""
    try:
        with closing(connect_file(Path(path), "ro")) as conn:
            row = conn.execute("SELECT id FROM trajectory").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row and isinstance(row[0], str) else None


def barriers(session: Session) -> list[Barrier]:
    return list(session.scalars(select(Barrier).order_by(Barrier.created_at, Barrier.id)))


def link(session: Session) -> Row[Any] | None:
    """The link to the previous cycle, its columns by name; None in a first cycle."""
    return session.execute(select(*CycleLink.__table__.c)).first()


def baseline(session: Session) -> list[Row[Any]]:
    """The stored baseline's cells, their columns by name, in the order of the B's."""
    table = BaselineScore.__table__
    return list(session.execute(select(*table.c).order_by(table.c.position)))


def carried(session: Session) -> list[Row[Any]]:
    """The carried marks, their columns by name (read from columns: a province's report and
    details page list thousands without loading an object)."""
    table = CarriedItem.__table__
    return list(session.execute(select(*table.c).order_by(table.c.id)))
