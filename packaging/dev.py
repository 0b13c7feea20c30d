#!/usr/bin/env python3
"""Developer entry point: set up .venv when needed, then run the app, the tests or a benchmark.

Needs nothing but Python 3.11+. Works on Linux, macOS and Windows:

    python3 packaging/dev.py run [APP ARGS]     start the app (on the demo when no ARGS)
    python3 packaging/dev.py test [PYTEST ARGS] run the test suite headless, on every core
    python3 packaging/dev.py bench [NAME ...]   run the benchmarks in packaging/bench/
    python3 packaging/dev.py stress [--kills N] [--seed S]
                                                the crash harness (POSIX): SIGKILL edits of the
                                                demo at random moments, then check every file
    python3 packaging/dev.py i18n               update the Dutch catalog from the tr() calls
    python3 packaging/dev.py browser [PYTEST ARGS]
                                                the room's page in headless Chromium
                                                (tests/browser/; needs Debian's chromium and
                                                chromium-driver, installs the `browser` extra)
    python3 packaging/dev.py lock               re-pin packaging/constraints.txt to the newest
                                                releases pyproject.toml allows
    python3 packaging/dev.py build [PYINSTALLER ARGS]
                                                freeze the app one-folder into dist/drempelmeter/
                                                with the pinned PyInstaller (the `build` extra)
    python3 packaging/dev.py pack               the Linux package of that build:
                                                dist/drempelmeter-<version>-linux-x86_64.tar.gz

.venv is installed from packaging/constraints.txt, the exact versions the app is tested with.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".drempelmeter-installed"
BENCH_DIR = ROOT / "packaging" / "bench"
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"
SPEC = ROOT / "packaging" / "pyinstaller" / "drempelmeter.spec"
DIST = ROOT / "dist" / "drempelmeter"


def venv_python(venv_dir: Path = VENV) -> Path:
    """The interpreter inside a virtual environment, for this operating system."""
    if os.name == "nt":
        return venv_dir / "Scripts" / "python.exe"
    return venv_dir / "bin" / "python"


def wanted_stamp() -> str:
    """A fingerprint of what the install depends on: pyproject.toml, the pins, the Python."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(CONSTRAINTS.read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def pip_command(python: Path) -> list[str]:
    return [str(python), "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]


def ensure_venv() -> Path:
    """Create .venv if missing; (re)install the project with its test extras when needed."""
    python = venv_python()
    if not python.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    stamp = wanted_stamp()
    if not STAMP.exists() or STAMP.read_text(encoding="utf-8") != stamp:
        print("Installing drempelmeter and its dependencies into .venv ...", flush=True)
        pip = pip_command(python)
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "--constraint", str(CONSTRAINTS), "--editable", f"{ROOT}[test]"],
                       check=True)
        STAMP.write_text(stamp, encoding="utf-8")
    return python


def pinned_extras() -> list[str]:
    """The optional-dependency groups of pyproject.toml, all pinned in packaging/constraints.txt."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return sorted(tomllib.load(file)["project"]["optional-dependencies"])


def ensure_extra(extra: str, what: str) -> Path:
    """.venv with an optional-dependency group of pyproject.toml too (pinned), installed when
    needed: `build` (PyInstaller) or `browser` (Selenium)."""
    python = ensure_venv()
    stamp, done = wanted_stamp(), VENV / f".drempelmeter-{extra}-installed"
    if not done.exists() or done.read_text(encoding="utf-8") != stamp:
        print(f"Installing {what} into .venv ...", flush=True)
        subprocess.run([*pip_command(python), "--constraint", str(CONSTRAINTS), "--editable",
                        f"{ROOT}[test,{extra}]"], check=True)
        done.write_text(stamp, encoding="utf-8")
    return python


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def run_build(args: list[str]) -> int:
    """Freeze the app one-folder into dist/drempelmeter/ from packaging/pyinstaller/'s spec."""
    python = ensure_extra("build", "PyInstaller")
    start = time.monotonic()
    status = subprocess.call([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                              "--distpath", str(DIST.parent), "--workpath",
                              str(ROOT / "build" / "pyinstaller"), *args, str(SPEC)], cwd=ROOT)
    if status == 0:
        print(f"Built {DIST.relative_to(ROOT)} in {time.monotonic() - start:.0f} s: "
              f"{folder_size(DIST) / 2**20:.0f} MiB", flush=True)
    return status


def run_pack(args: list[str]) -> int:
    """dist/drempelmeter/ packed with its desktop files and install.sh (packaging/linux/)."""
    python = ensure_venv()
    return subprocess.call([str(python), str(ROOT / "packaging" / "linux" / "pack.py"), *args],
                           cwd=ROOT)


def run_app(args: list[str]) -> int:
    python = ensure_venv()
    return subprocess.call([str(python), "-m", "drempelmeter", *(args or ["--demo"])], cwd=ROOT)


def run_tests(args: list[str]) -> int:
    """pytest on every core (pytest-xdist) unless ARGS choose how many (-n); the tests of one
    xdist_group on one worker (--dist loadgroup: those sharing the demo's report write it once),
    the others handed out one by one in the order tests/conftest.py gives them."""
    python = ensure_venv()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg")
    cores = [] if any(a == "-n" or (a.startswith("-n") and a[2:].isdigit()) for a in args) \
        else ["-n", "auto"]
    return subprocess.call([str(python), "-m", "pytest", *cores, "--dist", "loadgroup", *args],
                           cwd=ROOT, env=env)


def run_bench(names: list[str]) -> int:
    python = ensure_venv()
    scripts = sorted(BENCH_DIR.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if any(n in s.stem for n in names)]
    if not scripts:
        print(f"No benchmark matches {names!r} in {BENCH_DIR}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(BENCH_DIR))
    from results import parse, table  # standard library only, beside the benchmarks

    status = 0
    rows: list[tuple[str, ...]] = []
    for script in scripts:
        print(f"== {script.stem}", flush=True)
        # the output is passed on as it comes; its RESULT lines are kept for the summary
        with subprocess.Popen([str(python), str(script)], cwd=ROOT, stdout=subprocess.PIPE,
                              text=True, bufsize=1) as proc:
            assert proc.stdout is not None
            for line in proc.stdout:
                if (row := parse(line)) is None:
                    print(line, end="", flush=True)
                else:
                    rows.append(row)
        if proc.returncode != 0:
            rows.append((script.stem, f"failed (exit status {proc.returncode})", "-", "-", "-",
                         "-"))
        status |= proc.returncode
    print("\n== summary", flush=True)
    print(table(rows) if rows else "no benchmark printed a RESULT line", flush=True)
    return status


def run_stress(args: list[str]) -> int:
    python = ensure_venv()
    return subprocess.call([str(python), str(ROOT / "packaging" / "stress.py"), *args], cwd=ROOT)


def run_browser(args: list[str]) -> int:
    """tests/browser/ on one process, with Selenium (the `browser` extra) installed when needed;
    DREMPELMETER_BROWSER=1 makes a missing browser or a skipped test fail the run."""
    python = ensure_extra("browser", "Selenium")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg",
               DREMPELMETER_BROWSER="1")
    return subprocess.call([str(python), "-m", "pytest", "-n", "0", "tests/browser", *args],
                           cwd=ROOT, env=env)


def run_i18n(args: list[str]) -> int:
    return subprocess.call([sys.executable, str(ROOT / "packaging" / "i18n.py"), *args], cwd=ROOT)


def run_lock(args: list[str]) -> int:
    """Install the project into a throw-away venv without pins and write what pip chose."""
    with tempfile.TemporaryDirectory(prefix="drempelmeter-lock-") as folder:
        fresh = Path(folder) / "venv"
        venv.EnvBuilder(with_pip=True).create(fresh)
        python = venv_python(fresh)
        subprocess.run([*pip_command(python), "--upgrade", "pip"], check=True)
        subprocess.run([*pip_command(python), f"{ROOT}[{','.join(pinned_extras())}]"],
                       check=True)
        frozen = subprocess.run(
            # --all: setuptools too (PyInstaller needs it; a plain freeze leaves it out)
            [str(python), "-m", "pip", "freeze", "--all", "--exclude", "drempelmeter",
             "--exclude", "pip"],
            check=True, capture_output=True, text=True,
        ).stdout
    header = (
        "# The exact versions Drempelmeter is tested with; `python3 packaging/dev.py lock`\n"
        f"# rewrites this file (made with Python {sys.version_info.major}."
        f"{sys.version_info.minor}).\n"
    )
    # Pins for other systems only (a marker after ";", e.g. PyInstaller's pefile on Windows):
    # this system's pip freeze cannot see them, so they are kept as they are, renewed by hand.
    others = "".join(f"{line}\n" for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines()
                     if ";" in line and not line.startswith("#"))
    CONSTRAINTS.write_text(header + frozen + others, encoding="utf-8")
    print(f"Wrote {CONSTRAINTS.relative_to(ROOT)}: {len(frozen.splitlines())} pins", flush=True)
    return 0


COMMANDS = {
    "run": run_app, "test": run_tests, "bench": run_bench, "stress": run_stress, "i18n": run_i18n,
    "browser": run_browser,
    "lock": run_lock, "build": run_build, "pack": run_pack,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
