"""Start the GUI: the application object, translations, settings, the window, the crash guard."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__, linux_display
from ..paths import resource
from ..services.errors import TrajectoryFileError
from . import prompts
from .i18n import install_translators, resolve_language, tr
from .main_window import MainWindow
from .messages import bug_text, describe_file_error
from .settings import AppSettings

log = logging.getLogger(__name__)


def install_crash_guard(window: MainWindow, log_file: Path) -> None:
    """A bug in a slot is logged with its traceback; the user is told where the log is."""

    def on_exception(kind, value, trace) -> None:  # type: ignore[no-untyped-def]
        if isinstance(value, TrajectoryFileError):  # the file, not a bug: say what is wrong
            log.warning("file problem in a slot: %s", value)
            prompts.show_error(window, tr("This part cannot be read"), describe_file_error(value))
            return
        log.error("unexpected error", exc_info=(kind, value, trace))
        prompts.show_error(window, tr("Something went wrong"), bug_text(log_file))

    sys.excepthook = on_exception


def run(*, file: Path | None, demo: bool, read_only: bool, log_file: Path) -> int:
    if QApplication.instance() is None and (missing := linux_display.problem()):
        # Qt would abort with a message that names one library, not the command to fix it.
        if sys.stderr is not None:
            print(f"drempelmeter: {missing}", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Drempelmeter")
    app.setApplicationName("Drempelmeter")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "drempelmeter.svg"))))
    settings = AppSettings(QSettings())
    install_translators(app, resolve_language(settings.language_preference()))
    window = MainWindow(settings, log_file)
    install_crash_guard(window, log_file)
    if demo:
        window.open_demo()
    elif file is not None:
        window.open_path(file, read_only=read_only)
    window.show()
    return app.exec()
