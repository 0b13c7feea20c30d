"""The welcome page: start a new trajectory, open one, reopen a recent one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from .i18n import tr
from .widgets import button, heading


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        intro = QLabel(tr("Lead your region through the six phases of the drempelmeter: find, "
                          "measure and remove the barriers that keep people from the help they "
                          "are entitled to. Everything is kept in one trajectory file on this "
                          "computer."))
        intro.setWordWrap(True)
        self.new_button = button(tr("&New trajectory…"), "welcomeNew")
        self.open_button = button(tr("&Open…"), "welcomeOpen")
        self.demo_button = button(tr("Open the &demo"), "welcomeDemo")
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        recent_label = QLabel(tr("&Recent trajectories"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(tr("Recent trajectories"))
        recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole))))
        box = QWidget()
        box.setMaximumWidth(760)
        layout = QVBoxLayout(box)
        layout.addWidget(heading(tr("Welcome to Drempelmeter"), "welcomeTitle"))
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addWidget(box, 3)
        outer.addStretch()

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
