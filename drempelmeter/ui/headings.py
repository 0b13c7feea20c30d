"""Page titles exposed to screen readers as headings, so their heading keys jump to them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel

_installed = []


class HeadingInterface(QAccessibleWidget):
    """A label with the role Heading; its name is its text."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        label = self.widget()
        if kind == QAccessible.Text.Name and isinstance(label, QLabel):
            return label.accessibleName() or label.text()
        return super().text(kind)


def heading_interface(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QLabel) and obj.property("heading"):
        return HeadingInterface(obj)
    return None


def expose_as_heading(label: QLabel) -> None:
    if not _installed:
        QAccessible.installFactory(heading_interface)
        _installed.append(heading_interface)
    label.setProperty("heading", True)
