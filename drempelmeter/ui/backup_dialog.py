"""File ▸ Restore a backup…: the trajectory's backups, newest first, and a choice where to restore."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.backups import (
    AT_OPENING,
    BEFORE_BUNDLE_IMPORT,
    BEFORE_FORM_IMPORT,
    BEFORE_PLAN_IMPORT,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    Backup,
)
from .formats import format_date
from .i18n import fill, tr, tr_noop
from .tables import Index, RecordTableModel
from .widgets import button

#: What happened just after each kind of backup was taken, in words.
OCCASIONS = {
    AT_OPENING: tr_noop("When the file was opened"),
    BEFORE_BUNDLE_IMPORT: tr_noop("Before importing a signal bundle"),
    BEFORE_FORM_IMPORT: tr_noop("Before importing a response form"),
    BEFORE_PLAN_IMPORT: tr_noop("Before importing an action plan"),
    BEFORE_UPGRADE: tr_noop("Before upgrading to this version"),
    BEFORE_RESTORE: tr_noop("Before restoring a backup"),
}


def occasion(reason: str) -> str:
    return tr(OCCASIONS[reason]) if reason in OCCASIONS else reason.replace("-", " ")


class BackupsModel(RecordTableModel):
    """One backup a row: when it was taken, on what occasion, and its size."""

    DATE, TIME, OCCASION, SIZE = range(4)
    HEADERS = (tr_noop("Date"), tr_noop("Time"), tr_noop("Occasion"), tr_noop("Size"))

    def cell(self, record: Backup, column: int) -> str:
        if column == self.DATE:
            return format_date(record.taken.date())
        if column == self.TIME:
            taken = record.taken
            return QLocale().toString(QTime(taken.hour, taken.minute, taken.second), "HH:mm:ss")
        if column == self.OCCASION:
            return occasion(record.reason)
        return QLocale().formattedDataSize(record.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == self.IdRole and index.isValid():
            return self.record(index.row()).name  # a backup is known by its file name
        return super().data(index, role)


class BackupDialog(QDialog):
    """Lists the backups; the window does the restoring, asked through `restore_requested`
    with the backup and whether it goes over the open file (True) or into a new one."""

    restore_requested = Signal(object, bool)

    def __init__(self, backups: list[Backup], file_name: str, can_replace: bool,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        title = tr("Restore a backup")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("backupDialog")
        self._can_replace = can_replace
        if backups:
            text = tr("Drempelmeter keeps copies of “%1” in its own folder: when the file is "
                      "opened (once a day) and before every import, upgrade and restore. Choose "
                      "the moment to go back to.")
        else:
            text = tr("There are no backups of “%1” yet. Drempelmeter makes one when the file "
                      "is opened (once a day) and before every import, upgrade and restore.")
        intro = QLabel(fill(text, file_name))
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.model.set_records(backups)
        self.view = QTableView()
        self.view.setObjectName("backupList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        caption = QLabel(tr("&Backups, newest first:"))
        caption.setBuddy(self.view)
        self.view.setAccessibleName(caption.text().replace("&", "").rstrip(":"))
        self.into_button = button(tr("Restore into a &new file…"), "backupRestoreInto")
        self.over_button = button(tr("Restore &over the current file…"), "backupRestoreOver")
        self.into_button.clicked.connect(lambda: self._restore(over=False))
        self.over_button.clicked.connect(lambda: self._restore(over=True))
        self.view.activated.connect(lambda _index: self._restore(over=False))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for widget in (self.into_button, self.over_button):
            actions.addWidget(widget)
        actions.addStretch()
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(caption)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        if backups:
            self.view.selectRow(0)
        self._update_buttons()
        self.resize(640, 400)

    def chosen(self) -> Backup | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.chosen() is not None
        self.into_button.setEnabled(chosen)
        self.over_button.setEnabled(chosen and self._can_replace)

    def _restore(self, *, over: bool) -> None:
        backup = self.chosen()
        if backup is None or (over and not self._can_replace):
            return
        self.accept()
        self.restore_requested.emit(backup, over)
