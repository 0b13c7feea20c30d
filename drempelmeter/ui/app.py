"""Start the GUI: the application object, translations, settings, the window, the crash guard."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import socket
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, QSettings, QSocketNotifier, Qt, QTimer, qVersion
from PySide6.QtGui import QColor, QFileOpenEvent, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from .. import __version__, linux_display
from ..cli_output import EXIT_USAGE
from ..logs import log_start
from ..paths import resource
from ..services.errors import InvalidInput, TrajectoryFileError
from . import prompts
from .i18n import install_translators, resolve_language, tr
from .main_window import MainWindow
from .messages import bug_text, describe_file_error, describe_invalid_input
from .settings import AppSettings

log = logging.getLogger(__name__)

#: Colours that pass WCAG 2.2: text 4.5:1 on its background (1.4.3), field borders and the focus
#: outline 3:1 against what is next to them (1.4.11). Qt's Fusion defaults do not.
LIGHT = {"Window": "#efefef", "WindowText": "#000000", "Base": "#ffffff",
         "AlternateBase": "#f4f4f4", "Text": "#000000", "Button": "#efefef",
         "ButtonText": "#000000", "Highlight": "#236ab0", "HighlightedText": "#ffffff",
         "PlaceholderText": "#6b6b6b", "Link": "#0b57a4", "LinkVisited": "#6a3d9a",
         "ToolTipBase": "#ffffdc", "ToolTipText": "#000000", "Accent": "#236ab0",
         "Light": "#ffffff", "Midlight": "#cacaca", "Mid": "#b8b8b8", "Dark": "#9f9f9f",
         "Shadow": "#767676"}
DARK = {"Window": "#2b2b2b", "WindowText": "#f0f0f0", "Base": "#1e1e1e",
        "AlternateBase": "#262626", "Text": "#f0f0f0", "Button": "#353535",
        "ButtonText": "#f0f0f0", "Highlight": "#8cc4ff", "HighlightedText": "#000000",
        "PlaceholderText": "#a0a0a0", "Link": "#8cc4ff", "LinkVisited": "#c8a2ff",
        "ToolTipBase": "#3a3a3a", "ToolTipText": "#f0f0f0", "Accent": "#8cc4ff",
        "Light": "#505050", "Midlight": "#404040", "Mid": "#242424", "Dark": "#1a1a1a",
        "Shadow": "#000000"}
#: the border of fields, combo boxes, buttons and check boxes (Fusion draws a lighter one)
BORDER = {False: "#767676", True: "#8a8a8a"}


def accessible_palette(dark: bool) -> QPalette:
    """The light or dark palette, the same in every state (an inactive window stays legible)."""
    palette = QPalette()
    for role, colour in (DARK if dark else LIGHT).items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    grey = QColor("#8a8a8a" if dark else "#6b6b6b")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


class BorderStyle(QProxyStyle):
    """Fusion, with borders dark enough to see: Fusion derives them from the window colour."""

    ELEMENTS = frozenset({
        QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_Frame,
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
        QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox})

    def __init__(self, dark: bool) -> None:
        super().__init__("Fusion")
        # Fusion draws its outline as the window colour darker(140): give it the one it darkens.
        self.outline_window = QColor(BORDER[dark]).lighter(140)

    def _bordered(self, element, option: QStyleOption) -> QStyleOption:  # type: ignore[no-untyped-def]
        if element not in self.ELEMENTS:
            return option
        copy = type(option)(option)
        copy.palette.setColor(QPalette.ColorRole.Window, self.outline_window)
        return copy

    def drawPrimitive(self, element, option, painter: QPainter,  # type: ignore[no-untyped-def]
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, self._bordered(element, option), painter, widget)

    def drawComplexControl(self, control, option, painter: QPainter,  # type: ignore[no-untyped-def]
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, self._bordered(control, option), painter, widget)


def apply_accessible_colours(app: QApplication) -> None:
    """Our palette, light or dark as the system is; a high-contrast system keeps its own."""
    hints = app.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return
    dark = hints.colorScheme() == Qt.ColorScheme.Dark
    app.setStyle(BorderStyle(dark))
    app.setPalette(accessible_palette(dark))


def install_crash_guard(window: MainWindow, log_file: Path) -> None:
    """A bug in a slot is logged with its traceback; the user is told where the log is."""

    def on_exception(kind, value, trace) -> None:  # type: ignore[no-untyped-def]
        if isinstance(value, TrajectoryFileError):  # the file, not a bug: say what is wrong
            log.warning("file problem in a slot: %s", value)
            prompts.show_error(window, tr("This part cannot be read"), describe_file_error(value))
            return
        if isinstance(value, InvalidInput):  # a service refused (personal data too): say why
            log.warning("refused in a slot: %s", value)
            prompts.show_error(window, tr("The change was not saved"),
                               describe_invalid_input(value))
            return
        log.error("unexpected error", exc_info=(kind, value, trace))
        prompts.show_error(window, tr("Something went wrong"), bug_text(log_file))

    sys.excepthook = on_exception


class CloseOnTermination:
    """SIGTERM, SIGHUP (a logout, a closed terminal) and SIGINT (Ctrl+C) close the window as its
    close button does: edits are in the file already, the lock is released, the settings saved.
    Python runs a signal's handler only when it gets control, which Qt's loop gives it on no
    signal of its own: the signal's number, written to a socket (set_wakeup_fd), wakes the loop.
    The handlers hold this object, and it the sockets, to the end of the process."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app, self.window = app, window
        self.asked = self.running = self.done = False
        self.reader, self.writer = socket.socketpair()
        self.reader.setblocking(False)
        self.writer.setblocking(False)
        signal.set_wakeup_fd(self.writer.fileno())
        self.notifier = QSocketNotifier(self.reader.fileno(), QSocketNotifier.Type.Read, app)
        self.notifier.activated.connect(self.woken)
        for name in ("SIGTERM", "SIGHUP", "SIGINT"):  # Windows has no SIGHUP
            if (number := getattr(signal, name, None)) is not None:
                signal.signal(number, self.on_signal)

    def woken(self) -> None:
        """Python has run the handler before this slot: only the socket is left to empty."""
        with contextlib.suppress(OSError):
            self.reader.recv(64)

    def on_signal(self, number: int, _frame: object) -> None:
        log.info("closing on signal %s", number)
        self.asked = True
        QTimer.singleShot(0, self.shut_down)  # from the loop, not from inside a slot

    def shut_down(self) -> None:
        """Close the dialogs (a question is cancelled), then the window, and quit: the window
        once its loop runs. A signal that comes while the file opens (its events processed
        before the loop starts, a question's loop included) leaves the window to
        `when_running`: closed then, it would show again with the file, and Qt's quit would do
        nothing outside the loop."""
        if self.done or not self.asked:
            return
        while (dialog := QApplication.activeModalWidget()) is not None and dialog.close():
            pass
        if not self.running:
            return
        self.done = True
        self.window.close()
        self.app.quit()

    def when_running(self) -> None:
        """From the loop's first turn on, act on a signal (one that came during start-up too)."""

        def running() -> None:
            self.running = True
            self.shut_down()

        QTimer.singleShot(0, running)


def _collect_from_now_on() -> None:
    """The cycle collector, off during start-up (cli.main), on once the window shows; what
    start-up made (modules, classes, Qt's wrappers: most of the heap, and garbage never) is
    frozen out of its walks, so a full collection during work walks what work made. At a
    province's size it took 125-300 ms of a weight change, every third or fourth."""
    gc.freeze()
    gc.enable()


class Application(QApplication):
    """The application object. On macOS a .drempel file opened from the Finder or dropped on
    the Dock icon comes to it as an event, not as an argument: it opens in the window."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.window: MainWindow | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and self.window is not None:
            assert isinstance(event, QFileOpenEvent)
            self.window.open_path(Path(event.file()))
            return True
        return super().event(event)


def run(*, file: Path | None, demo: bool, read_only: bool, log_file: Path,
        workshop: int | None = None) -> int:
    """Start the app on `file` (or the demo, or the last file); with `workshop`, that phase's
    workshop opens once the window shows."""
    if QApplication.instance() is None and (nowhere := linux_display.no_display(os.environ)):
        # Qt would blame xcb-cursor0 and abort: the window cannot start here, the commands can
        if sys.stderr is not None:
            print(f"drempelmeter: {nowhere}", file=sys.stderr)
        return EXIT_USAGE
    if QApplication.instance() is None and (missing := linux_display.problem()):
        # Qt would abort with a message that names one library, not the command to fix it.
        if sys.stderr is not None:
            print(f"drempelmeter: {missing}", file=sys.stderr)
        return 1
    ours = QApplication.instance() is None  # not a test's: its signals are the process's
    # X11 names the windows' class after argv[0] ("__main__.py" from `python -m` and the frozen
    # build): the desktop entry's StartupWMClass and the taskbars expect "drempelmeter"
    app = QApplication.instance() or Application(["drempelmeter"])
    app.setOrganizationName("Drempelmeter")
    app.setApplicationName("Drempelmeter")
    app.setApplicationVersion(__version__)
    # the menu entry packaging/linux installs: Wayland and the taskbars match windows to it
    app.setDesktopFileName("be.drempelmeter.Drempelmeter")
    app.setWindowIcon(QIcon(str(resource("icons", "drempelmeter.svg"))))
    apply_accessible_colours(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_accessible_colours(app))
    log_start(Qt=qVersion(), PySide6=PySide6.__version__)
    settings = AppSettings(QSettings())
    install_translators(app, resolve_language(settings.language_preference()))
    window = MainWindow(settings, log_file)
    if isinstance(app, Application):
        app.window = window
    install_crash_guard(window, log_file)
    closer = CloseOnTermination(app, window) if ours else None
    if demo:
        window.open_demo()
    elif file is not None:
        window.open_path(file, read_only=read_only)
    else:
        window.reopen_last()
    window.show()
    if workshop is not None and window.document is not None:
        QTimer.singleShot(0, lambda: window.start_workshop(workshop))
    QTimer.singleShot(0, _collect_from_now_on)
    if closer is not None:
        closer.when_running()
    return app.exec()
