"""Dialogs that create or edit one record: partner, participant, workshop session, decision."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.organisation import PARTNER_KINDS
from ..domain.steering import DECISION_STATES, PROPOSED
from ..domain.vocabularies import DEFAULTS, Vocabularies
from ..services.errors import InvalidInput
from ..services.records import (
    AgendaEntry,
    DecisionRecord,
    ParticipantRecord,
    PartnerRecord,
    SessionRecord,
)
from . import prompts
from .document import EditCommand, TrajectoryDocument
from .i18n import fill, language, tr
from .messages import describe_invalid_input
from .widgets import add_row, button, checked_keys, date_edit, from_qdate, term_checklist, term_combo

NAME_MAX = 200


class RecordDialog(QDialog):
    """A form with OK and Cancel; OK is enabled only while the form is complete."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.refusal = QLabel()  # why the last save was refused, shown until OK again
        self.refusal.setWordWrap(True)
        self.refusal.setObjectName("recordRefusal")
        self.refusal.setAccessibleName(tr("Why it was not saved"))
        self.refusal.setStyleSheet("color: #b00020;")
        self.refusal.hide()
        self._save: tuple[TrajectoryDocument, Callable[[], EditCommand]] | None = None
        self._attempt: Callable[[], bool] | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not hasattr(self, "_shown"):
            self._shown = prompts.findings_shown(self)

    def save_with(self, document: TrajectoryDocument,
                  command: Callable[[], EditCommand]) -> None:
        """OK saves the edit `command()` makes before the form closes: a save the service
        refuses (too long, personal data not confirmed, a rule of the record) keeps the form
        open with what was typed, the reason under it and the focus on the field named."""
        self._save = (document, command)

    def attempt_with(self, attempt: Callable[[], bool]) -> None:
        """OK runs `attempt()` (writing a file, say) before the form closes: the form closes
        when it returns True, else stays with what was typed (the attempt says why with
        `show_refusal`)."""
        self._attempt = attempt

    def accept(self) -> None:
        """Closes only when any text that looks like personal data, typed here, is confirmed
        and the save (if the form saves) went through; else the form stays with what was typed."""
        if not prompts.confirm_in_form(self, getattr(self, "_shown", {})):
            return
        if self._attempt is not None:
            self.refusal.hide()
            if self._attempt():
                super().accept()
            return
        if self._save is None:
            super().accept()
            return
        document, command = self._save
        refused: list[Exception] = []
        document.edit_failed.connect(refused.append)
        try:
            saved = document.push(command())
        finally:
            document.edit_failed.disconnect(refused.append)
        if saved:
            super().accept()
        else:
            self.show_refusal(refused[0] if refused else None)

    def show_refusal(self, exc: Exception | str | None, field: QWidget | None = None) -> None:
        """The reason under the form (the words, or the refusal described), and the focus on
        `field` or the field the refusal names."""
        if isinstance(exc, str):
            self.refusal.setText(exc)
            self.refusal.show()
            if field is not None:
                field.setFocus()
            return
        if not isinstance(exc, InvalidInput):
            self.refusal.setText(tr("The change was not saved."))
            self.refusal.show()
            return
        reason = describe_invalid_input(exc)
        field = self._field(exc.field)
        label = self.form.labelForField(field) if field is not None else None
        if isinstance(label, QLabel):  # named as the form names it: "Decision:", not "Text"
            reason = fill(tr("%1 %2"), label.text().replace("&", ""), reason)
        self.refusal.setText(reason)
        self.refusal.show()
        if field is not None:
            field.setFocus()

    def _field(self, name: str) -> QWidget | None:
        """The control for a service's field name: the one whose object name ends in it
        (`proposed_on` is `decisionProposedOn` or `signal_proposed_on`)."""
        endings = ("".join(part.capitalize() for part in name.split("_")), "_" + name)
        for widget in self.findChildren(QWidget):
            if widget.objectName().endswith(endings) and widget.isEnabled():
                return widget
        return None

    def required_text(self, label: str, name: str, value: str) -> QLineEdit:
        field = QLineEdit(value)
        field.setMaxLength(NAME_MAX)
        add_row(self.form, label, field, name)
        field.textChanged.connect(self.update_ok)
        return field

    def update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.is_complete())

    def is_complete(self) -> bool:
        return True


class PartnerDialog(RecordDialog):
    def __init__(self, record: PartnerRecord, taken_names: set[str], parent: QWidget | None,
                 *, new: bool, lists: Vocabularies = DEFAULTS) -> None:
        super().__init__(tr("New partner") if new else tr("Edit partner"), parent)
        self._record = record
        self._taken = {n.casefold() for n in taken_names}
        self.name = self.required_text(tr("&Name:"), "partnerName", record.name)
        self.kind = term_combo(PARTNER_KINDS, record.kind)
        add_row(self.form, tr("&Kind:"), self.kind, "partnerKind")
        self.type = term_combo(lists.partner_types, record.type)
        add_row(self.form, tr("&Type:"), self.type, "partnerType")
        self.update_ok()

    def is_complete(self) -> bool:
        name = self.name.text().strip()
        return bool(name) and name.casefold() not in self._taken

    def record(self) -> PartnerRecord:
        return replace(self._record, name=self.name.text().strip(),
                       kind=self.kind.currentData(), type=self.type.currentData())


class ParticipantDialog(RecordDialog):
    def __init__(self, record: ParticipantRecord, partners: list[PartnerRecord],
                 parent: QWidget | None, *, new: bool, lists: Vocabularies = DEFAULTS) -> None:
        super().__init__(tr("New participant") if new else tr("Edit participant"), parent)
        self._record = record
        self.name = self.required_text(tr("&Name:"), "participantName", record.name)
        self.role = term_combo(lists.participant_roles, record.role)
        add_row(self.form, tr("&Role:"), self.role, "participantRole")
        self.partner = QComboBox()
        self.partner.addItem(tr("(no partner)"), None)
        for partner in partners:
            self.partner.addItem(partner.name, partner.id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(record.partner_id)))
        add_row(self.form, tr("&Partner:"), self.partner, "participantPartner")
        self.groups = term_checklist(lists.groups, record.groups)
        self.groups.setMaximumHeight(90)
        add_row(self.form, tr("&Groups:"), self.groups, "participantGroups")
        self.update_ok()

    def is_complete(self) -> bool:
        return bool(self.name.text().strip())

    def record(self) -> ParticipantRecord:
        return replace(self._record, name=self.name.text().strip(),
                       role=self.role.currentData(), partner_id=self.partner.currentData(),
                       groups=checked_keys(self.groups))


class SessionDialog(RecordDialog):
    """A workshop session: date, title, place, who came, the agenda and the notes."""

    AGENDA_ROWS = 8

    def __init__(self, record: SessionRecord, participants: list[ParticipantRecord],
                 parent: QWidget | None, *, new: bool, lists: Vocabularies = DEFAULTS) -> None:
        title = lists.phase_title(record.phase_number, language())
        super().__init__(
            fill(tr("New session in phase %1") if new else tr("Edit session in phase %1"),
                 f"{record.phase_number}. {title}"), parent)
        self._record = record
        self.held_on = date_edit(record.held_on)
        add_row(self.form, tr("&Date:"), self.held_on, "sessionDate")
        self.title = self.required_text(tr("&Title:"), "sessionTitle", record.title)
        self.location = QLineEdit(record.location)
        add_row(self.form, tr("&Location:"), self.location, "sessionLocation")
        self.attendees = term_checklist((), ())
        chosen = set(record.attendee_ids)
        for person in participants:
            self.attendees.addItem(person.name)
            item = self.attendees.item(self.attendees.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen
                               else Qt.CheckState.Unchecked)
        add_row(self.form, tr("&Attendees:"), self.attendees, "sessionAttendees")
        self.agenda = QTableWidget(max(self.AGENDA_ROWS, len(record.agenda) + 2), 2)
        self.agenda.setHorizontalHeaderLabels([tr("Agenda item"), tr("Minutes")])
        self.agenda.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.agenda.setTabKeyNavigation(False)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        for row, entry in enumerate(record.agenda):
            self.agenda.setItem(row, 0, QTableWidgetItem(entry.text))
            minutes = "" if entry.minutes is None else str(entry.minutes)
            self.agenda.setItem(row, 1, QTableWidgetItem(minutes))
        add_row(self.form, tr("A&genda:"), self.agenda, "sessionAgenda")
        add_rows = button(tr("Add agenda &row"), "addAgendaRow", self)
        add_rows.clicked.connect(lambda: self.agenda.insertRow(self.agenda.rowCount()))
        self.form.addRow("", add_rows)
        self.notes = QPlainTextEdit(record.notes)
        self.notes.setTabChangesFocus(True)
        add_row(self.form, tr("&Notes:"), self.notes, "sessionNotes")
        self.resize(560, 640)
        self.update_ok()

    def is_complete(self) -> bool:
        return bool(self.title.text().strip())

    def agenda_entries(self) -> tuple[AgendaEntry, ...]:
        entries = []
        for row in range(self.agenda.rowCount()):
            text_item, minutes_item = self.agenda.item(row, 0), self.agenda.item(row, 1)
            text = text_item.text().strip() if text_item else ""
            minutes_text = minutes_item.text().strip() if minutes_item else ""
            if text:
                minutes = int(minutes_text) if minutes_text.isdigit() and minutes_text != "0" \
                    else None
                entries.append(AgendaEntry(text, minutes))
        return tuple(entries)

    def record(self) -> SessionRecord:
        return replace(self._record, held_on=from_qdate(self.held_on.date()),
                       title=self.title.text().strip(), location=self.location.text().strip(),
                       notes=self.notes.toPlainText().strip(), agenda=self.agenda_entries(),
                       attendee_ids=checked_keys(self.attendees))


class DecisionDialog(RecordDialog):
    """A decision, or a proposal put to a group: its state says which; a proposal has the date
    it was made and gets its decision date once decided on (or not accepted)."""

    def __init__(self, record: DecisionRecord, parent: QWidget | None, *, new: bool,
                 lists: Vocabularies = DEFAULTS, title: str = "") -> None:
        super().__init__(title or (tr("Log a decision") if new else tr("Edit a decision")),
                         parent)
        self._record = record
        self.state = term_combo(DECISION_STATES, record.state)
        add_row(self.form, tr("S&tate:"), self.state, "decisionState")
        self.proposed_on = date_edit(record.proposed_on)
        add_row(self.form, tr("&Proposed on:"), self.proposed_on, "decisionProposedOn")
        self.decided_on = date_edit(record.decided_on)
        add_row(self.form, tr("&Date:"), self.decided_on, "decisionDate")
        self.state.currentIndexChanged.connect(self._show_state)
        self._show_state()
        self.decided_by = term_combo(lists.decision_makers, record.decided_by)
        add_row(self.form, tr("Decided &by:"), self.decided_by, "decisionBy")
        self.text = QPlainTextEdit(record.text)
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self.update_ok)
        add_row(self.form, tr("Deci&sion:"), self.text, "decisionText")
        self.update_ok()

    def is_complete(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def _was_proposed(self) -> bool:
        return self.state.currentData() == PROPOSED or self._record.proposed_on is not None

    def _show_state(self) -> None:
        """A proposal's date while it is or was one; a decision date once decided on."""
        self.proposed_on.setEnabled(self._was_proposed())
        self.decided_on.setEnabled(self.state.currentData() != PROPOSED)

    def record(self) -> DecisionRecord:
        state = self.state.currentData()
        return replace(self._record, state=state,
                       proposed_on=from_qdate(self.proposed_on.date())
                       if self._was_proposed() else None,
                       decided_on=None if state == PROPOSED
                       else from_qdate(self.decided_on.date()),
                       decided_by=self.decided_by.currentData(),
                       text=self.text.toPlainText().strip())
