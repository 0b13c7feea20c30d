"""The signals as a list shows them: plain column data for every row, whole records only for
the few chosen."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from ..store import signal_rows
from ..store.database import TrajectoryDatabase
from .records import SignalLine, SignalRecord
from .signals import to_record


def list_signal_lines(db: TrajectoryDatabase, partner_id: str | None = None) -> list[SignalLine]:
    """Every signal's listed columns (or one partner's), oldest first, without loading a
    signal object."""
    with db.session() as session:
        return signal_rows.signal_lines(session, partner_id)


def lines_with_ids(db: TrajectoryDatabase, ids: Collection[str]) -> list[SignalLine]:
    """The listed columns of the signals with these ids (those that exist), oldest first."""
    with db.session() as session:
        return signal_rows.signal_lines_with_ids(session, ids)


def signals_with_ids(db: TrajectoryDatabase, ids: Iterable[str]) -> list[SignalRecord]:
    """The whole records of the signals with these ids (a selection), oldest first."""
    with db.session() as session:
        return [to_record(row) for row in signal_rows.whole_rows(session, ids)]


@dataclass(frozen=True)
class SignalTotals:
    """How many signals each partner has (those with any), and how many wait for review."""

    per_partner: dict[str, int]
    waiting: int

    @property
    def total(self) -> int:
        return sum(self.per_partner.values())


def signal_totals(db: TrajectoryDatabase) -> SignalTotals:
    """The counts of every signal, from SQL (without reading a line)."""
    with db.session() as session:
        return SignalTotals(*signal_rows.signal_totals(session))


def first_signal_lines(db: TrajectoryDatabase, partner_ids: Sequence[str],
                       limit: int) -> list[SignalLine]:
    """The first `limit` listed columns of these partners' signals, oldest first."""
    with db.session() as session:
        return signal_rows.first_signal_lines(session, partner_ids, limit)


class LinesReader:
    """Every signal's listed columns, read `chunk` signals at a time, each chunk a short query
    of its own: a list shows its first screen at once and reads the rest between keystrokes.
    The lines, once all are read, are those `list_signal_lines` gives, in its order."""

    def __init__(self, db: TrajectoryDatabase, chunk: int = 10_000) -> None:
        self._db, self._chunk = db, chunk
        self._lines = signal_rows.Lines()
        self._after: int | None = 0

    @property
    def read(self) -> int:
        """How many signals are read so far."""
        return len(self._lines.lines)

    def read_more(self) -> bool:
        """Read the next chunk; False once every signal is read."""
        if self._after is not None:
            before = self.read
            with self._db.session() as session:
                after = signal_rows.read_lines_after(session, self._lines, self._after,
                                                     self._chunk)
            self._after = after if self.read - before == self._chunk else None
        return self._after is not None

    def lines(self) -> list[SignalLine]:
        """Every line read, oldest first (by creation, then id)."""
        return self._lines.in_order()
