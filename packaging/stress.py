"""Crash harness: SIGKILL a worker editing a trajectory at random moments, then judge the file."""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from stress_figures import control_lines, safe_lines, verdict
from stress_forker import Forker
from stress_judge import Outcome, Story, judge_copy
from stress_moments import POLLED, Worker, after_delay, busy_wait, journal_state

HERE = Path(__file__).resolve().parent
ABOUT = """\
Each kill works on a fresh copy of the demo. A worker (stress_worker.py) imports a bundle, makes
services edits, or pushes, undoes and redoes the window's undo commands, and is killed the moment
the -journal appears, mid-commit, or after a random delay. The killed file is copied with its
side files; a verifier (stress_verify.py) runs `check` first on one copy and opens the other for
editing first. Every kill must leave a file that opens, passes `check`, holds every edit that
returned and no partial import, with no side file once done. The negative control runs its
workers with journal_mode=OFF and synchronous=OFF and must find damage, or the harness is blind.
Exit status 1 when a criterion fails, 2 when the harness itself broke down. Needs fork and
SIGKILL (POSIX); tested on Linux.
"""
KINDS = ("import", "services", "window")
MOMENTS = {
    "journal": POLLED["journal"][1],
    "commit": POLLED["commit"][1],
    "delay": "a random delay after the worker started",
    "write": POLLED["write"][1],
}
SAFE_COMBOS = tuple((kind, moment) for moment in ("journal", "commit", "delay") for kind in KINDS)
#: The control kills at the first write of the file; half of its kills interrupt an import.
CONTROL_COMBOS = (("import", "write"), ("services", "write"), ("import", "write"),
                  ("window", "write"))
#: Steps of a services or window worker; a journal or commit moment picks one of the first half.
STEPS = 30
#: A polled moment that has not come after this many seconds is given up (the worker is killed).
DEADLINE_SECONDS = 60


@dataclass(frozen=True)
class Kill:
    number: int
    kind: str
    moment: str
    nth: int
    fraction: float
    seed: int
    control: bool


def plan(rng: random.Random, count: int, combos: tuple[tuple[str, str], ...], control: bool,
         first: int) -> list[Kill]:
    """`count` kills spread evenly over the (kind, moment) combinations, in a seeded order."""
    chosen = [combos[i % len(combos)] for i in range(count)]
    rng.shuffle(chosen)
    return [Kill(first + i, kind, moment, nth(rng, kind), rng.random(), rng.getrandbits(31),
                 control)
            for i, (kind, moment) in enumerate(chosen)]


def nth(rng: random.Random, kind: str) -> int:
    """Which journal or commit a polled moment waits for: an import's own in half the kills,
    else one of the edits after it; one of the first half of the other workers' steps."""
    if kind == "import":
        return rng.choice((1, 1, 2, 3))
    return rng.randint(1, STEPS // 2)


def child_env(run_dir: Path) -> dict[str, str]:
    """Headless Qt, and user folders (logs, backups, settings) inside the run's folder."""
    home = run_dir / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg", HOME=str(home))
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"),
                     ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        env[var] = str(home / sub)
    return env


class Harness:
    """The verifier process, the demo it built, and the workers started on copies of it."""

    def __init__(self, run_dir: Path, keep: bool, verbose: bool) -> None:
        self.run_dir = run_dir
        self.keep = keep
        self.verbose = verbose
        self.env = child_env(run_dir)
        self.verifier = subprocess.Popen(
            [sys.executable, str(HERE / "stress_verify.py"), str(run_dir)], text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=self.env)
        assert self.verifier.stdout is not None
        made = json.loads(self.verifier.stdout.readline() or "null")
        if made is None:
            raise RuntimeError("the verifier could not build the demo and the bundle")
        self.master = Path(made["master"])
        self.bundle = Path(made["bundle"])
        self.spec = made["spec"]
        self.durations: dict[tuple[str, bool], float] = {}
        self.forker = Forker(self.env)

    def launch(self, kill: Kill, label: str) -> tuple[Worker, Path]:
        """A fresh copy of the demo and a worker on it that has opened it and waits for `go`."""
        folder = self.run_dir / "kills" / label / "a"
        folder.mkdir(parents=True)
        path = folder / self.master.name
        shutil.copyfile(self.master, path)
        args = [kill.kind, str(path),
                "--seed", str(kill.seed), "--bundle", str(self.bundle), "--steps", str(STEPS)]
        worker = Worker(self.forker, args + ["--unsafe"] * kill.control,
                        folder.parent / "worker.err")
        if not worker.wait_for(b"ready"):
            worker.kill()
            raise RuntimeError(f"the {kill.kind} worker did not start: {self.stderr(path)}")
        return worker, path

    def stderr(self, path: Path) -> str:
        text = (path.parent.parent / "worker.err").read_text(encoding="utf-8", errors="replace")
        return (text.strip().splitlines() or ["(nothing on stderr)"])[-1]

    def calibrate(self, kind: str, control: bool) -> float:
        """How long a worker of this kind takes from `go` to idle (the range of random delays)."""
        key = (kind, control)
        if key not in self.durations:
            kill = Kill(0, kind, "idle", 0, 0.0, 1, control)
            worker, path = self.launch(kill, f"calibrate-{kind}{'-control' * control}")
            started = time.monotonic()
            worker.go()
            while worker.still_editing():
                time.sleep(0.001)
            self.durations[key] = time.monotonic() - started
            story = Story.parse(worker.kill(), {})
            if worker.returncode != -signal.SIGKILL or story.in_flight is not None:
                raise RuntimeError(f"the {kind} worker failed: {self.stderr(path)}")
            self.discard(path)
        return self.durations[key]

    def strike(self, kill: Kill, worker: Worker, path: Path) -> tuple[Outcome, Path]:
        """Start the worker, kill it at the planned moment, and ask the verifier about the file."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        if kill.moment == "delay":
            delay = kill.fraction * self.durations[(kill.kind, kill.control)]
            worker.go()
            hit = after_delay(worker, delay, deadline)
        else:
            reached = POLLED[kill.moment][0](path, kill.nth)
            worker.go()
            hit = busy_wait(worker, deadline, reached)
        story = Story.parse(worker.kill(), {"import": "none"} if kill.kind == "import" else {})
        outcome = Outcome(kill.number, kill.kind, kill.moment, kill.control, hit,
                          journal_state(path), story, [])
        if worker.returncode != -signal.SIGKILL:
            outcome.harness_error = f"the worker ended by itself: {self.stderr(path)}"
        elif kill.control and "off" not in story.ready.get("unsafe_connections", []):
            outcome.harness_error = "the control worker's connections kept their journal"
        twin = path.parent.parent / "b"
        shutil.copytree(path.parent, twin)
        request = {"keys": story.keys(),
                   "copies": [["check first", str(path), True],
                              ["open first", str(twin / path.name), False]]}
        assert self.verifier.stdin is not None
        self.verifier.stdin.write(json.dumps(request) + "\n")
        self.verifier.stdin.flush()
        return outcome, path

    def settle(self, outcome: Outcome, path: Path) -> Outcome:
        """The verifier's answer on the last kill, judged; its files go unless kept."""
        assert self.verifier.stdout is not None
        answer = json.loads(self.verifier.stdout.readline() or "null")
        if answer is None:
            raise RuntimeError("the verifier stopped")
        outcome.copies = [judge_copy(order, outcome.story, found)
                          for order, found in answer.items()]
        if not (self.keep and outcome.failed):
            self.discard(path)
        self.show(outcome)
        return outcome

    def discard(self, path: Path) -> None:
        shutil.rmtree(path.parent.parent)

    def run(self, kills: list[Kill]) -> list[Outcome]:
        """Every kill; the verifier judges one kill while the next worker starts."""
        for kill in kills:
            if kill.moment == "delay":
                self.calibrate(kill.kind, kill.control)
        outcomes: list[Outcome] = []
        pending = None
        for kill in kills:
            worker, path = self.launch(kill, f"{kill.number:03d}")
            if pending:
                outcomes.append(self.settle(*pending))
            pending = self.strike(kill, worker, path)
        if pending:
            outcomes.append(self.settle(*pending))
        if not self.verbose:
            print(flush=True)
        return outcomes

    def show(self, o: Outcome) -> None:
        """A mark per kill (F: failed, D: damage found by the control), or a line with --verbose."""
        if not self.verbose:
            mark = ("D" if o.damage_detected else ".") if o.control else "F" * o.failed
            print(mark or ".", end="", flush=True)
            return
        flight = o.story.in_flight["label"] if o.story.in_flight else "-"
        print(f"kill {o.number:3d} {o.kind:8s} {o.moment:7s} reached={o.hit!s:5s} "
              f"journal={o.journal_left:8s} returned={len(o.story.returned):2d} "
              f"in-flight={flight}: {'; '.join(map(': '.join, o.reasons)) or 'ok'}"[:400],
              flush=True)

    def close(self) -> None:
        self.forker.close()
        assert self.verifier.stdin is not None
        self.verifier.stdin.close()
        self.verifier.wait()


def report(seed: int, spec: dict, safe: list[Outcome], control: list[Outcome],
           seconds: float) -> int:
    print(f"Crash harness, seed {seed}: {len(safe)} kills in safe mode and {len(control)} in the "
          "negative control, each on a fresh copy of the demo")
    print(f"  the bundle: {len(spec['new'])} new rows and {len(spec['changed'])} changed rows "
          "for one partner, imported in one transaction")
    print("Safe mode (the app's own connections):")
    print("\n".join(safe_lines(safe, MOMENTS)))
    print("Negative control (journal_mode=OFF, synchronous=OFF, a tiny cache_size):")
    print("\n".join(control_lines(control, MOMENTS)))
    problems = verdict(safe, control)
    print(f"Result: {'FAIL: ' + '; '.join(problems) if problems else 'PASS'}")
    print(f"Time: {seconds:.0f} s")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, epilog=ABOUT)
    parser.add_argument("--kills", type=int, default=300, help="kills in safe mode")
    parser.add_argument("--control", type=int, help="kills in the negative control "
                        "(default: a tenth of --kills, at least 6)")
    parser.add_argument("--seed", type=int, help="repeat a run (its seed is printed)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the run's folder with the files of failed kills")
    parser.add_argument("--verbose", action="store_true", help="a line per kill")
    args = parser.parse_args(argv)
    seed = random.randrange(2**31) if args.seed is None else args.seed
    control_count = max(6, args.kills // 10) if args.control is None else args.control
    if args.kills < 1 or control_count < 1:
        parser.error("--kills and --control must be at least 1")
    rng = random.Random(seed)
    safe_plan = plan(rng, args.kills, SAFE_COMBOS, False, 1)
    control_plan = plan(rng, control_count, CONTROL_COMBOS, True, args.kills + 1)
    run_dir = Path(tempfile.mkdtemp(prefix="drempelmeter-stress-"))
    started = time.monotonic()
    try:
        harness = Harness(run_dir, args.keep, args.verbose)
        try:
            print(f"Killing {args.kills} + {control_count} workers (seed {seed}) ...", flush=True)
            safe = harness.run(safe_plan)
            control = harness.run(control_plan)
        finally:
            harness.close()
    except RuntimeError as exc:
        print(f"\nThe crash harness itself failed (seed {seed}): {exc}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            print(f"Files kept in {run_dir}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
    return report(seed, harness.spec, safe, control, time.monotonic() - started)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
