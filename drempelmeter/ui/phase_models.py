"""Item models of the phases: the navigator's six rows, and one phase's checklist."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from ..domain.phases import PHASE_STATES
from ..domain.vocabularies import DEFAULTS
from ..paths import resource
from ..services.records import ChecklistEntry, PhaseStatus
from .edits import checklist_label
from .i18n import fill, language, tr

Index = QModelIndex | QPersistentModelIndex


def state_icon(state: str) -> QIcon:
    return QIcon(str(resource("icons", f"state-{state.replace('_', '-')}.svg")))


class PhaseNavigatorModel(QAbstractListModel):
    """The six phases, each with its state and checklist progress."""

    NumberRole = Qt.ItemDataRole.UserRole + 1
    StateRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._statuses: list[PhaseStatus] = []
        #: The trajectory's lists: the phases' titles as the region names them.
        self.lists = DEFAULTS

    def set_statuses(self, statuses: list[PhaseStatus]) -> None:
        if len(statuses) == len(self._statuses):
            self._statuses = list(statuses)
            self.dataChanged.emit(self.index(0), self.index(len(statuses) - 1))
        else:
            self.beginResetModel()
            self._statuses = list(statuses)
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._statuses)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        status = self._statuses[index.row()]
        title = self.lists.phase_title(status.number, language())
        state = PHASE_STATES[status.state].label(language())
        progress = fill(tr("%1 of %2 done"), str(status.done_count), str(status.item_count))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{status.number}. {title}\n{state} · {progress}"
        if role == Qt.ItemDataRole.DecorationRole:
            return state_icon(status.state)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return fill(tr("Phase %1: %2. %3, %4 on the checklist."),
                        str(status.number), title, state, progress)
        if role == self.NumberRole:
            return status.number
        if role == self.StateRole:
            return status.state
        return None


class ChecklistModel(QAbstractListModel):
    """One phase's checklist. Ticking asks `on_toggle` (an undoable edit) instead of editing."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, on_toggle: Callable[[ChecklistEntry, bool], None], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._entries: list[ChecklistEntry] = []
        self._on_toggle = on_toggle
        self.editable = True

    def set_entries(self, entries: list[ChecklistEntry]) -> None:
        """Show `entries`; the same rows are updated in place, so focus and selection stay."""
        if [e.id for e in entries] == [e.id for e in self._entries] and entries:
            self._entries = list(entries)
            self.dataChanged.emit(self.index(0), self.index(len(entries) - 1))
            return
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> ChecklistEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = checklist_label(entry)
            return f"{label}\n    {entry.note}" if entry.note else label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.note or None
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the note too, as it is on screen
            done = tr("done") if entry.done else tr("not done")
            spoken = f"{checklist_label(entry)}, {done}"
            return fill(tr("%1. Note: %2"), spoken, entry.note) if entry.note else spoken
        if role == self.IdRole:
            return entry.id
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # type: ignore[no-untyped-def]
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or not self.editable:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        entry = self._entries[index.row()]
        if done != entry.done:
            self._on_toggle(entry, done)
        return True
