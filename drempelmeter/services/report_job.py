"""A report written in a child process, so the window keeps neither its memory nor its time:
the child's side (`run`) and what the parent needs to read its messages (`rebuilt`)."""

from __future__ import annotations

import importlib
import logging
import logging.handlers
import os
import pickle
import threading
from datetime import date
from multiprocessing import connection, parent_process
from pathlib import Path
from typing import Any

from ..exchange.errors import WriteError
from .errors import InvalidInput, TrajectoryFileError

# The failures the window words for the user; anything else is a bug, logged with its traceback.
WORDED = (WriteError, TrajectoryFileError, InvalidInput)

log = logging.getLogger(__name__)


class _PipeHandler(logging.handlers.QueueHandler):
    """Sends the child's log records to the parent, which writes them to its own log file."""

    def __init__(self, pipe: connection.Connection) -> None:
        super().__init__(None)  # type: ignore[arg-type]  # enqueue below sends to the pipe
        self.pipe = pipe

    def enqueue(self, record: logging.LogRecord) -> None:
        self.pipe.send(("log", record))


def _end_with_parent() -> None:
    """Ends this process when the parent's does (killed, crashed): no report outlives it."""
    parent = parent_process()
    if parent is not None:
        connection.wait([parent.sentinel])
        os._exit(1)


def run(path: Path, target: Path, partner: str | None, pipe: connection.Connection,
        signals: bool = False, year: int | None = None) -> None:
    """The child's whole life: open the trajectory read-only, write the report (with `signals`:
    the signals and what became of them; with `year`: the realisation report of that year; a
    PDF or a workbook, by the target's suffix) and send
    ("started", pid), ("progress", done, total), ("log", record), then ("done", masked texts)
    or ("failed", module, class, args, attributes) of a worded failure, or ("failed", None) for
    a bug, already logged."""
    threading.Thread(target=_end_with_parent, daemon=True).start()
    root = logging.getLogger()
    root.addHandler(_PipeHandler(pipe))
    root.setLevel(logging.INFO)
    pipe.send(("started", os.getpid()))
    try:
        from . import report, signal_report, year_report
        from .trajectory import open_trajectory

        db = open_trajectory(path, read_only=True)  # no lock: it only reads
        try:
            pdf = target if target.suffix == ".pdf" else None
            write = signal_report.write_signal_report if signals else report.write_report

            def sent(done: int, total: int, _what: str) -> None:
                pipe.send(("progress", done, total))

            data = (year_report.write_year_report(db, year, date.today(), pdf=pdf,
                                                  xlsx=None if pdf else target, progress=sent)
                    if year is not None else
                    write(db, date.today(), pdf=pdf, xlsx=None if pdf else target,
                          partner=partner, progress=sent))
        finally:
            db.close()
        outcome: tuple[Any, ...] = ("done", tuple(data.masked))
    except WORDED as exc:
        outcome = ("failed", type(exc).__module__, type(exc).__qualname__, exc.args, vars(exc))
    except Exception:
        log.exception("report %s failed", target)
        outcome = ("failed", None)
    try:
        pipe.send(outcome)
    except (pickle.PicklingError, TypeError, AttributeError):  # nothing of it was sent
        log.exception("report %s: the outcome %r cannot be sent", target, outcome[:3])
        pipe.send(("failed", None))
    pipe.close()


def rebuilt(module: str, name: str, args: tuple[Any, ...],
            attributes: dict[str, Any]) -> Exception | None:
    """The worded failure the child described, as an instance of its own class, to be worded
    as in the window; None when it names no such class."""
    ours = module.startswith(__name__.partition(".")[0] + ".")
    cls = getattr(importlib.import_module(module), name, None) if ours else None
    if not (isinstance(cls, type) and issubclass(cls, WORDED)):
        return None
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(attributes)
    return exc
