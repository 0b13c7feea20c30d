#!/usr/bin/env python3
"""The macOS app: what the PyInstaller spec's BUNDLE() needs for Drempelmeter.app (its
Info.plist with the .drempel document type), and the disk image a user drags it from.

In packaging/pyinstaller/drempelmeter.spec, on macOS:

    sys.path.insert(0, str(ROOT / "packaging" / "macos"))
    from bundle import bundle_kwargs
    app = BUNDLE(coll, **bundle_kwargs())

Run on macOS with the .venv's Python (.github/workflows/release.yml does):

    python packaging/macos/bundle.py icon    packaging/macos/drempelmeter.icns, before the build
    python packaging/macos/bundle.py dmg     dist/Drempelmeter.app -> dist/drempelmeter-<v>-
                                             macos-<arch>.dmg: the Info.plist completed when the
                                             spec left something out, the app signed (with
                                             MACOS_SIGN_IDENTITY, else ad hoc), the image made
                                             with hdiutil, notarized and stapled when
                                             APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD
                                             are set (packaging/SIGNING.md), and its
                                             .sha256 beside it
"""

from __future__ import annotations

import argparse
import os
import platform
import plistlib
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from appinfo import APP_ID, APP_NAME, MIME_TYPE, ROOT, app_version, write_sha256  # noqa: E402
from icons import ICNS_SIZES, write_packed  # noqa: E402

ICON = HERE / "drempelmeter.icns"
ENTITLEMENTS = HERE / "entitlements.plist"
APP = ROOT / "dist" / f"{APP_NAME}.app"
#: The type a .drempel file has on macOS, declared by the app (it is the type's owner).
FILE_TYPE = "be.drempelmeter.trajectory"


def info_plist(version: str) -> dict[str, object]:
    """The Info.plist keys beyond PyInstaller's own: the version, the .drempel type the app
    declares and opens, and the sentences macOS shows when the app first reaches a folder."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "nl"],
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "Drempelmeter",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Drempelmeter trajectory",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [FILE_TYPE],
            "CFBundleTypeIconFile": ICON.name,
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": FILE_TYPE,
            "UTTypeDescription": "Drempelmeter trajectory",
            "UTTypeConformsTo": ["public.data", "public.content"],
            "UTTypeIconFile": ICON.name,
            "UTTypeTagSpecification": {"public.filename-extension": ["drempel"],
                                       "public.mime-type": [MIME_TYPE]},
        }],
        # macOS asks before an app reads these places, showing these sentences
        "NSDocumentsFolderUsageDescription":
            "Drempelmeter opens and saves your trajectories, reports and workbooks here.",
        "NSDesktopFolderUsageDescription":
            "Drempelmeter opens and saves your trajectories, reports and workbooks here.",
        "NSDownloadsFolderUsageDescription":
            "Drempelmeter imports the workbooks partners sent you from here.",
        "NSRemovableVolumesUsageDescription":
            "Drempelmeter opens trajectories kept on a USB stick.",
        "NSNetworkVolumesUsageDescription":
            "Drempelmeter opens trajectories kept on a network share.",
        "NSLocalNetworkUsageDescription":
            "In a workshop, the room's phones vote through Drempelmeter on this network.",
    }


def bundle_kwargs() -> dict[str, object]:
    """The arguments of the spec's BUNDLE(coll, ...)."""
    return {"name": f"{APP_NAME}.app", "icon": str(ICON) if ICON.is_file() else None,
            "bundle_identifier": APP_ID, "version": app_version(),
            "info_plist": info_plist(app_version())}


def complete_info_plist(app: Path) -> bool:
    """Add what info_plist() says and the app's Info.plist lacks or has otherwise; whether it
    changed (its signature is then stale)."""
    path = app / "Contents" / "Info.plist"
    with path.open("rb") as file:
        present = plistlib.load(file)
    wanted = {**present, **info_plist(app_version()), "CFBundleIdentifier": APP_ID}
    if wanted == present:
        return False
    with path.open("wb") as file:
        plistlib.dump(wanted, file)
    return True


def sign(app: Path) -> None:
    """With MACOS_SIGN_IDENTITY ("Developer ID Application: ..."): hardened runtime and a
    secure timestamp, as notarization requires. Without: ad hoc, enough to run on this Mac
    (Apple silicon runs no unsigned code) but not to pass Gatekeeper elsewhere."""
    identity = os.environ.get("MACOS_SIGN_IDENTITY", "")
    command = ["codesign", "--force", "--deep", "--sign", identity or "-"]
    if identity:
        command += ["--options", "runtime", "--timestamp", "--entitlements", str(ENTITLEMENTS)]
    subprocess.run([*command, str(app)], check=True)
    subprocess.run(["codesign", "--verify", "--deep", "--strict", str(app)], check=True)


def make_dmg(app: Path, out: Path) -> Path:
    """A compressed disk image holding the app and a link to /Applications to drag it to."""
    version = app_version()
    target = out / f"drempelmeter-{version}-macos-{platform.machine()}.dmg"
    with tempfile.TemporaryDirectory(prefix="drempelmeter-dmg-") as folder:
        stage = Path(folder)
        subprocess.run(["ditto", str(app), str(stage / app.name)], check=True)
        (stage / "Applications").symlink_to("/Applications")
        subprocess.run(["hdiutil", "create", "-volname", f"{APP_NAME} {version}", "-srcfolder",
                        str(stage), "-fs", "HFS+", "-format", "UDZO", "-ov", str(target)],
                       check=True)
    return target


def notarize(image: Path) -> None:
    """Apple's notary service checks the signed image; its ticket is stapled to the image so
    that Gatekeeper accepts it offline too. Needs APPLE_ID, APPLE_TEAM_ID and
    APPLE_APP_PASSWORD (an app-specific password); without them nothing is sent."""
    account = [os.environ.get(k, "") for k in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD")]
    if not all(account):
        return
    apple_id, team, password = account
    subprocess.run(["xcrun", "notarytool", "submit", str(image), "--apple-id", apple_id,
                    "--team-id", team, "--password", password, "--wait"], check=True)
    subprocess.run(["xcrun", "stapler", "staple", str(image)], check=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("icon", help="write packaging/macos/drempelmeter.icns from the SVG")
    dmg = commands.add_parser("dmg", help="sign the app and put it in a disk image")
    dmg.add_argument("--app", type=Path, default=APP)
    dmg.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    if args.command == "icon":
        print(f"wrote {write_packed(ICON, ICNS_SIZES, 'ICNS')}")
        return 0
    if not (args.app / "Contents" / "Info.plist").is_file():
        print(f"dmg: no app in {args.app}: build it on macOS with `python packaging/dev.py "
              "build` (the spec's BUNDLE() with bundle_kwargs())", file=sys.stderr)
        return 1
    if complete_info_plist(args.app):
        print(f"completed {args.app}/Contents/Info.plist", flush=True)
    sign(args.app)
    image = make_dmg(args.app, args.out)
    if os.environ.get("MACOS_SIGN_IDENTITY"):
        subprocess.run(["codesign", "--sign", os.environ["MACOS_SIGN_IDENTITY"], "--timestamp",
                        str(image)], check=True)
    notarize(image)  # before the checksum: stapling changes the image
    print(f"wrote {image} and {write_sha256(image).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
