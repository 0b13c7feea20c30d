"""A page or view hidden at an edit reads the file when it is shown, once, instead of at once."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class ReadWhenShown:
    """Mixin for a widget that shows part of the file (list it before the Qt class).

    `read_file()` is the widget's reading (its `reload()` unless it says otherwise), which
    begins with `self.stale = False`. After an edit, `read_when_shown()` reads at once if the
    widget is shown, else marks it stale; a stale widget reads when it is shown next.
    """

    #: the file changed while the widget was hidden: it reads the file when shown
    stale = False

    def read_file(self) -> None:
        self.reload()  # type: ignore[attr-defined]

    def read_when_shown(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self.read_file()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.read_file()
        super().showEvent(event)  # type: ignore[misc]
