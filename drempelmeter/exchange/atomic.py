"""Write a file under a temporary name and rename it when complete: never a half file."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from .errors import WriteError


def partial_path(path: Path) -> Path:
    """The temporary name `path` is written under; left behind only by a killed writer."""
    return path.with_name(f".{path.name}.partial")


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write` with a temporary path beside `path`, then rename it into place."""
    path = Path(path)
    partial = partial_path(path)
    try:
        write(partial)
        os.replace(partial, path)
    except PermissionError as exc:
        kind = WriteError.IN_USE if path.exists() else WriteError.NO_PERMISSION
        raise WriteError(path, kind, exc.strerror or "") from exc
    except OSError as exc:
        kind = WriteError.DISK_FULL if exc.errno == errno.ENOSPC else WriteError.OTHER
        raise WriteError(path, kind, exc.strerror or str(exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
