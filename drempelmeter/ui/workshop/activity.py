"""What every view of the presenter window offers: a title, its keys, its laptop-side panel."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLayout, QWidget


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of `layout` at once (a view about to lay out its lines again)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


class Activity(QWidget):
    """One page of a running session on the beamer (agenda, prompts, poll, dots, board, ...).

    The presenter window hosts it and lists `key_actions()` in its legend: every action a view
    offers has a shortcut and a text, so the whole session runs from the keyboard (or a
    clicker). `control()` is what the coach's laptop shows beside it (typing, warnings about
    personal data): never on the beamer. `reload()` reads the file again after an edit or undo.
    """

    #: Stable name for tests and the accessibility tree.
    key = ""
    #: The areas of the file whose edits change what the view shows (empty: every edit).
    areas: tuple[str, ...] = ()

    def title(self) -> str:
        raise NotImplementedError

    def key_actions(self) -> list[QAction]:
        return []

    def control(self) -> QWidget | None:
        return None

    def leave(self) -> None:
        """Workshop mode ends: let go of what the view runs (the room's server)."""

    def held_for_review(self) -> set[str]:
        """The session's captures the view's room holds for the coach's review (their drafts
        kept in the file meanwhile): not to be shown on the beamer yet."""
        return set()

    def pulse_step(self, on: bool) -> None:
        """The presenter's gentle signal that time is up, on (True) or off: a view may flash."""

    def on_changed(self, area: str) -> None:
        """An edit (or its undo) in `area`: read the file again if the view shows that area.
        The controller calls it for every view, the one route from an edit to the views."""
        if not self.areas or area in self.areas:
            self.reload()

    def reload(self) -> None:
        """Show the file as it is now."""
