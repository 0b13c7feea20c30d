"""The keyboard-only grid for paper questionnaires: one row per respondent, one column per item.

Digits 1–5 answer, `w` is "weet niet", `n` is "niet van toepassing", Delete clears; each of them,
and Enter, moves on to the next cell (the next row's first item after the last one). The last
row is always empty: typing there adds a questionnaire.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ..domain.scoring import DONT_KNOW, NOT_APPLICABLE
from ..services.records import RespondentRecord
from .i18n import tr

Index = QModelIndex | QPersistentModelIndex
#: What a key stands for: (value, special).
KEYS: dict[str, tuple[int | None, str | None]] = {
    **{str(v): (v, None) for v in range(1, 6)},
    "w": (None, DONT_KNOW),
    "n": (None, NOT_APPLICABLE),
}
SHOWN = {DONT_KNOW: "w", NOT_APPLICABLE: "n"}
#: A question's column, in average characters: its code ("bek-1") whole, also in larger text.
COLUMN_CHARS = 9


def answer_name(value: int | None, special: str | None) -> str:
    """The answer in words, for screen readers and tooltips."""
    if special == DONT_KNOW:
        return tr("don't know")
    if special == NOT_APPLICABLE:
        return tr("not applicable")
    return str(value) if value is not None else tr("no answer")


class AnswersModel(QAbstractTableModel):
    """The answers of one partner's group in one round, plus an empty row for the next form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, str]] = []  # (item id, its wording for this group)
        self.respondents: list[RespondentRecord] = []
        self._answers: list[dict[str, tuple[int | None, str | None]]] = []
        self.editable = False

    def set_data(self, items: Sequence[tuple[str, str]], respondents: Sequence[RespondentRecord],
                 editable: bool) -> None:
        """Replace the contents; keeps the view's current cell when only answers changed (the
        same questions, forms and editability: the same rows and columns)."""
        same_shape = ([i for i, _ in items] == [i for i, _ in self.items]
                      and [r.id for r in respondents] == [r.id for r in self.respondents]
                      and editable == self.editable)
        if not same_shape:
            self.beginResetModel()
        self.items = list(items)
        self.respondents = list(respondents)
        self._answers = [{item: (value, special) for item, value, special in r.answers}
                         for r in respondents]
        self.editable = editable
        if same_shape:
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, self.columnCount() - 1))
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        else:
            self.endResetModel()

    def answer(self, row: int, column: int) -> tuple[int | None, str | None]:
        if row >= len(self._answers):
            return (None, None)
        return self._answers[row].get(self.items[column][0], (None, None))

    def is_new_row(self, row: int) -> bool:
        return row == len(self.respondents)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.respondents) + (1 if self.editable else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        value, special = self.answer(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return SHOWN.get(special or "", "" if value is None else str(value))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            item_id, wording = self.items[index.column()]
            return f"{item_id}: {answer_name(value, special)} — {wording}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # type: ignore[no-untyped-def]
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.items[section][0]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.items[section][1]
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "+" if self.is_new_row(section) else str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole and self.is_new_row(section):
            return tr("Type in this row to add a questionnaire")
        return None


class EntryGridView(QTableView):
    """Turns keys into answers; the page decides what an answer does (an undoable edit)."""

    #: row, column, value, special (both None: clear the cell)
    answer_typed = Signal(int, int, object, object)

    def __init__(self, model: AnswersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("entryGrid")
        self.setAccessibleName(tr("Answers: one row per questionnaire, one column per question"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self._size_columns()

    def _size_columns(self) -> None:
        self.horizontalHeader().setDefaultSectionSize(
            COLUMN_CHARS * self.fontMetrics().averageCharWidth())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # View ▸ Larger text
            self._size_columns()
        super().changeEvent(event)

    def answers_model(self) -> AnswersModel:
        return self.model()  # type: ignore[return-value]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.answers_model()
        key = event.text().lower()
        if index.isValid() and model.editable and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if key in KEYS:
                self._answer(index.row(), index.column(), *KEYS[key])
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if not model.is_new_row(index.row()):
                    self._answer(index.row(), index.column(), None, None)
                return
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_on(index.row(), index.column())
            return
        super().keyPressEvent(event)

    def _answer(self, row: int, column: int, value: int | None, special: str | None) -> None:
        self.answer_typed.emit(row, column, value, special)
        self.move_on(row, column)

    def move_on(self, row: int, column: int) -> None:
        """The next item of this form, or the first item of the next form."""
        model = self.answers_model()
        if column + 1 < model.columnCount():
            row, column = row, column + 1
        elif row + 1 < model.rowCount():
            row, column = row + 1, 0
        self.setCurrentIndex(model.index(row, column))
