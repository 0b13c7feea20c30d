"""What every view of the presenter window offers: a title, its keys, its laptop-side panel."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


class Activity(QWidget):
    """One page of a running session on the beamer (agenda, prompts, poll, dots, board, ...).

    The presenter window hosts it and lists `key_actions()` in its legend: every action a view
    offers has a shortcut and a text, so the whole session runs from the keyboard (or a
    clicker). `control()` is what the coach's laptop shows beside it (typing, warnings about
    personal data): never on the beamer. `reload()` reads the file again after an edit or undo.
    """

    #: Stable name for tests and the accessibility tree.
    key = ""

    def title(self) -> str:
        raise NotImplementedError

    def key_actions(self) -> list[QAction]:
        return []

    def control(self) -> QWidget | None:
        return None

    def reload(self) -> None:
        """Show the file as it is now."""
