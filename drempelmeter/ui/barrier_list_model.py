"""The barriers in the order of the priorities, as a table model: place, title, why.

A row's texts are made when the view first asks for them and kept until the next fill: a list
of thousands of barriers refills at every weight change, and the view shows a screenful."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Qt

from ..domain.prioritisation import explain
from ..domain.taxonomy import ALL_BS, BARRIER_STATUSES
from ..services.prioritisation import Priority
from ..services.records import BarrierRecord
from .i18n import language, tr_noop
from .tables import RecordTableModel


class BarrierLine(NamedTuple):
    """One barrier as the list shows it: the record, its place, the partners' names and how
    many signals it bundles (a tuple: thousands are made at every weight change)."""

    record: BarrierRecord
    priority: Priority
    partners: str
    signals: int

    @property
    def id(self) -> str:
        return self.record.id


class BarrierListModel(RecordTableModel):
    PLACE, TITLE, B, SIGNALS, PARTNERS, STATUS, SCORE, ROUND_RANK, WHY = range(9)
    HEADERS = (tr_noop("Rank"), tr_noop("Barrier"), tr_noop("B"), tr_noop("Signals"),
               tr_noop("Partners"), tr_noop("Status"), tr_noop("Score"),
               tr_noop("Rank in round"), tr_noop("Why"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[int, tuple[str, ...]] = {}
        #: the headers as the page shows them (some on two lines), once it has set them
        self.shown_headers: list[str] = []

    def headerData(self, section: int, orientation: Qt.Orientation,  # type: ignore[no-untyped-def]
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (self.shown_headers and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return self.shown_headers[section]
        return super().headerData(section, orientation, role)

    def set_records(self, records: Sequence[Any]) -> None:
        self._cells = {}
        super().set_records(records)

    def cell(self, line: BarrierLine, column: int) -> str:
        key = id(line)
        if key not in self._cells:
            self._cells[key] = self.cells(line)
        return self._cells[key][column]

    @staticmethod
    def cells(line: BarrierLine) -> tuple[str, ...]:
        record, priority, lang = line.record, line.priority, language()
        return (str(priority.place), record.title, ALL_BS.label(record.primary_b, lang),
                str(line.signals), line.partners,
                BARRIER_STATUSES.label(record.status, lang), f"{priority.score:g}",
                "—" if priority.round_rank is None else str(priority.round_rank),
                "" if priority.basis is None else explain(priority.basis, lang))

    def sort_key(self, line: BarrierLine, column: int) -> Any:
        numbers = {self.PLACE: line.priority.place, self.SIGNALS: line.signals,
                   self.SCORE: line.priority.score,
                   self.ROUND_RANK: line.priority.round_rank or 10**9}
        return numbers[column] if column in numbers else super().sort_key(line, column)
