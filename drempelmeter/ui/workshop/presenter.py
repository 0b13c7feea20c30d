"""The presenter window: the session's views full screen on the beamer, large, high contrast, by keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..headings import expose_as_heading
from ..i18n import fill, tr
from . import style
from .activity import Activity, clear_layout
from .controller import action_text, clock_text, keys_text, make_action

if TYPE_CHECKING:
    from .controller import WorkshopController

#: How many times the clock flashes when an item's time is up, and how fast.
PULSES = 6
PULSE_MS = 600


class BlackScreen(QWidget):
    """B: the beamer shows nothing until any key (or a click)."""

    def __init__(self, parent: QWidget, leave: Callable[[], None]) -> None:
        super().__init__(parent)
        self.leave = leave
        self.setObjectName("presenterBlack")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Black screen: press any key to come back"))
        self.hide()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:  # every key comes here, no shortcut
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                               Qt.Key.Key_Meta):
            self.leave()

    def mousePressEvent(self, _event: QMouseEvent) -> None:
        self.leave()


class Legend(QFrame):
    """F1 or ?: every key of the presenter and of the view shown, read from the actions; a key
    that does nothing now (a round already open, no chart yet) is listed dimmed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presenterLegend")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFrameShape(QFrame.Shape.Box)
        self.columns = QHBoxLayout(self)
        self.columns.setContentsMargins(24, 16, 24, 16)
        self.columns.setSpacing(48)
        self.rows: list[tuple[str, str]] = []
        #: each section's own grid: a text wrapping in one leaves the other's rows in place
        self.grids: list[QGridLayout] = []
        self.hide()

    def show_keys(self, sections: list[tuple[str, list[QAction]]]) -> None:
        clear_layout(self.columns)
        self.rows, self.grids = [], []
        for heading, actions in (s for s in sections if s[1]):
            section = QWidget()
            grid = QGridLayout(section)
            grid.setContentsMargins(0, 0, 0, 0)
            title = QLabel(heading)
            style.set_role(title, "title")
            grid.addWidget(title, 0, 0, 1, 2)
            for line, action in enumerate(actions, start=1):
                keys, text = keys_text(action), action_text(action)
                self.rows.append((keys, text))
                key_label = QLabel(keys)
                style.set_role(key_label, "key" if action.isEnabled() else "key_off")
                grid.addWidget(key_label, line, 0, Qt.AlignmentFlag.AlignTop)
                text_label = QLabel(text)
                text_label.setWordWrap(True)
                style.set_role(text_label, "" if action.isEnabled() else "off")
                grid.addWidget(text_label, line, 1, Qt.AlignmentFlag.AlignTop)
            grid.setRowStretch(grid.rowCount(), 1)
            grid.setColumnStretch(1, 1)
            self.grids.append(grid)
            self.columns.addWidget(section, 1)
        self.setAccessibleName(tr("Keys"))
        self.setAccessibleDescription("; ".join(f"{k}: {t}" for k, t in self.rows))


class PresenterWindow(QWidget):
    """The beamer's window. The controller gives it its views; the keys are its actions."""

    def __init__(self, controller: WorkshopController) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.controller = controller
        self.setObjectName("presenterWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(controller.window_title())
        self.setAccessibleName(controller.window_title())
        self._px = 0
        self._pulses = 0
        self._pulse_timer = QTimer(self)
        self._pulse_timer.setInterval(PULSE_MS)
        self._pulse_timer.timeout.connect(self._pulse_step)
        self.views: list[Activity] = []

        self.phase_label = QLabel(fill(tr("Phase %1 · %2"), str(controller.phase_number),
                                       controller.phase_title()))
        self.phase_label.setObjectName("presenterPhase")
        style.set_role(self.phase_label, "muted")
        self.view_title = QLabel()
        self.view_title.setObjectName("presenterViewTitle")
        self.view_title.setTextFormat(Qt.TextFormat.PlainText)
        self.view_title.setWordWrap(True)
        expose_as_heading(self.view_title)
        style.set_role(self.view_title, "title")
        self.pages = QStackedWidget()
        self.pages.setObjectName("presenterPages")

        self.footer = QWidget()
        self.footer.setObjectName("presenterFooter")
        self.footer.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.item_label = QLabel()
        self.item_label.setObjectName("presenterAgendaItem")
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("presenterClock")
        self.position_label = QLabel()
        self.position_label.setObjectName("presenterPosition")
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("presenterKeysHint")
        self.control_button = QPushButton()
        self.control_button.setObjectName("presenterToControl")
        self.control_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay on the view
        self.control_button.clicked.connect(controller.switch_window)
        bar = QHBoxLayout(self.footer)
        bar.setContentsMargins(16, 6, 16, 6)
        bar.addWidget(self.item_label, 1)
        bar.addWidget(self.clock_label)
        bar.addSpacing(24)
        bar.addWidget(self.position_label)
        bar.addSpacing(24)
        bar.addWidget(self.keys_hint)
        bar.addWidget(self.control_button)

        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        top = QVBoxLayout()
        top.setContentsMargins(40, 20, 40, 10)
        top.addWidget(self.phase_label)
        top.addWidget(self.view_title)
        body.addLayout(top)
        page_box = QVBoxLayout()
        page_box.setContentsMargins(40, 0, 40, 20)
        page_box.addWidget(self.pages, 1)
        body.addLayout(page_box, 1)
        body.addWidget(self.footer)

        self.legend = Legend(self)
        self.black = BlackScreen(self, lambda: self.set_black(False))
        self.global_actions = self._build_actions()
        self.control_button.setText(fill(tr("Control window (%1)"),
                                         keys_text(self.switch_action)))
        self.keys_hint.setText(fill(tr("Keys: %1"), keys_text(self.legend_action)))
        self._claimed: dict[QAction, list[QKeySequence]] = {}
        self.apply_style()

    def _build_actions(self) -> list[QAction]:
        c = self.controller
        actions = [
            make_action(self, tr("Next view"), ("PgDown", "Right"), self.next_view,
                        "presenterNext"),
            make_action(self, tr("Previous view"), ("PgUp", "Left"), self.previous_view,
                        "presenterPrevious"),
            make_action(self, tr("Black screen (any key comes back)"), ("B", "."),
                        lambda: self.set_black(True), "presenterBlackScreen"),
            make_action(self, tr("Start or pause the timer"), ("T",), c.toggle_timer,
                        "presenterTimer"),
            make_action(self, tr("Next agenda item"), ("N",), c.next_item, "presenterNextItem"),
            make_action(self, tr("Larger text"), ("Ctrl++", "Ctrl+="), c.zoom_in,
                        "presenterZoomIn"),
            make_action(self, tr("Smaller text"), ("Ctrl+-",), c.zoom_out, "presenterZoomOut"),
            make_action(self, tr("Text at its usual size"), ("Ctrl+0",), c.zoom_reset,
                        "presenterZoomReset"),
            make_action(self, tr("Full screen on or off"), ("F11",), self.toggle_full_screen,
                        "presenterFullScreen"),
            make_action(self, tr("Undo"), (QKeySequence.StandardKey.Undo,), c.undo,
                        "presenterUndo"),
            make_action(self, tr("Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), c.redo, "presenterRedo"),
        ]
        self.switch_action = make_action(self, tr("Switch to the control window"), ("F6",),
                                         c.switch_window, "presenterSwitch")
        self.legend_action = make_action(self, tr("Show or hide the keys"), ("F1", "?"),
                                         self.toggle_legend, "presenterLegendKeys")
        leave = make_action(self, tr("Leave the presenter (the session keeps running)"),
                            ("Esc",), self.on_escape, "presenterLeave")
        return [*actions, self.switch_action, self.legend_action, leave]

    # ---- views -----------------------------------------------------------------------------

    def set_views(self, views: list[Activity]) -> None:
        self.views = list(views)
        for view in self.views:
            self.pages.addWidget(view)
        if self.views:
            self.show_view(0)

    def current_view(self) -> Activity | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, Activity) else None

    def show_view(self, index: int) -> None:
        if not 0 <= index < len(self.views):
            return
        view = self.views[index]
        self.pages.setCurrentWidget(view)
        self._claim_keys(view)
        self.view_title.setText(view.title())
        self.position_label.setText(fill(tr("%1 of %2"), str(index + 1), str(len(self.views))))
        self.setAccessibleDescription(view.title())
        if self.legend.isVisible():
            self.legend.show_keys(self.legend_sections())
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.controller.control.show_view(index)

    def next_view(self) -> None:
        self.show_view(self.pages.currentIndex() + 1)

    def previous_view(self) -> None:
        self.show_view(self.pages.currentIndex() - 1)

    def _claim_keys(self, view: Activity) -> None:
        """A view's own keys win: a global action gives up the keys the shown view uses (the
        board's arrows), and gets them back when another view shows."""
        for action, keys in self._claimed.items():
            action.setShortcuts(keys)
        self._claimed = {}
        taken = {s.toString() for a in view.key_actions() for s in a.shortcuts()}
        for action in self.global_actions:
            keys = action.shortcuts()
            kept = [k for k in keys if k.toString() not in taken]
            if len(kept) < len(keys):
                self._claimed[action] = keys
                action.setShortcuts(kept)

    def legend_sections(self) -> list[tuple[str, list[QAction]]]:
        view = self.current_view()
        return [(tr("Everywhere"), [a for a in self.global_actions if a.shortcuts()]),
                (fill(tr("On “%1”"), view.title()) if view else "",
                 view.key_actions() if view else [])]

    def toggle_legend(self) -> None:
        if self.legend.isVisible():
            self.legend.hide()
        else:
            self.legend.show_keys(self.legend_sections())
            self._place_overlays()
            self.legend.show()
            self.legend.raise_()

    def on_escape(self) -> None:
        """Esc first closes the legend; then it leaves the presenter."""
        if self.legend.isVisible():
            self.legend.hide()
        else:
            self.controller.leave_presenter()

    # ---- the screen ------------------------------------------------------------------------

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on `screen`."""
        if screen is not None:
            self.create()
            handle = self.windowHandle()
            if handle is not None:
                handle.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        view = self.current_view()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def set_black(self, black: bool) -> None:
        if black:
            self._place_overlays()
            self.black.show()
            self.black.raise_()
            self.black.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.black.hide()
            view = self.current_view()
            if view is not None:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.controller.control.show_black(black)

    def is_black(self) -> bool:
        return self.black.isVisible()

    def _place_overlays(self) -> None:
        self.black.setGeometry(self.rect())
        margin_x, margin_y = self.width() // 12, self.height() // 12
        self.legend.setGeometry(self.rect().adjusted(margin_x, margin_y, -margin_x, -margin_y))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlays()
        self.apply_style()

    def apply_style(self) -> None:
        """The type follows the window's height (full screen: the beamer's) and the zoom."""
        height = max(self.height(), 1)
        px = style.base_px(height, self.controller.zoom)
        if px == self._px:
            return
        self._px = px
        self.setStyleSheet(style.style_sheet(px, style.base_px(height)))
        self.controller.font_changed.emit(px)

    def base_px(self) -> int:
        return self._px

    # ---- the clock -------------------------------------------------------------------------

    def show_clock(self) -> None:
        clock = self.controller.clock
        if not clock.items:
            self.item_label.setText(tr("No agenda"))
            self.clock_label.clear()
            return
        text, _minutes = clock.items[clock.current]
        self.item_label.setText(text)
        planned = clock.planned(clock.current)
        elapsed = clock_text(clock.elapsed(clock.current))
        self.clock_label.setText(elapsed if planned is None
                                 else f"{elapsed} / {clock_text(planned)}")
        self.clock_label.setAccessibleName(fill(tr("Time of the current item: %1"),
                                                self.clock_label.text()))
        if not self._pulse_timer.isActive():
            style.set_role(self.clock_label, "over" if clock.is_over(clock.current) else "")

    def pulse(self) -> None:
        """A gentle signal that time is up: the clock flashes a few times, without a sound."""
        self._pulses = PULSES
        self._pulse_timer.start()
        self._pulse_step()

    def _pulse_step(self) -> None:
        self._pulses -= 1
        style.set_role(self.clock_label, "pulse" if self._pulses % 2 else "over")
        for view in self.views:
            view.pulse_step(bool(self._pulses % 2))
        if self._pulses <= 0:
            self._pulse_timer.stop()
            self.show_clock()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the beamer's window leaves the presenter; the session keeps running."""
        event.ignore()
        self.controller.leave_presenter()
