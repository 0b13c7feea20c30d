"""Trees whose items wrap in the tree's width, each row as tall as its lines: a long title reads
whole beside an editor on a laptop, rather than cut with an ellipsis."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)


class WrappedItems(QStyledItemDelegate):
    """Each item as tall as its text wrapped in the room its depth leaves in the view (Qt's
    tree measures a row as if its column had no width, so a wrapped text kept one line); laid
    out again when the view's width changes."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setItemDelegate(self)
        view.viewport().installEventFilter(self)

    def room(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width an item's text and icon have at its depth in the tree."""
        depth, parent = int(self.view.rootIsDecorated()), index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return self.view.viewport().width() - depth * self.view.indentation()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.rect = QRect(0, 0, max(self.room(index), 1), 1)
        return self.view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, item,
                                                  QSize(), self.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and event.size().width() != \
                event.oldSize().width():  # type: ignore[attr-defined]
            self.view.doItemsLayout()
        return False
