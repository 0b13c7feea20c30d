"""Writing a report from the window: the regional report or a partner's (or their signals and
what became of them), as a PDF to read or a workbook to work on, in a child process behind a
progress dialog. The child reads its own read-only connection to the file, so the window keeps
neither its memory nor its time, and nothing is written half."""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..exchange.atomic import partial_path
from ..exchange.errors import WriteError
from ..services import report_job
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

# A fresh interpreter on every platform (and in a frozen build, through freeze_support): the
# child shares nothing with the window's Qt, its threads or its connections.
SPAWN = multiprocessing.get_context("spawn")
POLL_MS = 50

class ReportWriter(QObject):
    """One report from start to end; emits `done` (True when written)."""

    done = Signal(bool)

    def __init__(self, path: Path, target: Path, partner: str | None, parent: QWidget,
                 log_file: Path, signals: bool = False, year: int | None = None) -> None:
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
        self.child_pid: int | None = None  # the process that writes, once it has started
        self._pipe, child_end = SPAWN.Pipe(duplex=False)
        self._child_end = child_end
        self._process = SPAWN.Process(
            target=report_job.run,
            args=(Path(path), self.target, partner, child_end, signals, year),
            name="drempelmeter-report", daemon=True)  # ended when the window's process ends
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._reaper = QTimer(self)
        self._reaper.setInterval(POLL_MS)
        self._reaper.timeout.connect(self._reap)
        parent.destroyed.connect(self._stop)  # nor does it outlive the window

    def start(self) -> None:
        self.progress.show()
        self._process.start()
        self._child_end.close()  # the child holds the only writing end: its end reads as EOF
        self._timer.start()

    def _poll(self) -> None:
        """Every message the child sent since the last look; its end, however it came."""
        while self._timer.isActive():
            try:
                if not self._pipe.poll():
                    return
                message = self._pipe.recv()
            except (EOFError, OSError):  # it ended without a word: killed, or out of memory
                self._join()
                self._died()
                return
            self._received(message)

    def _died(self) -> None:
        self._process.join(2)
        self._discard_partial()
        log.error("report %s not written: the process writing it (pid %s) stopped, exit code "
                  "%s", self.target, self._process.pid, self._process.exitcode)
        prompts.show_error(self.window, self.title, fill(tr(
            "The report “%1” was not written: the process writing it stopped before it was "
            "done, perhaps because the computer ran out of memory. Close other programs and "
            "try again."), self.target.name))
        self.done.emit(False)

    def _received(self, message: tuple[Any, ...]) -> None:
        kind, *rest = message
        if kind == "started":
            self.child_pid = rest[0]
        elif kind == "progress":
            self.progress.setMaximum(rest[1])
            self.progress.setValue(rest[0])
        elif kind == "log":
            logging.getLogger(rest[0].name).handle(rest[0])
        elif kind == "done":
            self._join()
            self._finished(rest[0])
        else:
            self._join()
            exc = report_job.rebuilt(*rest) if rest[0] else None
            if rest[0] and exc is None:
                log.error("report %s failed: %s.%s%r", self.target, *rest[:3])
            self._failed(exc)

    def _join(self) -> None:
        """The child has said its last word (or can say none): stop listening, and collect
        its end once it has ended."""
        self._timer.stop()
        self._pipe.close()
        self.progress.hide()
        self._reaper.start()

    def _reap(self) -> None:
        """is_alive() collects an ended child's exit status without waiting: no defunct
        process is left beside the window until its next report."""
        if not self._process.is_alive():
            self._reaper.stop()

    def _stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(2)
            self._discard_partial()

    def _discard_partial(self) -> None:
        """What a child stopped halfway wrote under the temporary name (its own end cleans it
        up otherwise)."""
        with contextlib.suppress(OSError):
            partial_path(self.target).unlink(missing_ok=True)

    def _finished(self, masked: tuple[str, ...]) -> None:
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

    def _failed(self, exc: Exception | None) -> None:
        """Worded as the window words the same failure; None: a bug, which the child logged
        with its traceback."""
        if isinstance(exc, WriteError):
            text = describe_write_error(exc)
        elif isinstance(exc, TrajectoryFileError):
            text = describe_file_error(exc)
        elif isinstance(exc, InvalidInput):
            text = describe_invalid_input(exc)
        else:
            text = bug_text(self.log_file)
        log.warning("report not written: %s (%s)", self.target,
                    type(exc).__name__ if exc else "a bug")
        prompts.show_error(self.window, self.title, text)
        self.done.emit(False)
