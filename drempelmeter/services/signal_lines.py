"""The signals as a list shows them: plain column data for every row, whole records only for
the few chosen."""

from __future__ import annotations

from collections.abc import Iterable

from ..store import signal_rows
from ..store.database import TrajectoryDatabase
from .records import SignalLine, SignalRecord
from .signals import to_record


def list_signal_lines(db: TrajectoryDatabase, partner_id: str | None = None) -> list[SignalLine]:
    """Every signal's listed columns (or one partner's), oldest first, without loading a
    signal object."""
    with db.session() as session:
        return signal_rows.signal_lines(session, partner_id)


def signals_with_ids(db: TrajectoryDatabase, ids: Iterable[str]) -> list[SignalRecord]:
    """The whole records of the signals with these ids (a selection), oldest first."""
    with db.session() as session:
        return [to_record(row) for row in signal_rows.signals_with_ids(session, ids)]
