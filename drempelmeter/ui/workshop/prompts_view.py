"""The phase's questions on the beamer, the current one highlighted; edited on the laptop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import workshop_run
from ..i18n import fill, tr
from ..privacy_hint import PrivacyHint
from . import session_edits, style
from .activity import Activity, clear_layout
from .controller import make_action

if TYPE_CHECKING:
    from .controller import WorkshopController


class PromptsEditor(QWidget):
    """The laptop's side: the questions, one a line, saved as the session's own."""

    def __init__(self, view: PromptsView) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("promptsEditor")
        label = QLabel(tr("&Questions of this session (one a line):"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("promptsText")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(tr("Questions of this session"))
        label.setBuddy(self.text)
        self.hint = PrivacyHint(self.text, "promptsText", self)
        self.save_button = QPushButton(tr("&Save the questions"))
        self.save_button.setObjectName("promptsSave")
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(tr("Back to the &phase's questions"))
        self.default_button.setObjectName("promptsDefault")
        self.default_button.clicked.connect(lambda: view.set_prompts([]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def show_prompts(self, prompts: list[str]) -> None:
        if self.text.toPlainText().splitlines() != prompts:
            self.text.setPlainText("\n".join(prompts))

    def save(self) -> None:
        self.view.set_prompts([line.strip() for line in self.text.toPlainText().splitlines()
                               if line.strip()])


class PromptsView(Activity):
    key = "prompts"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("promptsView")
        self.setAccessibleName(self.title())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.prompts: list[str] = []
        self.current = 0
        self.lines = QVBoxLayout()
        self.lines.setSpacing(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.lines)
        layout.addStretch(1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._actions = [
            make_action(self, tr("Next question"), ("Down", "J"), lambda: self.step(1),
                        "promptsNext", context),
            make_action(self, tr("Previous question"), ("Up", "K"), lambda: self.step(-1),
                        "promptsPrevious", context),
        ]
        self.editor = PromptsEditor(self)
        self.reload()

    def title(self) -> str:
        return tr("Questions")

    def key_actions(self) -> list[QAction]:
        return list(self._actions)

    def control(self) -> QWidget:
        return self.editor

    def reload(self) -> None:
        prompts = workshop_run.session_prompts(self.controller.db, self.controller.session_id)
        if prompts != self.prompts:
            self.prompts = prompts
            self.current = min(self.current, max(0, len(prompts) - 1))
            self._build()
        self.editor.show_prompts(prompts)

    def _build(self) -> None:
        clear_layout(self.lines)
        for index, text in enumerate(self.prompts):
            label = QLabel(text)
            label.setObjectName(f"prompt{index}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.lines.addWidget(label)
        self._highlight()

    def _highlight(self) -> None:
        for index in range(self.lines.count()):
            item = self.lines.itemAt(index)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                style.set_role(label, "current" if index == self.current else "dim")
        if self.prompts:
            self.setAccessibleDescription(fill(tr("Question %1 of %2: %3"),
                                               str(self.current + 1), str(len(self.prompts)),
                                               self.prompts[self.current]))

    def step(self, step: int) -> None:
        if self.prompts:
            self.current = max(0, min(len(self.prompts) - 1, self.current + step))
            self._highlight()

    def set_prompts(self, prompts: list[str]) -> None:
        self.controller.push(session_edits.set_prompts(self.controller.document,
                                                       self.controller.session_id, prompts))
