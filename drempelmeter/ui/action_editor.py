"""The editor of one action: its title, the three questions as lists of points, who carries it
and when, what it costs and how it is measured, what it serves, and the steering group's
validation. Every change is committed at once as one undoable edit (`edited`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QScrollArea,
    QWidget,
)

from ..domain.plan import QUESTIONS, ActionRecord
from ..domain.prioritisation import MOSCOW
from ..domain.taxonomy import ALL_BS, GBO_PRINCIPLES
from ..domain.terms import Vocabulary
from .formats import DATE_FORMAT
from .i18n import language, tr
from .points_editor import PointsEditor
from .privacy_hint import add_hint
from .steering_texts import YearNoteFields
from .widgets import (
    add_row,
    checked_keys,
    fill_term_checklist,
    from_qdate,
    optional_combo,
    term_checklist,
    to_qdate,
)

NO_DATE = QDate(2000, 1, 1)  # shown as "—": no date chosen
#: The editor's width, in widths of its widest label, below which labels go above their fields.
LABEL_SHARE = 2.2
Index = QModelIndex | QPersistentModelIndex


def optional_date() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def date_of(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else from_qdate(edit.date())


def set_checked(widget: QListWidget, checked: tuple[str, ...]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                           in checked else Qt.CheckState.Unchecked)


class CheckList(QAbstractListModel):
    """Checkable (key, label) rows over plain data, for lists as long as a province's barriers:
    the rows are replaced only when they change, and showing another action's choice is one
    change signal, not one per row. A tick by the user emits `toggled`."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []
        self._checked: frozenset[str] = frozenset()

    def show(self, rows: list[tuple[str, str]], checked: tuple[str, ...]) -> None:
        if rows != self._rows:
            self.beginResetModel()
            self._rows, self._checked = list(rows), frozenset(checked)
            self.endResetModel()
        elif self._rows and frozenset(checked) != self._checked:
            self._checked = frozenset(checked)
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked(self) -> tuple[str, ...]:
        """The ticked keys, in the order of the rows."""
        return tuple(key for key, _label in self._rows if key in self._checked)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() \
            else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        key, label = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return key
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # type: ignore[no-untyped-def]
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self._rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked = self._checked | {key}
        else:
            self._checked = self._checked - {key}
        self.dataChanged.emit(index, index, [role])
        self.toggled.emit()
        return True


def check_list(model: CheckList, height: int) -> QListView:
    """A list view of `model`, at most `height` pixels high."""
    view = QListView()
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.setMaximumHeight(height)
    return view


class ActionEditor(QScrollArea):
    edited = Signal(object)  # the action as it should be stored now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionEditor")
        self.setWidgetResizable(True)
        self.record: ActionRecord | None = None
        self._loading = False
        body = QWidget()
        form = self.form = QFormLayout(body)
        self.title = QLineEdit()
        add_row(form, tr("&Action:"), self.title, "actionTitle")
        self.questions: dict[str, PointsEditor] = {}
        for term in QUESTIONS:
            text = term.label(language())
            editor = PointsEditor(text, f"question_{term.key}")
            editor.changed.connect(lambda points, key=term.key: self._commit(**{key: points}))
            self.questions[term.key] = editor
            add_row(form, text, editor.points, f"question_{term.key}Points")
            form.addRow("", editor.entry)
            add_hint(form, editor.entry)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        add_row(form, tr("O&wner:"), self.owner, "actionOwner")
        self.owner.lineEdit().setAccessibleName(tr("Owner"))  # the text field inside the combo
        add_hint(form, self.owner.lineEdit(), "actionOwner")  # a partner, or any name typed
        self.partner_list = CheckList(self)
        self.partners = check_list(self.partner_list, 110)
        add_row(form, tr("Pa&rtners involved:"), self.partners, "actionPartners")
        self.starts_on, self.due_on = optional_date(), optional_date()
        add_row(form, tr("&Start:"), self.starts_on, "actionStart")
        add_row(form, tr("&Deadline:"), self.due_on, "actionDeadline")
        self.means, self.indicator = QLineEdit(), QLineEdit()
        add_row(form, tr("&Means and budget:"), self.means, "actionMeans")
        add_row(form, tr("&Indicator:"), self.indicator, "actionIndicator")
        self.barrier_list = CheckList(self)
        self.barriers = check_list(self.barrier_list, 130)
        add_row(form, tr("&Barriers it addresses:"), self.barriers, "actionBarriers")
        self.bs = term_checklist(ALL_BS, ())
        self.bs.setMaximumHeight(130)
        add_row(form, tr("B's it ser&ves:"), self.bs, "actionBs")
        self.principles = term_checklist(GBO_PRINCIPLES, ())
        self.principles.setMaximumHeight(110)
        add_row(form, tr("GBO principles it &upholds:"), self.principles, "actionPrinciples")
        self.moscow = optional_combo(MOSCOW, None, tr("(not chosen)"))
        add_row(form, tr("MoSCoW priorit&y:"), self.moscow, "actionMoscow")
        self.validated_on = optional_date()
        add_row(form, tr("Valida&ted on:"), self.validated_on, "actionValidatedOn")
        self.validation = QLineEdit()
        add_row(form, tr("Steering group's decision:"), self.validation, "actionValidation")
        self.reported_back = QLineEdit()
        add_row(form, tr("Reported bac&k to the partners:"), self.reported_back,
                "actionReportedBack")
        self.year_note = YearNoteFields(form, self)  # kept apart: written per year
        self.setWidget(body)
        for edit in (self.title, self.means, self.indicator, self.validation,
                     self.reported_back):
            edit.editingFinished.connect(self._commit)
        self.owner.lineEdit().editingFinished.connect(self._commit)
        self.owner.activated.connect(lambda _i: self._commit())
        for edit in (self.starts_on, self.due_on, self.validated_on):
            edit.editingFinished.connect(self._commit)
        for chosen in (self.partner_list, self.barrier_list):
            chosen.toggled.connect(self._commit)
        for widget in (self.bs, self.principles):
            widget.itemChanged.connect(lambda _item: self._commit())
        self.moscow.activated.connect(lambda _i: self._commit())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_labels()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a zoom: the labels grew
            self.place_labels()

    def place_labels(self) -> None:
        """The labels beside their fields while the fields keep more width than the labels,
        else above them (a laptop at 150 %: fields of a few characters beside long labels)."""
        items = (self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                 for row in range(self.form.rowCount()))
        labels = max((label.sizeHint().width() for item in items
                      if item and (label := item.widget())), default=0)
        policy = QFormLayout.RowWrapPolicy.DontWrapRows \
            if self.viewport().width() >= LABEL_SHARE * labels \
            else QFormLayout.RowWrapPolicy.WrapAllRows
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def show_action(self, record: ActionRecord | None, partner_names: list[str],
                    barriers: list[tuple[str, str]],
                    principles: Vocabulary = GBO_PRINCIPLES) -> None:
        """Fill the form (nothing is committed while it fills); `principles` are the
        trajectory's own."""
        self._loading = True
        self.record = record
        self.setEnabled(record is not None)
        record = record or ActionRecord("", "")
        self.title.setText(record.title)
        for key, editor in self.questions.items():
            editor.set_points(getattr(record, key))
        if partner_names != [self.owner.itemText(i) for i in range(self.owner.count())]:
            self.owner.clear()
            self.owner.addItems(partner_names)
        self.owner.setEditText(record.owner)
        self.partner_list.show([(n, n) for n in partner_names], record.partners)
        self.barrier_list.show(barriers, record.barrier_ids)
        set_checked(self.bs, record.bs)
        fill_term_checklist(self.principles, principles, record.principles)
        for edit, value in ((self.starts_on, record.starts_on), (self.due_on, record.due_on),
                            (self.validated_on, record.validated_on)):
            edit.setDate(to_qdate(value) if value else NO_DATE)
        self.means.setText(record.means)
        self.indicator.setText(record.indicator)
        self.moscow.setCurrentIndex(max(0, self.moscow.findData(record.moscow)))
        self.validation.setText(record.validation)
        self.reported_back.setText(record.reported_back)
        self.year_note.show_action(record.id, record.number)
        self._loading = False

    def current(self) -> ActionRecord | None:
        """The action as the form shows it now."""
        if self.record is None:
            return None
        return replace(
            self.record, title=self.title.text().strip(),
            **{key: editor.values() for key, editor in self.questions.items()},
            owner=self.owner.currentText().strip(), partners=self.partner_list.checked(),
            starts_on=date_of(self.starts_on), due_on=date_of(self.due_on),
            means=self.means.text().strip(), indicator=self.indicator.text().strip(),
            barrier_ids=self.barrier_list.checked(), bs=checked_keys(self.bs),
            principles=checked_keys(self.principles), moscow=self.moscow.currentData(),
            validated_on=date_of(self.validated_on), validation=self.validation.text().strip(),
            reported_back=self.reported_back.text().strip())

    def _commit(self, **points: tuple[str, ...]) -> None:
        if self._loading or self.record is None:
            return
        new = replace(self.current(), **points)  # type: ignore[arg-type]
        if new != self.record:
            self.edited.emit(new)
