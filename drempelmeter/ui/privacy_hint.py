"""A warning under a free-text field while what it holds looks like personal data, with a button
that replaces what was found by neutral words. It only warns: saving is guarded by the services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ..domain import privacy
from ..domain.privacy import Finding, redact, screen
from .i18n import fill, tr

TextField = QLineEdit | QPlainTextEdit

KIND_WORDS = {
    privacy.NATIONAL_NUMBER: lambda: tr("national register number"),
    privacy.IBAN: lambda: tr("bank account number"),
    privacy.EMAIL: lambda: tr("e-mail address"),
    privacy.PHONE: lambda: tr("phone number"),
    privacy.BIRTH_DATE: lambda: tr("date of birth"),
    privacy.ADDRESS: lambda: tr("address"),
    privacy.NAME: lambda: tr("name"),
}


def kind_words(kind: str) -> str:
    """A kind of personal data in the user's words."""
    return KIND_WORDS[kind]() if kind in KIND_WORDS else kind


def kinds_text(findings: list[Finding]) -> str:
    """The kinds found, each once, in the order they appear: "e-mail address, phone number"."""
    kinds = list(dict.fromkeys(f.kind for f in findings))
    return ", ".join(kind_words(k) for k in kinds)


def announce(label: QLabel, field: QWidget, text: str) -> None:
    """A warning that appeared or changed is said by the screen reader (WCAG 4.1.3) and stays
    the field's description, so it is read again when the focus comes back to the field."""
    if text == field.accessibleDescription():
        return
    field.setAccessibleDescription(text)
    label.setAccessibleName(text)
    if text and label.isVisibleTo(label.window()):
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, text))


def text_of(field: TextField) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


class PrivacyHint(QWidget):
    """Watches one field; visible only while its text looks like personal data."""

    def __init__(self, field: TextField, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        base = name or field.objectName() or "field"
        self.setObjectName(f"{base}PrivacyHint")
        self.label = QLabel()
        self.label.setObjectName("privacyHintText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("color: #9a3412; font-weight: bold;")
        self.replace_button = QPushButton(tr("Replace with neutral words"))
        self.replace_button.setObjectName("privacyHintReplace")
        # A click leaves the focus in the field (no premature save of the text it replaces);
        # Tab still reaches it.
        self.replace_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.replace_button.setAutoDefault(False)
        self.replace_button.clicked.connect(self.replace_findings)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignTop)
        field.textChanged.connect(self.update_hint)
        self.update_hint()

    def findings(self) -> list[Finding]:
        return screen(text_of(self.field))

    def update_hint(self) -> None:
        found = self.findings()
        if found:
            text = fill(tr("Looks like personal data: %1."), kinds_text(found))
            self.label.setText(text)
            self.replace_button.setAccessibleName(fill(
                tr("Replace the %1 with neutral words"), kinds_text(found)))
        else:
            self.label.clear()
        if self.parentWidget() is not None or not found:  # never a window of its own
            self.setVisible(bool(found))
        announce(self.label, self.field, self.label.text())

    def replace_findings(self) -> None:
        text = text_of(self.field)
        replaced = redact(text, screen(text))
        if isinstance(self.field, QLineEdit):
            self.field.setText(replaced)
        else:
            self.field.setPlainText(replaced)
        self.field.setFocus()


def add_hint(form: QFormLayout, field: TextField, name: str = "") -> PrivacyHint:
    """A hint for `field` on the next row of `form`, under the field (no label of its own)."""
    hint = PrivacyHint(field, name)
    form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, hint)
    return hint
