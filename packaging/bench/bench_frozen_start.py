"""The frozen build against the source: cold start to the first window, and the folder's size.

Each run is a fresh process on the demo file, the frozen `dist/drempelmeter/drempelmeter FILE`
and the source `python -m drempelmeter FILE` (from .venv) interleaved, on a real X server (Xvfb):
the time runs from process start until the process has a visible window (xdotool, polled every
20 ms; the frozen program cannot be told to report from inside as bench_startup's children do).
One run of each first compiles the source's bytecode and seeds the frozen build's font cache, as
an installed app has them. Prints the medians and the ratio, then the one-folder's size in MiB
with its biggest parts. Skips with a message when dist/ is missing (`python3 packaging/dev.py
build`) or Xvfb or xdotool is (`apt-get install xvfb xdotool`).

    python3 packaging/dev.py bench frozen_start
"""

from __future__ import annotations

import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import result

ROOT = Path(__file__).resolve().parent.parent.parent
DIST = ROOT / "dist" / "drempelmeter"
FROZEN = DIST / "drempelmeter"
RUNS = 9
POLL_SECONDS = 0.02
TIMEOUT_SECONDS = 60


def to_first_window(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting `command` until one of its windows is visible, and the processor
    seconds it used (it is ended at once: it idles by then, so little is added after)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    elapsed = None
    while elapsed is None and time.perf_counter() - start < TIMEOUT_SECONDS:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)],
                               env=env, capture_output=True, text=True)
        if found.stdout.strip():
            elapsed = time.perf_counter() - start
        elif proc.poll() is not None:
            raise SystemExit(f"{shlex.join(command)} ended without a window (exit status "
                             f"{proc.returncode}): run it on a display to see why")
        else:
            time.sleep(POLL_SECONDS)
    proc.terminate()
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped here, for its processor time
    if elapsed is None:
        raise SystemExit(f"{shlex.join(command)}: no window within {TIMEOUT_SECONDS} s")
    return elapsed, usage.ru_utime + usage.ru_stime


def folder_sizes(folder: Path) -> tuple[int, list[tuple[str, int]]]:
    """The folder's bytes, and those of each part under _internal (a package, a library)."""
    parts: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            relative = path.relative_to(folder).parts
            part = relative[1] if relative[0] == "_internal" and len(relative) > 1 else relative[0]
            part = f"{part} (the executable)" if part == FROZEN.name and len(relative) == 1 else part
            parts[part] = parts.get(part, 0) + path.stat().st_size
    return sum(parts.values()), sorted(parts.items(), key=lambda item: -item[1])


def main() -> int:
    if not FROZEN.exists():
        print(f"skipped: no frozen build in {DIST.relative_to(ROOT)} "
              "(make it with `python3 packaging/dev.py build`)")
        return 0
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("skipped: needs Xvfb and xdotool (apt-get install xvfb xdotool)")
        return 0
    # Xvfb picks a free display and writes its number once it accepts clients
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-noreset", "-screen", "0", "1920x1080x24"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert xvfb.stdout is not None
        display = f":{xvfb.stdout.readline().strip()}"
        with tempfile.TemporaryDirectory() as folder:
            home = Path(folder)
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home),
                       XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                       XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
                       PYTHONPYCACHEPREFIX=str(home / "pycache"))
            for name in ("PYTHONDONTWRITEBYTECODE", "MPLCONFIGDIR", "MPLBACKEND"):
                env.pop(name, None)
            demo = home / "demo.drempel"
            subprocess.run([str(FROZEN), "demo", str(demo)], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            commands = {"frozen": [str(FROZEN), str(demo)],
                        "source": [sys.executable, "-m", "drempelmeter", str(demo)]}
            for command in commands.values():  # bytecode, font cache, the disk's cache
                to_first_window(command, env)
            samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
            for _ in range(RUNS):
                for name, command in commands.items():
                    samples[name].append(to_first_window(command, env))
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
    frozen, source = (statistics.median(s[0] for s in samples[name])
                      for name in ("frozen", "source"))
    frozen_cpu, source_cpu = (statistics.median(s[1] for s in samples[name])
                              for name in ("frozen", "source"))
    print(f"cold start to the first visible window on the demo file, median of {RUNS} runs, "
          "interleaved, on Xvfb (processor time beside it: it varies less on a busy machine)")
    print(f"  frozen  dist/drempelmeter/drempelmeter FILE   {frozen * 1000:6.0f} ms "
          f"{frozen_cpu * 1000:6.0f} ms processor")
    print(f"  source  python -m drempelmeter FILE (.venv)   {source * 1000:6.0f} ms "
          f"{source_cpu * 1000:6.0f} ms processor")
    print(f"  ratio frozen / source                         {frozen / source:6.2f}x "
          f"{frozen_cpu / source_cpu:6.2f}x")
    total, parts = folder_sizes(DIST)
    print(f"one-folder size: {total / 2**20:.0f} MiB; the biggest parts:")
    for part, size in parts[:8]:
        print(f"  {part:32} {size / 2**20:6.1f} MiB")
    result("frozen build: cold start to the first window", f"{frozen * 1000:.0f} ms",
           baseline=f"{source * 1000:.0f} ms (source)", ratio=f"{frozen / source:.2f}x")
    result("  processor time, the same", f"{frozen_cpu * 1000:.0f} ms",
           baseline=f"{source_cpu * 1000:.0f} ms (source)", ratio=f"{frozen_cpu / source_cpu:.2f}x")
    result("frozen build: one-folder size", f"{total / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
