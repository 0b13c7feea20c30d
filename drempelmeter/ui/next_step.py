"""What an empty page asks the user to do first, with a button that does it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from .widgets import button


class NextStep(QWidget):
    """A sentence and a button, shown while a page has nothing to show."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.note = QLabel()
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(True)
        self.button = button("", f"{name}Action")
        self.button.clicked.connect(lambda: self._action() if self._action else None)
        self._action: Callable[[], object] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.button)
        self.hide()

    def say(self, text: str | None, button_text: str = "",
            action: Callable[[], object] | None = None) -> None:
        """Show `text` with a button (when given and the file can be edited), or hide."""
        self.setVisible(bool(text))
        self.note.setText(text or "")
        self._action = action
        self.button.setText(button_text)
        self.button.setAccessibleName(button_text.replace("&", "").rstrip("…"))
        self.button.setVisible(bool(button_text and action))
