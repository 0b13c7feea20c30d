"""The partners and participants of the trajectory, each in its own table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..domain.ids import new_id
from ..services import partners, vocabularies
from ..services.records import ParticipantRecord, PartnerRecord
from . import edits, prompts
from .document import TrajectoryDocument
from .i18n import fill, tr
from .record_section import RecordSection
from .tables import ParticipantsModel, PartnersModel
from .vocabulary_edits import VOCABULARIES
from .widgets import button, heading


class PartnersPage(QWidget):
    #: The coach asked for a partner's bundle: the signals view filtered on that partner.
    signals_requested = Signal(str)

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnersPage")
        self.document = document
        title = heading(tr("Partners and participants"), "partnersTitle")
        self.partners = RecordSection(tr("Partners"), PartnersModel(self), "partners")
        self.partners.add_requested.connect(self.on_add_partner)
        self.partners.edit_requested.connect(self.on_edit_partner)
        self.partners.remove_requested.connect(self.on_remove_partner)
        self.show_signals_button = button(tr("Show their signals"), "partnerSignals")
        self.show_signals_button.setAccessibleName(tr("Show the signals of the selected partner"))
        self.show_signals_button.clicked.connect(self.on_show_signals)
        self.partners.add_action_button(self.show_signals_button)
        self.partners.view.selectionModel().selectionChanged.connect(
            lambda: self.show_signals_button.setEnabled(self.partners.selected() is not None))
        self.show_signals_button.setEnabled(False)
        self.participants_model = ParticipantsModel(self)
        self.participants = RecordSection(tr("Participants"), self.participants_model,
                                          "participants")
        self.participants.add_requested.connect(self.on_add_participant)
        self.participants.edit_requested.connect(self.on_edit_participant)
        self.participants.remove_requested.connect(
            lambda r: document.push(edits.remove_participant(document, r)))
        note = QLabel(tr("Participants are the members of the steering group, the working group "
                         "and the sounding board. Clients are never recorded here."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.partners)
        layout.addWidget(self.participants)
        layout.addWidget(note)
        for section in (self.partners, self.participants):
            section.set_editable(not document.read_only)
        document.changed.connect(self.on_changed)
        self.reload()

    def reload(self) -> None:
        partner_list = partners.list_partners(self.document.db)
        self.participants_model.partner_names = {p.id: p.name for p in partner_list}
        lists = vocabularies.effective(self.document.db)
        self.partners.model.lists = self.participants_model.lists = lists
        self.partners.set_records(partner_list)
        self.participants.set_records(partners.list_participants(self.document.db))

    def on_changed(self, area: str) -> None:
        if area in ("partners", "participants", VOCABULARIES):
            self.reload()

    def on_show_signals(self) -> None:
        partner = self.partners.selected()
        if partner is not None:
            self.signals_requested.emit(partner.id)

    def _taken(self, except_id: str = "") -> set[str]:
        return {p.name for p in self.partners.model.records() if p.id != except_id}

    def _open_partner(self, record: PartnerRecord, *, new: bool) -> None:
        from .record_dialogs import PartnerDialog  # dialogs load when first opened

        dialog = PartnerDialog(record, self._taken(record.id), self, new=new,
                               lists=vocabularies.effective(self.document.db))
        dialog.save_with(self.document, lambda: (
            edits.add_partner(self.document, dialog.record()) if new
            else edits.edit_partner(self.document, record, dialog.record())))
        dialog.open()

    def on_add_partner(self) -> None:
        self._open_partner(PartnerRecord(new_id(), "", "core", "local_government"), new=True)

    def on_edit_partner(self, record: PartnerRecord) -> None:
        self._open_partner(record, new=False)

    def on_remove_partner(self, record: PartnerRecord) -> None:
        linked = [p for p in self.participants.model.records() if p.partner_id == record.id]
        if linked and not prompts.confirm(
            self, tr("Remove partner"),
            fill(tr("%1 participants belong to “%2”. They stay, without a partner. Remove the "
                    "partner?"), str(len(linked)), record.name),
        ):
            return
        self.document.push(edits.remove_partner(self.document, record))

    def _open_participant(self, record: ParticipantRecord, *, new: bool) -> None:
        from .record_dialogs import ParticipantDialog

        dialog = ParticipantDialog(record, self.partners.model.records(), self, new=new,
                                   lists=vocabularies.effective(self.document.db))
        dialog.save_with(self.document, lambda: (
            edits.add_participant(self.document, dialog.record()) if new
            else edits.edit_participant(self.document, record, dialog.record())))
        dialog.open()

    def on_add_participant(self) -> None:
        self._open_participant(ParticipantRecord(new_id(), "", "front_line_worker"), new=True)

    def on_edit_participant(self, record: ParticipantRecord) -> None:
        self._open_participant(record, new=False)
