"""A lock file beside an open trajectory that says who has it open, and recognises stale ones."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
from datetime import UTC, datetime
from pathlib import Path

from .errors import FileLocked, LockOwner

#: A lock whose heartbeat is older than this belongs to a run that died on another machine.
STALE_AFTER_SECONDS = 10 * 60
#: How often an open app refreshes its heartbeat (the lock file's modification time).
HEARTBEAT_SECONDS = 60


def lock_path(path: Path) -> Path:
    """The lock file for `path`, named the way office suites name theirs."""
    return path.with_name(f".~lock.{path.name}#")


def current_owner() -> LockOwner:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return LockOwner(user=user, host=socket.gethostname(), pid=os.getpid(), since=datetime.now(UTC))


def pid_running(pid: int) -> bool:
    """Whether a process with this id runs on this machine (never signals it)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_owner(lock: Path) -> LockOwner | None:
    """The owner recorded in a lock file, or None when it is unreadable or malformed."""
    try:
        data = json.loads(lock.read_text(encoding="utf-8"))
        return LockOwner(
            user=str(data["user"]), host=str(data["host"]), pid=int(data["pid"]),
            since=datetime.fromisoformat(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(lock: Path, owner: LockOwner | None) -> bool:
    """A lock is stale when its process is gone from this machine, or its heartbeat stopped."""
    if owner is None:
        return True
    if owner.host == socket.gethostname() and not pid_running(owner.pid):
        return True
    try:
        age = time.time() - lock.stat().st_mtime
    except OSError:
        return True
    return age > STALE_AFTER_SECONDS


class FileLock:
    """Holds the lock file of one trajectory file while it is open for editing."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.target = path
        self.owner = current_owner()
        self.took_over: LockOwner | None = None

    def acquire(self) -> None:
        """Create the lock; take over a stale one; raise FileLocked when someone else has it."""
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                existing = read_owner(self.path)
                if not is_stale(self.path, existing):
                    raise FileLocked(self.target, existing) from None  # type: ignore[arg-type]
                self.took_over = existing
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(
                    {"user": self.owner.user, "host": self.owner.host, "pid": self.owner.pid,
                     "since": self.owner.since.isoformat()},
                    handle,
                )
            return
        raise FileLocked(self.target, read_owner(self.path) or self.owner)

    def refresh(self) -> None:
        """Renew the heartbeat, so other machines know this run is alive."""
        with contextlib.suppress(OSError):
            os.utime(self.path)

    def release(self) -> None:
        if read_owner(self.path) == self.owner:
            self.path.unlink(missing_ok=True)
