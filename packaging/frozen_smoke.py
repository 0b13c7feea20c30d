#!/usr/bin/env python3
"""The frozen build as a coach's laptop runs it: no Python anywhere on the path.

Runs dist/drempelmeter/drempelmeter (made by `python3 packaging/dev.py build` when missing)
with PATH holding only `sh` and `ldd`, no PYTHON* or VIRTUAL_ENV variables and a fresh home:
`demo`, `check`, `report --pdf` (also on a file of the first schema, which the bundled
Alembic scripts upgrade), `template`, `room` (its join address must answer), then the
window on the demo offscreen for 5 seconds, and on X11 (Xvfb) with the system's libxcb-cursor
hidden: the window opens with the build's own copy, and a build without it names the command
that installs it (Linux as root; skipped elsewhere). Checks the outputs, that matplotlib used the font
cache made at build time instead of scanning the fonts, and that no log holds a traceback.
Standard library only; about 20 seconds.
Exit status 0 when every step passed.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "drempelmeter"
APP = DIST / ("drempelmeter.exe" if os.name == "nt" else "drempelmeter")
PARTNER = "Armoedevereniging Het Heuvelhuis"  # a partner of the demo trajectory
OLDEST = ROOT / "tests" / "fixtures" / "schema" / "0001.drempel"  # the first schema's file
WINDOW_SECONDS = 5
FONT_CACHE_NOTICE = "Matplotlib is building the font cache"


class Failed(Exception):
    """A step's check did not hold."""


def no_python_env(home: Path) -> dict[str, str]:
    """An environment like a laptop without Python: PATH is a folder with links to `sh` and
    `ldd` only (linux_display.py runs ldd), and the home and XDG folders are new."""
    tools = home / "bin"
    tools.mkdir()
    for tool in ("sh", "ldd"):
        if found := shutil.which(tool):
            (tools / tool).symlink_to(found)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("PYTHON") and key not in ("VIRTUAL_ENV", "CONDA_PREFIX",
                                                            "MPLCONFIGDIR", "MPLBACKEND")}
    env.update(PATH=str(tools), HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    found = subprocess.run(["sh", "-c", "command -v python3 python py"], env=env,
                           capture_output=True, text=True, executable=str(tools / "sh")).stdout
    if found.strip():
        raise Failed(f"Python is on the child's path: {found.strip()}")
    return env


def run(env: dict[str, str], work: Path, *args: str, timeout: float = 120) -> str:
    """The frozen `drempelmeter ARGS` in `work`; its output, which must not be matplotlib
    building its font cache; fails on a non-zero exit status."""
    proc = subprocess.run([str(APP), *args], cwd=work, env=env, capture_output=True, text=True,
                          timeout=timeout)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise Failed(f"`drempelmeter {' '.join(args)}` exited {proc.returncode}:\n{output}")
    if FONT_CACHE_NOTICE in output:
        raise Failed(f"matplotlib built its font cache at the first start:\n{output}")
    return output


def check(env: dict[str, str], work: Path) -> str:
    output = run(env, work, "check", "x.drempel").strip()
    if "sound" not in output:
        raise Failed(f"check did not say the file is sound: {output}")
    return output


def report(env: dict[str, str], work: Path, file: str, pdf: str) -> str:
    """The report as a PDF that looks whole: its header, its end and its pages."""
    run(env, work, "report", file, "--pdf", pdf)
    data = (work / pdf).read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:] or pages == 0:
        raise Failed(f"{pdf} is not a whole PDF with pages ({len(data)} bytes, {pages} pages)")
    return f"{pages} pages, {len(data) // 1024} KiB"


def template(env: dict[str, str], work: Path) -> str:
    """A partner's workbook: a whole zip with xl/workbook.xml."""
    run(env, work, "template", "x.drempel", "--partner", PARTNER, "-o", "bundle.xlsx")
    with zipfile.ZipFile(work / "bundle.xlsx") as workbook:
        if "xl/workbook.xml" not in workbook.namelist():
            raise Failed("bundle.xlsx has no xl/workbook.xml")
        if (bad := workbook.testzip()) is not None:
            raise Failed(f"bundle.xlsx: {bad} is damaged")
        return f"a workbook of {len(workbook.namelist())} parts"


def room(env: dict[str, str], work: Path) -> str:
    """`drempelmeter room` on a free port: its first line is the join address, which answers."""
    proc = subprocess.Popen([str(APP), "room", "x.drempel", "--activity", "poll", "--host",
                             "127.0.0.1", "--port", "0", "--close-after", "60"], cwd=work,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        if not first.startswith("http://127.0.0.1:"):
            raise Failed(f"the room's first line is not its address: {first!r}\n"
                         f"{proc.stderr.read() if proc.poll() is not None else ''}")
        with urllib.request.urlopen(first, timeout=10) as answer:
            if answer.status != 200:
                raise Failed(f"{first} answered {answer.status}")
        return first
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


def window(env: dict[str, str], work: Path) -> str:
    """The window on the demo, offscreen: still running after a few seconds, then ended."""
    log = work / "window.log"
    with log.open("w") as out:
        proc = subprocess.Popen([str(APP), "x.drempel"], cwd=work, env=env, stdout=out,
                                stderr=subprocess.STDOUT)
        time.sleep(WINDOW_SECONDS)
        status = proc.poll()
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if status is not None:
        raise Failed(f"the window ended within {WINDOW_SECONDS} s (exit status {status}):\n"
                     f"{log.read_text()}")
    return "still running, then ended"


def font_cache(home: Path) -> str:
    """matplotlib used the font cache made at build time: its copy in the user's cache is the
    one shipped (a rebuilt one would also list this machine's fonts)."""
    shipped = sorted((DIST / "_internal" / "matplotlib-cache").glob("fontlist-*.json"))
    if not shipped:
        raise Failed("the build holds no matplotlib font cache")
    used = home / "cache" / "Drempelmeter" / "matplotlib" / shipped[0].name
    if not used.exists() or used.read_bytes() != shipped[0].read_bytes():
        raise Failed(f"matplotlib did not use the shipped font cache ({used} differs or is "
                     "missing): it scanned the fonts at the first start")
    return f"{used.name} as shipped"


def no_tracebacks(home: Path, work: Path) -> int:
    """The app's logs and the window's output hold no traceback; the number of logs read."""
    logs = [*home.rglob("*.log"), work / "window.log"]
    for log in logs:
        text = log.read_text(errors="replace")
        if "Traceback" in text or FONT_CACHE_NOTICE in text:
            raise Failed(f"{log} holds a traceback or a font cache build:\n{text[-4000:]}")
    return len(logs)


class Skipped(Exception):
    """A step this machine cannot run, and why."""


def without_system_xcb_cursor(home: Path, env: dict[str, str], work: Path) -> str:
    """On an X server, with the system's libxcb-cursor hidden (an overlay with a whiteout over
    the library folder, in a mount namespace of its own): the build still opens its window with
    the copy it carries, and a build without that copy names the command that installs it."""
    libdir = Path("/usr/lib") / (sysconfig.get_config_var("MULTIARCH") or "")
    tools = {tool: shutil.which(tool) for tool in ("unshare", "mount", "Xvfb")}
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or None in tools.values():
        raise Skipped("needs Linux, root, unshare, mount and Xvfb")
    overlay = home / "overlay"
    for folder in ("upper", "work"):
        (overlay / folder).mkdir(parents=True)
    for lib in libdir.glob("libxcb-cursor.so*"):  # whiteouts: the overlay hides these
        os.mknod(overlay / "upper" / lib.name, stat.S_IFCHR, os.makedev(0, 0))
    options = f"lowerdir={libdir},upperdir={overlay / 'upper'},workdir={overlay / 'work'}"
    hide = [str(tools["unshare"]), "--mount", "--propagation", "private", "sh", "-c",
            f'{tools["mount"]} -t overlay overlay -o "$1" "$2" && shift 2 && exec "$@"', "sh",
            options, str(libdir)]
    lacking = home / "lacking"
    shutil.copytree(DIST, lacking, symlinks=True)
    (lacking / "_internal" / "libxcb-cursor.so.0").unlink()
    xvfb = subprocess.Popen([str(tools["Xvfb"]), "-displayfd", "1", "-noreset"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert xvfb.stdout is not None
        x11 = dict(env, DISPLAY=f":{xvfb.stdout.readline().strip()}", QT_QPA_PLATFORM="xcb")
        refused = subprocess.run([*hide, str(lacking / APP.name), "x.drempel"], cwd=work,
                                 env=x11, capture_output=True, text=True, timeout=60)
        advice = refused.stdout + refused.stderr
        if refused.returncode != 1 or "libxcb-cursor.so.0" not in advice \
                or "Install them with" not in advice:
            raise Failed(f"without libxcb-cursor the build did not name the install command "
                         f"(exit status {refused.returncode}):\n{advice}")
        with (work / "xcb.log").open("w") as out:
            proc = subprocess.Popen([*hide, str(APP), "x.drempel"], cwd=work, env=x11,
                                    stdout=out, stderr=subprocess.STDOUT)
            time.sleep(WINDOW_SECONDS)
            status = proc.poll()
            proc.terminate()
            proc.wait(timeout=20)
        if status is not None:
            raise Failed(f"with the system's libxcb-cursor hidden the window ended (exit status "
                         f"{status}):\n{(work / 'xcb.log').read_text()}")
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
    return f"its window runs on its own copy; without it: {advice.strip().splitlines()[-1]!r}"


def main() -> int:
    if not APP.exists():
        print(f"{APP.relative_to(ROOT)} missing: building it", flush=True)
        if subprocess.call([sys.executable, str(ROOT / "packaging" / "dev.py"), "build"]) != 0:
            return 1
    home = Path(tempfile.mkdtemp(prefix="drempelmeter-frozen-"))
    work = home / "work"
    work.mkdir()
    shutil.copyfile(OLDEST, work / "old.drempel")
    try:
        env = no_python_env(home)
        steps: list[tuple[str, Callable[[], object]]] = [
            ("--version", lambda: run(env, work, "--version").strip()),
            ("demo x.drempel", lambda: run(env, work, "demo", "x.drempel").strip()),
            ("check x.drempel", lambda: check(env, work)),
            ("report x.drempel --pdf report.pdf",
             lambda: report(env, work, "x.drempel", "report.pdf")),
            # read through a copy upgraded by the Alembic scripts in the bundle
            ("report old.drempel --pdf old.pdf (schema 0001)",
             lambda: report(env, work, "old.drempel", "old.pdf")),
            (f"template x.drempel --partner {PARTNER!r} -o bundle.xlsx",
             lambda: template(env, work)),
            ("room x.drempel --port 0", lambda: room(env, work)),
            (f"the window on x.drempel, offscreen, {WINDOW_SECONDS} s",
             lambda: window(env, work)),
            ("on X11 without the system's libxcb-cursor",
             lambda: without_system_xcb_cursor(home, env, work)),
            ("matplotlib's font cache not rebuilt", lambda: font_cache(home)),
            ("no traceback in the logs", lambda: f"{no_tracebacks(home, work)} logs read"),
        ]
        total = time.monotonic()
        for name, step in steps:
            start = time.monotonic()
            try:
                outcome = step()
            except Skipped as why:
                print(f"skip  {name}: {why}", flush=True)
                continue
            except (Failed, OSError, subprocess.SubprocessError) as exc:
                print(f"FAIL  {name} ({time.monotonic() - start:.1f} s): {exc}", flush=True)
                return 1
            print(f"ok    {name} ({time.monotonic() - start:.1f} s): {outcome}", flush=True)
        print(f"PASS: the frozen build works with no Python on the path "
              f"({time.monotonic() - total:.0f} s)", flush=True)
        return 0
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
