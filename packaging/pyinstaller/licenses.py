"""The licences of what the frozen build bundles, gathered by the spec into licenses/.

`license_datas(modules, libraries, work)` is called from drempelmeter.spec with the top-level
modules and the library files PyInstaller collected; it returns (source, destination) pairs for
Analysis datas:

    licenses/README.txt             every bundled distribution with its version and licence
    licenses/<dist>-<version>/      the licence files its wheel carries (dist-info/licenses,
                                    LICENSE*, COPYING*, NOTICE*, AUTHORS*)
    licenses/Python/LICENSE.txt     the interpreter's (PSF)
    licenses/PySide6/               the LGPL 3 and the GPL 3 it builds on (packaging/licenses/):
                                    the PySide6 and shiboken6 wheels carry no licence text
    licenses/system/<package>       on Debian and Ubuntu, the copyright file of each system
                                    package a bundled library came from (dpkg -S)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from importlib.metadata import Distribution, distributions
from pathlib import Path

HERE = Path(__file__).resolve().parent
GNU = HERE.parent / "licenses"
NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")
#: Distributions whose licence texts are not in their wheel, with the texts that apply.
NO_TEXT = {"pyside6-essentials": "PySide6", "shiboken6": "PySide6"}


def _licence(dist: Distribution) -> str:
    meta = dist.metadata
    expression = meta["License-Expression"] or meta["License"] or ""
    if not expression or len(expression) > 80:  # some put the whole text in License
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        expression = ", ".join(classifiers) or "see its files"
    return " ".join(expression.split())


def _licence_files(dist: Distribution) -> list[tuple[Path, str]]:
    """Each licence file with its folder relative to the distribution's licence folder."""
    files = []
    for entry in dist.files or []:
        parts = entry.parts
        in_dist_info = parts[0].endswith(".dist-info")
        named = Path(entry.name).stem.upper().startswith(NAMES)
        if (in_dist_info and ("licenses" in parts or named)) or (not in_dist_info and named
                                                                  and len(parts) <= 2):
            path = Path(str(dist.locate_file(entry)))
            inner = parts[parts.index("licenses") + 1:-1] if "licenses" in parts else ()
            if path.is_file():
                files.append((path, "/".join(inner)))
    return files


def _python_licence() -> Path | None:
    base = Path(sys.base_prefix)
    for candidate in (base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
                      / "LICENSE.txt", base / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    return None


def _system_packages(libraries: list[str]) -> dict[str, Path]:
    """Debian package -> its copyright file, for the bundled libraries the system provided."""
    system = [lib for lib in libraries if lib.startswith(("/usr/", "/lib"))]
    if not system or shutil.which("dpkg") is None:
        return {}
    # dpkg knows each file by one of its names: /usr/lib or /lib (merged /usr), or the link's
    # target
    names = set()
    for lib in system:
        names |= {lib, lib.removeprefix("/usr") if lib.startswith("/usr/") else "/usr" + lib,
                  str(Path(lib).resolve())}
    found = subprocess.run(["dpkg", "-S", *sorted(names)], capture_output=True, text=True).stdout
    packages = {name.split(":")[0] for line in found.splitlines() if ": " in line
                for name in line.split(": ", 1)[0].split(", ")}
    copyrights = {package: Path("/usr/share/doc") / package / "copyright"
                  for package in sorted(packages)}
    return {package: path for package, path in copyrights.items() if path.is_file()}


def license_datas(modules: set[str], libraries: list[str], work: Path) -> list[tuple[str, str]]:
    """The licence files of the distributions that provide `modules` and of the system
    packages of `libraries`, and an index written to `work`/licenses/README.txt."""
    provided: dict[str, Distribution] = {}
    for dist in distributions():
        if dist.metadata["Name"].lower() == "drempelmeter":
            continue  # the app itself: its licence is the project owners' to choose
        tops = (dist.read_text("top_level.txt") or "").split() or [
            Path(str(f)).parts[0].removesuffix(".py") for f in dist.files or []]
        if modules & set(tops):
            provided[re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()] = dist
    datas: list[tuple[str, str]] = []
    lines = ["The components this build bundles and their licences (Drempelmeter itself has no",
             "licence chosen yet).", "",
             "Python packages (name, version, licence; texts in the folder of the same name):"]
    for name in sorted(provided):
        dist = provided[name]
        folder = f"licenses/{dist.metadata['Name']}-{dist.version}"
        texts = _licence_files(dist)
        datas += [(str(path), f"{folder}/{inner}".rstrip("/")) for path, inner in texts]
        if name in NO_TEXT:
            folder = f"licenses/{NO_TEXT[name]}"
        elif not texts:
            folder = "(no licence file in its wheel)"
        lines.append(f"  {dist.metadata['Name']} {dist.version}: {_licence(dist)}  [{folder}]")
    datas += [(str(GNU / "LGPL-3.0.txt"), "licenses/PySide6"),
              (str(GNU / "GPL-3.0.txt"), "licenses/PySide6")]
    lines += ["", "Qt and PySide6 are used under the GNU LGPL 3 (licenses/PySide6), as shared",
              "libraries that can be replaced; their source is at https://code.qt.io."]
    if (python := _python_licence()) is not None:
        datas.append((str(python), "licenses/Python"))
        lines += ["", f"Python {sys.version.split()[0]}: PSF License  [licenses/Python]"]
    system = _system_packages(libraries)
    if system:
        lines += ["", "Libraries of the build machine's system (Debian package; its copyright "
                  "file in licenses/system):"]
        for package, path in system.items():
            copy = work / "licenses" / "system" / package
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
            datas.append((str(copy), "licenses/system"))
            lines.append(f"  {package}")
    index = work / "licenses" / "README.txt"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    datas.append((str(index), "licenses"))
    return datas
