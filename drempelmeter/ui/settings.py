"""The user's preferences and recent files, kept in QSettings handed in by the caller."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def absolute(path: Path) -> Path:
    """`path` with links followed where that works (a link loop or a too-long name stays as
    given): recent files name each file once, and never raise."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))

class AppSettings:
    def __init__(self, store: QSettings) -> None:
        self._store = store

    def recent_files(self) -> list[Path]:
        value = self._store.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [Path(p) for p in value or []]

    def add_recent(self, path: Path) -> None:
        path = absolute(path)
        files = [path] + [p for p in self.recent_files() if p != path]
        self._store.setValue("recent_files", [str(p) for p in files[:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        files = [p for p in self.recent_files() if p != absolute(path)]
        self._store.setValue("recent_files", [str(p) for p in files])

    def language_preference(self) -> str:
        return str(self._store.value("language", "system"))

    def set_language_preference(self, preference: str) -> None:
        self._store.setValue("language", preference)

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def last_folder(self) -> str:
        return str(self._store.value("last_folder", str(Path.home())))

    def set_last_folder(self, folder: Path) -> None:
        self._store.setValue("last_folder", str(folder))
