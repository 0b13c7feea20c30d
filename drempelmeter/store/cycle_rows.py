"""Reads and copies for the next cycle: a row cloned for another file, the link to the previous
cycle with its baseline, and the marks of what was carried over."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from .models import Barrier, BaselineScore, CarriedItem, CycleLink

Row = TypeVar("Row")


def clone(row: Row, **changes: Any) -> Row:
    """A new, unattached row of the same table with the same column values but `changes`:
    every column is copied, those added by later revisions too."""
    mapper = inspect(type(row))
    values = {attr.key: getattr(row, attr.key) for attr in mapper.column_attrs}
    return type(row)(**(values | changes))


def barriers(session: Session) -> list[Barrier]:
    return list(session.scalars(select(Barrier).order_by(Barrier.created_at, Barrier.id)))


def link(session: Session) -> CycleLink | None:
    """The link to the previous cycle; None in a first cycle."""
    return session.scalars(select(CycleLink)).first()


def baseline(session: Session) -> list[BaselineScore]:
    return list(session.scalars(select(BaselineScore).order_by(BaselineScore.position)))


def carried(session: Session) -> list[CarriedItem]:
    return list(session.scalars(select(CarriedItem).order_by(CarriedItem.id)))
