"""Who the app is to the installers of every system: its id, name and version, read without
importing it (the packaging scripts run before or without its dependencies)."""

from __future__ import annotations

import hashlib
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


def write_sha256(package: Path) -> Path:
    """`package`.sha256 beside it, in sha256sum's format (`sha256sum -c` checks it), so that IT
    can check what it deploys."""
    digest = hashlib.sha256()
    with package.open("rb") as file:
        while block := file.read(1 << 20):
            digest.update(block)
    target = package.with_name(package.name + ".sha256")
    target.write_text(f"{digest.hexdigest()}  {package.name}\n", encoding="utf-8")
    return target
