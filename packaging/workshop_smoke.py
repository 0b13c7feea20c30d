#!/usr/bin/env python3
"""`drempelmeter --demo --workshop 4` on a real X server (Xvfb): the presenter shows and stays up.

Run from the project root after `python3 packaging/dev.py test` made .venv; needs Xvfb and
xdotool (`apt-get install xvfb xdotool`). Exit status 0 when the presenter window appeared within
30 seconds and the app was still running 10 seconds later without a traceback.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / ".venv" / "bin" / "drempelmeter"
TITLE = "Workshop — "
APPEAR_SECONDS = 30
STAY_SECONDS = 10


def window_titles(display: str) -> list[str]:
    """The names of the visible windows whose title starts with "Workshop — " (the presenter;
    the laptop's control window is "Workshop control — …")."""
    env = dict(os.environ, DISPLAY=display)
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{TITLE}"],
                         env=env, capture_output=True, text=True).stdout.split()
    return [subprocess.run(["xdotool", "getwindowname", i], env=env, capture_output=True,
                           text=True).stdout.strip() for i in ids]


def main() -> int:
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"missing {tool}: apt-get install xvfb xdotool", file=sys.stderr)
            return 2
    display = f":{70 + os.getpid() % 20}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    home = Path(tempfile.mkdtemp(prefix="workshop-smoke-"))
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"))
    log = home / "app.log"
    try:
        time.sleep(1)
        with log.open("w") as out:
            app = subprocess.Popen([str(APP), "--demo", "--workshop", "4"], env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
        titles: list[str] = []
        deadline = time.monotonic() + APPEAR_SECONDS
        while not titles and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.5)
            titles = window_titles(display)
        if not titles:
            print(f"FAIL: no window titled '{TITLE} …' within {APPEAR_SECONDS} s "
                  f"(exit code {app.poll()}); log:\n{log.read_text()}", file=sys.stderr)
            return 1
        time.sleep(STAY_SECONDS)
        alive = app.poll() is None
        still = window_titles(display)
        app.terminate()
        app.wait(timeout=20)
        text = log.read_text()
        if not alive or not still or "Traceback" in text:
            print(f"FAIL: the presenter did not stay up (running: {alive}, windows: {still});"
                  f" log:\n{text}", file=sys.stderr)
            return 1
        print(f"PASS: '{titles[0]}' shown and still up after {STAY_SECONDS} s")
        return 0
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
