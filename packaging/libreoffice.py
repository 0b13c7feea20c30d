"""Have LibreOffice Calc open and save a workbook, for fixtures that must be LibreOffice's own."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def find_soffice() -> str | None:
    """LibreOffice's command, or None (with what to install, on stderr)."""
    found = shutil.which("soffice")
    if found is None:
        print("LibreOffice (soffice) is needed: apt-get install libreoffice-calc", file=sys.stderr)
    return found


def save_as(soffice: str, source: Path, target: Path, kind: str = "xlsx") -> None:
    """LibreOffice opens `source` and saves it as `target`; `kind` is its filter ("xlsx",
    "xls", or "xlsx:<filter name>")."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([soffice, "--headless", "--calc", "--convert-to", kind, "--outdir",
                        folder, str(source)], check=True, capture_output=True)
        shutil.copyfile(Path(folder) / f"{source.stem}.{kind.split(':')[0]}", target)
    print("wrote", target)
