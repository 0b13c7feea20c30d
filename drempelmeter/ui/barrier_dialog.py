"""The dialog that edits a barrier: title, description, B, severity, influence, status and the
partners that recognise it (those of its signals, unless the coach chooses)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from ..domain.taxonomy import ALL_BS, BARRIER_STATUSES, INFLUENCE, SEVERITY
from ..services.records import BarrierRecord, PartnerRecord
from .i18n import tr
from .record_dialogs import RecordDialog
from .widgets import add_row, optional_combo, term_combo


class BarrierDialog(RecordDialog):
    def __init__(self, record: BarrierRecord, partners: list[PartnerRecord],
                 parent: QWidget | None) -> None:
        super().__init__(tr("Edit barrier"), parent)
        self._record = record
        self.title = self.required_text(tr("&Title:"), "barrierTitle", record.title)
        self.description = QPlainTextEdit(record.description)
        self.description.setTabChangesFocus(True)
        add_row(self.form, tr("&Description:"), self.description, "barrierDescription")
        self.primary_b = term_combo(ALL_BS, record.primary_b)
        add_row(self.form, tr("&B:"), self.primary_b, "barrierB")
        self.severity = optional_combo(SEVERITY, None if record.severity is None
                                       else str(record.severity), tr("(not set)"))
        add_row(self.form, tr("Se&verity:"), self.severity, "barrierSeverity")
        self.influence = optional_combo(INFLUENCE, record.influence, tr("(not set)"))
        add_row(self.form, tr("&Influence:"), self.influence, "barrierInfluence")
        self.status = term_combo(BARRIER_STATUSES, record.status)
        add_row(self.form, tr("St&atus:"), self.status, "barrierStatus")
        self.own_choice = QCheckBox(tr("Choose the partners myself"))
        self.own_choice.setChecked(record.partner_ids is not None)
        add_row(self.form, tr("&Partners:"), self.own_choice, "barrierOwnPartners")
        self.partners = QListWidget()
        self.partners.setObjectName("barrierPartners")
        self.partners.setAccessibleName(tr("Partners that recognise the barrier"))
        for partner in partners:
            item = QListWidgetItem(partner.name)
            item.setData(Qt.ItemDataRole.UserRole, partner.id)
            item.setCheckState(Qt.CheckState.Checked if partner.id in record.recognised_by
                               else Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        self.form.addRow(self.partners)
        self.own_choice.toggled.connect(self.partners.setEnabled)
        self.partners.setEnabled(self.own_choice.isChecked())
        self.update_ok()

    def is_complete(self) -> bool:
        return bool(self.title.text().strip())

    def record(self) -> BarrierRecord:
        chosen = tuple(
            self.partners.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.partners.count())
            if self.partners.item(i).checkState() == Qt.CheckState.Checked)
        severity = self.severity.currentData()
        return replace(self._record, title=self.title.text().strip(),
                       description=self.description.toPlainText().strip(),
                       primary_b=self.primary_b.currentData(),
                       severity=None if severity is None else int(severity),
                       influence=self.influence.currentData(),
                       status=self.status.currentData(),
                       partner_ids=chosen if self.own_choice.isChecked() else None)
