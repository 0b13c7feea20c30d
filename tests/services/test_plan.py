"""The action plan and its follow-up on real trajectory files: order and numbering, moves,
removal and restore, validation, status history, overdue, progress and coverage."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from drempelmeter.domain.plan import ActionRecord, GoalRecord, PillarRecord, all_actions
from drempelmeter.services import follow_up, plan
from drempelmeter.services.errors import InvalidInput
from drempelmeter.store.database import open_database


def numbers(db) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(a.number, a.title) for a in all_actions(plan.read_plan(db))]


@pytest.fixture
def small_plan(new_db):
    """Two pillars; the first with goals g1 (actions a, b, c) and g2 (action d)."""
    plan.add_pillar(new_db, "p1", "Positieve hulpverleningsrelatie")
    plan.add_pillar(new_db, "p2", "Continuïteit van de dienstverlening")
    plan.add_goal(new_db, "g1", "p1", "Bevragen van de kwetsbare doelgroep")
    plan.add_goal(new_db, "g2", "p1", "Doorbreken van beelden")
    plan.add_goal(new_db, "g3", "p2", "Samenwerking en doorverwijzing")
    for action_id, goal in (("a", "g1"), ("b", "g1"), ("c", "g1"), ("d", "g2")):
        plan.add_action(new_db, action_id, goal, f"Actie {action_id}")
    return new_db


def test_actions_are_numbered_per_goal_and_renumbered_when_moved(small_plan):
    assert numbers(small_plan) == [("1.1", "Actie a"), ("1.2", "Actie b"), ("1.3", "Actie c"),
                                   ("2.1", "Actie d")]
    was = plan.move(small_plan, "action", "c", "g1", 1)
    assert was == ("g1", 3)
    assert numbers(small_plan)[:3] == [("1.1", "Actie c"), ("1.2", "Actie a"), ("1.3", "Actie b")]
    back = plan.move(small_plan, "action", "a", "g3", 1)  # to another pillar's goal
    assert numbers(small_plan) == [("1.1", "Actie c"), ("1.2", "Actie b"), ("2.1", "Actie d"),
                                   ("3.1", "Actie a")]
    plan.move(small_plan, "action", "a", *back)  # undo puts it back where it was
    assert [t for _n, t in numbers(small_plan)][:3] == ["Actie c", "Actie a", "Actie b"]
    plan.move(small_plan, "action", "c", "g1", 3)
    assert [t for _n, t in numbers(small_plan)] == ["Actie a", "Actie b", "Actie c", "Actie d"]
    plan.move(small_plan, "pillar", "p2", None, 1)
    assert next(p.title for p in plan.read_plan(small_plan)).startswith("Continuïteit")
    assert numbers(small_plan)[0] == ("2.1", "Actie a")  # goal g3 now comes first


def test_remove_and_restore_a_goal_with_its_actions_and_history(small_plan):
    plan.update_action(small_plan, replace(plan.read_plan(small_plan)[0].goals[0].actions[1],
                                           concrete=("Eén", "Twee"), owner="CAW"))
    follow_up.add_status(small_plan, "s1", "b", "running", date(2027, 2, 1))
    before = plan.read_plan(small_plan)
    removed = plan.remove(small_plan, "goal", "g1")
    assert numbers(small_plan) == [("1.1", "Actie d")]
    plan.restore(small_plan, removed)
    assert plan.read_plan(small_plan) == before


def test_an_action_is_validated_before_it_is_stored(small_plan):
    action = plan.read_plan(small_plan)[0].goals[0].actions[0]
    with pytest.raises(InvalidInput) as refused:
        plan.update_action(small_plan, replace(action, concrete=("Bel 0470 12 34 56",)))
    assert refused.value.problem == InvalidInput.PERSONAL_DATA
    with pytest.raises(InvalidInput):
        plan.update_action(small_plan, replace(action, starts_on=date(2027, 5, 1),
                                               due_on=date(2027, 4, 1)))
    with pytest.raises(InvalidInput):
        plan.update_action(small_plan, replace(action, bs=("onbekend",)))
    old = plan.update_action(small_plan, replace(action, concrete=("  Punt  ", "", "Tweede"),
                                                 bs=("bruikbaarheid", "bekendheid")))
    assert old == action
    stored = plan.read_plan(small_plan)[0].goals[0].actions[0]
    assert stored.concrete == ("Punt", "Tweede") and stored.bs == ("bekendheid", "bruikbaarheid")


def test_follow_up_history_overdue_and_progress(small_plan):
    plan.update_action(small_plan, replace(plan.read_plan(small_plan)[0].goals[0].actions[0],
                                           due_on=date(2027, 3, 31)))
    with pytest.raises(InvalidInput):  # stopping needs a reason
        follow_up.add_status(small_plan, "s0", "a", "stopped", date(2027, 4, 2))
    follow_up.add_status(small_plan, "s1", "a", "running", date(2027, 2, 1), "Gestart")
    current = plan.read_plan(small_plan)
    assert [a.number for a in follow_up.overdue(current, date(2027, 4, 1))] == ["1.1"]
    assert follow_up.overdue(current, date(2027, 3, 31)) == []
    follow_up.add_status(small_plan, "s2", "a", "done", date(2027, 3, 30))
    current = plan.read_plan(small_plan)
    assert follow_up.overdue(current, date(2027, 4, 1)) == []
    assert [s.status for s in current[0].goals[0].actions[0].history] == ["running", "done"]
    progress = follow_up.progress(current, date(2027, 4, 1))["p1"]
    assert progress.counts == {"done": 1, "not_started": 3} and progress.done_share == 25
    follow_up.remove_status(small_plan, "s2")
    assert plan.read_plan(small_plan)[0].goals[0].actions[0].status == "running"


def test_coverage_names_what_the_plan_leaves_open(demo_file):
    db = open_database(demo_file)
    try:
        current = plan.read_plan(db)
        assert len(current) == 3 and sum(len(p.goals) for p in current) == 6
        assert len(all_actions(current)) == 12
        gaps = follow_up.coverage(db, current)
        assert gaps.bs_without_action == ("betaalbaarheid",)
        assert gaps.principles_without_action == ("strengths",)
        # "Kosten" has no action: it went to a policy signal, which the plan needs not cover.
        assert not any("demo-barrier-8" in a.barrier_ids for a in all_actions(current))
        assert gaps.barriers_without_action == ()
        first = current[0].goals[0].actions[0]
        plan.update_action(db, replace(first, owner="", due_on=None, barrier_ids=()))
        for action in all_actions(plan.read_plan(db)):  # nothing addresses barrier 4 now
            plan.update_action(db, replace(action, barrier_ids=tuple(
                b for b in action.barrier_ids if b != "demo-barrier-4")))
        gaps = follow_up.coverage(db, plan.read_plan(db))
        assert gaps.actions_without_owner == gaps.actions_without_deadline == (first.id,)
        assert "demo-barrier-4" in gaps.barriers_without_action  # the top of the dot vote
    finally:
        db.close()


def test_a_whole_plan_is_added_or_nothing(small_plan):
    good = ActionRecord("x1", "Goed", concrete=("Punt",))
    bad = ActionRecord("x2", "Slecht", starts_on=date(2027, 3, 1), due_on=date(2027, 2, 1))
    pillars = [PillarRecord("p9", "Nieuw", (GoalRecord("g9", "Doel", 0, (good, bad)),))]
    before = plan.read_plan(small_plan)
    with pytest.raises(InvalidInput):
        plan.add_plan(small_plan, pillars)
    assert plan.read_plan(small_plan) == before
    plan.add_plan(small_plan, [PillarRecord("p9", "Nieuw", (
        GoalRecord("g9", "Doel", 0, (good,)),))])
    assert numbers(small_plan)[-1] == ("4.1", "Goed")


def test_a_removed_barrier_leaves_the_plan_and_comes_back_with_undo(demo_file):
    from drempelmeter.services import barriers

    db = open_database(demo_file)
    try:
        linked = [a.id for a in all_actions(plan.read_plan(db)) if "demo-barrier-4" in
                  a.barrier_ids]
        assert linked
        saved = barriers.remove_barrier(db, "demo-barrier-4")
        assert not any("demo-barrier-4" in a.barrier_ids for a in all_actions(plan.read_plan(db)))
        barriers.restore_barrier(db, *saved)
        assert [a.id for a in all_actions(plan.read_plan(db))
                if "demo-barrier-4" in a.barrier_ids] == linked
    finally:
        db.close()


def test_merging_barriers_relinks_the_plan_and_undo_restores_it(demo_file):
    from drempelmeter.services import barriers

    db = open_database(demo_file)
    try:
        before = {a.id: a.barrier_ids for a in all_actions(plan.read_plan(db))}
        # "Schrik voor controle" goes into "Bereikbaar enkel tijdens de kantooruren": it has
        # actions of its own, and one action already addresses both.
        linked = [k for k, ids in before.items() if "demo-barrier-7" in ids]
        assert len(linked) > 1
        assert any("demo-barrier-6" in before[k] for k in linked)
        saved = barriers.merge_barriers(db, "demo-barrier-6", "demo-barrier-7")
        after = {a.id: a.barrier_ids for a in all_actions(plan.read_plan(db))}
        for key in linked:
            assert "demo-barrier-7" not in after[key] and "demo-barrier-6" in after[key]
            assert len(set(after[key])) == len(after[key])  # no barrier twice
        barriers.restore_barrier(db, *saved)
        assert {a.id: a.barrier_ids for a in all_actions(plan.read_plan(db))} == before
    finally:
        db.close()
