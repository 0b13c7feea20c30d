"""Who the app is to the installers of every system: its id, name and version, read without
importing it (the packaging scripts run before or without its dependencies)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The reverse-DNS id: the Linux desktop file, metainfo, icons and MIME type, the macOS bundle.
APP_ID = "be.drempelmeter.Drempelmeter"
APP_NAME = "Drempelmeter"
#: The file type of a trajectory (an SQLite database), on Linux and macOS.
MIME_TYPE = "application/x-drempelmeter"
SVG = ROOT / "resources" / "icons" / "drempelmeter.svg"


def app_version() -> str:
    """The version in drempelmeter/__init__.py."""
    text = (ROOT / "drempelmeter" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise ValueError("no __version__ in drempelmeter/__init__.py")
    return match.group(1)
