"""Crash-harness verifier: builds the demo and a bundle, then inspects killed files on request."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import openpyxl
from stress_edits import LETTERS, NO_PARTNER

from drempelmeter import cli
from drempelmeter.services import bundles, decisions, partners, signals
from drempelmeter.services.demo import build_demo
from drempelmeter.services.records import SignalRecord
from drempelmeter.services.trajectory import TrajectoryDatabase, open_trajectory

DEMO_NAME = "Demervallei.drempel"
PARTNER = "CAW Demervallei"
NEW_ROWS = 300
CHANGED_ROWS = 2
B_LABELS = ("Bekendheid", "Bereikbaarheid", "Beschikbaarheid", "Betaalbaarheid")
#: The bundle's partner, its signal count before the import, the new rows' descriptions and the
#: changed rows as [id, old description, new description].
Spec = dict[str, Any]


def letters(number: int) -> str:
    """`number` spelled in letters (bundle descriptions must hold no digits: no personal data)."""
    word = ""
    while True:
        number, digit = divmod(number, len(LETTERS))
        word = LETTERS[digit] + word
        if not number:
            return word


def prepare(run_dir: Path) -> dict[str, Any]:
    """The demo, built once, and a filled bundle for one partner with its expected effect."""
    master = run_dir / "master" / DEMO_NAME
    master.parent.mkdir(parents=True)
    build_demo(master)
    bundle = run_dir / "bundle.xlsx"
    db = open_trajectory(master, read_only=True)
    try:
        bundles.export_template(db, PARTNER, bundle)
        partner = next(p for p in partners.list_partners(db) if p.name == PARTNER)
        count = sum(s.partner_id == partner.id for s in signals.list_signals(db))
    finally:
        db.close()
    book = openpyxl.load_workbook(bundle)
    sheet = book["Signalen"]
    changed = []
    for row in range(2, 2 + CHANGED_ROWS):
        old = sheet.cell(row=row, column=2).value
        new = f"{old} Aangevuld door de partner: {letters(row)}."
        sheet.cell(row=row, column=2, value=new)
        changed.append([sheet.cell(row=row, column=1).value, old, new])
    new_rows = [f"Stresstest: bundelrij {letters(n)} over het loket." for n in range(NEW_ROWS)]
    for n, description in enumerate(new_rows):
        cells = [""] * 18
        cells[1], cells[2] = description, B_LABELS[n % len(B_LABELS)]
        sheet.append(cells)
    book.save(bundle)
    spec = {"partner_id": partner.id, "count": count, "new": new_rows, "changed": changed}
    bundle.with_suffix(".json").write_text(json.dumps(spec), encoding="utf-8")
    return {"master": str(master), "bundle": str(bundle), "spec": spec}


def run_check(path: Path) -> dict[str, Any]:
    """`drempelmeter check FILE`: its exit status and what it said."""
    said = io.StringIO()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        status = cli.main(["check", str(path)])
    return {"exit": status, "said": said.getvalue().strip()}


def import_value(found: list[SignalRecord], spec: Spec) -> str:
    """"all" or "none" of the bundle's rows and changes, or how partial the import is."""
    ours = [s for s in found if s.partner_id == spec["partner_id"]]
    texts = {s.description for s in ours}
    new = sum(text in texts for text in spec["new"])
    changed = sum(new_text in texts for _, _, new_text in spec["changed"])
    if (new, changed, len(ours)) == (len(spec["new"]), len(spec["changed"]),
                                     spec["count"] + len(spec["new"])):
        return "all"
    if (new, changed, len(ours)) == (0, 0, spec["count"]):
        return "none"
    return (f"partial: {new}/{len(spec['new'])} new rows, {changed}/{len(spec['changed'])} "
            f"changes, {len(ours)} signals of the partner")


def read_values(db: TrajectoryDatabase, keys: list[str], spec: Spec) -> dict[str, str | None]:
    """The value of every key, read through the services."""
    found = signals.list_signals(db)
    people = {p.id: p for p in partners.list_participants(db)}
    tables: dict[str, dict[str, str]] = {
        "partner": {p.id: p.name for p in partners.list_partners(db)},
        "participant": {i: p.name for i, p in people.items()},
        "participant-partner": {i: p.partner_id or NO_PARTNER for i, p in people.items()},
        "signal": {s.id: s.description for s in found},
        "status": {s.id: s.status for s in found},
        "decision": {d.id: d.text for d in decisions.list_decisions(db)},
    }
    values: dict[str, str | None] = {}
    for key in keys:
        if key == "import":
            values[key] = import_value(found, spec)
        else:
            table, _, row_id = key.partition(":")
            values[key] = tables[table].get(row_id)
    return values


def open_for_editing(path: Path, keys: list[str], spec: Spec) -> dict[str, Any]:
    """Open the file for editing as the app does, read the keys, close it."""
    try:
        db = open_trajectory(path)
    except Exception as exc:
        return {"opened": False, "error": f"{type(exc).__name__}: {exc}"}
    try:
        return {"opened": True, "values": read_values(db, keys, spec)}
    except Exception as exc:
        return {"opened": True, "error": f"reading: {type(exc).__name__}: {exc}"}
    finally:
        db.close()


def recover_with_sqlite(path: Path) -> None:
    """What SQLite does itself: any read-write connection rolls a hot journal back."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA schema_version").fetchone()


def inspect_copy(path: Path, check_first: bool, keys: list[str], spec: Spec) -> dict[str, Any]:
    """`check` and opening for editing, in the order asked; then the side files left."""
    result: dict[str, Any] = {}
    if check_first:
        result["check"] = run_check(path)
    result["open"] = open_for_editing(path, keys, spec)
    if not check_first:
        result["check"] = run_check(path)
    result["side_files"] = sorted(p.name for p in path.parent.iterdir() if p != path)
    if "values" not in result["open"]:
        with contextlib.suppress(Exception):
            recover_with_sqlite(path)
        result["after_sqlite_recovery"] = open_for_editing(path, keys, spec)
    return result


def main(argv: list[str]) -> int:
    """stress_verify.py RUN_DIR: print one JSON line (the demo file and the bundle), then answer
    each JSON request on stdin with one JSON line: for each copy of a killed file, what `check`
    said, whether it opened for editing, the values asked for, and the side files beside it."""
    run_dir = Path(argv[0])
    made = prepare(run_dir)
    print(json.dumps(made), flush=True)
    spec = made["spec"]
    for line in sys.stdin:
        request = json.loads(line)
        answer = {
            name: inspect_copy(Path(path), check_first, request["keys"], spec)
            for name, path, check_first in request["copies"]
        }
        print(json.dumps(answer), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
