"""A titled table of records with Add, Edit and Remove buttons, sortable and keyboard-driven."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .column_room import ColumnRoom
from .i18n import tr
from .tables import RecordTableModel
from .widgets import button

#: The least width of a section's column of words, in average characters (it scrolls below).
WORDS_LEAST = 20


class RecordSection(QGroupBox):
    """Shows `model`; asks for edits through signals, so the page turns them into commands."""

    add_requested = Signal()
    edit_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, title: str, model: RecordTableModel, name: str,
                 parent: QWidget | None = None, words: int | None = None,
                 lines: int = 1) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(RecordTableModel.SortRole)
        self.proxy.setSortLocaleAware(True)
        self.view = QTableView()
        self.view.setObjectName(f"{name}View")
        self.view.setAccessibleName(title)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # the column of words (the last one unless told) takes the room the others leave, on
        # `lines` lines: a long decision pushed the columns after it out of sight on a laptop
        self.room = ColumnRoom(self.view, len(model.HEADERS) - 1 if words is None else words,
                               WORDS_LEAST, lines=lines)
        self.view.activated.connect(lambda _index: self._edit())
        # No mnemonics: a page holds several sections, and Alt+A would be ambiguous. The buttons
        # are reached with Tab; Enter edits and Delete removes the selected row.
        self.add_button = button(tr("Add…"), f"{name}Add")
        self.edit_button = button(tr("Edit…"), f"{name}Edit")
        self.remove_button = button(tr("Remove"), f"{name}Remove")
        for widget, what in ((self.add_button, tr("Add")), (self.edit_button, tr("Edit")),
                             (self.remove_button, tr("Remove"))):
            widget.setAccessibleName(f"{what}: {title}")
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)
        self.buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.remove_button):
            self.buttons.addWidget(widget)
        self.buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self._editable = True
        self._update_buttons()

    def add_action_button(self, widget: QWidget) -> None:
        """Another action on the selected row, placed after Remove."""
        self.buttons.insertWidget(self.buttons.count() - 1, widget)

    def set_records(self, records: list[Any]) -> None:
        selected = self.selected()
        self.model.set_records(records)
        self.room.fit()
        if selected is not None:
            self.select(selected.id)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.add_button.setEnabled(editable)
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(self._editable and has)
        self.remove_button.setEnabled(self._editable and has)

    def _edit(self) -> None:
        record = self.selected()
        if record is not None and self._editable:
            self.edit_requested.emit(record)

    def _remove(self) -> None:
        record = self.selected()
        if record is not None and self._editable:
            self.remove_requested.emit(record)
