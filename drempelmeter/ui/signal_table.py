"""The signals table: an item model over signal records, and the proxy that filters it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ..domain.taxonomy import ALL_BS, JOURNEY_MOMENTS, LEVELS, SIGNAL_STATUSES, TARGET_GROUPS
from ..domain.terms import normalise
from ..services.records import SignalRecord
from .i18n import fill, language, tr, tr_noop
from .tables import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class SignalsModel(RecordTableModel):
    PARTNER, B, DESCRIPTION, LEVEL, MOMENT, GROUPS, SEVERITY, STATUS = range(8)
    HEADERS = (tr_noop("Partner"), tr_noop("B"), tr_noop("Signal"), tr_noop("Level"),
               tr_noop("Moment"), tr_noop("Target groups"), tr_noop("Severity"),
               tr_noop("Status"))
    RecordRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.partner_names: dict[str, str] = {}

    def cell(self, record: SignalRecord, column: int) -> str:
        lang = language()
        if column == self.PARTNER:
            return self.partner_names.get(record.partner_id, "—")
        if column == self.B:
            return ALL_BS.label(record.primary_b, lang)
        if column == self.DESCRIPTION:
            return record.description
        if column == self.LEVEL:
            return LEVELS.label(record.level, lang) if record.level else "—"
        if column == self.MOMENT:
            return JOURNEY_MOMENTS.label(record.journey_moment, lang) if record.journey_moment \
                else "—"
        if column == self.GROUPS:
            return ", ".join(TARGET_GROUPS.label(g, lang) for g in record.target_groups) or "—"
        if column == self.SEVERITY:
            return "—" if record.severity is None else str(record.severity)
        status = SIGNAL_STATUSES.label(record.status, lang)
        # in words, not by colour alone: an imported signal with personal data waits for review
        return fill(tr("To review · %1"), status) if record.to_review else status

    def sort_key(self, record: SignalRecord, column: int) -> Any:
        if column == self.SEVERITY:
            return -1 if record.severity is None else record.severity
        if column == self.STATUS:
            return (not record.to_review, SIGNAL_STATUSES.ordered_keys().index(record.status))
        if column == self.B:
            return ALL_BS.ordered_keys().index(record.primary_b)
        return normalise(self.cell(record, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if index.isValid() and role == self.RecordRole:
            return self.record(index.row())
        return super().data(index, role)


class SignalFilterProxy(QSortFilterProxyModel):
    """Keeps the rows that match every chosen filter; text matches without case or accents."""

    FIELDS = ("partner_id", "primary_b", "level", "journey_moment", "status")

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._equal: dict[str, str] = {}
        self._target_group: str | None = None
        self._min_severity: int | None = None
        self._words: list[str] = []
        self._to_review_only = False
        self.setSortRole(RecordTableModel.SortRole)

    def set_filters(self, *, equal: dict[str, str | None], target_group: str | None,
                    min_severity: int | None, text: str, to_review_only: bool = False) -> None:
        self.beginFilterChange()
        self._to_review_only = to_review_only
        self._equal = {k: v for k, v in equal.items() if v}
        self._target_group = target_group
        self._min_severity = min_severity
        self._words = normalise(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        record: SignalRecord = self.sourceModel().index(row, 0, parent).data(
            SignalsModel.RecordRole)
        if any(getattr(record, field) != value for field, value in self._equal.items()):
            return False
        if self._to_review_only and not record.to_review:
            return False
        if self._target_group and self._target_group not in record.target_groups:
            return False
        if self._min_severity is not None and (record.severity or -1) < self._min_severity:
            return False
        if self._words:
            haystack = normalise(record.description)
            return all(word in haystack for word in self._words)
        return True

    def records(self) -> list[SignalRecord]:
        return [self.index(r, 0).data(SignalsModel.RecordRole) for r in range(self.rowCount())]
