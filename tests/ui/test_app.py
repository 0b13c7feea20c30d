"""The real entry point: `drempelmeter --demo` and `drempelmeter FILE` build and show the window."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from drempelmeter import linux_display
from drempelmeter.cli import main
from drempelmeter.ui.main_window import MainWindow
from drempelmeter.ui.settings import AppSettings


@pytest.fixture
def no_event_loop(monkeypatch):
    """Run everything up to the event loop, then return as if the user had quit at once."""
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()


def shown_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def test_demo_flag_opens_a_fresh_demo_copy(qapp, no_event_loop, isolated_user_dirs):
    assert main(["--demo"]) == 0
    [window] = shown_windows()
    assert window.document is not None
    assert window.windowTitle().startswith("Drempelmeter Demervallei")
    assert window.document.db.path.is_relative_to(isolated_user_dirs)
    assert window.workspace.phase_page.number == 6  # the first phase not done


def test_a_file_argument_opens_it(qapp, no_event_loop, demo_file):
    assert main([str(demo_file)]) == 0
    [window] = shown_windows()
    assert window.document.db.path == demo_file


def test_the_windows_belong_to_the_installed_menu_entry(qapp, no_event_loop, demo_file):
    assert main([str(demo_file)]) == 0
    entry = Path(__file__).parents[2] / "packaging" / "linux" / f"{qapp.desktopFileName()}.desktop"
    assert entry.is_file()


def test_no_argument_shows_the_welcome_page(qapp, no_event_loop):
    AppSettings(QSettings("Drempelmeter", "Drempelmeter")).set_reopen_file(None)
    assert main([]) == 0
    [window] = shown_windows()
    assert window.stack.currentWidget() is window.welcome


def test_no_argument_reopens_the_file_open_at_the_last_quit(qapp, no_event_loop, demo_file):
    assert main([str(demo_file)]) == 0
    [window] = shown_windows()
    window.close()  # quit with the file open
    window.deleteLater()
    assert main([]) == 0
    [window] = shown_windows()
    assert window.document is not None and window.document.db.path == demo_file


OPEN_FROM_FINDER = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFileOpenEvent
from drempelmeter.ui.app import Application
from drempelmeter.ui.main_window import MainWindow
from drempelmeter.ui.settings import AppSettings

app = Application([])
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
app.window = MainWindow(settings, Path(sys.argv[3]))
Application.sendEvent(app, QFileOpenEvent(sys.argv[1]))
print(app.window.document.db.path if app.window.document else None)
app.window.close_trajectory()
"""


def test_a_file_opened_from_the_finder_opens_in_the_window(demo_file, tmp_path):
    """macOS hands a double-clicked .drempel to the running app as an event (its own process:
    the tests' application object is a plain QApplication)."""
    import subprocess

    opened = subprocess.run(
        [sys.executable, "-c", OPEN_FROM_FINDER, str(demo_file), str(tmp_path / "settings.ini"),
         str(tmp_path / "app.log")], capture_output=True, text=True, timeout=60)
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.strip() == str(demo_file)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows sends no SIGTERM to a window")
@pytest.mark.parametrize("how", [(), ("--workshop", "4")], ids=["window", "workshop"])
@pytest.mark.parametrize("sent", ["SIGTERM", "SIGHUP"])
def test_a_termination_signal_closes_the_window_and_releases_the_file(demo_file, how, sent):
    """`kill PID`, a logout or a closed terminal: the window closes as by its close button, so
    no lock file is left beside the file and the file is sound (the README promises both)."""
    import signal
    import subprocess
    import time

    from drempelmeter.services.trajectory import check_file

    lock = demo_file.with_name(f".~lock.{demo_file.name}#")
    with subprocess.Popen([sys.executable, "-m", "drempelmeter", *how, str(demo_file)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True) as window:
        deadline = time.monotonic() + 60
        while not lock.exists() and window.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert lock.exists() and window.poll() is None
        time.sleep(0.5)  # into the event loop (a workshop's windows included)
        window.send_signal(getattr(signal, sent))
        try:
            _, errors = window.communicate(timeout=60)
        finally:
            window.kill()
        assert window.returncode == 0, errors
    assert not lock.exists()
    assert check_file(demo_file).sound


KILLED_WHILE_OPENING = """
import os, signal, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from drempelmeter.ui import app
from drempelmeter.ui.main_window import MainWindow

opening = MainWindow.open_path


def open_path(window, *args, **kwargs):
    os.kill(os.getpid(), signal.SIGTERM)  # while the file opens, before the window's loop runs
    QApplication.processEvents()  # as opening does when it shows its progress
    return opening(window, *args, **kwargs)


MainWindow.open_path = open_path
sys.exit(app.run(file=Path(sys.argv[1]), demo=False, read_only=False, log_file=Path(sys.argv[2])))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Windows sends no SIGTERM to a window")
def test_a_termination_signal_during_start_up_still_closes_the_window(demo_file, tmp_path):
    """Sent the moment the file starts opening (a kill right after the start, a logout while
    an upgrade runs): the window closed in start-up's own events, then showed again with the
    file and stayed; Qt's quit does nothing before the loop runs."""
    import subprocess

    from drempelmeter.services.trajectory import check_file

    done = subprocess.run([sys.executable, "-c", KILLED_WHILE_OPENING, str(demo_file),
                           str(tmp_path / "app.log")], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert not demo_file.with_name(f".~lock.{demo_file.name}#").exists()
    assert check_file(demo_file).sound


def _x11_window_possible() -> bool:
    """Xvfb and xdotool at hand, and Qt's X11 plugin finds its libraries (a machine may have
    the server without libxcb-cursor0 and the rest)."""
    if not sys.platform.startswith("linux") or not all(
            shutil.which(tool) for tool in ("Xvfb", "xdotool")):
        return False
    plugin = linux_display._xcb_plugin()
    return plugin is not None and linux_display.loads(plugin)


@pytest.mark.skipif(not _x11_window_possible(),
                    reason="needs Xvfb, xdotool and the libraries of Qt's X11 plugin")
def test_the_x11_window_class_is_drempelmeter_whatever_the_programs_name(demo_file, tmp_path):
    """`python -m drempelmeter` and the frozen build run as "__main__.py": the class must still
    be the one the desktop entry's StartupWMClass and the taskbars match."""
    import os
    import subprocess
    import time

    desktop = (Path(__file__).parents[2] / "packaging" / "linux"
               / "be.drempelmeter.Drempelmeter.desktop").read_text(encoding="utf-8")
    read_fd, write_fd = os.pipe()
    with subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x768x24"],
                          pass_fds=(write_fd,), stderr=subprocess.DEVNULL) as server:
        os.close(write_fd)
        with os.fdopen(read_fd) as told:
            display = f":{told.readline().strip()}"
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}

        def windows(*search: str) -> set[str]:
            return set(subprocess.run(["xdotool", "search", *search], env=env,
                                      capture_output=True, text=True).stdout.split())

        try:
            with subprocess.Popen([sys.executable, "-m", "drempelmeter", str(demo_file)],
                                  env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL) as window:
                try:
                    deadline = time.monotonic() + 60
                    while not (shown := windows("--name", demo_file.stem)) and (
                            time.monotonic() < deadline and window.poll() is None):
                        time.sleep(0.3)
                    instance = windows("--classname", "^drempelmeter$")
                    named = windows("--class", "^Drempelmeter$")
                finally:
                    window.terminate()
                    window.wait(timeout=60)
        finally:
            server.terminate()
    assert shown and shown <= instance and shown <= named
    assert "StartupWMClass=Drempelmeter\n" in desktop
