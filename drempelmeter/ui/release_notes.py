"""Help ▸ Release notes: the CHANGELOG.md shipped with the app, read offline in a window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..paths import release_notes
from . import prompts
from .i18n import fill, tr
from .widgets import fit_to_screen


class ReleaseNotes(QDialog):
    """The release notes as formatted text. Links are shown but never followed: the app
    fetches nothing from the internet."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("releaseNotes")
        self.setWindowTitle(tr("Release notes"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("releaseNotesText")
        self.text.setAccessibleName(tr("Release notes"))
        self.text.setOpenLinks(False)
        self.text.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 640)


def show_release_notes(parent: QWidget) -> None:
    """The release notes beside `parent` (one window, raised when already open)."""
    shown = parent.findChild(ReleaseNotes)
    if shown is not None:
        shown.raise_()
        shown.activateWindow()
        return
    try:
        text = release_notes().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        prompts.show_error(parent, tr("Release notes"),
                           fill(tr("The release notes could not be read: %1"), str(exc)))
        return
    dialog = ReleaseNotes(text, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
