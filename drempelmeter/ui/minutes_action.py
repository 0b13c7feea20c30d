"""File ▸ Print minutes…: the minutes of one workshop session or of all, as a PDF."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ..services.errors import InvalidInput, TrajectoryFileError
from . import prompts
from .i18n import fill, tr
from .messages import (
    describe_file_error,
    describe_invalid_input,
    describe_write_error,
    masked_text,
)

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def print_minutes(window: MainWindow) -> Path | None:
    """Ask which sessions and where, write their minutes; returns the file written."""
    from ..exchange.errors import WriteError
    from ..services import minutes  # with the workshop's services: when first needed

    if window.document is None:
        return None
    title = tr("Print minutes")
    db = window.document.db
    sessions = minutes.chosen_sessions(db, closed_only=False)
    if not sessions:
        prompts.show_info(window, title, tr(
            "There are no workshop sessions yet: minutes are written of a session that was "
            "held."))
        return None
    closed = minutes.chosen_sessions(db)
    every = fill(tr("Every closed session (%1)"), len(closed))
    names = [fill(tr("%1 · phase %2 · %3"), f"{s.held_on:%d-%m-%Y}", s.phase_number, s.title)
             + ("" if s in closed else " " + tr("(not closed)")) for s in sessions]
    chosen = prompts.choose_item(window, title, tr("The minutes of:"),
                                 [every, *names] if closed else names)
    if chosen is None:
        return None
    picked = closed if chosen == every else [sessions[names.index(chosen)]]
    name = (fill(tr("Minutes %1"), picked[0].title) if len(picked) == 1
            else tr("Minutes of the workshops"))
    target = prompts.choose_file_to_save(window, tr("Save the minutes as"),
                                         window.suggested_path(name, ".pdf"), ".pdf")
    if target is None:
        return None
    window.settings.set_last_folder(target.parent)
    try:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a second or so
        try:
            exported = minutes.write_minutes(db, target, [s.id for s in picked], date.today())
        finally:
            QApplication.restoreOverrideCursor()
    except WriteError as exc:
        log.warning("minutes to %s failed: %s", target, exc.kind)
        prompts.show_error(window, title, describe_write_error(exc))
        return None
    except TrajectoryFileError as exc:
        prompts.show_error(window, title, describe_file_error(exc))
        return None
    except InvalidInput as exc:  # the session went (another run) or the poll file is unreadable
        prompts.show_error(window, title, describe_invalid_input(exc))
        return None
    log.info("minutes written: %s (%d sessions, %d texts masked)", target, exported.count,
             len(exported.masked))
    window.statusBar().showMessage(fill(tr("Minutes saved as %1."), str(target)), 10000)
    if exported.masked:
        prompts.show_info(window, title, masked_text(exported.masked))
    return target
