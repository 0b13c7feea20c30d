"""Counting the ORM objects some work loads, per class: SQLAlchemy's "load" event on every
model. The scale tests use it to check that lists read columns, not objects."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from drempelmeter.store.models import Base


@contextmanager
def objects_loaded() -> Iterator[Counter[str]]:
    """The objects loaded inside the block, counted by class name as they load."""
    counted: Counter[str] = Counter()

    def count(target, _context) -> None:  # type: ignore[no-untyped-def]
        counted[type(target).__name__] += 1

    event.listen(Base, "load", count, propagate=True)
    try:
        yield counted
    finally:
        event.remove(Base, "load", count)
