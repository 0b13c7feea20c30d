"""The demo the window opens: a copy of a master built once per app version, schema and day."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from .. import __version__
from ..store.errors import FileLocked
from ..store.lock import FileLock
from ..store.schema import HEAD_REVISION
from . import backups

DEMO_NAME = "Demervallei (demo).drempel"
#: Where the demo of the current version and day is kept, to copy from.
DEMO_CACHE = "demo-cache"


def fresh_demo(folder: Path, today: date | None = None) -> Path:
    """A new copy of the demo in `folder`, replacing the previous copy unless it is open. The
    demo is built once per app version, schema and day (in `folder`'s demo cache) and copied from
    there: opening it costs a file copy, not a build (nor loading the demo's content)."""
    today = today or date.today()
    target = folder / DEMO_NAME
    if target.exists():
        lock = FileLock(target.resolve())
        try:
            lock.acquire()
        except FileLocked:
            target = folder / f"{target.stem} {datetime.now():%Y%m%d-%H%M%S}{target.suffix}"
        else:
            target.unlink()
            lock.release()
    backups.copy_as_new_file(_cached_demo(folder / DEMO_CACHE, today), target)
    return target


def _cached_demo(cache: Path, today: date) -> Path:
    """The demo of this version and schema made on `today`, built when missing; older ones
    removed (a master of an earlier schema would open as an upgrade, with its dialog)."""
    master = cache / f"{__version__}-{HEAD_REVISION}-{today:%Y-%m-%d}.drempel"
    if not master.exists():
        from . import demo  # the demo's content, needed only to build it

        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob("*.drempel"):
            old.unlink(missing_ok=True)
        demo.build_demo(master, today)
    return master
