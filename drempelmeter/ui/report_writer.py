"""Writing a report from the window: the regional report or a partner's, as a PDF to read or a
workbook to work on, in a worker thread behind a progress dialog. The report reads its own
connection to the file; the window stays responsive and nothing is written half."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..exchange.errors import WriteError
from ..services.errors import InvalidInput, TrajectoryFileError
from . import prompts
from .i18n import fill, tr
from .messages import (
    bug_text,
    describe_file_error,
    describe_invalid_input,
    describe_write_error,
    masked_text,
)

log = logging.getLogger(__name__)


class _ReportJob(QObject):
    """Gathers and writes the report in a worker thread; it touches no widget."""

    progressed = Signal(int, int)
    finished = Signal(object)  # what was masked: tuple of descriptions
    failed = Signal(object)

    def __init__(self, path: Path, target: Path, partner: str | None) -> None:
        super().__init__()
        self._path, self._target, self._partner = path, target, partner

    def run(self) -> None:
        from ..services.report import write_report
        from ..services.trajectory import open_trajectory

        try:
            db = open_trajectory(self._path, read_only=True)  # no lock: it only reads
            try:
                pdf = self._target if self._target.suffix == ".pdf" else None
                data = write_report(
                    db, date.today(), pdf=pdf, xlsx=None if pdf else self._target,
                    partner=self._partner,
                    progress=lambda done, total, _what: self.progressed.emit(done, total))
            finally:
                db.close()
            self.finished.emit(tuple(data.masked))
        except Exception as exc:  # passed to the GUI thread, which words it
            self.failed.emit(exc)


class ReportWriter(QObject):
    """One report from start to end; emits `done` (True when written)."""

    done = Signal(bool)

    def __init__(self, path: Path, target: Path, partner: str | None, parent: QWidget,
                 log_file: Path) -> None:
        super().__init__(parent)
        self.target = Path(target)
        self.window = parent
        self.log_file = log_file
        self.title = tr("Write a report")
        self.progress = QProgressDialog(fill(tr("Writing “%1”…"), self.target.name),
                                                "", 0, 0, parent)
        self.progress.setObjectName("reportProgress")
        self.progress.setWindowTitle(self.title)
        self.progress.setCancelButton(None)  # the file appears whole or not at all
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self._thread = QThread(self)
        self._job = _ReportJob(Path(path), self.target, partner)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.progressed.connect(self._progressed)
        self._job.finished.connect(self._finished)
        self._job.failed.connect(self._failed)
        self._thread.finished.connect(self._job.deleteLater)

    def start(self) -> None:
        self.progress.show()
        self._thread.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _join(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.progress.hide()

    def _finished(self, masked: tuple[str, ...]) -> None:
        self._join()
        log.info("report written: %s (%d texts masked)", self.target, len(masked))
        self.window.statusBar().showMessage(
            fill(tr("The report was written to %1"), self.target), 10000)
        if masked:
            prompts.show_info(self.window, self.title, masked_text(masked))
        self.offer_to_open()
        self.done.emit(True)

    def offer_to_open(self) -> None:
        """Open the report, show it in its folder, or neither, as the user chooses."""
        choice = prompts.ask_choice(
            self.window, self.title, fill(tr("The report “%1” is ready in %2."),
                                          self.target.name, self.target.parent),
            [tr("&Open the report"), tr("&Show it in its folder")])
        if choice is not None:
            prompts.open_in_desktop(self.target if choice == 0 else self.target.parent)

    def _failed(self, exc: Exception) -> None:
        self._join()
        if isinstance(exc, WriteError):
            text = describe_write_error(exc)
        elif isinstance(exc, TrajectoryFileError):
            text = describe_file_error(exc)
        elif isinstance(exc, InvalidInput):
            text = describe_invalid_input(exc)
        else:
            log.error("report %s failed", self.target, exc_info=exc)
            text = bug_text(self.log_file)
        log.warning("report not written: %s (%s)", self.target, type(exc).__name__)
        prompts.show_error(self.window, self.title, text)
        self.done.emit(False)
