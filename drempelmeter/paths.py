"""The one place that knows where bundled files and the user's data live.

Works from a source checkout, an installed wheel (files under the package) and a frozen
PyInstaller build (files under sys._MEIPASS).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import MutableMapping
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


def seed_matplotlib_config(environ: MutableMapping[str, str] = os.environ) -> Path | None:
    """In a frozen build, before matplotlib is imported: its config folder in the user's cache,
    with the font cache made at build time copied in when missing, so no start scans the fonts
    ("Matplotlib is building the font cache"). None when not frozen, when the user chose a
    folder (MPLCONFIGDIR), or when the cache folder cannot be written (matplotlib then makes a
    temporary one)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is None or "MPLCONFIGDIR" in environ:
        return None
    from platformdirs import user_cache_path

    target = user_cache_path(APP_NAME, appauthor=False) / "matplotlib"
    try:
        target.mkdir(parents=True, exist_ok=True)
        for seed in (Path(frozen_root) / "matplotlib-cache").glob("*.json"):
            if not (target / seed.name).exists():
                # copied whole, then renamed: a second start at the same moment reads all or none
                partial = target / f"{seed.name}.{os.getpid()}.tmp"
                shutil.copyfile(seed, partial)
                os.replace(partial, target / seed.name)
    except OSError:
        return None
    environ["MPLCONFIGDIR"] = str(target)
    return target


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
