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

    def workspace_splitter(self) -> QByteArray | None:
        """How the user last split the navigator and the page."""
        value = self._store.value("window/workspace")
        return value if isinstance(value, QByteArray) else None

    def set_workspace_splitter(self, state: QByteArray) -> None:
        self._store.setValue("window/workspace", state)

    def text_size(self) -> int:
        """The window's text size in percent of the system's (View ▸ Larger text)."""
        value = self._store.value("window/text_size", 100)
        try:
            return int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 100

    def set_text_size(self, percent: int) -> None:
        self._store.setValue("window/text_size", percent)

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def last_folder(self) -> str:
        """The folder last used for a file, at first the user's Documents."""
        from ..paths import documents_dir

        return str(self._store.value("last_folder", str(documents_dir())))

    def set_last_folder(self, folder: Path) -> None:
        self._store.setValue("last_folder", str(folder))

    def reopen_file(self) -> Path | None:
        """The trajectory that was open when the app last closed."""
        value = self._store.value("reopen_file", "")
        return Path(str(value)) if value else None

    def set_reopen_file(self, path: Path | None) -> None:
        self._store.setValue("reopen_file", str(absolute(path)) if path else "")

    def last_page(self, path: Path) -> str:
        """The page ("phase:3", "section:0") the trajectory at `path` was closed on, if it was
        the last one closed."""
        same = self._store.value("last_page_file", "") == str(absolute(path))
        return str(self._store.value("last_page", "")) if same else ""

    def set_last_page(self, path: Path, page: str) -> None:
        self._store.setValue("last_page_file", str(absolute(path)))
        self._store.setValue("last_page", page)
