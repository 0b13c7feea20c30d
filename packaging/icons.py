#!/usr/bin/env python3
"""The app's icon for the installers: PNGs of the usual sizes, a Windows .ico and a macOS .icns,
rendered from resources/icons/drempelmeter.svg (Qt's SVG renderer, offscreen; Pillow packs them).

Run with the .venv's Python (it needs PySide6 and Pillow, which matplotlib brings):

    python packaging/icons.py png FOLDER      FOLDER/<size>.png for every size in SIZES
    python packaging/icons.py ico FILE.ico    16 to 256 pixels in one Windows icon
    python packaging/icons.py icns FILE.icns  16 to 512 pixels in one macOS icon
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from appinfo import SVG  # packaging/appinfo.py, beside this file

#: The sizes desktops look for under share/icons/hicolor/<size>x<size>/apps.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs(folder: Path, sizes: tuple[int, ...] = SIZES, svg: Path = SVG) -> dict[int, Path]:
    """`folder`/<size>.png for each size, the SVG drawn at that size on a transparent ground."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # painting needs one
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"{size}.png"
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written[size] = path
    return written


def write_packed(out: Path, sizes: tuple[int, ...], fmt: str) -> Path:
    """One .ico or .icns holding each size as drawn at that size (not scaled down from one)."""
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="drempelmeter-icons-") as folder:
        pngs = render_pngs(Path(folder), sizes)
        images = [Image.open(pngs[s]).convert("RGBA") for s in sizes]
        out.parent.mkdir(parents=True, exist_ok=True)
        largest = images[-1]
        largest.save(out, format=fmt, sizes=[(s, s) for s in sizes], append_images=images[:-1])
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("png", "ico", "icns"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    kind, target = argv[0], Path(argv[1])
    if kind == "png":
        render_pngs(target)
    else:
        write_packed(target, ICO_SIZES if kind == "ico" else ICNS_SIZES, kind.upper())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
