"""File ▸ Check for personal data…: every stored text that looks like personal data, where it
is, what kind, a masked excerpt, and whether it still waits for review or was confirmed."""

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

from ..services import privacy_scan
from ..services.privacy_scan import FileFinding
from ..services.trajectory import TrajectoryDatabase
from .i18n import fill, tr
from .messages import FIELD_NAMES
from .privacy_hint import kind_words

RECORD_WORDS = {
    "trajectory": lambda: tr("Trajectory"),
    "partner": lambda: tr("Partner"),
    "participant": lambda: tr("Participant"),
    "checklist_item": lambda: tr("Checklist item"),
    "session": lambda: tr("Workshop session"),
    "decision": lambda: tr("Decision"),
    "signal": lambda: tr("Signal"),
    "measurement_round": lambda: tr("Measurement round"),
    "barrier": lambda: tr("Barrier"),
    "priority_round": lambda: tr("Prioritisation round"),
    "priority_entry": lambda: tr("Priority of a barrier"),
    "pillar": lambda: tr("Pillar of the plan"),
    "goal": lambda: tr("Goal of the plan"),
    "action": lambda: tr("Action"),
    "action_status": lambda: tr("Status of an action"),
    "capture": lambda: tr("Entry captured in a workshop"),
    "premortem_note": lambda: tr("Note of a pre-mortem"),
    "vocabulary_term": lambda: tr("Term of the region's vocabularies"),
    "questionnaire_theme": lambda: tr("Questionnaire theme of the region"),
    "questionnaire_theme_item": lambda: tr("Question of a region's questionnaire theme"),
    "chapter_note": lambda: tr("Interpretation of a report chapter"),
    "key_finding": lambda: tr("Key finding of the report"),
    "action_year_note": lambda: tr("What changes next year for an action"),
    "follow_up_report": lambda: tr("Follow-up report of an action"),
    "policy_signal": lambda: tr("Policy signal"),
    "indicator": lambda: tr("Indicator"),
    "indicator_value": lambda: tr("Value of an indicator"),
    "evaluation": lambda: tr("Sounding board's evaluation of an action"),
}

#: Fields the check names that the error messages do not.
MORE_FIELDS = {
    "explanation": lambda: tr("Explanation"),
    "location": lambda: tr("Location"),
    "notes": lambda: tr("Notes"),
    "participants": lambda: tr("Participants"),
    "rationale": lambda: tr("Rationale"),
    "partners": lambda: tr("Partners involved"),
    privacy_scan.AGENDA: lambda: tr("Agenda"),
    "objection": lambda: tr("Objection"),
    "nl": lambda: tr("Dutch label"),
    "en": lambda: tr("English label"),
    "done": lambda: tr("Done"),
    "evidence": lambda: tr("Evidence"),
    "next_step": lambda: tr("Next step"),
    "problems": lambda: tr("Problems"),
    "addressee": lambda: tr("Addressee"),
    "subject": lambda: tr("Subject"),
    "request": lambda: tr("Request"),
    "follow_up": lambda: tr("Follow-up"),
    "staff_text": lambda: tr("Wording for staff"),
    "management_text": lambda: tr("Wording for management"),
    "client_text": lambda: tr("Wording for clients"),
}


def record_words(record: str) -> str:
    return RECORD_WORDS[record]() if record in RECORD_WORDS else record


def field_words(finding: FileFinding) -> str:
    if finding.record == "priority_round" and finding.field == "note":
        name = tr("Discussion note")
    else:
        name = {**FIELD_NAMES, **MORE_FIELDS}.get(finding.field, lambda: finding.field)()
    return name if finding.point is None else fill(tr("%1, point %2"), name, finding.point)


def state_words(finding: FileFinding) -> str:
    if finding.kept:
        return tr("Confirmed as not personal data")
    if finding.to_review:
        return tr("Imported, waits for review")
    return tr("To review")


def summary(findings: list[FileFinding]) -> str:
    if not findings:
        return tr("No personal data found.")
    kept = sum(f.kept for f in findings)
    return fill(tr("%1 findings to review, %2 confirmed as not personal data."),
                len(findings) - kept, kept)


class PrivacyCheckDialog(QDialog):
    """The findings as a table; the table is the content (each cell says it in words)."""

    HEADERS = ("Record", "Field", "Kind of data", "Text (personal data replaced)", "State")

    def __init__(self, db: TrajectoryDatabase, parent: QWidget | None) -> None:
        super().__init__(parent)
        title = tr("Check for personal data")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("privacyCheck")
        found = privacy_scan.scan(db)
        # what waits for the coach first, what was confirmed last
        found.sort(key=lambda f: (f.kept, not f.to_review))
        self.findings = found
        intro = QLabel(tr(
            "Every text in this trajectory that looks like personal data. Change a text where "
            "you made it (or replace it with neutral words), or confirm it is not personal data "
            "when you save it. Until then, exports and reports replace it with neutral words."))
        intro.setObjectName("privacyCheckIntro")
        intro.setWordWrap(True)
        self.summary = QLabel(summary(found))
        self.summary.setObjectName("privacyCheckSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.table = QTableWidget(len(found), len(self.HEADERS))
        self.table.setObjectName("privacyCheckTable")
        self.table.setAccessibleName(tr("Texts that look like personal data"))
        self.table.setAccessibleDescription(summary(found))
        self.table.setHorizontalHeaderLabels([
            tr("Record"), tr("Field"), tr("Kind of data"), tr("Text (personal data replaced)"),
            tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for row, finding in enumerate(found):
            cells = (record_words(finding.record), field_words(finding),
                     kind_words(finding.kind), finding.excerpt, state_words(finding))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(len(self.HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(found))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("privacyCheckClose")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 560 if found else 200)
        if found:
            self.table.setCurrentCell(0, 0)
            self.table.setFocus()
