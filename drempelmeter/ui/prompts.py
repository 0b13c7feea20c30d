"""Every blocking question to the user (file choosers, message boxes), in one module tests patch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from .i18n import tr


def trajectory_filter() -> str:
    return tr("Drempelmeter trajectory (*.drempel)")


def choose_file_to_open(parent: QWidget, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Open trajectory"), folder, f"{trajectory_filter()};;{tr('All files (*)')}"
    )
    return Path(name) if name else None


def workbook_filter() -> str:
    return tr("Excel workbook (*.xlsx *.xlsm)")


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


def choose_workbook_to_open(parent: QWidget, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Import a filled workbook"), folder,
        f"{workbook_filter()};;{tr('All files (*)')}")
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


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """One line of text, or None when cancelled or empty."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


def ask_note(parent: QWidget, title: str, label: str, current: str) -> str | None:
    """Several lines of text (may be empty), or None when cancelled."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label, current)
    return text.strip() if ok else None
