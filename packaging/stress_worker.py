"""Crash-harness worker: edits a trajectory file (import, services, undo commands) until killed."""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from stress_edits import Edit, EditMaker, Snapshot

from drempelmeter.services.trajectory import TrajectoryDatabase

#: So few pages that a write transaction spills into the file before it commits.
CONTROL_CACHE_PAGES = 2
#: Services edits after the import, so that some kills come after it returned.
IMPORT_TAIL_STEPS = 4


def preload() -> None:
    """Import what every worker needs (Qt too), before the fork server forks any."""
    import openpyxl  # noqa: F401
    import PySide6.QtWidgets  # noqa: F401

    import drempelmeter.exchange.bundle_reader
    import drempelmeter.services.bundles
    import drempelmeter.services.trajectory
    import drempelmeter.ui.document
    import drempelmeter.ui.edits  # noqa: F401


def say(tag: str, payload: object = None) -> None:
    line = tag if payload is None else f"{tag} {json.dumps(payload)}"
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def make_unsafe() -> list[str]:
    """Patch this process's connect_file: journal_mode=OFF, synchronous=OFF, a tiny cache.

    Returns the list that records the journal mode of each read-write connection it made.
    """
    from drempelmeter.store import engine

    preload()  # every module that binds connect_file is imported before it is patched

    original = engine.connect_file
    modes: list[str] = []

    def unsafe_connect(path: Path, mode: str, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = original(path, mode, *args, **kwargs)
        if mode != "ro":
            modes.append(conn.execute("PRAGMA journal_mode = OFF").fetchone()[0])
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute(f"PRAGMA cache_size = {CONTROL_CACHE_PAGES}")
        return conn

    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if name.startswith("drempelmeter") and getattr(module, "connect_file", None) is original:
            module.connect_file = unsafe_connect
    return modes


def run_edit(edit: Edit, action: Callable[[], object]) -> None:
    say("start", {"label": edit.label, "before": edit.before, "after": edit.after})
    action()
    say("done", {"label": edit.label, "wrote": edit.after})


def run_import(db: TrajectoryDatabase, args: argparse.Namespace) -> None:
    """The bundle import, then a few services edits (a kill then finds the import returned)."""
    from drempelmeter.services import bundles

    spec = json.loads(Path(args.bundle).with_suffix(".json").read_text(encoding="utf-8"))

    def import_all() -> None:
        report = bundles.import_bundle(db, Path(args.bundle))
        wanted = (True, len(spec["new"]), len(spec["changed"]))
        if (report.written, report.added, report.updated) != wanted:
            raise RuntimeError(f"the bundle did not import as built: {report}")

    run_edit(Edit("import", {"import": "none"}, {"import": "all"}), import_all)
    maker = EditMaker(random.Random(args.seed), removals=True, spared=spec["partner_id"])
    edit_with_services(db, maker, IMPORT_TAIL_STEPS)


def run_services(db: TrajectoryDatabase, args: argparse.Namespace) -> None:
    edit_with_services(db, EditMaker(random.Random(args.seed), removals=True), args.steps)


def edit_with_services(db: TrajectoryDatabase, maker: EditMaker, steps: int) -> None:
    for _ in range(steps):
        edit = maker.next(Snapshot.read(db))
        assert edit.call is not None
        run_edit(edit, partial(edit.call, db))


class WindowSession:
    """Undo commands pushed on a TrajectoryDocument, some undone and redone, as the window does."""

    def __init__(self, db: TrajectoryDatabase, seed: int) -> None:
        from drempelmeter.ui import edits
        from drempelmeter.ui.document import TrajectoryDocument

        self.edits = edits
        self.doc = TrajectoryDocument(db)
        self.doc.edit_failed.connect(self.on_edit_failed)
        self.failures: list[object] = []
        self.rng = random.Random(seed)
        self.maker = EditMaker(self.rng, removals=True)
        self.done: list[Edit] = []
        self.undone: list[Edit] = []

    def on_edit_failed(self, exc: object) -> None:
        self.failures.append(exc)

    def step(self) -> None:
        draw = self.rng.random()
        if draw < 0.25 and self.done:
            edit = self.done.pop()
            undo = replace(edit, label=f"undo {edit.label}", before=edit.after, after=edit.before)
            self.act(undo, self.doc.undo_stack.undo, -1)
            self.undone.append(edit)
        elif draw < 0.35 and self.undone:
            edit = self.undone.pop()
            self.act(replace(edit, label=f"redo {edit.label}"), self.doc.undo_stack.redo, 1)
            self.done.append(edit)
        else:
            edit = self.maker.next(Snapshot.read(self.doc.db))
            assert edit.command is not None
            name, call_args = edit.command
            command = getattr(self.edits, name)(self.doc, *call_args)
            self.act(edit, lambda: self.doc.push(command), 1)
            self.done.append(edit)
            self.undone.clear()

    def act(self, edit: Edit, call: Callable[[], object], step: int) -> None:
        """Run one push, undo or redo; it must move the undo stack by `step` without a failure."""
        index = self.doc.undo_stack.index()

        def checked() -> None:
            call()
            if self.failures or self.doc.undo_stack.index() != index + step:
                raise RuntimeError(f"{edit.label} failed: {self.failures!r}")

        run_edit(edit, checked)


def run_window(db: TrajectoryDatabase, args: argparse.Namespace) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(["drempelmeter-stress"])
    session = WindowSession(db, args.seed)
    for _ in range(args.steps):
        session.step()
    app.processEvents()


RUNNERS = {"import": run_import, "services": run_services, "window": run_window}


def main(argv: list[str]) -> int:
    """Run one worker: KIND FILE --seed S [--bundle BUNDLE.xlsx] [--steps N] [--unsafe].

    It opens FILE for editing, prints `ready`, waits for a line on stdin, then prints `start
    {...}` before each edit and `done {...}` when it returned, both with the values the edit
    finds and leaves. When all steps are done it prints `idle` and waits for the kill (or for
    stdin to close). `--unsafe` (the negative control) patches this process's connections.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=sorted(RUNNERS))
    parser.add_argument("file", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--bundle", type=Path)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--unsafe", action="store_true")
    args = parser.parse_args(argv)
    modes = make_unsafe() if args.unsafe else []
    from drempelmeter.services.trajectory import open_trajectory

    db = open_trajectory(args.file)
    Snapshot.read(db)  # connects, so the control can show its connections are unsafe
    say("ready", {"unsafe_connections": modes})
    if not sys.stdin.readline():
        return 0
    RUNNERS[args.kind](db, args)
    say("idle")
    sys.stdin.readline()
    db.close()
    return 0
