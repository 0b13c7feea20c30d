"""Keep a file and its hot journal exactly as they were, before the journal is rolled back."""

from __future__ import annotations

import hashlib
import logging
import shutil
from datetime import datetime
from pathlib import Path

from ..paths import user_data_dir

log = logging.getLogger(__name__)

#: How many interrupted files are kept; older ones go first.
KEEP = 5


def keep_interrupted(path: Path, journal: Path) -> Path | None:
    """Copy `path` and its `journal`, unchanged, into the data folder, so a journal that
    belonged to another state of the file (a renamed or synced copy) cannot take data with it
    when SQLite rolls it back. Never stands in the way of the recovery: None when no copy
    could be made."""
    key = hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    folder: Path | None = None
    try:
        root = user_data_dir() / "interrupted"
        folder = root / f"{datetime.now():%Y%m%d-%H%M%S}-{key}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, folder / "trajectory.drempel")
        shutil.copyfile(journal, folder / "trajectory.drempel-journal")
        for old in sorted(root.iterdir())[:-KEEP]:
            shutil.rmtree(old, ignore_errors=True)
    except OSError:
        log.warning("no copy of the interrupted file %s could be kept", path, exc_info=True)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        return None
    log.warning("an interrupted write to %s is rolled back; the file and its journal as they "
                "were are kept in %s", path, folder)
    return folder
