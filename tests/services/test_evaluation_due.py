"""The klankgroep evaluation reminder with hand-built dates and a fixed today: the rhythm counted
from the last evaluation or the start, what is late and what is to plan, per owner, from the
file, and in `drempelmeter overdue`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from drempelmeter.cli import main
from drempelmeter.domain.cycle import per_owner
from drempelmeter.domain.evaluation_due import (
    EVALUATION_LATE,
    EVALUATION_PLANNED,
    due_evaluations,
    months_after,
)
from drempelmeter.domain.ids import new_id
from drempelmeter.domain.indicators import Evaluation
from drempelmeter.domain.plan import ActionRecord, GoalRecord, PillarRecord, StatusStep
from drempelmeter.services import due_actions, follow_up, indicators, plan, trajectory

TODAY = date(2027, 3, 10)


def action(number: str, starts_on: date | None, status: str = "running", owner: str = "CAW",
           step_on: date = date(2026, 1, 5)) -> ActionRecord:
    history = () if status == "not_started" else (StatusStep(new_id(), status, step_on),)
    return ActionRecord(id=number, title=f"Actie {number}", owner=owner, starts_on=starts_on,
                        number=number, history=history)


def one_pillar(*actions: ActionRecord) -> list[PillarRecord]:
    return [PillarRecord("p", "Pijler", (GoalRecord("g", "Doel", 1, actions),))]


def evaluated(action_id: str, *days: date) -> dict[str, tuple[Evaluation, ...]]:
    return {action_id: tuple(Evaluation(new_id(), action_id, d, "works") for d in days)}


def test_six_months_after_the_last_evaluation_or_the_start():
    assert months_after(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert months_after(date(2026, 12, 15), 6) == date(2027, 6, 15)
    actions = one_pillar(
        action("1.1", date(2026, 6, 1)),            # evaluated 2026-08-20: due 2027-02-20, late
        action("1.2", date(2026, 6, 1)),            # evaluated 2026-09-25: due in 15 days
        action("1.3", date(2026, 6, 1)),            # evaluated 2026-12-01: due in June, quiet
        action("1.4", date(2027, 1, 4)),            # started, never evaluated: to plan
        action("1.5", None, step_on=date(2026, 5, 4)),  # started by its first step, none: late
        action("1.6", date(2026, 1, 1), "done"),    # finished: never
        action("1.7", date(2026, 1, 1), "not_started"),  # not started: nothing to evaluate
        action("1.8", date(2027, 6, 1)),            # starts later: nothing yet
        action("1.9", date(2026, 10, 1)))           # evaluated before its start only: to plan
    evaluations = {**evaluated("1.1", date(2026, 2, 1), date(2026, 8, 20)),
                   **evaluated("1.2", date(2026, 9, 25)), **evaluated("1.3", date(2026, 12, 1)),
                   **evaluated("1.9", date(2026, 9, 1))}
    found = due_evaluations(actions, evaluations, TODAY)
    assert [(e.number, e.due_on, e.last_on, e.days, e.kind) for e in found] == [
        ("1.5", date(2026, 11, 4), None, -126, EVALUATION_LATE),
        ("1.1", date(2027, 2, 20), date(2026, 8, 20), -18, EVALUATION_LATE),
        ("1.2", date(2027, 3, 25), date(2026, 9, 25), 15, EVALUATION_PLANNED),
        ("1.9", date(2027, 4, 1), None, 22, EVALUATION_PLANNED),
        ("1.4", date(2027, 7, 4), None, 116, EVALUATION_PLANNED)]
    assert [e.number for e in due_evaluations(actions, evaluations, TODAY, 10)] == [
        "1.5", "1.1", "1.9", "1.4"]  # never evaluated since the start: listed whatever the days
    late_only = due_evaluations(actions, evaluations, TODAY, kinds=frozenset({EVALUATION_LATE}))
    assert [e.number for e in late_only] == ["1.5", "1.1"]


def small_plan(db, today: date) -> list[str]:
    ids = [new_id() for _ in range(3)]
    plan.add_plan(db, [PillarRecord(new_id(), "Pijler", (GoalRecord(new_id(), "Doel", 0, (
        ActionRecord(ids[0], "Brieven herschrijven", owner="CAW Demervallei",
                     starts_on=today - timedelta(days=400)),
        ActionRecord(ids[1], "Spreekuur in de bib", owner="OCMW Heuvelgem",
                     starts_on=today - timedelta(days=20)),
        ActionRecord(ids[2], "Folder", owner="OCMW Heuvelgem"),
    )),))])
    indicators.add_evaluation(db, Evaluation(new_id(), ids[0], today - timedelta(days=200),
                                             "partly", "Te weinig bekend"))
    follow_up.add_status(db, new_id(), ids[0], "running", today - timedelta(days=400), "")
    follow_up.add_status(db, new_id(), ids[1], "running", today - timedelta(days=20), "")
    return ids


def test_the_service_reads_the_plan_and_the_evaluations_from_the_file(new_db):
    small_plan(new_db, TODAY)
    found = due_actions.evaluations(new_db, TODAY)
    assert [(e.title, e.days) for e in found] == [
        ("Brieven herschrijven", -16), ("Spreekuur in de bib", 161)]
    assert due_actions.counts(found) == (1, 1)
    assert [(o, [e.title for e in owned]) for o, owned in per_owner(found)] == [
        ("CAW Demervallei", ["Brieven herschrijven"]), ("OCMW Heuvelgem", ["Spreekuur in de bib"])]


@pytest.mark.parametrize("months", [6, 4])
def test_the_command_lists_them_per_owner_at_the_files_rhythm(new_db, capsys, months):
    today = date.today()
    small_plan(new_db, today)
    now = trajectory.get_trajectory(new_db)
    trajectory.update_trajectory(new_db, replace(now, evaluation_months=months))
    path = new_db.path
    new_db.close()
    assert main(["overdue", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    start = out.index(f"Sounding board (klankgroep) evaluations, every {months} months from the "
                      "last one or from the action's start:")
    last = today - timedelta(days=200)
    assert out[start + 1:] == [
        "  CAW Demervallei:",
        f"    1.1 Brieven herschrijven — evaluation late by "
        f"{(today - months_after(last, months)).days} days (last {last:%d-%m-%Y})",
        "  OCMW Heuvelgem:",
        f"    1.2 Spreekuur in de bib — evaluation to plan by "
        f"{months_after(today - timedelta(days=20), months):%d-%m-%Y} (none since its start)"]
