"""What the report says about the previous cycle: its baseline per B against this cycle's closed
measurement rounds, whether its file was found, and what was carried over."""

from __future__ import annotations

from pathlib import PureWindowsPath

from ..domain.cycle import BaselineCell, CyclePart
from ..domain.plan import all_actions
from ..domain.report import EMPTY, HIDDEN
from ..domain.scoring import ALL
from ..domain.taxonomy import ALL_BS
from ..store.database import TrajectoryDatabase
from . import measurement, next_cycle, plan, report


def gather(db: TrajectoryDatabase) -> CyclePart | None:
    """None in a first cycle. The baseline is the one stored in this file when the cycle
    started, so it serves when the previous file is gone."""
    link = next_cycle.read_link(db)
    if link is None:
        return None
    closed = [r for r in measurement.list_rounds(db) if r.closed]
    scores = [measurement.round_scores(db, r.id) for r in closed]
    measured = {b for r in closed for _item, b in r.items} | {c.b for c in link.baseline}
    bs = [t.key for t in ALL_BS if t.key in measured]
    baseline = {c.b: c for c in link.baseline}
    rows = []
    for b in bs:
        rows.append([_shown(baseline.get(b)),
                     *(report.shown(s.get(ALL, ALL, b)) for s in scores)])
    marks = next_cycle.carried_marks(db)
    titles = dict(plan.barrier_titles(db))
    carried = [("Drempel", titles[key], mark.summary) for key, mark in marks.items()
               if mark.kind == "barrier" and key in titles]
    carried += [("Actie", f"{a.number} {a.title}", marks[a.id].summary)
                for a in all_actions(plan.read_plan(db)) if a.id in marks]
    found = next_cycle.previous_file(db, link)
    baseline_name = (f"{link.baseline_round} (cyclus {link.cycle_number - 1})"
                     if link.baseline_round else f"Cyclus {link.cycle_number - 1}")
    return CyclePart(link.cycle_number, link.previous_name,
                     PureWindowsPath(link.previous_file).name, found.path is not None,
                     [ALL_BS.label(b, "nl") for b in bs], [baseline_name,
                                                          *(r.name for r in closed)],
                     rows, carried, found.other.name if found.other else "")


def _shown(cell: BaselineCell | None) -> float | str:
    """A stored baseline cell as the report prints it (see `report.shown`)."""
    if cell is not None and cell.suppressed:
        return HIDDEN
    return EMPTY if cell is None or cell.mean is None else cell.mean
