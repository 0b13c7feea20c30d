"""The signal editor: every field of the taxonomy, and a live warning against personal data."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ..domain.privacy import redact, screen
from ..domain.taxonomy import SEVERITY, SIGNAL_STATUSES
from ..domain.terms import Term
from ..domain.vocabularies import DEFAULTS, Vocabularies
from ..services.records import PartnerRecord, SignalRecord
from .i18n import fill, tr
from .privacy_hint import announce
from .record_dialogs import RecordDialog
from .widgets import (
    add_row,
    button,
    checked_keys,
    fit_to_screen,
    optional_combo,
    term_checklist,
    term_combo,
)


class SignalDialog(RecordDialog):
    """Create or edit one signal. OK stays off while personal data is neither replaced nor kept."""

    def __init__(self, record: SignalRecord, partners: list[PartnerRecord], bs: tuple[Term, ...],
                 parent: QWidget | None, *, new: bool, lists: Vocabularies = DEFAULTS) -> None:
        super().__init__(tr("New signal") if new else tr("Edit signal"), parent)
        self._record = record
        none = tr("(not given)")
        self.partner = QComboBox()
        for partner in partners:
            self.partner.addItem(partner.name, partner.id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(record.partner_id)))
        add_row(self.form, tr("&Partner:"), self.partner, "signalPartner")
        definition = QLabel(tr("A signal is a problem that keeps coming back in practice and "
                               "goes beyond one person or one situation. Describe it in general "
                               "terms: never a name, an address, a number or a date of birth."))
        definition.setWordWrap(True)
        definition.setObjectName("signalDefinition")
        self.form.addRow(definition)
        self.description = QPlainTextEdit(record.description)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        add_row(self.form, tr("&Description:"), self.description, "signalDescription",
                privacy=False)  # its own warning, with a keep
        self.warning = QLabel()
        self.warning.setObjectName("privacyWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a3412; font-weight: bold;")
        self.replace_button = button(tr("Replace with &neutral words"), "privacyReplace")
        self.replace_button.clicked.connect(self.replace_findings)
        self.keep = QCheckBox(tr("&Keep: I confirm this is not personal data"))
        self.keep.setObjectName("privacyKeep")
        self.keep.setAccessibleName(tr("Keep: I confirm this is not personal data"))
        self.keep.toggled.connect(self.update_ok)
        privacy_row = QHBoxLayout()
        privacy_row.addWidget(self.replace_button)
        privacy_row.addWidget(self.keep)
        privacy_row.addStretch()
        self.form.addRow(self.warning)
        self.form.addRow(privacy_row)
        self.description.textChanged.connect(self.on_text_changed)

        grid = QGridLayout()
        fields = QFormLayout()
        more = QFormLayout()
        grid.addLayout(fields, 0, 0)
        grid.addLayout(more, 0, 1)
        self.primary_b = term_combo(bs, record.primary_b)
        add_row(fields, tr("&B:"), self.primary_b, "signalB")
        self.secondary_b = optional_combo(bs, record.secondary_b, none)
        add_row(fields, tr("Second B:"), self.secondary_b, "signalSecondB")
        self.choices: dict[str, QComboBox] = {}
        choices, multi_choices = lists.signal_choices(), lists.signal_multi_choices()
        for form, field, label in (
            (fields, "level", tr("&Level:")),
            (fields, "journey_moment", tr("&Moment:")),
            (fields, "channel", tr("&Channel:")),
            (fields, "non_take_up", tr("Non-take-up:")),
            (fields, "gbo_function", tr("GBO function:")),
            (more, "gbo_principle", tr("Working principle:")),
            (more, "source", tr("Source:")),
            (more, "frequency", tr("&Frequency:")),
            (more, "influence", tr("&Influence:")),
        ):
            combo = optional_combo(choices[field], getattr(record, field), none)
            add_row(form, label, combo, f"signal_{field}")
            self.choices[field] = combo
        self.severity = optional_combo(
            SEVERITY, None if record.severity is None else str(record.severity), none)
        add_row(more, tr("Se&verity:"), self.severity, "signalSeverity")
        self.status = term_combo(SIGNAL_STATUSES, record.status)
        add_row(more, tr("S&tatus:"), self.status, "signalStatus")
        self.form.addRow(grid)
        lists = QGridLayout()
        self.multi = {}
        for column, (field, label) in enumerate((
            ("life_domains", tr("Life domains")),
            ("tags", tr("Themes")),
            ("target_groups", tr("Target groups")),
        )):
            widget = term_checklist(multi_choices[field], getattr(record, field))
            widget.setObjectName(f"signal_{field}")
            widget.setAccessibleName(label)
            caption = QLabel(label)
            caption.setBuddy(widget)
            lists.addWidget(caption, 0, column)
            lists.addWidget(widget, 1, column)
            self.multi[field] = widget
        self.form.addRow(lists)
        fit_to_screen(self, 820, 720)
        self.on_text_changed()
        self.description.setFocus()  # where a new signal starts, not on Cancel

    def findings(self) -> list[str]:
        return [f.text for f in screen(self.description.toPlainText())]

    def on_text_changed(self) -> None:
        found = screen(self.description.toPlainText())
        if found:
            listed = ", ".join(f"“{f.text}” ({f.placeholder})" for f in found)
            self.warning.setText(fill(tr("This looks like personal data: %1. Replace it with a "
                                         "neutral word, or keep it if you are sure it is not."), listed))
        else:
            self.warning.clear()
        for widget in (self.warning, self.replace_button, self.keep):
            widget.setVisible(bool(found))
        announce(self.warning, self.description, self.warning.text())
        self.keep.setChecked(bool(found) and set(f.text for f in found)
                             <= set(self._record.kept_findings))
        self.update_ok()

    def replace_findings(self) -> None:
        text = self.description.toPlainText()
        self.description.setPlainText(redact(text, screen(text)))

    def is_complete(self) -> bool:
        return bool(self.description.toPlainText().strip()) and (
            not self.findings() or self.keep.isChecked())

    def record(self) -> SignalRecord:
        severity = self.severity.currentData()
        return replace(
            self._record, partner_id=self.partner.currentData(),
            description=self.description.toPlainText().strip(),
            primary_b=self.primary_b.currentData(), secondary_b=self.secondary_b.currentData(),
            severity=None if severity is None else int(severity),
            status=self.status.currentData(),
            kept_findings=tuple(self.findings()) if self.keep.isChecked() else (),
            to_review=False,
            **{field: combo.currentData() for field, combo in self.choices.items()},
            **{field: checked_keys(widget) for field, widget in self.multi.items()},
        )
