"""A table's columns sharing its width: one column of words takes what the others leave."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnRoom(QObject):
    """The `main` column (a title, a signal's text) takes the width the other columns leave,
    and at least `least` average characters: the table scrolls sideways below that. The other
    columns are as wide as their header and texts, those in `caps` at most their cap (in
    average characters; a longer text is cut with an ellipsis, the whole text in its tooltip),
    and a capped column gives up width down to its header's while `main` has less than its
    texts' width up to `most` characters (none by default). Shared again as the view is
    resized; a column the user drags keeps its width."""

    def __init__(self, view: QTableView, main: int, least: int,
                 caps: Mapping[int, int] | None = None, most: int = 0) -> None:
        super().__init__(view)
        self.view, self.main = view, main
        char = view.fontMetrics().averageCharWidth()
        self.least, self.most = least * char, most * char
        self.caps = {column: cap * char for column, cap in (caps or {}).items()}
        self.wanted: dict[int, int] = {}
        self._sharing = False
        view.horizontalHeader().sectionResized.connect(self._dragged)
        view.viewport().installEventFilter(self)

    def fit(self, wanted: Mapping[int, int] | None = None) -> None:
        """Each column as wide as its header and texts: as given in `wanted` (pixels the caller
        measured), else as the view measures them (see QHeaderView.resizeContentsPrecision)."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        given = wanted or {}
        self.wanted = {column: given.get(column) or max(header.sectionSizeHint(column),
                                                        self.view.sizeHintForColumn(column))
                       for column in range(header.count())}
        self.share()

    def widths(self) -> dict[int, int]:
        """Every shown column's width in the view's width now."""
        header = self.view.horizontalHeader()
        widths = {column: min(width, self.caps.get(column, width))
                  for column, width in self.wanted.items() if column != self.main
                  and column < header.count() and not header.isSectionHidden(column)}
        room = self.view.viewport().width()
        short = min(self.wanted[self.main], self.most) - (room - sum(widths.values()))
        spare = {column: max(0, widths[column] - header.sectionSizeHint(column))
                 for column in self.caps if column in widths}
        if short > 0 and sum(spare.values()):
            given = min(short, sum(spare.values()))
            total = sum(spare.values())
            for column, width in spare.items():
                widths[column] -= -(-width * given // total)  # rounded up: none short
        widths[self.main] = max(self.least, room - sum(widths.values()))
        return widths

    def share(self) -> None:
        header = self.view.horizontalHeader()
        if self.main >= header.count():
            return
        self._sharing = True
        try:
            for column, width in self.widths().items():
                header.resizeSection(column, width)
        finally:
            self._sharing = False
        if self.view.wordWrap():  # rows as tall as their wrapped texts in the new widths
            self.view.resizeRowsToContents()

    def _dragged(self, column: int, _old: int, new: int) -> None:
        if self._sharing or column == self.main or column not in self.wanted:
            return
        self.wanted[column] = new
        self.caps.pop(column, None)
        self.share()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.wanted:
            self.share()
        return False
