"""The barriers in the order of the priorities, as a table model: place, title, why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.prioritisation import explain
from ..domain.taxonomy import ALL_BS, BARRIER_STATUSES
from ..services.prioritisation import Priority
from ..services.records import BarrierRecord
from .i18n import language, tr_noop
from .tables import RecordTableModel


@dataclass(frozen=True)
class BarrierLine:
    """One barrier as the list shows it: the record, its place and the partners' names."""

    record: BarrierRecord
    priority: Priority
    partners: str

    @property
    def id(self) -> str:
        return self.record.id


class BarrierListModel(RecordTableModel):
    PLACE, TITLE, B, SIGNALS, PARTNERS, STATUS, SCORE, ROUND_RANK, WHY = range(9)
    HEADERS = (tr_noop("Rank"), tr_noop("Barrier"), tr_noop("B"), tr_noop("Signals"),
               tr_noop("Partners"), tr_noop("Status"), tr_noop("Score"),
               tr_noop("Rank in round"), tr_noop("Why"))

    def cell(self, line: BarrierLine, column: int) -> str:
        record, priority, lang = line.record, line.priority, language()
        return (str(priority.place), record.title, ALL_BS.label(record.primary_b, lang),
                str(len(record.signal_ids)), line.partners,
                BARRIER_STATUSES.label(record.status, lang), f"{priority.score:g}",
                "—" if priority.round_rank is None else str(priority.round_rank),
                "" if priority.basis is None else explain(priority.basis, lang))[column]

    def sort_key(self, line: BarrierLine, column: int) -> Any:
        numbers = {self.PLACE: line.priority.place, self.SIGNALS: len(line.record.signal_ids),
                   self.SCORE: line.priority.score,
                   self.ROUND_RANK: line.priority.round_rank or 10**9}
        return numbers[column] if column in numbers else super().sort_key(line, column)
