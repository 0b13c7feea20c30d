"""The window's backup actions: list and restore backups, and offer one for a damaged file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..services import backups
from ..services.backups import Backup
from ..services.errors import TrajectoryFileError
from . import prompts
from .formats import format_moment
from .i18n import fill, tr
from .messages import describe_file_error

if TYPE_CHECKING:
    from .backup_dialog import BackupDialog
    from .main_window import MainWindow


class BackupActions:
    """Mixed into the main window: File ▸ Restore a backup… and the offer for a damaged file."""

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
