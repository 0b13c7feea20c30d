"""A list of points, made to fill in a workshop: type a point and press Enter, the next one
follows; F2 edits one, Delete removes it, Alt+Up and Alt+Down (or dragging) reorder them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.privacy import screen
from . import prompts
from .i18n import fill, tr


class PointList(QListWidget):
    """The points; reordering by keys or by dragging ends in `reordered`."""

    reordered = Signal()
    removed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.model().rowsMoved.connect(lambda *_: self.reordered.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if row >= 0 and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
            if 0 <= target < self.count():
                self.blockSignals(True)
                self.insertItem(target, self.takeItem(row))
                self.setCurrentRow(target)
                self.blockSignals(False)
                self.reordered.emit()
            return
        if row >= 0 and event.key() == Qt.Key.Key_Delete and self.state() != \
                QAbstractItemView.State.EditingState:
            self.removed.emit(row)
            return
        super().keyPressEvent(event)


class PointsEditor(QWidget):
    """The points of one of an action's three questions; `changed` carries them all."""

    changed = Signal(tuple)

    def __init__(self, question: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.points = PointList()
        self.points.setObjectName(f"{name}Points")
        self.points.setAccessibleName(question)
        self.points.setAccessibleDescription(tr(
            "F2 edits a point, Delete removes it, Alt+Up and Alt+Down move it."))
        self.entry = QLineEdit()
        self.entry.setObjectName(f"{name}Entry")
        self.entry.setPlaceholderText(tr("Type a point and press Enter"))
        self.entry.setAccessibleName(fill(tr("New point: %1"), question))
        self.entry.returnPressed.connect(self.add_typed)
        self.points.reordered.connect(self._emit)
        self.points.removed.connect(self.remove_point)
        self.points.itemChanged.connect(lambda _item: self._emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.points)
        layout.addWidget(self.entry)

    def set_points(self, points: tuple[str, ...]) -> None:
        self.points.blockSignals(True)
        row = self.points.currentRow()
        self.points.clear()
        for point in points:
            item = QListWidgetItem(point)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.points.addItem(item)
        if 0 <= row < self.points.count():
            self.points.setCurrentRow(row)
        self.points.blockSignals(False)

    def values(self) -> tuple[str, ...]:
        return tuple(t for t in (self.points.item(i).text().strip()
                                 for i in range(self.points.count())) if t)

    def add_typed(self) -> None:
        """Add the typed point; text that looks like personal data is asked about first, and
        going back leaves it in the entry to change."""
        text = self.entry.text().strip()
        if not text or not prompts.confirm_findings(self, self.entry.accessibleName(),
                                                    screen(text)):
            return
        self.entry.clear()
        self.changed.emit((*self.values(), text))

    def remove_point(self, row: int) -> None:
        points = list(self.values())
        if 0 <= row < len(points):
            del points[row]
            self.changed.emit(tuple(points))

    def _emit(self) -> None:
        self.changed.emit(self.values())
