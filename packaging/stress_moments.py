"""Crash-harness kill moments: wait for the journal, the commit, a delay or a write, then kill."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

from stress_forker import Forker

#: How often (in spins of a busy loop) the worker's output and the deadline are looked at.
SPINS_BETWEEN_LOOKS = 256


class Worker:
    """A worker forked for one kill, and what it printed so far (read without blocking)."""

    def __init__(self, forker: Forker, args: list[str], stderr: Path) -> None:
        stdin, self.stdin = os.pipe()
        self.stdout, stdout = os.pipe()
        err = os.open(stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            self.pid = forker.fork(args, stdin, stdout, err)
        finally:
            for descriptor in (stdin, stdout, err):
                os.close(descriptor)
        self.forker = forker
        self.output = b""
        self.returncode: int | None = None

    def wait_for(self, tag: bytes) -> bool:
        """Block until the worker prints a line starting with `tag`; False when it ended first."""
        while not any(line.startswith(tag) for line in self.output.split(b"\n")[:-1]):
            chunk = os.read(self.stdout, 65536)
            if not chunk:
                return False
            self.output += chunk
        return True

    def go(self) -> None:
        """Tell the worker to start editing; from now on its output is read without blocking."""
        os.write(self.stdin, b"go\n")
        os.set_blocking(self.stdout, False)

    def still_editing(self) -> bool:
        """False once the worker is idle or gone (nothing left to kill it in)."""
        try:
            chunk: bytes | None = os.read(self.stdout, 65536)
        except BlockingIOError:
            chunk = None
        self.output += chunk or b""
        return chunk != b"" and not self.output.endswith(b"\nidle\n")

    def kill(self) -> list[str]:
        """SIGKILL; returns every complete line the worker printed."""
        os.kill(self.pid, signal.SIGKILL)
        self.returncode = self.forker.reap(self.pid)
        os.set_blocking(self.stdout, True)
        while chunk := os.read(self.stdout, 65536):
            self.output += chunk
        os.close(self.stdout)
        os.close(self.stdin)
        complete, _, _partial = self.output.rpartition(b"\n")
        return complete.decode("utf-8", "replace").splitlines()


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def busy_wait(worker: Worker, deadline: float, reached: Callable[[], bool]) -> bool:
    """Spin until `reached()`; False when the worker went idle or the deadline passed first."""
    spins = 0
    while not reached():
        spins += 1
        if spins % SPINS_BETWEEN_LOOKS == 0 and (
            not worker.still_editing() or time.monotonic() > deadline
        ):
            return False
    return True


def journal_appears(path: Path, nth: int) -> Callable[[], bool]:
    """The nth time a -journal appears beside the file (polled with os.path.exists)."""
    journal = str(journal_of(path))
    exists = os.path.exists
    state = {"present": False, "seen": 0}

    def reached() -> bool:
        present = exists(journal)
        if present and not state["present"]:
            state["seen"] += 1
        state["present"] = present
        return state["seen"] >= nth

    return reached


def journal_synced(journal: str) -> bool | None:
    """None when there is no journal; True once its header counts its pages (SQLite writes that
    after syncing the journal, just before it writes the database file: the commit)."""
    try:
        with open(journal, "rb") as handle:
            head = handle.read(12)
    except OSError:
        return None
    return len(head) == 12 and head[8:12] != b"\0\0\0\0"


def journal_state(path: Path) -> str:
    """What is beside the file: no journal, a journal not synced yet, or a complete one."""
    synced = journal_synced(str(journal_of(path)))
    return "none" if synced is None else ("complete" if synced else "unsynced")


def mid_commit(path: Path, nth: int) -> Callable[[], bool]:
    """The nth commit: a journal whose header says it is complete, before it is deleted."""
    journal = str(journal_of(path))
    state = {"counted": False, "seen": 0}

    def reached() -> bool:
        synced = journal_synced(journal)
        if synced is None:
            state["counted"] = False
        elif synced and not state["counted"]:
            state["counted"] = True
            state["seen"] += 1
        return state["seen"] >= nth

    return reached


def file_written(path: Path, _nth: int) -> Callable[[], bool]:
    """The first change of the database file itself (size or time) from now on."""
    before = os.stat(path)
    mark = (before.st_size, before.st_mtime_ns)

    def reached() -> bool:
        now = os.stat(path)
        return (now.st_size, now.st_mtime_ns) != mark

    return reached


def after_delay(worker: Worker, delay: float, deadline: float) -> bool:
    """A random moment: `delay` seconds after the worker started."""
    end = time.monotonic() + delay
    while time.monotonic() < min(end, deadline):
        if not worker.still_editing():
            return False
        time.sleep(min(0.002, max(0.0, end - time.monotonic())))
    return True


#: Moments polled in a busy loop: name -> (a test made before the worker starts, description).
POLLED = {
    "journal": (journal_appears, "the -journal appeared"),
    "commit": (mid_commit, "mid-commit (journal synced, database being written)"),
    "write": (file_written, "the database file was first written"),
}
