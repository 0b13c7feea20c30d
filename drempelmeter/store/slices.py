"""Queries and writes that bind one parameter per id, a slice of the ids at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: ids bound by one query at most: SQLite refuses more parameters than its build allows
#: (32,766 since 3.32, 999 before, and Python builds differ), so a list's selection of 40,000
#: signals is asked in slices, with room left under 999 for a query's own parameters
SLICE = 500


def _slices(values: Iterable[T]) -> Iterator[list[T]]:
    wanted = list(values)
    for start in range(0, len(wanted), SLICE):
        yield wanted[start:start + SLICE]


def asked(query: Callable[[list[T]], Iterable[R]], values: Iterable[T]) -> Iterator[R]:
    """The rows `query` gives for each slice of `values` (none when there are none)."""
    for part in _slices(values):
        yield from query(part)


def written(write: Callable[[list[T]], int], values: Iterable[T]) -> int:
    """Run `write` (an UPDATE or DELETE of the ids it is given) once per slice of `values`;
    the rows it says it wrote, in all."""
    return sum(write(part) for part in _slices(values))
