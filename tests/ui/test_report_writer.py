"""The window writes a report in a child process: the report lands, its failures are worded as
before, and a child that dies or outlives its window is handled."""

from __future__ import annotations

import logging
import os
import signal
from multiprocessing import Pipe
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from drempelmeter.services import report, report_job
from drempelmeter.ui.report_writer import ReportWriter

WAIT = 60_000


def started(window, qtbot, path: Path, target: Path, partner: str | None = None) -> ReportWriter:
    """A writer whose child has said it started."""
    writer = ReportWriter(path, target, partner, window, window.log_file)
    writer.start()
    qtbot.waitUntil(lambda: writer.child_pid is not None, timeout=WAIT)
    return writer


def heard(pipe) -> list[tuple]:
    """Every message sent through `pipe` until its sending end closed."""
    messages = []
    while True:
        try:
            messages.append(pipe.recv())
        except EOFError:
            return messages


def test_the_report_is_written_by_another_process(window, demo_file, qtbot, answers, tmp_path):
    target = tmp_path / "rapport.xlsx"
    writer = started(window, qtbot, demo_file, target)
    with qtbot.waitSignal(writer.done, timeout=WAIT) as done:
        pass
    assert done.args == [True] and answers.errors == []
    assert target.is_file() and not (tmp_path / ".rapport.xlsx.partial").exists()
    assert "rapport.xlsx" in answers.questions[0]  # offered to open
    # the work, and the memory it took, was another process's
    assert writer.child_pid != os.getpid()
    # and once it ended, its exit status was collected: no defunct process is left
    qtbot.waitUntil(lambda: not Path(f"/proc/{writer.child_pid}").exists(), timeout=WAIT)


@pytest.mark.parametrize(("case", "wording"), [
    ("folder removed", "could not be written"),
    ("file missing", "does not exist"),
    ("unknown partner", "This item no longer exists"),
])
def test_a_failure_in_the_child_is_worded_as_in_the_window(window, demo_file, qtbot, answers,
                                                          tmp_path, case, wording):
    folder = tmp_path / "out"
    folder.mkdir()
    path = tmp_path / "elsewhere.drempel" if case == "file missing" else demo_file
    writer = started(window, qtbot, path, folder / "rapport.xlsx",
                     "Nobody" if case == "unknown partner" else None)
    if case == "folder removed":
        folder.rmdir()
    with qtbot.waitSignal(writer.done, timeout=WAIT) as done:
        pass
    assert done.args == [False] and answers.questions == []
    [error] = answers.errors
    assert wording in error and "went wrong inside" not in error


def test_a_killed_child_is_a_failure(window, demo_file, qtbot, answers, tmp_path, caplog):
    target = tmp_path / "rapport.pdf"
    writer = started(window, qtbot, demo_file, target)
    partial = tmp_path / ".rapport.pdf.partial"
    partial.write_bytes(b"%PDF-1.4 half")  # as a child killed while writing leaves it
    os.kill(writer.child_pid, getattr(signal, "SIGKILL", signal.SIGTERM))
    with qtbot.waitSignal(writer.done, timeout=WAIT) as done:
        pass
    assert done.args == [False] and not target.exists() and not partial.exists()
    [error] = answers.errors
    assert "stopped before it was done" in error
    assert "process writing it" in caplog.text


def test_the_child_does_not_outlive_its_window(qtbot, demo_file, tmp_path):
    window = QMainWindow()
    writer = ReportWriter(demo_file, tmp_path / "rapport.pdf", None, window,
                          tmp_path / "drempelmeter.log")
    writer.start()
    process = writer._process
    qtbot.waitUntil(lambda: writer.child_pid is not None, timeout=WAIT)
    window.deleteLater()
    qtbot.waitUntil(lambda: not process.is_alive(), timeout=10_000)
    assert process.exitcode != 0 and not (tmp_path / "rapport.pdf").exists()


def test_a_bug_in_the_child_is_logged_with_its_traceback(demo_file, tmp_path, monkeypatch):
    """The child's own function, run here: the traceback reaches the parent as a log record,
    then a failure that names no class the window words."""
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in the report")

    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    monkeypatch.setattr(report, "write_report", broken)
    receiving, sending = Pipe(duplex=False)
    report_job.run(demo_file, tmp_path / "rapport.pdf", None, sending)
    messages = heard(receiving)
    assert messages[0] == ("started", os.getpid())
    [record] = [m[1] for m in messages if m[0] == "log"]
    assert "RuntimeError: a bug in the report" in record.getMessage()
    assert messages[-1] == ("failed", None)


def test_a_worded_failure_is_rebuilt_with_its_attributes(demo_file, tmp_path, monkeypatch):
    from drempelmeter.services.errors import InvalidInput

    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    receiving, sending = Pipe(duplex=False)
    report_job.run(demo_file, tmp_path / "rapport.pdf", "Nobody", sending)
    kind, *failure = heard(receiving)[-1]
    exc = report_job.rebuilt(*failure)
    assert kind == "failed" and isinstance(exc, InvalidInput)
    assert (exc.field, exc.problem, exc.value) == ("partner", InvalidInput.NOT_FOUND, "Nobody")
    assert report_job.rebuilt("os", "error", (), {}) is None  # only our own worded failures
