"""Application-level dialogs: a new trajectory's first details, and the preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ..services.records import TrajectoryRecord
from .i18n import LANGUAGE_PREFERENCES, tr
from .record_dialogs import RecordDialog
from .widgets import add_row, date_edit, from_qdate


class NewTrajectoryDialog(RecordDialog):
    """The short form for a new trajectory; OK asks for the file's place and writes it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(tr("New trajectory"), parent)
        self.file: Path | None = None  # where the last OK tried to write it
        self.name = self.required_text(tr("&Name:"), "newName", "")
        self.region = QLineEdit()
        add_row(self.form, tr("&Region:"), self.region, "newRegion")
        self.coach = QLineEdit()
        add_row(self.form, tr("Process &coach:"), self.coach, "newCoach")
        self.start = date_edit(None)
        add_row(self.form, tr("&Start date:"), self.start, "newStart")
        self.update_ok()

    def is_complete(self) -> bool:
        return bool(self.name.text().strip())

    def record(self) -> TrajectoryRecord:
        return TrajectoryRecord(name=self.name.text().strip(), region=self.region.text().strip(),
                                coach=self.coach.text().strip(),
                                start_date=from_qdate(self.start.date()))


class PreferencesDialog(RecordDialog):
    def __init__(self, preference: str, parent: QWidget | None) -> None:
        super().__init__(tr("Preferences"), parent)
        names = {"system": tr("Same as the system"), "en": "English", "nl": "Nederlands"}
        self.language = QComboBox()
        for key in LANGUAGE_PREFERENCES:
            self.language.addItem(names[key], key)
        self.language.setCurrentIndex(max(0, self.language.findData(preference)))
        add_row(self.form, tr("&Language:"), self.language, "preferencesLanguage")
        note = QLabel(tr("A new language takes effect when Drempelmeter starts again."))
        note.setWordWrap(True)
        self.form.addRow(note)

    def preference(self) -> str:
        return str(self.language.currentData())
