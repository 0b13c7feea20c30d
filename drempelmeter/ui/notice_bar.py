"""A bar above the open trajectory that says why it is read-only, in words that stay in view."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from .i18n import tr


class NoticeBar(QLabel):
    """Hidden until there is something to say; then a high-contrast band with the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyNotice")
        self.setWordWrap(True)
        self.setAccessibleName(tr("Why this trajectory is read-only"))
        self.setStyleSheet("QLabel#readOnlyNotice { background: #fff3c4; color: #3d2e00; "
                           "border-bottom: 2px solid #b58900; padding: 8px 12px; }")
        self.hide()

    def say(self, text: str) -> None:
        """Show `text`, or hide the bar when it is empty."""
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
