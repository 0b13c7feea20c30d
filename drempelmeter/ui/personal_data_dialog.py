"""Asked when an edit would store text that looks like personal data: keep it, or go back.

This is the coach's own laptop, so the text is shown as typed; the choice to keep it is
recorded in the file by the service that stores it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.personal_data import PersonalDataFound
from .i18n import fill, tr
from .messages import FIELD_NAMES
from .privacy_hint import kind_words


class PersonalDataDialog(QDialog):
    """Accept = keep the text (it is not personal data); reject = go back and change it."""

    def __init__(self, exc: PersonalDataFound, parent: QWidget | None) -> None:
        super().__init__(parent)
        title = tr("Personal data?")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("personalDataDialog")
        field = FIELD_NAMES.get(exc.field, lambda: exc.field)()
        intro = QLabel(fill(tr(
            "%1 contains text that looks like personal data. Personal data does not belong in "
            "the trajectory: it ends up in bundles and reports for the partners. Keep it only "
            "if you are sure it is not personal data."), field))
        intro.setObjectName("personalDataIntro")
        intro.setWordWrap(True)
        self.findings = QTableWidget(len(exc.findings), 2)
        self.findings.setObjectName("personalDataFindings")
        self.findings.setAccessibleName(tr("What looks like personal data"))
        self.findings.setHorizontalHeaderLabels([tr("Kind of data"), tr("Text")])
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings.setTabKeyNavigation(False)
        self.findings.verticalHeader().hide()
        for row, finding in enumerate(exc.findings):
            for column, text in enumerate((kind_words(finding.kind), finding.text)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.findings.setItem(row, column, item)
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(tr("&Keep: it is not personal data"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setObjectName("personalDataKeep")
        self.keep_button.setAccessibleName(tr("Keep: it is not personal data"))
        self.keep_button.setAutoDefault(False)
        self.back_button = buttons.addButton(tr("&Go back and change it"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("personalDataBack")
        self.back_button.setAccessibleName(tr("Go back and change it"))
        self.back_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.findings, 1)
        layout.addWidget(buttons)
        self.resize(560, 300)
        self.back_button.setFocus()
