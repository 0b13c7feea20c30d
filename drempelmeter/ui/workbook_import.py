"""Importing a filled workbook (a signal bundle or a response form) from the window.

It is checked off the GUI thread (a dry run), the report is shown, and the user decides: import
all, the valid part, or nothing. The write is one transaction, also off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..exchange.errors import WorkbookError
from ..services.bundles import BundleMismatch, import_bundle
from ..services.errors import InvalidInput, TrajectoryFileError
from ..services.response_forms import RoundClosed, import_form
from . import prompts
from .document import TrajectoryDocument
from .formats import format_date
from .i18n import fill, tr, tr_noop
from .import_report import ImportReportDialog, bundle_report, form_report
from .messages import (
    bug_text,
    describe_file_error,
    describe_invalid_input,
    describe_workbook_error,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportKind:
    """What differs between the workbooks: the service call, its report, the area it changes."""

    title: str  # untranslated; tr() at use
    run: Callable  # type: ignore[type-arg]  # (db, path, dry_run=, valid_only=, accept_other=)
    report_dialog: Callable  # type: ignore[type-arg]
    area: str
    done_message: str  # untranslated; %1 who, %2 new, %3 updated


BUNDLE = ImportKind(
    tr_noop("Import a signal bundle"),
    lambda db, path, dry_run, valid_only, accept_other: import_bundle(
        db, path, dry_run=dry_run, valid_rows_only=valid_only, accept_other=accept_other),
    bundle_report, "signals", tr_noop("Imported the bundle of %1: %2 new, %3 updated."))
FORM = ImportKind(
    tr_noop("Import a response form"),
    lambda db, path, dry_run, valid_only, accept_other: import_form(
        db, path, dry_run=dry_run, valid_columns_only=valid_only),
    form_report, "measurement",
    tr_noop("Imported the answers of %1: %2 new questionnaires, %3 updated."))


class _ImportJob(QObject):
    """Runs one import call in a worker thread; it touches no widget, only the database."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, document: TrajectoryDocument, path: Path, kind: ImportKind,
                 options: dict) -> None:  # type: ignore[type-arg]
        super().__init__()
        self._db = document.db
        self._path = path
        self._kind = kind
        self._options = options

    def run(self) -> None:
        try:
            self.finished.emit(self._kind.run(self._db, self._path, **self._options))
        except Exception as exc:  # passed to the GUI thread, which words it
            self.failed.emit(exc)


class WorkbookImport(QObject):
    """One import from start to end: check, report, write. Emits `done` when over."""

    done = Signal(bool)

    def __init__(self, document: TrajectoryDocument, path: Path, parent: QWidget,
                 log_file: Path, kind: ImportKind = BUNDLE) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = tr(kind.title)
        self.document = document
        self.path = Path(path)
        self.window = parent
        self.log_file = log_file
        self.accept_other = False
        self.report_dialog: ImportReportDialog | None = None
        self._thread: QThread | None = None
        self.progress = QProgressDialog(fill(tr("Checking “%1”…"), self.path.name),
                                        tr("Cancel"), 0, 0, parent)
        self.progress.setObjectName("importProgress")
        self.progress.setWindowTitle(self.title)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel)
        self._cancelled = False

    def start(self) -> None:
        self._run({"dry_run": True, "valid_only": True}, self._checked)

    def _run(self, options: dict, then) -> None:  # type: ignore[no-untyped-def, type-arg]
        options = {**options, "accept_other": self.accept_other}
        self.progress.show()
        thread = QThread(self)
        job = _ImportJob(self.document, self.path, self.kind, options)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.finished.connect(then)
        job.failed.connect(self._failed)
        for signal in (job.finished, job.failed):
            signal.connect(thread.quit)
        thread.finished.connect(job.deleteLater)
        self._thread, self._job = thread, job
        thread.start()

    def _cancel(self) -> None:
        self._cancelled = True

    def _join(self) -> None:
        """Let the worker thread end before going on: a QThread destroyed while it still runs
        takes the application down. It has emitted its result, so this is brief."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None

    def _checked(self, report) -> None:  # type: ignore[no-untyped-def]
        self._join()
        self.progress.hide()
        log.info("%s checked: %s (%d problems)", self.kind.area, self.path,
                 len(report.problems))
        if self._cancelled:
            self._end(False)
            return
        self.report_dialog = self.kind.report_dialog(report, self.window)
        self.report_dialog.accepted.connect(lambda: self._write(bool(report.problems)))
        self.report_dialog.rejected.connect(lambda: self._end(False))
        self.report_dialog.open()

    def _write(self, valid_only: bool) -> None:
        self.progress.setLabelText(fill(tr("Importing “%1”…"), self.path.name))
        self.progress.setCancelButton(None)  # one transaction: it cannot stop half-way
        self._run({"dry_run": False, "valid_only": valid_only}, self._written)

    def _written(self, report) -> None:  # type: ignore[no-untyped-def]
        self._join()
        self.progress.hide()
        log.info("%s imported from %s: %d added, %d updated", self.kind.area, self.path,
                 report.added, report.updated)
        self.document.changed.emit(self.kind.area)
        self.window.statusBar().showMessage(
            fill(tr(self.kind.done_message), report.partner_name, report.added, report.updated),
            10000)
        self._end(True)

    def _failed(self, exc: Exception) -> None:
        self._join()
        self.progress.hide()
        log.warning("%s import from %s not done: %s", self.kind.area, self.path,
                    type(exc).__name__)
        if isinstance(exc, BundleMismatch) and not self.accept_other:
            what = tr("another trajectory") if exc.kind == "trajectory" else tr("another partner")
            question = fill(tr("“%1” was made for %2 (“%3”). Import it into this trajectory anyway?"),
                            self.path.name, what, exc.found)
            if prompts.confirm(self.window, self.title, question):
                self.accept_other = True
                self.start()
                return
        elif isinstance(exc, WorkbookError):
            prompts.show_error(self.window, self.title,
                               describe_workbook_error(exc))
        elif isinstance(exc, TrajectoryFileError):
            prompts.show_error(self.window, self.title, describe_file_error(exc))
        elif isinstance(exc, RoundClosed):
            prompts.show_error(self.window, self.title, fill(tr(
                "The answers in “%1” belong to the round “%2”, which was closed on %3: its "
                "answers can no longer change, so nothing was imported. To record these "
                "answers, start a new round and export its form."), self.path.name,
                exc.round_name, format_date(exc.closed_on)))
        elif isinstance(exc, InvalidInput):
            prompts.show_error(self.window, self.title,
                               describe_invalid_input(exc))
        elif not isinstance(exc, BundleMismatch):
            log.error("import of %s failed", self.path, exc_info=exc)
            prompts.show_error(self.window, self.title, bug_text(self.log_file))
        self._end(False)

    def _end(self, written: bool) -> None:
        self.progress.hide()
        self.done.emit(written)
