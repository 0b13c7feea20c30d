"""Before the window opens on Linux: the system libraries Qt's X11 plugin lacks, and how to get them."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

#: The library each package provides, by the distribution's package manager.
PACKAGES = {
    "apt": {
        "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
        "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-xkb.so.1": "libxcb-xkb1",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
        "libxcb-shape.so.0": "libxcb-shape0", "libxcb-randr.so.0": "libxcb-randr0",
        "libxcb-xinerama.so.0": "libxcb-xinerama0", "libxcb-xfixes.so.0": "libxcb-xfixes0",
        "libxcb-sync.so.1": "libxcb-sync1", "libxcb-shm.so.0": "libxcb-shm0",
        "libxcb-util.so.1": "libxcb-util1", "libxcb-xinput.so.0": "libxcb-xinput0",
        "libxcb-glx.so.0": "libxcb-glx0", "libX11-xcb.so.1": "libx11-xcb1",
        "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
        "libfontconfig.so.1": "libfontconfig1", "libdbus-1.so.3": "libdbus-1-3",
    },
    "dnf": {
        "libxcb-cursor.so.0": "xcb-util-cursor", "libxcb-icccm.so.4": "xcb-util-wm",
        "libxcb-keysyms.so.1": "xcb-util-keysyms", "libxcb-image.so.0": "xcb-util-image",
        "libxcb-render-util.so.0": "xcb-util-renderutil", "libxcb-util.so.1": "xcb-util",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11", "libxkbcommon.so.0": "libxkbcommon",
        "libEGL.so.1": "libglvnd-egl", "libGL.so.1": "libglvnd-glx",
        "libOpenGL.so.0": "libglvnd-opengl", "libfontconfig.so.1": "fontconfig",
    },
}
INSTALL = {"apt": "sudo apt install", "dnf": "sudo dnf install"}
FAMILIES = {"debian": "apt", "ubuntu": "apt", "linuxmint": "apt", "pop": "apt",
            "fedora": "dnf", "rhel": "dnf", "centos": "dnf", "rocky": "dnf", "almalinux": "dnf"}
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` could not find, in its order, each once."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def package_manager(os_release: str) -> str | None:
    """apt or dnf, from /etc/os-release's ID and ID_LIKE; None for another family."""
    ids = []
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids += value.strip().strip('"').split()
    return next((FAMILIES[i] for i in ids if i in FAMILIES), None)


def install_advice(missing: list[str], manager: str | None) -> str:
    """The exact command that installs what is missing, or the libraries to look for."""
    known = PACKAGES.get(manager or "", {})
    packages = [known[lib] for lib in missing if lib in known]
    unknown = [lib for lib in missing if lib not in known]
    lines = []
    if packages and manager:
        lines.append(f"  {INSTALL[manager]} {' '.join(dict.fromkeys(packages))}")
    if unknown:
        lines.append("  install the packages that provide: " + ", ".join(unknown))
    return "\n".join(lines)


def _xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(spec.submodule_search_locations[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def uses_xcb(environ: os._Environ[str] | dict[str, str]) -> bool:
    """Qt will load its X11 plugin: on Linux, unless told otherwise or on Wayland."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return sys.platform.startswith("linux") and not environ.get("WAYLAND_DISPLAY")


def no_display(environ: os._Environ[str] | dict[str, str]) -> str | None:
    """What to tell the user when the X11 plugin would find no display to draw on (an ssh or a
    console session): Qt would blame a library instead, and abort. None when there is one."""
    if not uses_xcb(environ) or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("the window needs a desktop session, and no display was found (neither DISPLAY "
            "nor WAYLAND_DISPLAY is set). The commands work without one: `drempelmeter --help` "
            "lists them.")


def loads(plugin: Path) -> bool:
    """Whether the dynamic loader finds every library `plugin` needs: it is loaded here as Qt
    is about to load it, which costs nothing more at start (ldd, a process of its own, does)."""
    import ctypes

    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY)
    except OSError:
        return False
    return True


def problem() -> str | None:
    """What to tell the user when Qt's X11 plugin would fail to load, else None. Only a plugin
    that does not load is looked at with ldd, which names every library missing at once."""
    if not uses_xcb(os.environ):
        return None
    plugin = _xcb_plugin()
    if plugin is None or loads(plugin):
        return None
    try:
        output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                                timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None  # no ldd: let Qt try
    missing = missing_libraries(output)
    if not missing:
        return None
    try:
        release = Path("/etc/os-release").read_text(encoding="utf-8")
    except OSError:
        release = ""
    return ("the window cannot start: this system lacks libraries that Qt needs to draw on "
            f"the screen ({', '.join(missing)}). Install them with:\n"
            + install_advice(missing, package_manager(release)))
