"""A presenter view's own keys, which win over the window's while it has focus; AZERTY digits too."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from .activity import Activity

#: The characters an AZERTY keyboard's top row types without Shift (Belgian, then French),
#: read as the digits printed on those keys: a coach presses "1", not Shift+1.
AZERTY_DIGITS = dict(zip("&é\"'(§è!çà", "1234567890", strict=True))


def typed_text(event: QKeyEvent) -> str:
    """What the key typed, an AZERTY top-row key read as its digit."""
    text = event.text()
    if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return AZERTY_DIGITS.get(text, text)
    return text


def key_sequence(event: QKeyEvent) -> QKeySequence:
    """The key as an action's shortcut names it: Shift+Tab (which arrives as Backtab), an
    AZERTY top-row key as its digit, and without the Shift that a keyboard needs for "+" or
    (on AZERTY) for a digit."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Backtab:
        return QKeySequence(QKeyCombination(modifiers | Qt.KeyboardModifier.ShiftModifier,
                                            Qt.Key.Key_Tab))
    text = event.text()
    if text in AZERTY_DIGITS and not modifiers:
        return QKeySequence(typed_text(event))
    if text and text.isprintable() and not text.isalpha():
        modifiers &= ~Qt.KeyboardModifier.ShiftModifier
    return QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))


class KeyedActivity(Activity):
    """A presenter view whose keys (arrows, digits, letters) go to its own actions before the
    window's while it has the focus; a text field that has the focus keeps its letters.
    `pressed` is what the key being handled typed (which digit), empty outside a key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions: list[QAction] = []
        self.pressed = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def add_key(self, text: str, keys: Sequence[str | QKeySequence], handler: Callable[[], None],
                name: str = "") -> QAction:
        """An action of this view with its keys (the first is the one the legend shows)."""
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: handler())
        self.adopt(action)
        return action

    def adopt(self, action: QAction) -> None:
        """An action made elsewhere (a chart's) as one of this view's keys."""
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        self._actions.append(action)

    def key_actions(self) -> list[QAction]:
        return list(self._actions)

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        sequence = key_sequence(event)
        return next((a for a in self._actions if a.isEnabled() and any(
            s.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
            for s in a.shortcuts())), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._action_for(event) is not None:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self._action_for(event)
            if action is not None:
                self.pressed = typed_text(event)
                try:
                    action.trigger()
                finally:
                    self.pressed = ""
                return True
        return super().event(event)
