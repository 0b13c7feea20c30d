"""The window's backup actions: the backup at opening (in a worker thread, once the window
shows the file), list and restore backups, and offer one for a damaged file."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..services import backups
from ..services.backups import Backup
from ..services.errors import TrajectoryFileError
from ..services.trajectory import TrajectoryDatabase
from . import prompts
from .formats import format_moment
from .i18n import fill, tr
from .messages import describe_file_error

if TYPE_CHECKING:
    from .backup_dialog import BackupDialog
    from .main_window import MainWindow

log = logging.getLogger(__name__)


class _OpeningBackup(QObject):
    """Tells the GUI thread how the backup at opening, taken in a worker thread, goes."""

    copying = Signal()  # a backup was due and is being taken
    landed = Signal(object)  # the Backup, or None: none was due, or none could be made


def _take_opening_backup(db: TrajectoryDatabase, report: _OpeningBackup) -> None:
    """In the worker thread: the file and its backups only, no widget; the outcome is
    signalled, even after a bug (logged with its traceback, as the window's crash guard would)."""
    backup = None
    try:
        backup = backups.back_up_if_due(db, copying=report.copying.emit)
    except Exception:
        log.exception("unexpected error in the backup at opening of %s", db.path)
    report.landed.emit(backup)


class BackupActions:
    """Mixed into the main window: the backup at opening, File ▸ Restore a backup… and the offer
    for a damaged file."""

    _opening_backup: threading.Thread | None = None
    _joins_at_quit = False

    def back_up_when_shown(self: MainWindow, db: TrajectoryDatabase) -> None:
        """The backup at opening, when due, without keeping the file from showing: it starts
        once the event loop has shown the window, in a worker thread with connections of its
        own (SQLite's backup API copies one consistent state while the window reads and
        writes; the copy is verified before it is renamed into place). A failure is logged and
        the file stays open, as a backup at opening never stands in the way."""
        QTimer.singleShot(0, lambda: self._start_opening_backup(db))

    def _start_opening_backup(self: MainWindow, db: TrajectoryDatabase) -> None:
        if self.document is None or self.document.db is not db or db.read_only:
            return  # closed, or another file opened, before the event loop got here
        self.wait_for_opening_backup()
        app = QCoreApplication.instance()
        if app is not None and not self._joins_at_quit:  # a quit that closes no window waits too
            app.aboutToQuit.connect(self.wait_for_opening_backup)
            self._joins_at_quit = True
        report = _OpeningBackup(self)
        report.copying.connect(self._opening_backup_copying)
        report.landed.connect(self._opening_backup_landed)
        report.landed.connect(report.deleteLater)
        self._opening_backup = threading.Thread(
            target=_take_opening_backup, args=(db, report), name="backup at opening")
        self._opening_backup.start()

    def _opening_backup_copying(self: MainWindow) -> None:
        self.statusBar().showMessage(tr("Backing up…"))

    def _opening_backup_landed(self: MainWindow, _backup: Backup | None) -> None:
        if self.statusBar().currentMessage() == tr("Backing up…"):
            self.statusBar().clearMessage()

    def wait_for_opening_backup(self: MainWindow) -> None:
        """Let a backup at opening that is being taken end, before its file is closed."""
        if self._opening_backup is not None:
            self._opening_backup.join()
            self._opening_backup = None

    def offer_newest_backup(self: MainWindow) -> bool:
        """Offer to restore the newest backup of the open (damaged) file into a new file."""
        assert self.document is not None
        try:
            found = backups.list_backups(self.document.db.path)
        except TrajectoryFileError:
            found = []
        title = tr("Trajectory damaged")
        text = describe_file_error(self.document.db.read_only_reason)  # type: ignore[arg-type]
        if not found:
            prompts.show_error(self, title, fill(tr("%1\n\nThere is no backup of it on this "
                                                    "computer."), text))
            return False
        newest = found[0]
        if not prompts.confirm(self, title, fill(tr(
                "%1\n\nThe newest backup is of %2. Restore it into a new file and open that?"),
                text, format_moment(newest.taken))):
            return False
        return self.restore_backup(newest, over=False)

    def show_backups(self: MainWindow) -> BackupDialog | None:
        """The open file's backups; with no file open (one too damaged to open, say), the
        backups of a trajectory chosen from all that have some on this computer."""
        from .backup_dialog import BackupDialog

        title = tr("Restore a backup")
        try:
            if self.document is not None:
                found = backups.list_backups(self.document.db.path)
                name, can_replace = self.document.db.path.name, not self.document.read_only
            else:
                every = backups.every_trajectorys_backups()
                if not every:
                    prompts.show_info(self, title, tr("There are no backups on this computer."))
                    return None
                labels = [fill(tr("%1 (newest backup %2)"), n, format_moment(kept[0].taken))
                          for n, kept in every]
                chosen = prompts.choose_item(self, title, tr("The backups of:"), labels)
                if chosen is None:
                    return None
                name, found = every[labels.index(chosen)]
                can_replace = False
        except TrajectoryFileError as exc:
            prompts.show_error(self, title, describe_file_error(exc))
            return None
        dialog = BackupDialog(found, name, can_replace, self)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def restore_backup(self: MainWindow, backup: Backup, over: bool) -> bool:
        """Restore into a new file and open that, or over the open file: close it, restore
        (after backing it up) and open it again. True when the restored file is open."""
        title = tr("Restore a backup")
        if not over:
            current = (self.document.db.path if self.document is not None
                       else Path(self.settings.last_folder()) / backups.trajectory_name(backup))
            suggestion = current.with_name(
                f"{current.stem} ({tr('restored')} {backup.taken:%Y-%m-%d %H.%M}).drempel")
            target = prompts.choose_file_to_save(self, tr("Restore the backup as"), suggestion)
            if target is None:
                return False
            try:
                backups.restore_into(backup.path, target)
            except TrajectoryFileError as exc:
                prompts.show_error(self, title, describe_file_error(exc))
                return False
            return self.open_path(target)
        if self.document is None:
            return False
        current = self.document.db.path
        if not prompts.confirm(self, title, fill(tr(
                "Replace “%1” with the backup of %2? The file as it is now is backed up first, "
                "so you can go back to it the same way."), current.name,
                format_moment(backup.taken))):
            return False
        self.close_trajectory()
        try:
            backups.restore_over(backup.path, current)
        except TrajectoryFileError as exc:
            prompts.show_error(self, title, describe_file_error(exc))
            self.open_path(current)
            return False
        if not self.open_path(current):
            return False
        self.statusBar().showMessage(
            fill(tr("Restored the backup of %1."), format_moment(backup.taken)), 10000)
        return True
