#!/usr/bin/env python3
"""The Windows packages: a per-user installer (Inno Setup) and a portable zip of the build.

Run on Windows with the .venv's Python (.github/workflows/release.yml does):

    python packaging/windows/release.py icon      packaging/windows/drempelmeter.ico from the
                                                  SVG; before `python packaging/dev.py build`,
                                                  whose spec gives it to the executables
    python packaging/windows/release.py package [--no-installer]
                                                  from dist/drempelmeter/: signs the executables
                                                  when WINDOWS_SIGN_COMMAND is set
                                                  (packaging/SIGNING.md), writes
                                                  dist/drempelmeter-<v>-windows-x64-portable.zip
                                                  and, with Inno Setup 6's ISCC (on PATH, in
                                                  ISCC or its usual folder),
                                                  dist/drempelmeter-<v>-windows-x64-setup.exe,
                                                  each with its .sha256 beside it
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from appinfo import ROOT, app_version, write_sha256  # noqa: E402  (packaging/appinfo.py)
from icons import ICO_SIZES, write_packed  # noqa: E402

ICON = HERE / "drempelmeter.ico"
SCRIPT = HERE / "drempelmeter.iss"
BUILD = ROOT / "dist" / "drempelmeter"
OUT = ROOT / "dist"
EXECUTABLES = ("drempelmeter.exe", "drempelmeterw.exe")
PORTABLE_README = """Drempelmeter {version}, portable: nothing to install.

Start drempelmeterw.exe (drempelmeter.exe is the command line, for a terminal).

Where Drempelmeter keeps things, as the installed app does:
  the program            this folder
  your trajectories      the .drempel files, wherever you save them
  backups, the demo      %LOCALAPPDATA%\\Drempelmeter
  settings               the registry, HKCU\\Software\\Drempelmeter\\Drempelmeter
  log                    %LOCALAPPDATA%\\Drempelmeter\\Logs\\drempelmeter.log
  cache                  %LOCALAPPDATA%\\Drempelmeter\\Cache (the charts' font list)
Deleting this folder removes the program, not your .drempel files nor that data.

It never connects to the internet on its own. Release notes: Help \u25b8 Release notes.
The licences of the components it bundles: _internal\\licenses\\.
"""


def iscc() -> Path | None:
    """Inno Setup's compiler: $ISCC, on PATH, or where its installer puts it."""
    candidates = [os.environ.get("ISCC", ""), shutil.which("iscc") or ""]
    for base in (os.environ.get("PROGRAMFILES(X86)", ""), os.environ.get("PROGRAMFILES", "")):
        if base:
            candidates.append(str(Path(base) / "Inno Setup 6" / "ISCC.exe"))
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


def sign_command() -> str:
    """WINDOWS_SIGN_COMMAND: the command that signs one file, given last (packaging/SIGNING.md),
    e.g. `signtool sign /fd sha256 /tr http://timestamp.acs.microsoft.com /td sha256 /dlib
    "C:\\...\\Azure.CodeSigning.Dlib.dll" /dmdf metadata.json`. Empty: nothing is signed."""
    return os.environ.get("WINDOWS_SIGN_COMMAND", "").strip()


def write_portable(build: Path, out: Path, version: str) -> Path:
    """The build as Drempelmeter/ in a zip, with a README saying what it leaves where."""
    target = out / f"drempelmeter-{version}-windows-x64-portable.zip"
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(build.rglob("*")):
            if path.is_file():
                archive.write(path, f"Drempelmeter/{path.relative_to(build).as_posix()}")
        archive.writestr("Drempelmeter/README.txt", PORTABLE_README.format(version=version))
    partial.replace(target)
    return target


def package(build: Path, out: Path, installer: bool) -> int:
    missing = [name for name in EXECUTABLES if not (build / name).is_file()]
    if missing:
        print(f"package: {', '.join(missing)} not in {build}: run `python packaging/dev.py build` "
              "first", file=sys.stderr)
        return 1
    version = app_version()
    signing = sign_command()
    for name in EXECUTABLES if signing else ():
        subprocess.run(f'{signing} "{build / name}"', shell=True, check=True)
    out.mkdir(parents=True, exist_ok=True)
    portable = write_portable(build, out, version)
    print(f"wrote {portable} and {write_sha256(portable).name}", flush=True)
    if not installer:
        return 0
    compiler = iscc()
    if compiler is None:
        print("package: Inno Setup 6 (ISCC.exe) not found; install it or set ISCC",
              file=sys.stderr)
        return 1
    if not ICON.is_file():
        write_packed(ICON, ICO_SIZES, "ICO")
    command = [str(compiler), f"/DAppVersion={version}", f"/DBuildDir={build}",
               f"/DOutputDir={out}"]
    if signing:
        # Inno Setup runs it on the installer and its uninstaller: $q is a quote, $f the quoted file
        command += ["/DSign", "/Ssigntool=" + signing.replace('"', "$q") + " $f"]
    subprocess.run([*command, str(SCRIPT)], check=True)
    setup = out / f"drempelmeter-{version}-windows-x64-setup.exe"
    print(f"wrote {setup} and {write_sha256(setup).name}", flush=True)
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("icon", help="write packaging/windows/drempelmeter.ico from the SVG")
    pack = commands.add_parser("package", help="the portable zip and the installer")
    pack.add_argument("--build", type=Path, default=BUILD)
    pack.add_argument("--out", type=Path, default=OUT)
    pack.add_argument("--no-installer", action="store_true",
                      help="only the portable zip (where Inno Setup is not installed)")
    args = parser.parse_args(argv)
    if args.command == "icon":
        print(f"wrote {write_packed(ICON, ICO_SIZES, 'ICO')}")
        return 0
    return package(args.build, args.out, installer=not args.no_installer)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
