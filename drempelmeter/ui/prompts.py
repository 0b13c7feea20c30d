"""Every blocking question to the user (file choosers, message boxes), in one module tests patch."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .i18n import tr
from .privacy_hint import PrivacyHint, text_of

if TYPE_CHECKING:
    from ..domain.privacy import Finding
    from ..services.personal_data import PersonalDataFound


def trajectory_filter() -> str:
    return tr("Drempelmeter trajectory (*.drempel)")


def choose_file_to_open(parent: QWidget, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Open trajectory"), folder, f"{trajectory_filter()};;{tr('All files (*)')}"
    )
    return Path(name) if name else None


def workbook_filter() -> str:
    return tr("Excel workbook (*.xlsx *.xlsm)")


def workbook_to_open_filter() -> str:
    """What a partner may send back: Excel's workbooks and LibreOffice's own."""
    return tr("Workbook (*.xlsx *.xlsm *.ods *.xls)")


def pdf_filter() -> str:
    return tr("PDF document (*.pdf)")


def choose_file_to_save(parent: QWidget, title: str, suggestion: Path,
                        suffix: str = ".drempel") -> Path | None:
    """A path to write, ending in `suffix` (".drempel", ".xlsx" or ".pdf")."""
    kind = {".drempel": trajectory_filter, ".pdf": pdf_filter}.get(suffix, workbook_filter)()
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion), kind)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == suffix else path.with_name(path.name + suffix)


def choose_image_to_save(parent: QWidget, title: str, suggestion: Path) -> Path | None:
    """A path to write a chart to, ending in .png or .svg: as typed, else as the filter chosen."""
    png, svg = tr("PNG image (*.png)"), tr("SVG drawing, sharp at any size (*.svg)")
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggestion), f"{png};;{svg}")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() in (".png", ".svg"):
        return path
    return path.with_name(path.name + (".svg" if chosen == svg else ".png"))


def choose_workbook_to_open(parent: QWidget, folder: str, title: str | None = None
                            ) -> Path | None:
    """A workbook chosen in `folder`, under the import's `title` (a filled workbook's by
    default)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, title or tr("Import a filled workbook"), folder,
        f"{workbook_to_open_filter()};;{tr('All files (*)')}")
    return Path(name) if name else None


def choose_item(parent: QWidget, title: str, label: str, items: list[str]) -> str | None:
    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return item if ok else None


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_choice(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """The index of the option the user chose, or None for Cancel (or Escape)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return buttons.index(clicked) if clicked in buttons else None  # type: ignore[arg-type]


def open_in_desktop(path: Path) -> None:
    """A file in the program the system opens it with, or a folder in the file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class TextPrompt(QDialog):
    """One line or several lines of text, with the warning against personal data under it."""

    def __init__(self, parent: QWidget | None, title: str, label: str, current: str = "", *,
                 multi_line: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("textPrompt")
        self.field: QLineEdit | QPlainTextEdit
        if multi_line:
            self.field = QPlainTextEdit(current)
            self.field.setTabChangesFocus(True)
        else:
            self.field = QLineEdit(current)
        self.field.setObjectName("textPromptField")
        self.field.setAccessibleName(label.replace("&", "").rstrip(":"))
        caption = QLabel(label)
        caption.setBuddy(self.field)
        caption.setWordWrap(True)
        self.hint = PrivacyHint(self.field, "textPrompt")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.field, 1 if multi_line else 0)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(460, 300 if multi_line else 140)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._shown = findings_shown(self)

    def accept(self) -> None:
        if confirm_in_form(self, getattr(self, "_shown", {})):
            super().accept()

    def text(self) -> str:
        return text_of(self.field)


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """One line of text, or None when cancelled or empty."""
    dialog = TextPrompt(parent, title, label)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.text().strip()
    dialog.deleteLater()
    return text if ok and text else None


def ask_note(parent: QWidget, title: str, label: str, current: str) -> str | None:
    """Several lines of text (may be empty), or None when cancelled."""
    dialog = TextPrompt(parent, title, label, current, multi_line=True)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.text().strip()
    dialog.deleteLater()
    return text if ok else None


#: Flagged texts the user confirmed in a form before it closed, for the edit the form makes.
_confirmed_in_form: set[str] = set()


def confirm_in_form(dialog: QWidget, before: dict[int, set[str]]) -> bool:
    """Before a form closes: ask about text that looks like personal data and was typed in
    it (`before` holds what each field's warning showed when the form opened, by the hint's
    id: that was confirmed earlier). Going back keeps the form open with what was typed."""
    hints = dialog.findChildren(PrivacyHint)
    new = [(hint, f) for hint in hints for f in hint.findings()
           if f.text not in before.get(id(hint), set())]
    if not new:
        return True
    field = new[0][0].field
    if not confirm_findings(dialog, field.accessibleName() or field.objectName(),
                            [f for _h, f in new]):
        field.setFocus()
        return False
    return True


def confirm_findings(parent: QWidget, field: str, findings: list[Finding]) -> bool:
    """Ask whether flagged text typed in `field` may stay; remember a keep for the edit that
    follows, so it is not asked again."""
    from ..services.personal_data import PersonalDataFound

    if not findings:
        return True
    if not confirm_personal_data(parent, PersonalDataFound(field, findings)):
        return False
    _confirmed_in_form.update(f.text for f in findings)
    return True


def findings_shown(dialog: QWidget) -> dict[int, set[str]]:
    """What each warning of a form shows now: taken when the form opens."""
    return {id(h): {f.text for f in h.findings()} for h in dialog.findChildren(PrivacyHint)}


def confirmed_in_form(exc: PersonalDataFound) -> bool:
    """True (once) when the user already confirmed these texts in the form the edit came from."""
    texts = {f.text for f in exc.findings}
    if not texts or not texts <= _confirmed_in_form:
        return False
    _confirmed_in_form.difference_update(texts)
    return True


def confirm_personal_data(parent: QWidget | None, exc: PersonalDataFound) -> bool:
    """Whether text the guard flagged may stay as it is (True) or the user goes back (False)."""
    from .personal_data_dialog import PersonalDataDialog  # loads when first needed

    dialog = PersonalDataDialog(exc, parent)
    kept = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return kept
