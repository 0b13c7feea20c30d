"""Table models over plain records: partners, participants, workshop sessions, decisions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..domain.organisation import PARTNER_KINDS
from ..domain.steering import DECISION_STATES
from ..domain.terms import Vocabulary
from ..domain.vocabularies import DEFAULTS, Vocabularies
from ..services.records import DecisionRecord, ParticipantRecord, PartnerRecord, SessionRecord
from .formats import format_date
from .i18n import language, tr, tr_noop
from .widgets import term_label

Index = QModelIndex | QPersistentModelIndex


def label_in(vocabulary: Vocabulary, key: str) -> str:
    """A key's label in the trajectory's list, marked when retired (a key from elsewhere as is)."""
    return term_label(vocabulary[key]) if key in vocabulary else key


class RecordTableModel(QAbstractTableModel):
    """Rows of records; subclasses name their columns and say what each cell shows."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    HEADERS: ClassVar[tuple[str, ...]] = ()
    #: The trajectory's lists whose labels cells show, set by the page that shows the table.
    lists: Vocabularies = DEFAULTS

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list[Any]:
        return list(self._records)

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._records) if r.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(record, index.column())
        if role == self.SortRole:
            return self.sort_key(record, index.column())
        if role == self.IdRole:
            return record.id
        return None

    def cell(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, record: Any, column: int) -> Any:
        return self.cell(record, column).casefold()


class PartnersModel(RecordTableModel):
    NAME, KIND, TYPE = range(3)
    HEADERS = (tr_noop("Partner"), tr_noop("Kind"), tr_noop("Type"))

    def cell(self, record: PartnerRecord, column: int) -> str:
        lang = language()
        return (record.name, PARTNER_KINDS.label(record.kind, lang),
                label_in(self.lists.partner_types, record.type))[column]


class ParticipantsModel(RecordTableModel):
    NAME, ROLE, PARTNER, GROUPS = range(4)
    HEADERS = (tr_noop("Name"), tr_noop("Role"), tr_noop("Partner"), tr_noop("Groups"))

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.partner_names: dict[str, str] = {}

    def cell(self, record: ParticipantRecord, column: int) -> str:
        partner = self.partner_names.get(record.partner_id or "", "—")
        groups = ", ".join(label_in(self.lists.groups, g) for g in record.groups) or "—"
        return (record.name, label_in(self.lists.participant_roles, record.role), partner,
                groups)[column]


class SessionsModel(RecordTableModel):
    DATE, TITLE, LOCATION, ATTENDEES = range(4)
    HEADERS = (tr_noop("Date"), tr_noop("Session"), tr_noop("Location"), tr_noop("Attendees"))

    def cell(self, record: SessionRecord, column: int) -> str:
        return (format_date(record.held_on), record.title, record.location or "—",
                str(len(record.attendee_ids)))[column]

    def sort_key(self, record: SessionRecord, column: int) -> Any:
        if column == self.DATE:
            return record.held_on.isoformat()
        if column == self.ATTENDEES:
            return len(record.attendee_ids)
        return super().sort_key(record, column)


class DecisionsModel(RecordTableModel):
    """The decision log: a proposal shows the date it was made until it is decided on."""

    DATE, BY, TEXT, STATE = range(4)
    HEADERS = (tr_noop("Date"), tr_noop("Decided by"), tr_noop("Decision"), tr_noop("State"))

    def cell(self, record: DecisionRecord, column: int) -> str:
        return (format_date(record.decided_on or record.proposed_on),
                label_in(self.lists.decision_makers, record.decided_by), record.text,
                DECISION_STATES.label(record.state, language()))[column]

    def sort_key(self, record: DecisionRecord, column: int) -> Any:
        if column == self.DATE:
            return str(record.decided_on or record.proposed_on)
        return super().sort_key(record, column)
