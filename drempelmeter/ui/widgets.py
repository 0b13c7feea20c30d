"""Small builders for accessible form widgets: labelled fields, choosers of closed lists, and
windows sized to the screen."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ..domain.terms import Term
from .formats import DATE_FORMAT
from .headings import expose_as_heading
from .i18n import fill, language, tr
from .privacy_hint import add_hint


def add_row(form: QFormLayout, label: str, field: QWidget, name: str, *,
            privacy: bool = True) -> QLabel:
    """A form row whose label (with its &mnemonic) is the field's buddy and accessible name.

    A free-text field gets a warning on the row under it while its text looks like personal
    data (`privacy=False` for a field that warns in its own way).
    """
    caption = QLabel(label)
    caption.setBuddy(field)
    field.setAccessibleName(label.replace("&", ""))
    field.setObjectName(name)
    form.addRow(caption, field)
    if privacy and isinstance(field, QLineEdit | QPlainTextEdit):
        add_hint(form, field, name)
    return caption


def button(text: str, name: str, parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAccessibleName(text.replace("&", "").rstrip("…"))
    return widget


def term_label(term: Term) -> str:
    """What a chooser shows for a term: its label, marked when the term is retired."""
    label = term.label(language())
    return fill(tr("%1 (retired)"), label) if term.retired else label


def term_combo(terms: Iterable[Term], current: str | None = None, *,
               retired: bool = False) -> QComboBox:
    """A drop-down of a closed list: labels shown, keys as item data. A retired term is offered
    only when it is `current` (a record keeps it) or when `retired` asks for every term."""
    combo = QComboBox()
    for term in terms:
        if retired or not term.retired or term.key == current:
            combo.addItem(term_label(term), term.key)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def term_checklist(terms: Iterable[Term], checked: Iterable[str]) -> QListWidget:
    """A list of checkable terms, for multi-selects such as groups and target groups. Retired
    terms stay in the list, marked, as pages check the items of a record after building it."""
    widget = QListWidget()
    fill_term_checklist(widget, terms, checked)
    return widget


def fill_term_checklist(widget: QListWidget, terms: Iterable[Term], checked: Iterable[str]) -> None:
    """Put these terms in a checklist in place of what it held (the region renamed a term)."""
    chosen = set(checked)
    widget.clear()
    for term in terms:
        item = QListWidgetItem(term_label(term))
        item.setData(Qt.ItemDataRole.UserRole, term.key)
        item.setCheckState(Qt.CheckState.Checked if term.key in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked_keys(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class DateEdit(QDateEdit):
    """A date field Tab leaves in one press (the arrow keys move between day, month and year);
    Qt's own steps through the three parts on Tab without a word to a screen reader."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


def date_edit(value: date | None) -> QDateEdit:
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(to_qdate(value or date.today()))
    return edit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PlaceholderList(QListWidget):
    """A list that says in grey what it will hold while it is empty (as a search field's
    placeholder), and to a screen reader as its description; `show_placeholder` says when."""

    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self.placeholder = placeholder
        self.placeholder_shown = False
        self.show_placeholder(True)

    def show_placeholder(self, shown: bool) -> None:
        self.placeholder_shown = shown
        self.setAccessibleDescription(self.placeholder if shown else "")
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.placeholder_shown and not self.count():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            margin = self.fontMetrics().averageCharWidth()
            painter.drawText(self.viewport().rect().adjusted(margin, margin // 2, -margin, 0),
                             Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.placeholder)


class ScaledLabel(QLabel):
    """A label `scale` times the size of the text around it, also after View ▸ Larger text."""

    def __init__(self, text: str, scale: float, bold: bool = False) -> None:
        super().__init__(text)
        self._scale, self._bold = scale, bold
        self._size()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a font of its own does not follow the window's
            app.fontChanged.connect(self._size)

    def _size(self) -> None:
        font = QFont(QApplication.font(self))
        font.setPointSizeF(font.pointSizeF() * self._scale)
        font.setBold(self._bold)
        self.setFont(font)


class Heading(ScaledLabel):
    """A page title: 1.6 times the size of the text around it, bold."""

    def __init__(self, text: str) -> None:
        super().__init__(text, 1.6, bold=True)


def heading(text: str, name: str) -> QLabel:
    """A page title: larger, bold, plain text, a heading for a screen reader."""
    label = Heading(text)
    label.setObjectName(name)
    expose_as_heading(label)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def optional_combo(terms: Iterable[Term], current: str | None, none_label: str) -> QComboBox:
    """A drop-down of a closed list whose first choice is "none" (data None); a retired term is
    offered only when it is `current`."""
    combo = QComboBox()
    combo.addItem(none_label, None)
    for term in terms:
        if not term.retired or term.key == current:
            combo.addItem(term_label(term), term.key)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    return combo


#: The share of the screen's free area a window or dialog takes at most when it first opens.
SCREEN_SHARE = 0.9


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """`widget` at the size it wants, but no larger than 90 % of the screen's available area
    (a laptop at 1366×768 or 1280×720 keeps room for a taskbar and the title bar); a main
    window centred on the screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    free = screen.availableGeometry()
    size = QSize(min(width, int(free.width() * SCREEN_SHARE)),
                 min(height, int(free.height() * SCREEN_SHARE)))
    widget.resize(size)
    if widget.parentWidget() is not None:  # a dialog: Qt centres it on its window
        return
    frame = QRect(QPoint(0, 0), size)
    frame.moveCenter(free.center())
    widget.move(frame.topLeft())
