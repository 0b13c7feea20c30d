"""The action plan at a province's size, counted rather than timed: opening the page and showing
each of its tabs loads no signal (nor any part of the plan) as an ORM object, and the barrier
objects it loads do not grow with the number of barriers (SQLAlchemy's "load" event, at two
sizes)."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import replace

from drempelmeter.domain.plan import all_actions
from drempelmeter.services import barriers, partners, signals
from drempelmeter.services.records import SignalRecord
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.ui.workspace import PLAN

from ..orm_loads import objects_loaded


def grown(demo_file, tmp_path, extra: int):  # type: ignore[no-untyped-def]
    """A copy of the demo with `extra` more barriers, each of two new signals, marked as
    prioritised (so the coverage tab lists them)."""
    path = tmp_path / f"grown{extra}.drempel"
    shutil.copyfile(demo_file, path)
    db = open_trajectory(path)
    try:
        partner_ids = [p.id for p in partners.list_partners(db)]
        signals.add_signals(db, [SignalRecord(
            f"x{n:05}", partner_ids[n % len(partner_ids)], f"Gemeld probleem nummer {n}",
            "bereikbaarheid") for n in range(2 * extra)])
        for n in range(extra):
            barriers.create_barrier(db, f"xb{n:04}", f"Extra drempel {n}",
                                    [f"x{2 * n:05}", f"x{2 * n + 1:05}"])
        for record in barriers.list_barriers(db):
            if record.id.startswith("xb"):
                barriers.update_barrier(db, replace(record, status="prioritised"))
    finally:
        db.close()
    return path


def open_plan_page(window, path) -> tuple[Counter[str], object]:  # type: ignore[no-untyped-def]
    """Open `path`, then the plan page and each of its tabs and an action, counting the ORM
    objects loaded on the way, per class."""
    window.open_path(path)
    with objects_loaded() as loaded:
        window.workspace.show_section(PLAN)
        page = window.workspace.plan_page
        page.tabs.setCurrentIndex(1)
        page.tabs.setCurrentIndex(2)
        page.charts.setCurrentIndex(1)
        page.tabs.setCurrentIndex(0)
        page.select(all_actions(page.plan)[-1].id)
    return loaded, page


def priority_gap_count(page) -> int:  # type: ignore[no-untyped-def]
    """How many priority barriers the coverage tab lists without an action."""
    return page.coverage.topLevelItem(0).childCount()


def test_the_plan_page_loads_no_signal_and_no_more_barriers_at_scale(window, demo_file,
                                                                     tmp_path):
    small, small_page = open_plan_page(window, grown(demo_file, tmp_path, 3))
    small_barriers = small_page.editor.barrier_list.rowCount()
    small_gaps = priority_gap_count(small_page)
    large, large_page = open_plan_page(window, grown(demo_file, tmp_path, 30))
    # The page did show every barrier and the new priorities: the counts below mean something.
    assert large_page.editor.barrier_list.rowCount() == small_barriers + 27
    assert priority_gap_count(large_page) == small_gaps + 27
    assert large_page.editor.isEnabled() and large_page.follow.rowCount() > 0
    assert small["Signal"] == large["Signal"] == 0
    assert large["Barrier"] == small["Barrier"]
    # The plan itself is read from its columns too.
    assert not {"PlanPillar", "PlanGoal", "PlanAction", "ActionStatus"} & set(small + large)


def test_ticking_a_barrier_on_an_action_is_one_undoable_edit(window, demo_file, qtbot):
    """The barrier list of the action editor is a model over plain rows: a tick commits, by
    the model or by the space bar."""
    from PySide6.QtCore import Qt

    window.open_path(demo_file)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    action = all_actions(page.plan)[0]
    page.select(action.id)
    chosen = page.editor.barrier_list
    row = next(r for r in range(chosen.rowCount())
               if chosen.index(r).data(Qt.ItemDataRole.UserRole) not in action.barrier_ids)
    key = chosen.index(row).data(Qt.ItemDataRole.UserRole)
    assert chosen.setData(chosen.index(row), Qt.CheckState.Checked.value,
                          Qt.ItemDataRole.CheckStateRole)
    assert key in all_actions(page.plan)[0].barrier_ids
    assert chosen.index(row).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    window.undo_action.trigger()
    assert all_actions(page.plan)[0].barrier_ids == action.barrier_ids
    assert chosen.index(row).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    page.editor.barriers.setCurrentIndex(chosen.index(row))
    qtbot.keyClick(page.editor.barriers, Qt.Key.Key_Space)
    assert key in all_actions(page.plan)[0].barrier_ids


def test_a_weight_change_elsewhere_reads_the_plan_again_only_when_it_is_shown(window, demo_file,
                                                                              monkeypatch):
    from drempelmeter.ui.plan_page import PlanPage
    from drempelmeter.ui.workspace import BARRIERS

    reloads: list[int] = []
    reload = PlanPage.reload
    monkeypatch.setattr(PlanPage, "reload", lambda page: (reloads.append(1), reload(page)))
    window.open_path(demo_file)
    workspace = window.workspace
    workspace.show_section(PLAN)
    workspace.show_section(BARRIERS)
    reloads.clear()
    box = next(iter(workspace.barriers_page.weights.values()))
    for step in (box.singleStep(), -box.singleStep()):
        box.setValue(box.value() + step)  # each a change of the priorities
    assert reloads == []  # not while hidden
    workspace.show_section(PLAN)
    assert reloads == [1]  # once, as it shows
    workspace.document.changed.emit("priorities")  # shown: at once
    assert reloads == [1, 1]
