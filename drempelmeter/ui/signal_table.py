"""The signals table: an item model over the signals' listed columns, and the proxy that filters
and sorts it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import count, repeat
from operator import add, attrgetter, mul
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from ..domain.taxonomy import ALL_BS, JOURNEY_MOMENTS, LEVELS, SIGNAL_STATUSES
from ..domain.terms import normalise
from ..domain.vocabularies import DEFAULTS
from ..services.records import SignalLine
from .i18n import fill, language, tr, tr_noop
from .tables import RecordTableModel
from .widgets import term_label

Index = QModelIndex | QPersistentModelIndex


def _packed(texts: list[str]) -> list[str]:
    """`texts` copied into one run of memory, in the order given. Read a chunk at a time, they
    lie scattered among the lines' other values, and walked in a sorted order they missed the
    processor's cache at every row. A text that holds the separator leaves them as they are."""
    copied = "\x00".join(texts).split("\x00")
    return copied if len(copied) == len(texts) else texts


class SignalsModel(RecordTableModel):
    """The signals as lines of plain column data (services.records.SignalLine), with each
    column's sort keys made once, the first time it is sorted on."""

    PARTNER, B, DESCRIPTION, LEVEL, MOMENT, GROUPS, SEVERITY, STATUS = range(8)
    HEADERS = (tr_noop("Partner"), tr_noop("B"), tr_noop("Signal"), tr_noop("Level"),
               tr_noop("Moment"), tr_noop("Target groups"), tr_noop("Severity"),
               tr_noop("Status"))

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.partner_names: dict[str, str] = {}
        #: The trajectory's lists: its target groups, a retired one marked.
        self.lists = DEFAULTS
        #: the (partner, primary B) pairs, and each row's number of its pair: the rows shown
        #: are counted per pair over small integers, without reading the lines
        self.pairs: list[tuple[str, str]] = []
        self.pair_of_row: list[int] = []
        #: how many signals wait for review (personal data nobody confirmed)
        self.waiting = 0
        self._sort_keys: dict[int, list[Any]] = {}
        self._rows_by_id: dict[str, int] | None = None

    def set_records(self, records: Sequence[SignalLine]) -> None:
        records = list(records)
        # each row's pair as a small integer made in C, not a tuple: 100,000 new tuples would
        # wake Python's cycle collector over the whole heap of lines, again and again
        partner_ids = list(map(attrgetter("partner_id"), records))
        bs = list(map(attrgetter("primary_b"), records))
        partner_list, b_list = list(dict.fromkeys(partner_ids)), list(dict.fromkeys(bs))
        partner_numbers = {partner: n for n, partner in enumerate(partner_list)}
        b_numbers = {b: n for n, b in enumerate(b_list)}
        width = len(b_list)
        codes = list(map(add, map(mul, map(partner_numbers.__getitem__, partner_ids),
                                  repeat(width)), map(b_numbers.__getitem__, bs)))
        numbers = {code: number for number, code in enumerate(dict.fromkeys(codes))}
        self.pairs = [(partner_list[code // width], b_list[code % width]) for code in numbers]
        self.pair_of_row = list(map(numbers.__getitem__, codes))
        self.waiting = sum(map(attrgetter("to_review"), records))
        self._sort_keys = {}
        self._rows_by_id = None
        super().set_records(records)

    def rows(self) -> list[SignalLine]:
        """The lines in row order (the model's own list: read it, do not change it)."""
        return self._records

    def row_of(self, record_id: str) -> int:
        if self._rows_by_id is None:
            self._rows_by_id = dict(zip(map(attrgetter("id"), self._records), count()))
        return self._rows_by_id.get(record_id, -1)

    def partners_in_order(self, partner_ids: Iterable[str], descending: bool) -> list[list[str]]:
        """These partners in the order of a sort on the partner column, those that sort alike
        together: the signals of the first group come first, in the order of the rows."""
        groups: dict[Any, list[str]] = {}
        for partner_id in partner_ids:
            key = normalise(self.partner_names.get(partner_id, "—"))  # as sort_key makes it
            groups.setdefault(key, []).append(partner_id)
        return [groups[key] for key in sorted(groups, reverse=descending)]

    def cell(self, record: SignalLine, column: int) -> str:
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
            groups = self.lists.target_groups
            return ", ".join(term_label(groups[g]) if g in groups else g
                             for g in record.target_groups) or "—"
        if column == self.SEVERITY:
            return "—" if record.severity is None else str(record.severity)
        status = SIGNAL_STATUSES.label(record.status, lang)
        # in words, not by colour alone: an imported signal with personal data waits for review
        return fill(tr("To review · %1"), status) if record.to_review else status

    def sort_key(self, record: SignalLine, column: int) -> Any:
        if column == self.SEVERITY:
            return -1 if record.severity is None else record.severity
        if column == self.STATUS:
            return (not record.to_review, SIGNAL_STATUSES.ordered_keys().index(record.status))
        if column == self.B:
            return ALL_BS.ordered_keys().index(record.primary_b)
        return normalise(self.cell(record, column))

    #: the roles the model answers; the view asks others, answered None without a look
    ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                       RecordTableModel.SortRole, RecordTableModel.IdRole))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or role not in self.ROLES:
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, row: int, column: int, role: int) -> Any:
        """What a cell holds for one of ROLES."""
        if role == self.SortRole:
            return self.sort_keys(column)[row]
        record = self._records[row]
        if role == self.IdRole:
            return record.id
        return self.cell(record, column)

    def sort_keys(self, column: int) -> list[Any]:
        """Every row's key for the column, made once, the first time it is sorted on: worked
        out once per distinct value of what the column shows (a partner, a B, a level...),
        the description's being its normalised text as stored."""
        keys = self._sort_keys.get(column)
        if keys is None:
            if column == self.DESCRIPTION:
                keys = [r.search_text for r in self._records]
            else:
                values = list(map(_SHOWN_FIELDS[column], self._records))
                first = dict(zip(values, self._records, strict=True))  # a line per value
                known = {value: self.sort_key(line, column) for value, line in first.items()}
                keys = list(map(known.__getitem__, values))
            self._sort_keys[column] = keys
        return keys


#: per column, what of a line its cell and sort key depend on
_SHOWN_FIELDS = {
    SignalsModel.PARTNER: attrgetter("partner_id"),
    SignalsModel.B: attrgetter("primary_b"),
    SignalsModel.LEVEL: attrgetter("level"),
    SignalsModel.MOMENT: attrgetter("journey_moment"),
    SignalsModel.GROUPS: attrgetter("target_groups"),
    SignalsModel.SEVERITY: attrgetter("severity"),
    SignalsModel.STATUS: attrgetter("status", "to_review"),
}


class SignalFilterProxy(QAbstractProxyModel):
    """Keeps the rows that match every chosen filter, in the order of the chosen column; text
    matches without case or accents.

    Not a QSortFilterProxyModel: that one asks Python about every row at each keystroke,
    compares rows through Python while sorting, and applies a filter change one removed row
    range at a time, in time growing with the rows times the ranges (two seconds for one letter
    at 100,000 signals, even over C++ data). Here a filter change decides every row in one pass
    over the model's prepared keys, keeps them in the order sorted once with Python's sort, and
    tells the view in one layout change, with the selection kept on the rows still shown.
    """

    FIELDS = ("partner_id", "primary_b", "level", "journey_moment", "status")

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._equal: dict[str, str] = {}
        self._target_group: str | None = None
        self._min_severity: int | None = None
        self._words: list[str] = []
        self._to_review_only = False
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        #: the model's rows in the sort order, and the shown ones: source rows, in view order
        self._order: list[int] = []
        self._shown: list[int] = []
        #: the shown rows' places in the sort order (rising), and the normalised texts in
        #: that order, packed (made at the first search after a sort or a refill)
        self._shown_at: list[int] = []
        self._texts: list[str] | None = None
        #: per source row, its row in the view (-1: hidden); made when many are asked
        self._where: list[int] | None = None
        #: the view rows of the few source rows asked so far since the last filter change
        self._looked_up: dict[int, int] = {}
        #: source rows the filter has examined so far (one per row per filter pass)
        self.rows_examined = 0

    def setSourceModel(self, model: SignalsModel) -> None:  # type: ignore[override]
        self.beginResetModel()
        super().setSourceModel(model)
        self._model = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._refilled)
        self._sort()
        self._filter(narrower=False)
        self.endResetModel()

    def _refilled(self) -> None:
        self._sort()
        self._filter(narrower=False)
        self.endResetModel()

    def _sort(self) -> None:
        """The model's rows in the sort order (without telling the view)."""
        count = self._model.rowCount()
        self._texts = None
        if self._sort_column < 0:
            self._order = list(range(count))
        else:
            keys = self._model.sort_keys(self._sort_column)
            self._order = sorted(range(count), key=keys.__getitem__,
                                 reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _filter(self, *, narrower: bool) -> None:
        """The rows shown, in the sort order, criterion by criterion over the prepared keys; a
        narrower filter (one more letter typed) only looks at the rows shown (without telling
        the view). The criteria go over places in the sort order, rising, so that a search
        walks the texts as they lie (`search_texts`)."""
        records = self._model.rows()
        order = self._order
        at: Sequence[int] = self._shown_at if narrower else range(len(order))
        self.rows_examined += len(at)
        if self._words:
            texts = self.search_texts()
            for word in self._words:
                at = [p for p in at if word in texts[p]]
        for field, value in self._equal.items():
            at = [p for p in at if getattr(records[order[p]], field) == value]
        if self._to_review_only:
            at = [p for p in at if records[order[p]].to_review]
        if self._target_group:
            group = self._target_group
            at = [p for p in at if group in records[order[p]].target_groups]
        if self._min_severity is not None:
            least = self._min_severity
            at = [p for p in at if (records[order[p]].severity or -1) >= least]
        self._shown_at = list(at)
        self._shown = list(order) if len(at) == len(order) else list(map(order.__getitem__, at))
        self._where = None
        self._looked_up = {}

    def search_texts(self) -> list[str]:
        """The rows' normalised texts in the sort order, packed: a letter typed walks them in
        order (walking the rows' own in the view's order missed the processor's cache, 58 ms
        against 6 ms a letter over 100,000 signals)."""
        if self._texts is None:
            keys = self._model.sort_keys(SignalsModel.DESCRIPTION)
            self._texts = _packed(list(map(keys.__getitem__, self._order)))
        return self._texts

    def _rearrange(self, change) -> None:  # type: ignore[no-untyped-def]
        """Sort or filter again in one layout change that keeps the selection where it can."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in persistent]
        change()
        self.changePersistentIndexList(persistent, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    def set_filters(self, *, equal: dict[str, str | None], target_group: str | None,
                    min_severity: int | None, text: str, to_review_only: bool = False) -> None:
        before = (self._equal, self._target_group, self._min_severity, self._to_review_only)
        words = normalise(text).split()
        self._to_review_only = to_review_only
        self._equal = {k: v for k, v in equal.items() if v}
        self._target_group = target_group
        self._min_severity = min_severity
        # each word typed before is part of a word now: no hidden row can come back
        narrower = before == (self._equal, target_group, min_severity, to_review_only) and all(
            any(old in new for new in words) for old in self._words)
        self._words = words
        self._rearrange(lambda: self._filter(narrower=narrower))

    def sorted_on(self) -> tuple[int, Qt.SortOrder]:
        """The column the rows are sorted on (-1: none, the model's order) and the order."""
        return self._sort_column, self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order

        def change() -> None:
            self._sort()
            self._filter(narrower=False)

        self._rearrange(change)

    def shown_per_partner_and_b(self) -> Counter[tuple[str, str]]:
        """How many rows are shown per (partner, primary B): one pass, in C, over each row's
        prepared pair, without reading the records."""
        pairs = self._model.pairs
        counted = Counter(map(self._model.pair_of_row.__getitem__, self._shown))
        return Counter({pairs[number]: count for number, count in counted.items()})

    def records(self) -> list[SignalLine]:
        """The lines shown, in the view's order."""
        rows = self._model.rows()
        return [rows[i] for i in self._shown]

    # ---- the proxy's side of Qt's item model -----------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SignalsModel.HEADERS)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._shown)) \
                or not (0 <= column < len(SignalsModel.HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or index.row() >= len(self._shown):
            return QModelIndex()
        return self._model.index(self._shown[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or index.row() >= self._model.rowCount():
            return QModelIndex()
        return self.index(self._view_row(index.row()), index.column())

    def _view_row(self, row: int) -> int:
        """Where a source row is in the view (-1: hidden). The few rows a filter change asks
        about (the current and selected ones) are looked up in the rows shown, in C; past a
        handful, a map of every row is made once for the filter."""
        if self._where is None:
            if len(self._looked_up) < 16:
                position = self._looked_up.get(row)
                if position is None:
                    try:
                        position = self._shown.index(row)
                    except ValueError:
                        position = -1
                    self._looked_up[row] = position
                return position
            self._where = [-1] * self._model.rowCount()
            for position, shown in enumerate(self._shown):
                self._where[shown] = position
        return self._where[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        """The source's data for the row shown, in one call (the view asks a dozen roles per
        cell at each repaint)."""
        if not index.isValid() or role not in SignalsModel.ROLES:
            return None
        return self._model.value(self._shown[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal:
            return self._model.headerData(section, orientation, role)
        return super().headerData(section, orientation, role)
