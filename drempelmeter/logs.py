"""Logging set-up: a rotating log file in the user's log folder, and its path for messages."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .paths import user_log_dir

LOG_NAME = "drempelmeter.log"


def setup_logging(log_dir: Path | None = None, *, verbose: bool = False) -> Path:
    """Send log records to a rotating file; returns the file's path. Called once from main()."""
    folder = log_dir or user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / LOG_NAME
    # a file name the system could not decode (bytes kept as surrogates) is written escaped,
    # not refused with a logging error on the user's terminal
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8",
        errors="backslashreplace",
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(LOG_NAME)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == LOG_NAME]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file


def log_start(**libraries: str) -> None:
    """What support needs first: this version, Python, the platform, and the versions the
    caller knows (Qt, PySide6)."""
    import platform

    from . import __version__

    found = ", ".join(f"{name} {version}" for name, version in libraries.items())
    logging.getLogger("drempelmeter").info(
        "Drempelmeter %s started; Python %s; %s; %s", __version__, platform.python_version(),
        platform.platform(), found or "-")
