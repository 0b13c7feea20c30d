"""View ▸ text size: the window's text larger for a beamer, smaller for a full laptop screen,
kept in the settings for the next start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QApplication

from .i18n import fill, tr

if TYPE_CHECKING:
    from .main_window import MainWindow

#: The sizes offered, in percent of the system's text size. At 1920×1080 the system's 9 points
#: are about 12 pixels high, small from the back of a room; 150 % makes them 18.
STEPS = (80, 90, 100, 115, 130, 150, 175, 200)
USUAL = 100

_system_font: QFont | None = None


def apply(percent: int) -> None:
    """Every window's text at `percent` of the system's size (the workshop's beamer view keeps
    its own size, which follows its screen and its own zoom)."""
    global _system_font
    if _system_font is None:
        _system_font = QFont(QApplication.font())
    font = QFont(_system_font)
    font.setPointSizeF(_system_font.pointSizeF() * percent / 100)
    QApplication.setFont(font)


def scale() -> float:
    """The text's size now as a share of the system's (1.0 before any change)."""
    if _system_font is None:
        return 1.0
    return QApplication.font().pointSizeF() / _system_font.pointSizeF()


def add_view_menu(window: MainWindow) -> None:
    """The View menu: larger, smaller and usual text (Ctrl+0 is Go ▸ Partners, so the usual
    size has no key of its own); the size kept in the settings is applied at once."""
    menu = window.menuBar().addMenu(tr("&View"))
    larger = window.add_action(menu, tr("Larger text"), lambda: step(window, 1), None,
                               "actionLargerText")
    larger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
    smaller = window.add_action(menu, tr("Smaller text"), lambda: step(window, -1),
                                QKeySequence.StandardKey.ZoomOut, "actionSmallerText")
    usual = window.add_action(menu, tr("Text at its usual size"),
                              lambda: choose(window, USUAL), None, "actionUsualText")

    def update() -> None:
        percent = current(window)
        larger.setEnabled(percent < STEPS[-1])
        smaller.setEnabled(percent > STEPS[0])
        usual.setEnabled(percent != USUAL)

    menu.aboutToShow.connect(update)
    apply(current(window))


def current(window: MainWindow) -> int:
    """The size kept in the settings, the usual one when it is not one of the steps."""
    percent = window.settings.text_size()
    return percent if percent in STEPS else USUAL


def step(window: MainWindow, direction: int) -> None:
    """One step larger (1) or smaller (-1), staying within the steps."""
    index = STEPS.index(current(window)) + direction
    choose(window, STEPS[min(max(index, 0), len(STEPS) - 1)])


def choose(window: MainWindow, percent: int) -> None:
    window.settings.set_text_size(percent)
    apply(percent)
    window.statusBar().showMessage(fill(tr("Text at %1 % of its usual size."), percent), 3000)
