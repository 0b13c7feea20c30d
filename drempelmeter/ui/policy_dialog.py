"""Policy signals in the window: make one from a barrier, and a dialog that lists the
trajectory's policy signals, edits the selected one (level, addressee, request, status, dates,
answer, follow-up; each save undoable) and writes its letter as a PDF."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.ids import new_id
from ..domain.policy import (
    ANSWER,
    ANSWERED_ON,
    FOLLOW_UP_TEXT,
    ORDER,
    POLICY_LEVELS,
    POLICY_STATUSES,
    REQUEST,
    SENT_ON,
    SUPRA_LOCAL,
    after_today,
    can_move,
    missing,
)
from ..services import policy_signals
from ..services.policy_signals import PolicySignalRecord
from ..services.records import BarrierRecord
from . import policy_edits, prompts
from .document import TrajectoryDocument
from .formats import format_date
from .i18n import fill, language, tr, tr_noop
from .record_dialogs import NAME_MAX, RecordDialog
from .tables import RecordTableModel
from .widgets import add_row, button, date_edit, fit_to_screen, from_qdate, term_combo, to_qdate

log = logging.getLogger(__name__)


def addressee_edit() -> QLineEdit:
    """The addressee of a letter: a body or office, and a contact person after "t.a.v."."""
    edit = QLineEdit()
    edit.setMaxLength(NAME_MAX)
    edit.setPlaceholderText(tr("Body or office, then “t.a.v.” a contact person (optional)"))
    edit.setToolTip(tr("Left empty, the letter is addressed to the competent service of the "
                       "government at the chosen level, such as the Flemish Government."))
    return edit


class PolicySignalModel(RecordTableModel):
    """The policy signals: number, subject, level, addressee, status, sent, answered."""

    HEADERS: ClassVar[tuple[str, ...]] = (
        tr_noop("No."), tr_noop("Subject"), tr_noop("Level"), tr_noop("To"), tr_noop("Status"),
        tr_noop("Sent"), tr_noop("Answered"))

    def cell(self, record: PolicySignalRecord, column: int) -> str:
        return (str(record.number), record.subject,
                POLICY_LEVELS.label(record.level, language()), record.addressee,
                POLICY_STATUSES.label(record.status, language()), format_date(record.sent_on),
                format_date(record.answered_on))[column]

    def sort_key(self, record: PolicySignalRecord, column: int) -> Any:
        keys = {0: record.number, 5: record.sent_on or date.min,
                6: record.answered_on or date.min}
        return keys[column] if column in keys else self.cell(record, column).casefold()


class MakePolicySignalDialog(RecordDialog):
    """What a new policy signal about a barrier starts with: its level, addressee, request."""

    def __init__(self, barrier: BarrierRecord, parent: QWidget | None) -> None:
        super().__init__(tr("Make a policy signal"), parent)
        self.setObjectName("makePolicySignalDialog")
        self.form.addRow(QLabel(fill(tr("About the barrier “%1”."), barrier.title)))
        if barrier.influence != SUPRA_LOCAL:
            note = QLabel(tr("The barrier will be marked supra-local: it then weighs less in the "
                             "local plan's score and goes to the level that decides instead."))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.level = term_combo(POLICY_LEVELS, "flemish")
        add_row(self.form, tr("&Level:"), self.level, "newPolicyLevel")
        self.addressee = addressee_edit()
        add_row(self.form, tr("&Addressee:"), self.addressee, "newPolicyAddressee")
        self.request = QPlainTextEdit()
        self.request.setTabChangesFocus(True)
        add_row(self.form, tr("&Request (what the region asks):"), self.request,
                "newPolicyRequest")

    def values(self) -> tuple[str, str, str]:
        return (self.level.currentData(), self.addressee.text().strip(),
                self.request.toPlainText().strip())


def make_policy_signal(document: TrajectoryDocument, barrier: BarrierRecord,
                       parent: QWidget) -> MakePolicySignalDialog:
    """Ask what the new policy signal starts with; made (undoably) when the user says OK, then
    the list of policy signals opens on it."""
    dialog = MakePolicySignalDialog(barrier, parent)
    signal_id = new_id()
    dialog.save_with(document, lambda: policy_edits.make_policy_signal(
        document, barrier, signal_id, *dialog.values()))
    dialog.accepted.connect(lambda: show_policy_signals(document, parent, signal_id))
    dialog.open()
    return dialog


def show_policy_signals(document: TrajectoryDocument, parent: QWidget,
                        chosen: str | None = None) -> PolicySignalsDialog:
    """The window's one dialog of policy signals, shown (on `chosen` when given)."""
    window = parent.window()
    dialog = window.findChild(PolicySignalsDialog)
    if dialog is not None and dialog.document is not document:  # of a trajectory now closed
        dialog.close()
        dialog.setParent(None)  # type: ignore[call-overload]
        dialog.deleteLater()
        dialog = None
    if dialog is None:
        dialog = PolicySignalsDialog(document, window, window.suggested_path)  # type: ignore[attr-defined]
    dialog.reload(chosen)
    if dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
    else:
        dialog.show()
    return dialog


class DateField(QWidget):
    """A date that may be empty: a check box says whether it is set."""

    def __init__(self, caption: str, name: str) -> None:
        super().__init__()
        self.set = QCheckBox(caption)
        self.set.setObjectName(f"{name}Set")
        self.set.setAccessibleName(caption.replace("&", ""))
        self.date = date_edit(None)
        self.date.setObjectName(name)
        self.date.setAccessibleName(fill(tr("Date: %1"), caption.replace("&", "")))
        self.set.toggled.connect(self.date.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.set)
        layout.addWidget(self.date)
        layout.addStretch()

    def value(self) -> date | None:
        return from_qdate(self.date.date()) if self.set.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.set.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        self.date.setDate(to_qdate(value or date.today()))


class PolicySignalsDialog(QDialog):
    """The trajectory's policy signals, the selected one in a form to edit, its letter."""

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None,
                 suggest: Callable[[str, str], Path]) -> None:
        super().__init__(parent)
        self.document = document
        self.suggest = suggest  # where a new file is proposed, under a name and a suffix
        self.setObjectName("policySignalsDialog")
        self.setWindowTitle(tr("Policy signals"))
        self.setAccessibleName(self.windowTitle())
        self.model = PolicySignalModel(self)
        self.table = QTableView()
        self.table.setObjectName("policySignalsTable")
        self.table.setAccessibleName(tr("Policy signals"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        for column in (1, 3):  # the subject and the addressee share what is left
            self.table.horizontalHeader().setSectionResizeMode(column,
                                                               QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_chosen())

        form = QFormLayout()
        self.level = term_combo(POLICY_LEVELS)
        add_row(form, tr("&Level:"), self.level, "policyLevel")
        self.addressee = addressee_edit()
        add_row(form, tr("&Addressee:"), self.addressee, "policyAddressee")
        self.subject = QLineEdit()
        self.subject.setMaxLength(NAME_MAX)
        add_row(form, tr("S&ubject:"), self.subject, "policySubject")
        self.request = self._text(form, tr("&Request:"), "policyRequest")
        self.status = term_combo(POLICY_STATUSES)
        add_row(form, tr("S&tatus:"), self.status, "policyStatus")
        self.sent = DateField(tr("Se&nt on"), "policySentOn")
        form.addRow(self.sent)
        self.answered = DateField(tr("Answered &on"), "policyAnsweredOn")
        form.addRow(self.answered)
        self.answer = self._text(form, tr("Ans&wer:"), "policyAnswer")
        self.follow_up = self._text(form, tr("&Follow-up:"), "policyFollowUp")
        self.editor = QWidget()
        self.editor.setLayout(form)

        self.save_button = button(tr("&Save changes"), "policySave")
        self.save_button.clicked.connect(self.on_save)
        self.letter_button = button(tr("Write the letter as &PDF…"), "policyLetter")
        self.letter_button.clicked.connect(self.on_letter)
        self.remove_button = button(tr("Re&move"), "policyRemove")
        self.remove_button.clicked.connect(self.on_remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for widget in (self.save_button, self.letter_button, self.remove_button):
            actions.addWidget(widget)
        actions.addStretch()
        actions.addWidget(close)
        self.empty = QLabel(tr("No policy signals yet. On the barriers page, choose a barrier "
                               "that belongs higher up and make a policy signal of it."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.editor, 3)
        layout.addLayout(actions)
        document.changed.connect(self.on_changed)
        fit_to_screen(self, 900, 760)

    @staticmethod
    def _text(form: QFormLayout, label: str, name: str) -> QPlainTextEdit:
        field = QPlainTextEdit()
        field.setTabChangesFocus(True)
        add_row(form, label, field, name)
        return field

    def on_changed(self, area: str) -> None:
        if area == "policy":
            self.reload(self.chosen_id())

    def reload(self, chosen: str | None = None) -> None:
        """Read the policy signals again and select `chosen` (else the first)."""
        self.model.set_records(policy_signals.list_policy_signals(self.document.db))
        row = self.model.row_of(chosen) if chosen else -1
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self.empty.setVisible(not self.model.rowCount())
        self.show_chosen()

    def chosen(self) -> PolicySignalRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def chosen_id(self) -> str | None:
        record = self.chosen()
        return record.id if record else None

    def show_chosen(self) -> None:
        """The selected policy signal in the form; the form and its buttons off without one."""
        record = self.chosen()
        writable = record is not None and not self.document.read_only
        self.editor.setEnabled(writable)
        self.save_button.setEnabled(writable)
        self.remove_button.setEnabled(writable)
        self.letter_button.setEnabled(record is not None)
        if record is None:
            return
        self.level.setCurrentIndex(max(0, self.level.findData(record.level)))
        self.addressee.setText(record.addressee)
        self.subject.setText(record.subject)
        self.request.setPlainText(record.request)
        self.status.setCurrentIndex(max(0, self.status.findData(record.status)))
        self.sent.set_value(record.sent_on)
        self.answered.set_value(record.answered_on)
        self.answer.setPlainText(record.answer)
        self.follow_up.setPlainText(record.follow_up)

    def edited(self, record: PolicySignalRecord) -> PolicySignalRecord:
        return replace(record, level=self.level.currentData(),
                       addressee=self.addressee.text().strip(),
                       subject=self.subject.text().strip(),
                       request=self.request.toPlainText().strip(),
                       status=self.status.currentData(), sent_on=self.sent.value(),
                       answered_on=self.answered.value(),
                       answer=self.answer.toPlainText().strip(),
                       follow_up=self.follow_up.toPlainText().strip())

    def problem(self, old: PolicySignalRecord, new: PolicySignalRecord) -> str | None:
        """Why the form cannot be saved as it is, in words; None when it can."""
        if not new.subject:
            return tr("Give the policy signal a subject.")
        if not can_move(old.status, new.status):
            return fill(tr("A policy signal cannot go from “%1” to “%2”."),
                        POLICY_STATUSES.label(old.status, language()),
                        POLICY_STATUSES.label(new.status, language()))
        if after_today(new.sent_on, new.answered_on, date.today()) is not None:
            return tr("A letter is not sent or answered after today.")
        lacking = missing(new.status, new.request, new.sent_on, new.answered_on, new.answer,
                          new.follow_up)
        return {
            REQUEST: tr("Write down what the region asks before the letter is sent."),
            SENT_ON: tr("Say when the letter was sent."),
            ANSWERED_ON: tr("Say when the answer came."),
            ANSWER: tr("Write down what was answered."),
            FOLLOW_UP_TEXT: tr("Say what is done next (the follow-up)."),
            ORDER: tr("The answer cannot come before the letter was sent."),
        }.get(lacking or "")

    def on_save(self) -> None:
        old = self.chosen()
        if old is None:
            return
        new = self.edited(old)
        if new == old:
            return
        problem = self.problem(old, new)
        if problem:
            prompts.show_error(self, self.windowTitle(), problem)
            return
        self.document.push(policy_edits.edit_policy_signal(self.document, old, new))

    def on_remove(self) -> None:
        record = self.chosen()
        if record is not None and prompts.confirm(self, tr("Remove policy signal"), fill(
                tr("Remove policy signal %1 (“%2”)? You can undo this."), record.number,
                record.subject)):
            self.document.push(policy_edits.remove_policy_signal(self.document, record))

    def on_letter(self) -> None:
        from ..exchange.errors import WriteError
        from .messages import describe_write_error, masked_text

        record = self.chosen()
        if record is None:
            return
        suggestion = self.suggest(fill(tr("Policy signal %1"), record.number), ".pdf")
        target = prompts.choose_file_to_save(self, tr("Save the letter as"), suggestion, ".pdf")
        if target is None:
            return
        try:
            letter = policy_signals.write_letter(self.document.db, record.id, date.today(),
                                                 target)
        except WriteError as exc:
            log.warning("policy letter to %s failed: %s", target, exc.kind)
            prompts.show_error(self, self.windowTitle(), describe_write_error(exc))
            return
        log.info("policy letter written: %s", target)
        if letter.masked:
            prompts.show_info(self, self.windowTitle(), masked_text(letter.masked))
        prompts.show_info(self, self.windowTitle(),
                          fill(tr("The letter is saved as %1."), str(target)))
