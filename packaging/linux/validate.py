#!/usr/bin/env python3
"""Check the Linux desktop files and the per-user install, as CI does (.ci/run).

    python packaging/linux/validate.py [--packed | --tarball FILE.tar.gz]

1. desktop-file-validate on the .desktop file, `appstreamcli validate --no-net` on the
   metainfo, the MIME XML well-formed with its glob and magic, one id everywhere, the
   metainfo's newest release and the Flatpak manifest's tarball the app's version (apt:
   desktop-file-utils appstream); the metainfo's newest release a development one exactly
   while CHANGELOG.md has no heading for that version.
2. install.sh in a temporary HOME: every file where it belongs, the installed menu entry valid
   with the program's full path, `x.drempel` recognised as application/x-drempelmeter (Qt's
   MIME database, and xdg-mime when installed) while another SQLite file is not; then
   install.sh again (an update), then uninstall.sh: every installed file and the app's cache
   gone, with every folder install.sh made; the user's x.drempel, the app's backups, settings
   and log still there. With a package: its .sha256 matches, its README.txt names the newest
   glibc its libraries ask for (printed: objdump -T), the build carries its licences.
   --packed installs the package `dev.py pack` wrote; without it or --tarball the
   scripts run on a package staged around a stand-in program (a shell script), so this part
   then tests the scripts, not the build.

Run it with the .venv's Python (icons and the MIME check use PySide6). Exit status 0 when all
passed; every failure is printed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from appinfo import APP_ID, MIME_TYPE, ROOT, app_version  # noqa: E402  (packaging/appinfo.py)
from pack import DESKTOP, METAINFO, MIME, glibc_needed, newest_release, stage, tarball  # noqa: E402

SMI = "{http://www.freedesktop.org/standards/shared-mime-info}"


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


class Checks:
    """Each check's outcome printed as it comes; failed() tells whether any failed."""

    def __init__(self) -> None:
        self.failures: list[str] = []

    def expect(self, ok: bool, what: str, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {what}" + (f"\n     {detail}" if detail and not ok
                                                        else ""), flush=True)
        if not ok:
            self.failures.append(what)
        return ok

    def tool(self, command: list[str], what: str) -> None:
        if shutil.which(command[0]) is None:
            self.expect(False, what, f"{command[0]} is not installed")
            return
        result = run(command)
        output = (result.stdout + result.stderr).strip()
        self.expect(result.returncode == 0, what, output)
        if output:
            print("     " + output.replace("\n", "\n     "), flush=True)


def check_files(checks: Checks) -> None:
    checks.tool(["desktop-file-validate", str(DESKTOP)], f"desktop-file-validate {DESKTOP.name}")
    checks.tool(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                f"appstreamcli validate --no-net {METAINFO.name}")
    try:
        mime = ET.parse(MIME).getroot()
    except ET.ParseError as exc:
        checks.expect(False, f"{MIME.name} is well-formed XML", str(exc))
        return
    kind = mime.find(f"{SMI}mime-type")
    checks.expect(kind is not None and kind.get("type") == MIME_TYPE,
                  f"{MIME.name} declares {MIME_TYPE}")
    if kind is not None:
        checks.expect([g.get("pattern") for g in kind.iter(f"{SMI}glob")] == ["*.drempel"],
                      f"{MIME.name} matches *.drempel by name")
        magic = kind.find(f"{SMI}magic")
        checks.expect(magic is not None and int(magic.get("priority", "50")) < 50,
                      f"{MIME.name} matches SQLite's header below the default priority")
    desktop = DESKTOP.read_text(encoding="utf-8")
    checks.expect(f"Icon={APP_ID}\n" in desktop and f"MimeType={MIME_TYPE};" in desktop,
                  f"{DESKTOP.name} names the icon {APP_ID} and the type {MIME_TYPE}")
    meta = ET.parse(METAINFO).getroot()
    checks.expect(meta.findtext("id") == APP_ID
                  and meta.findtext("launchable") == DESKTOP.name
                  and meta.findtext("provides/mediatype") == MIME_TYPE,
                  f"{METAINFO.name} has the id {APP_ID}, launches {DESKTOP.name}, "
                  f"provides {MIME_TYPE}")
    released, _date, kind = newest_release()
    checks.expect(released == app_version(),
                  f"{METAINFO.name}'s newest release is the app's version {app_version()}",
                  f"it is {released}")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    cut = re.search(rf"^## \[{re.escape(released)}\]", changelog, re.MULTILINE) is not None
    checks.expect(cut == (kind != "development"),
                  f"{METAINFO.name}'s newest release is {kind} and CHANGELOG.md "
                  f"{'has a' if cut else 'has no'} heading for {released}",
                  "a version without its CHANGELOG heading is type=\"development\"; once the "
                  "heading is there, it is a stable release")
    flatpak = (HERE / f"{APP_ID}.yml").read_text(encoding="utf-8")
    checks.expect(f"drempelmeter-{app_version()}-linux-x86_64.tar.gz" in flatpak,
                  f"the Flatpak manifest packs the tarball of version {app_version()}")


def mime_type_by_qt(path: Path, env: dict[str, str]) -> str:
    """The type Qt's MIME database gives `path`, in a process that sees `env`'s XDG folders."""
    code = ("import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
            "print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())")
    return run([sys.executable, "-c", code, str(path)], env=env).stdout.strip()


def installed_files(home: Path) -> set[str]:
    """Every file and link under `home`, but the caches the desktop tools rebuild (the MIME
    database's, the menu's and the icons')."""
    files = set()
    for path in home.rglob("*"):
        name = path.relative_to(home).as_posix()
        rebuilt = ((name.startswith(".local/share/mime/") and "/packages/" not in name)
                   or name.endswith(("mimeinfo.cache", "icon-theme.cache")))
        if (path.is_file() or path.is_symlink()) and not rebuilt:
            files.add(name)
    return files


def check_install(checks: Checks, package: Path, real: bool) -> None:
    """install.sh then uninstall.sh from `package` (the unpacked folder) in a fresh HOME; with
    `real`, the installed program writes a trajectory too."""
    home = package.parent / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_DATA_DIRS="/usr/local/share:/usr/share",
               XDG_CONFIG_HOME=str(home / ".config"), PATH=f"{home}/.local/bin:{env['PATH']}")
    data = home / ".local" / "share"
    # the user's own things before the install: a trajectory and the app's data folder
    trajectory = home / "Documents" / "x.drempel"
    trajectory.parent.mkdir()
    with sqlite3.connect(trajectory) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    other = home / "Documents" / "other.sqlite"
    shutil.copyfile(trajectory, other)
    backup = data / "Drempelmeter" / "backups" / "x" / "x.drempel"
    backup.parent.mkdir(parents=True)
    backup.write_bytes(trajectory.read_bytes())
    # what the app wrote at an earlier start (drempelmeter/paths.py, QSettings): its settings,
    # log and font cache
    settings = home / ".config" / "Drempelmeter" / "Drempelmeter.conf"
    log = home / ".local" / "state" / "Drempelmeter" / "log" / "drempelmeter.log"
    cache = home / ".cache" / "Drempelmeter"
    for path in (settings, log, cache / "matplotlib" / "fontlist-v390.json"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("kept by the app\n", encoding="utf-8")
    before = installed_files(home)
    folders_before = {p for p in home.rglob("*") if p.is_dir()}

    for what in ("install.sh in a temporary HOME", "install.sh again (an update)"):
        result = run(["sh", str(package / "install.sh")], env=env)
        if not checks.expect(result.returncode == 0, what, result.stdout + result.stderr):
            return
    print("     " + result.stdout.strip().replace("\n", "\n     "), flush=True)
    program = home / ".local" / "lib" / "drempelmeter"
    placed = [program / "drempelmeter", data / "applications" / f"{APP_ID}.desktop",
              data / "metainfo" / METAINFO.name, data / "mime" / "packages" / f"{APP_ID}.xml",
              data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
              *(data / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png"
                for s in (16, 24, 32, 48, 64, 128, 256, 512))]
    missing = [str(p.relative_to(home)) for p in placed if not p.is_file()]
    checks.expect(not missing, "the program, menu entry, metainfo, MIME type and 9 icons "
                  "are in place", f"missing: {missing}")
    link = home / ".local" / "bin" / "drempelmeter"
    checks.expect(link.is_symlink() and link.resolve() == (program / "drempelmeter").resolve(),
                  "~/.local/bin/drempelmeter links to the program")
    started = run(["drempelmeter", "--version"], env=env, timeout=120)
    checks.expect(f"Drempelmeter {app_version()}" in started.stdout,
                  "`drempelmeter --version` through ~/.local/bin", started.stdout + started.stderr)
    if real:
        # where drempelmeter/paths.py's release_notes() looks in a frozen build (Help menu)
        checks.expect((program / "_internal" / "CHANGELOG.md").is_file(),
                      "the installed app holds its release notes (CHANGELOG.md)")
        licences = program / "_internal" / "licenses"
        checks.expect((licences / "README.txt").is_file()
                      and (licences / "PySide6" / "LGPL-3.0.txt").is_file()
                      and (licences / "Python" / "LICENSE.txt").is_file(),
                      "the installed app carries the licences of what it bundles "
                      "(_internal/licenses: the index, Qt's LGPL 3, Python's)")
        made = run(["drempelmeter", "demo", str(home / "Documents" / "demo.drempel")], env=env,
                    timeout=300)
        checks.expect(made.returncode == 0 and mime_type_by_qt(home / "Documents" / "demo.drempel",
                                                               env) == MIME_TYPE,
                      "the installed app writes the demo, and it is a trajectory to the desktop",
                      made.stdout + made.stderr)
    entry = data / "applications" / f"{APP_ID}.desktop"
    if entry.is_file():
        checks.expect(f'Exec="{program}/drempelmeter" %f' in entry.read_text(encoding="utf-8"),
                      "the installed menu entry starts the program by its full path")
        checks.tool(["desktop-file-validate", str(entry)], "desktop-file-validate on the "
                    "installed menu entry")
    if shutil.which("update-mime-database"):
        checks.expect((data / "mime" / "mime.cache").is_file(),
                      "update-mime-database ran on ~/.local/share/mime")
    found = mime_type_by_qt(trajectory, env)
    checks.expect(found == MIME_TYPE, f"Qt's MIME database: x.drempel is {MIME_TYPE}",
                  f"it says {found!r}")
    found = mime_type_by_qt(other, env)
    checks.expect(found != MIME_TYPE, "Qt's MIME database: another SQLite file is not a "
                  "trajectory", f"it says {found!r}")
    if shutil.which("xdg-mime"):
        found = run(["xdg-mime", "query", "filetype", str(trajectory)], env=env).stdout.strip()
        checks.expect(found == MIME_TYPE, f"xdg-mime query filetype x.drempel: {found}")
    else:
        print("     (xdg-mime not installed: its check skipped)", flush=True)

    # what install.sh placed; the rest (the user's files, what the app itself wrote) must stay
    share = package / "share"
    used = installed_files(home)
    placed = {f".local/share/{p.relative_to(share).as_posix()}" for p in share.rglob("*")
              if p.is_file()} | {".local/bin/drempelmeter"}
    placed |= {name for name in used if name.startswith(".local/lib/drempelmeter/")}
    result = run(["sh", str(program / "uninstall.sh")], env=env)
    checks.expect(result.returncode == 0, "uninstall.sh", result.stdout + result.stderr)
    after = installed_files(home)
    cached = {name for name in used if name.startswith(".cache/Drempelmeter/")}
    checks.expect(after == used - placed - cached and before - cached <= after,
                  "uninstall.sh removed every file install.sh placed and the app's cache, and "
                  "nothing else", f"left: {sorted(after & (placed | cached))}, "
                  f"removed: {sorted((used - placed - cached) - after)}")
    checks.expect(not program.exists() and not link.is_symlink() and not cache.exists(),
                  "the program folder, the link and ~/.cache/Drempelmeter are gone")
    checks.expect(all(p.is_file() for p in (trajectory, backup, settings, log)),
                  "the user's x.drempel, the app's backups, settings and log are still there")
    # a folder made since, holding none of the files left, is one install.sh left behind (the
    # app's own Drempelmeter folders are the app's, e.g. an empty questionnaires/)
    empty = sorted(p.relative_to(home).as_posix() for p in home.rglob("*")
                   if p.is_dir() and p not in folders_before
                   and "Drempelmeter" not in p.relative_to(home).parts
                   and not any(q.relative_to(home).as_posix() in after for q in p.rglob("*")))
    checks.expect(not empty, "uninstall.sh removed the folders install.sh made (once empty)",
                  f"left: {empty}")


def check_package(checks: Checks, archive: Path, package: Path) -> None:
    """The tarball's .sha256 beside it, and the glibc its README.txt names."""
    listed = archive.with_name(archive.name + ".sha256")
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    checks.expect(listed.is_file() and listed.read_text(encoding="utf-8")
                  == f"{digest}  {archive.name}\n",
                  f"{listed.name} holds the tarball's SHA-256 as sha256sum -c reads it",
                  listed.read_text(encoding="utf-8") if listed.is_file() else "missing")
    glibc = glibc_needed(package / "drempelmeter")
    print(f"     the build needs glibc {glibc} or newer (the newest GLIBC_ symbol version of "
          "its libraries, objdump -T)", flush=True)
    readme = (package / "README.txt").read_text(encoding="utf-8")
    checks.expect(glibc is not None and f"It needs glibc {glibc} or newer" in readme,
                  f"README.txt names the glibc the build needs ({glibc})",
                  "objdump is missing (apt: binutils)" if glibc is None else readme)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    given = parser.add_mutually_exclusive_group()
    given.add_argument("--tarball", type=Path, help="the package to install (default: a "
                       "package staged around a stand-in program)")
    given.add_argument("--packed", action="store_true", help="the package `dev.py pack` wrote "
                       f"for this version ({tarball().relative_to(HERE.parent.parent)})")
    args = parser.parse_args(argv)
    if args.packed:
        args.tarball = tarball()
    checks = Checks()
    check_files(checks)
    with tempfile.TemporaryDirectory(prefix="drempelmeter-validate-") as temp:
        if args.tarball:
            with tarfile.open(args.tarball) as tar:
                tar.extractall(temp, filter="tar")
            package = next(Path(temp).iterdir())
            print(f"== {args.tarball.name}", flush=True)
            check_package(checks, args.tarball, package)
            print(f"== install.sh from {args.tarball.name}", flush=True)
        else:
            program = Path(temp) / "program"
            program.mkdir()
            (program / "drempelmeter").write_text(f"#!/bin/sh\necho Drempelmeter {app_version()}\n")
            (program / "drempelmeter").chmod(0o755)
            package = stage(program, Path(temp) / "package", app_version())
            print("== install.sh on a package around a stand-in program", flush=True)
        check_install(checks, package, real=args.tarball is not None)
    if checks.failures:
        print(f"{len(checks.failures)} check(s) failed", file=sys.stderr)
        return 1
    print("all Linux packaging checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
