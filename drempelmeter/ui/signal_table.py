"""The signals table: an item model over signal records, and the proxy that filters it."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
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
        #: each row's description, normalised once when the model is filled: what the search reads
        self.search_keys: list[str] = []
        #: how many signals wait for review (personal data nobody confirmed)
        self.waiting = 0
        self._sort_keys: dict[int, list[Any]] = {}

    def set_records(self, records: Sequence[SignalRecord]) -> None:
        records = list(records)
        self.search_keys = [normalise(r.description) for r in records]
        self.waiting = sum(r.to_review for r in records)
        self._sort_keys = {}
        super().set_records(records)

    def rows(self) -> list[SignalRecord]:
        """The records in row order (the model's own list: read it, do not change it)."""
        return self._records

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
        if index.isValid() and role == self.SortRole:
            # a column's keys are made once, the first time it is sorted on, not per comparison
            column = index.column()
            keys = self._sort_keys.get(column)
            if keys is None:
                keys = self._sort_keys[column] = [self.sort_key(r, column) for r in self._records]
            return keys[index.row()]
        return super().data(index, role)


class SignalFilterProxy(QSortFilterProxyModel):
    """Keeps the rows that match every chosen filter; text matches without case or accents.

    A filter change decides every row in one pass over the model's prepared keys, then lets Qt
    apply the result in one filter change: Qt's per-row question is a look-up.
    """

    FIELDS = ("partner_id", "primary_b", "level", "journey_moment", "status")

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._equal: dict[str, str] = {}
        self._target_group: str | None = None
        self._min_severity: int | None = None
        self._words: list[str] = []
        self._to_review_only = False
        #: per source row, whether it is shown; None until decided for the model's rows
        self._accepted: list[bool] | None = None
        #: source rows the filter has examined so far (one per row per filter pass)
        self.rows_examined = 0
        self.setSortRole(RecordTableModel.SortRole)

    def setSourceModel(self, model: SignalsModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        self._model = model
        self._accepted = None
        model.modelAboutToBeReset.connect(self._forget)

    def _forget(self) -> None:
        self._accepted = None

    def set_filters(self, *, equal: dict[str, str | None], target_group: str | None,
                    min_severity: int | None, text: str, to_review_only: bool = False) -> None:
        self.beginFilterChange()
        self._to_review_only = to_review_only
        self._equal = {k: v for k, v in equal.items() if v}
        self._target_group = target_group
        self._min_severity = min_severity
        self._words = normalise(text).split()
        self._accepted = self._decide()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _decide(self) -> list[bool]:
        """Whether each row of the model is shown: one pass, criterion by criterion."""
        records, keys = self._model.rows(), self._model.search_keys
        self.rows_examined += len(records)
        rows: list[int] = list(range(len(records)))
        for field, value in self._equal.items():
            rows = [i for i in rows if getattr(records[i], field) == value]
        if self._to_review_only:
            rows = [i for i in rows if records[i].to_review]
        if self._target_group:
            group = self._target_group
            rows = [i for i in rows if group in records[i].target_groups]
        if self._min_severity is not None:
            least = self._min_severity
            rows = [i for i in rows if (records[i].severity or -1) >= least]
        for word in self._words:
            rows = [i for i in rows if word in keys[i]]
        accepted = [False] * len(records)
        for i in rows:
            accepted[i] = True
        return accepted

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if self._accepted is None:
            self._accepted = self._decide()
        return self._accepted[row]

    def shown(self) -> list[SignalRecord]:
        """The records shown, in the model's order (for counting: no sorting, no Qt calls)."""
        if self._accepted is None:
            self._accepted = self._decide()
        return list(compress(self._model.rows(), self._accepted))

    def records(self) -> list[SignalRecord]:
        return [self.index(r, 0).data(SignalsModel.RecordRole) for r in range(self.rowCount())]
