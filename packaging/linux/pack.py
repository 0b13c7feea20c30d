#!/usr/bin/env python3
"""The Linux package: dist/drempelmeter (the one-folder build) packed with its desktop files.

`python3 packaging/dev.py pack` runs it after `python3 packaging/dev.py build` and writes
dist/drempelmeter-<version>-linux-x86_64.tar.gz, one folder holding

    drempelmeter/                   the one-folder build, as built
    share/applications/             be.drempelmeter.Drempelmeter.desktop (the menu entry)
    share/metainfo/                 its AppStream description (software centres)
    share/mime/packages/            the .drempel file type
    share/icons/hicolor/            the icon at 16 to 512 pixels, and as SVG
    install.sh, uninstall.sh        a per-user install without root, and its removal
    README.txt                      how to install, where the app keeps things, the glibc it needs

and its checksum beside it, <tarball>.sha256 (sha256sum's format). It prints the newest glibc
the build's libraries ask for (objdump -T): the oldest Linux the tarball runs on.

The archive is reproducible: its entries are sorted, owned by root and dated from
SOURCE_DATE_EPOCH (else the newest release's date in the metainfo).
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from appinfo import APP_ID, ROOT, SVG, app_version, write_sha256  # noqa: E402  (packaging/, above this folder)
from icons import render_pngs  # noqa: E402

DESKTOP = HERE / f"{APP_ID}.desktop"
METAINFO = HERE / f"{APP_ID}.metainfo.xml"
MIME = HERE / f"{APP_ID}.mime.xml"
SCRIPTS = ("install.sh", "uninstall.sh")
DIST = ROOT / "dist"
BUILD = DIST / "drempelmeter"
README = """Drempelmeter {version} for Linux (x86_64){development}

Install for yourself, without root:   ./install.sh
Then start it from the menu, or with:  drempelmeter
Remove it again:                       ~/.local/lib/drempelmeter/uninstall.sh

It needs glibc {glibc} or newer (`ldd --version` shows yours).

Where Drempelmeter keeps things:
  the program            ~/.local/lib/drempelmeter, the command ~/.local/bin/drempelmeter
  your trajectories      the .drempel files, wherever you save them
  backups, the demo      ~/.local/share/Drempelmeter
  settings               ~/.config/Drempelmeter/Drempelmeter.conf
  log                    ~/.local/state/Drempelmeter/log/drempelmeter.log
  cache                  ~/.cache/Drempelmeter (the charts' font list)
uninstall.sh removes the program, its menu entry, icons and file type, and the cache; it keeps
your .drempel files, the backups, the settings and the log.

The app never connects to the internet on its own. Release notes: Help ▸ Release notes.
The licences of the components it bundles: drempelmeter/_internal/licenses/.
"""
DEVELOPMENT = """

This is a development version, not a release: its changes are under "Unreleased" in the
release notes."""


def glibc_needed(program: Path) -> str | None:
    """The newest GLIBC_ symbol version the build's executable and libraries ask for
    (objdump -T), e.g. "2.35": the oldest glibc it runs on. None without objdump."""
    if shutil.which("objdump") is None:
        return None
    elves = []
    for path in sorted(program.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    elves.append(str(path))
    found: set[tuple[int, ...]] = set()
    for start in range(0, len(elves), 100):
        dump = subprocess.run(["objdump", "-T", *elves[start:start + 100]],
                              capture_output=True, text=True).stdout
        found |= {tuple(int(n) for n in v.split("."))
                  for v in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", dump)}
    return ".".join(map(str, max(found))) if found else None


def newest_release() -> tuple[str, str, str]:
    """The version, date and type ("stable" or "development") of the metainfo's first
    <release> (the newest)."""
    release = ET.parse(METAINFO).getroot().find("releases/release")
    if release is None:
        raise ValueError(f"{METAINFO.name} has no <release>")
    return release.get("version", ""), release.get("date", ""), release.get("type", "stable")


def stage(program: Path, folder: Path, version: str, development: bool = False,
          glibc: str | None = None) -> Path:
    """`folder` filled as the archive's one folder: the program, share/, the scripts."""
    shutil.copytree(program, folder / "drempelmeter", symlinks=True)
    share = folder / "share"
    for source, place in ((DESKTOP, "applications"), (METAINFO, "metainfo")):
        (share / place).mkdir(parents=True)
        shutil.copy2(source, share / place / source.name)
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(MIME, share / "mime" / "packages" / f"{APP_ID}.xml")
    icons = share / "icons" / "hicolor"
    with tempfile.TemporaryDirectory(prefix="drempelmeter-icons-") as rendered:
        for size, png in render_pngs(Path(rendered)).items():
            (icons / f"{size}x{size}" / "apps").mkdir(parents=True)
            shutil.copy2(png, icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(SVG, icons / "scalable" / "apps" / f"{APP_ID}.svg")
    for script in SCRIPTS:
        shutil.copy2(HERE / script, folder / script)
        (folder / script).chmod(0o755)
    (folder / "README.txt").write_text(README.format(
        version=version, development=DEVELOPMENT if development else "",
        glibc=glibc or "(unknown: objdump was missing when it was packed)"), encoding="utf-8")
    return folder


def write_tarball(folder: Path, out: Path, moment: int) -> Path:
    """`folder` as a .tar.gz whose bytes depend only on the files (sorted, root-owned, dated)."""

    def normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = moment
        info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    paths = sorted(folder.rglob("*"))
    # level 6: within 1 % of 9's size at half its time on 130 MiB of libraries
    with partial.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=moment,
                                                   filename="", compresslevel=6) as zipped, \
            tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(folder, arcname=folder.name, recursive=False, filter=normalised)
        for path in paths:
            tar.add(path, arcname=f"{folder.name}/{path.relative_to(folder).as_posix()}",
                    recursive=False, filter=normalised)
    partial.replace(out)
    return out


def source_date(release_date: str) -> int:
    """SOURCE_DATE_EPOCH when set, else midnight UTC of the newest release's date."""
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        return int(epoch)
    return int(datetime.strptime(release_date, "%Y-%m-%d").replace(tzinfo=UTC).timestamp())


def tarball(out_dir: Path = DIST) -> Path:
    """Where this version's package goes."""
    return out_dir / f"drempelmeter-{app_version()}-linux-x86_64.tar.gz"


def pack(program: Path, out_dir: Path) -> tuple[Path, str | None]:
    """The tarball and its .sha256 written; the tarball and the glibc the build needs."""
    version = app_version()
    released, date, kind = newest_release()
    if released != version:
        raise SystemExit(f"{METAINFO.name}: the newest <release> is {released}, the app is "
                         f"{version}: add a <release> for {version} first")
    out = tarball(out_dir)
    glibc = glibc_needed(program)
    with tempfile.TemporaryDirectory(prefix="drempelmeter-pack-") as temp:
        folder = stage(program, Path(temp) / out.name.removesuffix(".tar.gz"), version,
                       development=kind == "development", glibc=glibc)
        write_tarball(folder, out, source_date(date))
    write_sha256(out)
    return out, glibc


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=BUILD,
                        help="the one-folder build (default: dist/drempelmeter)")
    parser.add_argument("--out", type=Path, default=DIST,
                        help="where the .tar.gz goes (default: dist/)")
    args = parser.parse_args(argv)
    if not (args.build / "drempelmeter").is_file():
        print(f"pack: no build in {args.build}: run `python3 packaging/dev.py build` first",
              file=sys.stderr)
        return 1
    out, glibc = pack(args.build, args.out)
    print(f"wrote {out} ({out.stat().st_size / 2**20:.1f} MiB) and {out.name}.sha256")
    print(f"it needs glibc {glibc} or newer (the newest GLIBC_ symbol version its libraries "
          "ask for)" if glibc else "objdump is missing: the glibc it needs is not known")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
