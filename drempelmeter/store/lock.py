"""A lock file beside an open trajectory that says who has it open, and recognises stale ones."""

from __future__ import annotations

import contextlib
import errno
import getpass
import glob
import json
import os
import socket
import stat
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from .errors import FileLocked, FileNotWritable, LockBroken, LockOwner

#: A lock from another machine is taken over only when its heartbeat is this old: a laptop that
#: sleeps stops refreshing, so a short timeout would hand its live lock to someone else.
STALE_AFTER_SECONDS = 12 * 60 * 60
#: How often an open app refreshes its heartbeat (the lock file's modification time).
HEARTBEAT_SECONDS = 60
#: A lock without readable content this young is being written by another opening right now.
BEING_WRITTEN_SECONDS = 30


#: Who has the file while another opening is still writing its lock.
UNKNOWN_OWNER = LockOwner(user="?", host="?", pid=0, since=datetime.fromtimestamp(0, UTC))


def lock_path(path: Path) -> Path:
    """The lock file for `path` (already resolved), named the way office suites name theirs."""
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


def process_started(pid: int) -> float | None:
    """When a process started (seconds since the epoch), where the system tells (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        boot = next(float(line.split()[1]) for line in
                    Path("/proc/stat").read_text().splitlines() if line.startswith("btime"))
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def owner_alive(owner: LockOwner) -> bool:
    """Whether the lock's process on this machine still runs, and is the same process: after
    a restart its number may belong to another program that started after the lock."""
    if not pid_running(owner.pid):
        return False
    started = process_started(owner.pid)
    return started is None or started <= owner.since.timestamp() + 5


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


def lock_age(lock: Path) -> float | None:
    """Seconds since the lock's heartbeat, or None when it is gone."""
    try:
        return time.time() - lock.stat().st_mtime
    except OSError:
        return None


def is_stale(lock: Path, owner: LockOwner | None) -> bool:
    """Whether the lock's owner is surely gone.

    On this machine: its process no longer runs. On another machine: its heartbeat stopped long
    ago. A lock without readable content is stale only when it is old: another opening may be
    writing it at this moment.
    """
    age = lock_age(lock)
    if age is None:
        return True
    if owner is None:
        return age > BEING_WRITTEN_SECONDS
    if owner.host == socket.gethostname():
        return not owner_alive(owner)
    return age > STALE_AFTER_SECONDS


def held_by_a_live_run(path: Path) -> bool:
    """Whether a run that is alive (this one included) has `path` (resolved) open for editing:
    then any journal beside it is that run's work in progress, not a crash to recover from."""
    lock = lock_path(path)
    try:
        if not lock.is_file():
            return False
    except OSError:  # a lock name too long for the file system: no one can hold one
        return False
    return not is_stale(lock, read_owner(lock))


class FileLock:
    """Holds the lock file of one trajectory file while it is open for editing."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.target = path
        self.owner = current_owner()
        self.took_over: LockOwner | None = None

    def _content(self) -> str:
        return json.dumps({"user": self.owner.user, "host": self.owner.host,
                           "pid": self.owner.pid, "since": self.owner.since.isoformat()})

    def _check_not_broken(self) -> None:
        try:
            mode = self.path.lstat().st_mode
        except FileNotFoundError:
            return
        except OSError as exc:
            raise LockBroken(self.target, self.path) from exc
        if not stat.S_ISREG(mode):
            raise LockBroken(self.target, self.path)

    def _place(self) -> bool:
        """Put our lock in place atomically, complete with its content; False when one exists.

        The content goes to a private name first and is hard-linked into place, which fails when
        the lock exists: no one ever sees an empty lock of ours. File systems without hard links
        (FAT sticks) fall back to an exclusive create, whose brief empty moment `is_stale`
        allows for.
        """
        private = self.path.with_name(f"{self.path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}")
        try:
            private.write_text(self._content(), encoding="utf-8")
            try:
                os.link(private, self.path)
                return True
            except FileExistsError:
                return False
            except OSError:
                pass  # no hard links on this file system
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self._content())
            return True
        except FileExistsError:
            return False
        except OSError as exc:
            where = (FileNotWritable.NAME if exc.errno == errno.ENAMETOOLONG
                     else FileNotWritable.FOLDER)
            raise FileNotWritable(self.target, where, exc.strerror or "") from exc
        finally:
            with contextlib.suppress(OSError):
                private.unlink()

    def _remove_stale(self, stale: LockOwner | None) -> None:
        """Move the stale lock aside; put it back when it turned out to be a fresh one."""
        aside = self.path.with_name(f"{self.path.name}.stale.{uuid.uuid4().hex[:8]}")
        try:
            os.rename(self.path, aside)
        except FileNotFoundError:
            return  # another opening removed it first
        if read_owner(aside) != stale:
            with contextlib.suppress(OSError):
                os.link(aside, self.path)  # someone's fresh lock: theirs again, unless replaced
        with contextlib.suppress(OSError):
            aside.unlink()

    def _tidy_leftovers(self) -> None:
        """Remove the private and set-aside copies of locks that a run killed while placing
        or taking over a lock left behind (older than a minute: none is still in use)."""
        for leftover in self.path.parent.glob(f"{glob.escape(self.path.name)}.*"):
            with contextlib.suppress(OSError):
                if time.time() - leftover.lstat().st_mtime > 60:
                    leftover.unlink()

    def acquire(self) -> None:
        """Create the lock; take over a stale one; raise FileLocked when someone else has it."""
        self._check_not_broken()
        self._tidy_leftovers()
        for _ in range(3):
            if self._place():
                return
            self._check_not_broken()
            existing = read_owner(self.path)
            if not is_stale(self.path, existing):
                raise FileLocked(self.target, existing or UNKNOWN_OWNER)
            self.took_over = existing
            self._remove_stale(existing)
        raise FileLocked(self.target, read_owner(self.path) or UNKNOWN_OWNER)

    def still_ours(self) -> bool:
        """Whether the lock on disk is still this run's (no one took it over)."""
        return read_owner(self.path) == self.owner

    def refresh(self) -> bool:
        """Renew the heartbeat, so other machines know this run is alive. False when the lock
        is no longer ours."""
        if not self.still_ours():
            return False
        with contextlib.suppress(OSError):
            os.utime(self.path)
        return True

    def release(self) -> None:
        if self.still_ours():
            self.path.unlink(missing_ok=True)
