"""On Linux, a missing X11 library is named with the command that installs it, before Qt aborts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from drempelmeter import linux_display

# What ldd prints for Qt's xcb plugin on a fresh Debian desktop without the xcb utilities.
LDD_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd5a5f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1c1c400000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibfoo-unheard-of.so.7 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f1c1be00000)
"""


def test_the_missing_libraries_are_read_from_ldd_once_each():
    assert linux_display.missing_libraries(LDD_FRESH_DEBIAN) == [
        "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
        "libxkbcommon-x11.so.0", "libfoo-unheard-of.so.7"]


@pytest.mark.parametrize(("release", "command"), [
    ('PRETTY_NAME="Debian GNU/Linux 12"\nID=debian\n',
     "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"),
    ('NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n',
     "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"),
    ("ID=fedora\n",
     "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms libxkbcommon-x11"),
])
def test_the_advice_is_the_exact_command_for_the_distribution(release, command):
    missing = linux_display.missing_libraries(LDD_FRESH_DEBIAN)
    advice = linux_display.install_advice(missing, linux_display.package_manager(release))
    assert advice.splitlines()[0].strip() == command
    assert advice.splitlines()[1].strip() == (
        "install the packages that provide: libfoo-unheard-of.so.7")


def test_an_unknown_distribution_gets_the_library_names():
    advice = linux_display.install_advice(["libxcb-cursor.so.0"],
                                          linux_display.package_manager("ID=gentoo\n"))
    assert advice.strip() == "install the packages that provide: libxcb-cursor.so.0"


def test_only_the_x11_plugin_is_checked():
    assert not linux_display.uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert linux_display.uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not linux_display.uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's X11 plugin is Linux's")
def test_this_machine_has_what_the_plugin_needs_or_is_told_exactly_what(monkeypatch):
    """The real plugin, through the real ldd: CI installs the libraries, so nothing is missing;
    a machine without them gets the command, never a traceback."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    found = linux_display.problem()
    plugin = linux_display._xcb_plugin()
    assert plugin is not None
    missing = linux_display.missing_libraries(
        subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout)
    if missing:
        assert found is not None and all(lib in found for lib in missing)
    else:
        assert found is None


def test_the_check_needs_no_qt():
    source = Path(linux_display.__file__).read_text(encoding="utf-8")
    assert "PySide6." not in source and "import PySide6" not in source


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's X11 plugin is Linux's")
def test_a_plugin_that_loads_costs_no_ldd_at_start(monkeypatch):
    """ldd is a process of its own at every start; a plugin that loads needs no explanation."""
    plugin = linux_display._xcb_plugin()
    assert plugin is not None
    if not linux_display.loads(plugin):
        pytest.skip("this machine lacks what the X11 plugin needs")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    ran: list[object] = []
    monkeypatch.setattr(linux_display.subprocess, "run", lambda *a, **k: ran.append(a))
    assert linux_display.problem() is None
    assert ran == []


def test_a_plugin_that_does_not_load_is_explained_from_ldd(monkeypatch, tmp_path):
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a shared library")
    assert not linux_display.loads(broken)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(linux_display, "_xcb_plugin", lambda: broken)
    monkeypatch.setattr(linux_display.subprocess, "run",
                        lambda args, **_: subprocess.CompletedProcess(args, 0, LDD_FRESH_DEBIAN))
    found = linux_display.problem()
    assert found is not None
    assert "libxcb-cursor.so.0" in found and "libxkbcommon-x11.so.0" in found


def test_no_display_is_told_only_when_the_x11_plugin_has_none():
    if not sys.platform.startswith("linux"):
        assert linux_display.no_display({}) is None
        return
    assert linux_display.no_display({}) is not None
    assert linux_display.no_display({"QT_QPA_PLATFORM": "xcb"}) is not None
    assert linux_display.no_display({"DISPLAY": ":0"}) is None
    assert linux_display.no_display({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert linux_display.no_display({"QT_QPA_PLATFORM": "offscreen"}) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's X11 plugin is Linux's")
def test_the_window_without_a_display_says_so_and_exits_as_a_usage_error(tmp_path):
    """Not Qt's "xcb-cursor0 is needed" and an abort: the real cause, and what works instead."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)  # no settings nor logs of the user's
    env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = env["XDG_STATE_HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "drempelmeter", str(tmp_path / "x.drempel")],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "desktop session" in result.stderr and "no display" in result.stderr
    assert "drempelmeter --help" in result.stderr
    assert "xcb" not in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.glob("x.drempel*")) == []
