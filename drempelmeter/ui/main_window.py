"""The main window: welcome page or open trajectory, menus, undo/redo, status bar."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..paths import safe_file_name, user_data_dir
from ..services import trajectory
from ..services.errors import (
    FileDamaged,
    FileLocked,
    FileMissing,
    FileNotWritable,
    InvalidInput,
    LockTakenOver,
    TrajectoryFileError,
)
from ..services.personal_data import PersonalDataFound, confirmed
from . import prompts
from .backup_actions import BackupActions
from .document import TrajectoryDocument
from .exchange_actions import ExchangeActions
from .i18n import fill, tr
from .menus import build_menus
from .messages import (
    bug_text,
    describe_file_error,
    describe_invalid_input,
    locked_text,
)
from .notice_bar import NoticeBar
from .settings import AppSettings, absolute
from .widgets import fit_to_screen
from .workshop_actions import WorkshopActions
from .workspace import DETAILS, PARTNERS, Workspace

if TYPE_CHECKING:
    from .welcome import WelcomePage
    from .workshop.controller import WorkshopController

#: The first window's size where the screen has the room: a beamer's 1920×1080 gets 90 % of
#: it (1200×800 left two fifths of the room's screen empty); a laptop's is 90 % of its own.
FIRST_SIZE = (1920, 1200)

log = logging.getLogger(__name__)


class MainWindow(BackupActions, ExchangeActions, WorkshopActions, QMainWindow):
    def __init__(self, settings: AppSettings, log_file: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.log_file = log_file
        self.document: TrajectoryDocument | None = None
        self.workspace: Workspace | None = None
        #: the workshop session running on the beamer, if any
        self.workshop: WorkshopController | None = None
        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget()
        self._welcome: WelcomePage | None = None
        self.notice = NoticeBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.file_label = QLabel()
        self.file_label.setObjectName("statusFile")
        self.state_label = QLabel()
        self.state_label.setObjectName("statusState")
        self.statusBar().addPermanentWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.state_label)
        build_menus(self)
        self.setAcceptDrops(True)
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, *FIRST_SIZE)
        self._nothing_open()

    @property
    def welcome(self) -> WelcomePage:
        """Built the first time it is shown: a start on a file never needs it."""
        if self._welcome is None:
            from .welcome import WelcomePage

            self._welcome = WelcomePage()
            self._welcome.new_requested.connect(self.new_trajectory)
            self._welcome.open_requested.connect(self.choose_and_open)
            self._welcome.demo_requested.connect(self.open_demo)
            self._welcome.recent_chosen.connect(self.open_path)
            self.stack.addWidget(self._welcome)
        return self._welcome

    def showEvent(self, event: QShowEvent) -> None:
        if self.document is None and self.stack.currentWidget() is None:
            self._show_welcome()  # shown with nothing open: the start could not open a file
        super().showEvent(event)

    # ---- menus -----------------------------------------------------------------------------

    def add_action(self, menu: QMenu, text: str, slot, shortcut=None, name: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    @staticmethod
    def edit_focused(method: str) -> None:
        """Cut, copy, paste or select all in the widget that has the focus; a table copies its
        selected cells as tab-separated rows."""
        widget = QApplication.focusWidget()
        if isinstance(widget, QAbstractItemView) and method == "copy":
            cells = sorted(widget.selectionModel().selectedIndexes() if widget.selectionModel()
                           else [], key=lambda i: (i.row(), i.column()))
            rows: dict[int, list[str]] = {}
            for index in cells:
                rows.setdefault(index.row(), []).append(str(index.data() or ""))
            if rows:
                QApplication.clipboard().setText("\n".join("\t".join(r) for r in rows.values()))
        elif widget is not None and callable(getattr(widget, method, None)):
            getattr(widget, method)()

    def find(self) -> None:
        """The current page's search field, or its first filter, gets the focus."""
        page = self.workspace.pages.currentWidget() if self.workspace else None
        fields = [w for w in (page.findChildren(QLineEdit) if page else [])
                  if w.objectName().endswith("Search") and w.isVisible()]
        filters = [w for w in (page.findChildren(QComboBox) if page else [])
                   if w.objectName().startswith("filter_") and w.isVisible()]
        if fields:
            fields[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
            fields[0].selectAll()
        elif filters:
            filters[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.statusBar().showMessage(tr("This page has nothing to search in."), 5000)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    # ---- opening and closing ---------------------------------------------------------------

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open `path`, asking to open read-only when someone else has it. True when opened."""
        path = Path(path)
        try:
            db = trajectory.open_trajectory(path, read_only=read_only, back_up=False)
        except FileLocked as exc:
            question = locked_text(exc) + "\n\n" + tr("Open it read-only?")
            if not prompts.confirm(self, tr("Trajectory in use"), question):
                return False
            return self.open_path(path, read_only=True)
        except (FileDamaged, FileNotWritable) as exc:
            return self._open_read_only_because(path, exc)
        except TrajectoryFileError as exc:
            prompts.show_error(self, tr("Cannot open trajectory"), describe_file_error(exc))
            if isinstance(exc, FileMissing):
                self.settings.remove_recent(path)
                self.welcome.set_recent(self.settings.recent_files())
            return False
        self._adopt(db)
        self.back_up_when_shown(db)
        if db.backup is not None:
            prompts.show_info(self, tr("Trajectory upgraded"), tr(
                "This trajectory was made with an older version and has been upgraded. A backup "
                "of the old file was kept: File ▸ Restore a backup… brings it back."))
        return True

    def _open_read_only_because(self, path: Path, reason: TrajectoryFileError) -> bool:
        """A damaged file, or one in a place that cannot be written, opens read-only with the
        reason in view; for a damaged file the newest backup is offered."""
        try:
            db = trajectory.open_trajectory(path, read_only=True, allow_damaged=True)
        except TrajectoryFileError as exc:
            prompts.show_error(self, tr("Cannot open trajectory"), describe_file_error(exc))
            if isinstance(exc, FileDamaged):  # too damaged to read: its backups are what is left
                self.show_backups()
            return False
        db.read_only_reason = db.read_only_reason or reason
        try:
            self._adopt(db)
        except TrajectoryFileError as exc:  # too damaged to show even its first page
            self.close_trajectory()
            prompts.show_error(self, tr("Cannot open trajectory"), describe_file_error(exc))
            self.show_backups()
            return False
        if isinstance(reason, FileDamaged):
            self.offer_newest_backup()
        return True

    def _adopt(self, db) -> None:  # type: ignore[no-untyped-def]
        self.close_trajectory()
        log.info("trajectory opened: %s%s", db.path, " (read-only)" if db.read_only else "")
        self.document = TrajectoryDocument(db, self)
        self.document.edit_failed.connect(self.on_edit_failed)
        self.document.confirm_personal_data = lambda exc: (
            prompts.confirmed_in_form(exc) or prompts.confirm_personal_data(self, exc))
        self.document.lock_lost.connect(self.on_lock_lost)
        reason = db.read_only_reason
        self.notice.say(describe_file_error(reason) if reason else "")
        self.document.changed.connect(self.on_changed)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        self.workspace = Workspace(self.document, self.settings)
        self.workspace.import_requested.connect(self.import_workbook)
        self.workspace.read_failed.connect(self.on_read_failed)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.pages.widgetAdded.connect(self._page_added)
        self.workspace.phase_page.workshop_requested.connect(self.start_workshop)
        self._show_last_page(db.path)
        if not db.read_only:
            self.settings.add_recent(db.path)
        if absolute(db.path.parent) != absolute(user_data_dir()):  # not the hidden demo folder
            self.settings.set_last_folder(db.path.parent)
        self._update_title()
        self.file_label.setText(str(db.path))
        self.state_label.setText(tr("Read-only") if db.read_only else tr("All changes saved"))
        self.import_plan_action.setEnabled(not db.read_only)
        for action in (self.save_copy_action, self.close_action, self.export_action,
                       self.report_action, self.restore_action, self.privacy_action,
                       self.minutes_action, self.followup_action):
            action.setEnabled(True)
        self.import_action.setEnabled(not db.read_only)
        self.go_menu.setEnabled(True)
        self.find_action.setEnabled(True)
        self.workshop_action.setEnabled(not db.read_only)

    def _first_open_phase(self) -> int:
        """The phase a coach most likely wants: the first one that is not done."""
        statuses = self.workspace.navigator_model if self.workspace else None
        for row in range(statuses.rowCount() if statuses else 0):
            if statuses.index(row).data(statuses.StateRole) != "done":  # type: ignore[union-attr]
                return row + 1
        return 1

    def _show_last_page(self, path: Path) -> None:
        """The page the user was on when this file was last closed, else the first phase that
        is not done."""
        kind, _, number = self.settings.last_page(path).partition(":")
        if kind == "section" and number.isdigit() and int(number) <= DETAILS:
            self.workspace.show_section(int(number))  # type: ignore[union-attr]
        elif kind == "phase" and number.isdigit() and 1 <= int(number) <= 6:
            self.workspace.show_phase(int(number))  # type: ignore[union-attr]
        else:
            self.workspace.show_phase(self._first_open_phase())  # type: ignore[union-attr]

    def current_page(self) -> str:
        """Where the user is in the open trajectory: "phase:3" or "section:0"."""
        if self.workspace is None:
            return ""
        phase = self.workspace.current_phase()
        return f"phase:{phase}" if phase else f"section:{self.workspace.sections.currentRow()}"

    def reopen_last(self) -> bool:
        """At start: the trajectory that was open when the app last closed, on its page."""
        last = self.settings.reopen_file()
        return last is not None and last.exists() and self.open_path(last)

    def _page_added(self, index: int) -> None:
        """A page that leads elsewhere when it is empty ("Add the partners first") gets there."""
        page = self.workspace.pages.widget(index) if self.workspace else None
        if page is not None and hasattr(page, "section_requested"):
            page.section_requested.connect(self.workspace.show_section)  # type: ignore[union-attr]

    def lead_to_partners(self, title: str, text: str) -> None:
        """Say why something needs partners, and go to the page where they are added."""
        prompts.show_info(self, title, text)
        if self.workspace is not None:
            self.workspace.show_section(PARTNERS)

    def close_trajectory(self) -> None:
        if self.document is None:
            return
        self.wait_for_opening_backup()
        if self.workshop is not None:
            self.workshop.stop()
        self.settings.set_last_page(self.document.db.path, self.current_page())
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.undo_group.removeStack(self.document.undo_stack)
        self.document.close()
        self.document.deleteLater()
        self.document = None
        self.notice.say("")
        self._show_welcome()

    def _show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_files())
        self.stack.setCurrentWidget(self.welcome)
        self._nothing_open()

    def _nothing_open(self) -> None:
        """The title, status bar and actions of a window without a trajectory."""
        self.setWindowTitle("Drempelmeter")
        self.file_label.setText(tr("No trajectory open"))
        self.state_label.clear()
        for action in (self.save_copy_action, self.close_action, self.export_action,
                       self.import_action, self.import_plan_action, self.report_action,
                       self.privacy_action, self.minutes_action, self.followup_action):
            action.setEnabled(False)
        self.go_menu.setEnabled(False)
        self.find_action.setEnabled(False)
        self.workshop_action.setEnabled(False)

    def _update_title(self) -> None:
        if self.document is None:
            return
        name = trajectory.get_trajectory(self.document.db).name
        suffix = f" ({tr('read-only')})" if self.document.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — Drempelmeter")

    def show_release_notes(self) -> None:
        from .release_notes import show_release_notes  # loads when first opened

        show_release_notes(self)

    def choose_and_open(self) -> None:
        path = prompts.choose_file_to_open(self, self.settings.last_folder())
        if path is not None:
            self.open_path(path)

    def new_trajectory(self) -> None:
        from .app_dialogs import NewTrajectoryDialog  # dialogs load when first opened

        dialog = NewTrajectoryDialog(self)
        dialog.attempt_with(lambda: self._create(dialog))
        dialog.open()

    def suggested_path(self, name: str, suffix: str) -> Path:
        """Where a new file is proposed: the folder last used (at first Documents), under
        `name` and today's date, as a name every file system takes."""
        return Path(self.settings.last_folder()) / (
            safe_file_name(f"{name} {date.today().isoformat()}") + suffix)

    def _create(self, dialog) -> bool:  # type: ignore[no-untyped-def]
        """Ask where to save the new trajectory and write it; True once written. A refusal is
        said under the form, which keeps what was typed (OK asks for the place again)."""
        details = dialog.record()
        suggestion = dialog.file or Path(self.settings.last_folder()) / (
            safe_file_name(details.name) + ".drempel")
        path = prompts.choose_file_to_save(self, tr("Save the new trajectory as"), suggestion)
        if path is None:
            return False
        dialog.file = path
        kept: list[str] = []
        while True:
            try:
                with confirmed(kept):
                    db = trajectory.create_trajectory(path, details)
            except PersonalDataFound as exc:
                texts = [f.text for f in exc.findings]
                if set(texts) <= set(kept) or not (prompts.confirmed_in_form(exc)
                                                   or prompts.confirm_personal_data(self, exc)):
                    return False
                kept.extend(texts)
                continue
            except TrajectoryFileError as exc:
                dialog.show_refusal(describe_file_error(exc))
                return False
            except InvalidInput as exc:
                dialog.show_refusal(exc)
                return False
            break
        log.info("trajectory created: %s", path)
        self._adopt(db)
        return True

    def open_demo(self) -> bool:
        from ..services.demo_copy import fresh_demo

        try:
            path = fresh_demo(user_data_dir())
        except TrajectoryFileError as exc:
            prompts.show_error(self, tr("Cannot open the demo"), describe_file_error(exc))
            return False
        return self.open_path(path)

    def save_copy(self) -> None:
        if self.document is None:
            return
        current = self.document.db.path
        suggestion = current.with_name(f"{current.stem} ({tr('copy')}).drempel")
        target = prompts.choose_file_to_save(self, tr("Save a copy as"), suggestion)
        if target is None:
            return
        if target.resolve() == current.resolve():
            prompts.show_error(self, tr("Save a copy"),
                               tr("Choose another name: this is the file that is open."))
            return
        try:
            self.document.db.save_copy(target)
        except (TrajectoryFileError, OSError) as exc:
            log.warning("copy to %s not saved: %s", target, type(exc).__name__)
            prompts.show_error(self, tr("Save a copy"), str(exc))
            return
        log.info("copy saved: %s", target)
        self.statusBar().showMessage(fill(tr("A copy was saved as %1"), str(target)), 8000)

    # ---- workbooks from partners --------------------------------------------------------------------

    # ---- feedback --------------------------------------------------------------------------

    def on_changed(self, area: str) -> None:
        self.state_label.setText(
            fill(tr("All changes saved (%1)"), QTime.currentTime().toString("HH:mm")))
        if area == "trajectory":
            self._update_title()

    def on_read_failed(self, exc: TrajectoryFileError) -> None:
        prompts.show_error(self, tr("This part cannot be read"), describe_file_error(exc))

    def on_lock_lost(self) -> None:
        """Another run took the file over: say so, and show it again read-only."""
        if self.document is None:
            return
        reason = self.document.db.read_only_reason
        path = self.document.db.path
        prompts.show_error(self, tr("Trajectory taken over"), describe_file_error(reason))
        self.close_trajectory()
        self._open_read_only_because(path, reason)

    def on_edit_failed(self, exc: Exception) -> None:
        if isinstance(exc, LockTakenOver):  # after the edit's push has unwound
            QTimer.singleShot(0, self.on_lock_lost)
        elif isinstance(exc, TrajectoryFileError):
            prompts.show_error(self, tr("The change was not saved"), describe_file_error(exc))
        elif isinstance(exc, PersonalDataFound) and self.document is not None \
                and self.document.confirm_personal_data is not None:
            # the user was asked and chose to go back: say it in passing, not in a box again
            self.statusBar().showMessage(tr("The change was not saved: change the text that "
                                            "looks like personal data."), 10000)
        elif isinstance(exc, InvalidInput):
            prompts.show_error(self, tr("The change was not saved"), describe_invalid_input(exc))
        else:
            prompts.show_error(self, tr("The change was not saved"), bug_text(self.log_file))

    def check_personal_data(self) -> None:
        """Every text in the file that looks like personal data, kept ones included."""
        from .privacy_check import PrivacyCheckDialog  # loads when first opened

        if self.document is None:
            return
        try:
            dialog = PrivacyCheckDialog(self.document.db, self)
        except TrajectoryFileError as exc:
            prompts.show_error(self, tr("Check for personal data"), describe_file_error(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_preferences(self) -> None:
        from .app_dialogs import PreferencesDialog

        dialog = PreferencesDialog(self.settings.language_preference(), self)
        dialog.accepted.connect(
            lambda: self.settings.set_language_preference(dialog.preference()))
        dialog.open()

    def show_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

    def show_about(self) -> None:
        prompts.show_info(self, tr("About Drempelmeter"), fill(tr(
            "Drempelmeter %1\n\nFor the process coach of a Geïntegreerd Breed Onthaal: lead the "
            "region through the six phases of the drempelmeter.\n\nWhat changed in each version: "
            "Help ▸ Release notes (shipped with the app, readable offline).\n\nDrempelmeter "
            "never connects to the internet on its own and does not check for updates: a new "
            "version comes from whoever installed this one.\n\nLog file: %2"),
            __version__, str(self.log_file)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        # the file open now is reopened at the next start; none when closed on the welcome page
        self.settings.set_reopen_file(self.document.db.path if self.document else None)
        self.close_trajectory()
        super().closeEvent(event)
