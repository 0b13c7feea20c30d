"""The one place that knows where bundled files and the user's data live.

Works from a source checkout, an installed wheel (files under the package) and a frozen
PyInstaller build (files under sys._MEIPASS).
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "Drempelmeter"
PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> list[Path]:
    """Where a build keeps `name`: a frozen build's top folder, under the package (a wheel),
    beside it (a source checkout)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen_root) / name] if frozen_root else []
    return [*candidates, PACKAGE_DIR / name, PACKAGE_DIR.parent / name]


def bundled_dir(name: str) -> Path:
    """The folder `resources` or `questionnaires`, wherever this build keeps it."""
    candidates = _bundled(name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found in {candidates}")


def release_notes() -> Path:
    """CHANGELOG.md, shipped with the app so that its release notes read offline."""
    candidates = _bundled("CHANGELOG.md")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"CHANGELOG.md not found in {candidates}")


def resources_dir() -> Path:
    return bundled_dir("resources")


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. resource("icons", "app.svg")."""
    return resources_dir().joinpath(*parts)


def questionnaires_dir() -> Path:
    return bundled_dir("questionnaires")


def user_data_dir() -> Path:
    """Where the app keeps its own files (the demo copy), created on first use."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def user_log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def documents_dir() -> Path:
    """The user's Documents folder: where new trajectories, reports and bundles go first."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir())


#: Characters Windows, macOS or Linux refuse in a file name.
_REFUSED = '<>:"/\\|?*'


def safe_file_name(text: str) -> str:
    """`text` usable as a file name everywhere: refused characters and control characters
    become spaces, no leading or trailing dots and spaces, at most 120 characters."""
    cleaned = "".join(" " if c in _REFUSED or ord(c) < 32 else c for c in text)
    cleaned = " ".join(cleaned.split())[:120].strip(" .")
    return cleaned or "Drempelmeter"
