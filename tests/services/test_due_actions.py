"""Overdue and due-soon actions for hand-built dates and a fixed today: the rule, the filter,
the listing per owner, and `drempelmeter overdue`."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from drempelmeter.cli import main
from drempelmeter.domain.cycle import (
    DUE_SOON,
    OVERDUE,
    due_actions,
    is_due_soon,
    per_owner,
    undated_actions,
)
from drempelmeter.domain.ids import new_id
from drempelmeter.domain.plan import (
    ActionRecord,
    GoalRecord,
    PillarRecord,
    StatusStep,
    is_overdue,
)
from drempelmeter.services import due_actions as service
from drempelmeter.services import plan
from drempelmeter.services.errors import InvalidInput

TODAY = date(2027, 3, 10)


def action(number: str, due: date | None, status: str = "running", owner: str = "CAW"
           ) -> ActionRecord:
    history = () if status == "not_started" else (StatusStep(new_id(), status, date(2027, 1, 1)),)
    return ActionRecord(id=new_id(), title=f"Actie {number}", owner=owner, due_on=due,
                        number=number, history=history)


def one_pillar(*actions: ActionRecord) -> list[PillarRecord]:
    return [PillarRecord("p", "Pijler", (GoalRecord("g", "Doel", 1, actions),))]


@pytest.mark.parametrize(("due", "status", "late", "soon"), [
    (TODAY - timedelta(days=1), "running", True, False),   # yesterday: overdue
    (TODAY, "running", False, True),                        # today: due soon, not yet late
    (TODAY + timedelta(days=30), "not_started", False, True),  # the 30th day: still soon
    (TODAY + timedelta(days=31), "running", False, False),  # the 31st: not yet
    (TODAY - timedelta(days=40), "done", False, False),     # finished: never
    (TODAY + timedelta(days=3), "stopped", False, False),
    (None, "running", False, False),                        # no planned end
])
def test_overdue_and_due_soon(due, status, late, soon):
    assert is_overdue(due, status, TODAY) is late
    assert is_due_soon(due, status, TODAY) is soon


def test_the_listing_filters_sorts_and_counts_days():
    actions = one_pillar(action("1.1", date(2027, 3, 31)), action("1.2", date(2027, 2, 28)),
                         action("1.3", date(2027, 5, 1)), action("1.4", date(2027, 3, 1), "done"),
                         action("1.5", date(2027, 3, 10), "adjusted"))
    found = due_actions(actions, TODAY)
    assert [(a.number, a.days, a.kind) for a in found] == [
        ("1.2", -10, OVERDUE), ("1.5", 0, DUE_SOON), ("1.1", 21, DUE_SOON)]
    assert [a.number for a in due_actions(actions, TODAY, kinds=frozenset({OVERDUE}))] == \
        ["1.2"]
    assert [a.number for a in due_actions(actions, TODAY, 60, frozenset({DUE_SOON}))] == \
        ["1.5", "1.1", "1.3"]


def test_per_owner_alphabetically_with_the_unowned_last():
    found = due_actions(one_pillar(
        action("1.1", date(2027, 3, 1), owner="OCMW"), action("1.2", date(2027, 3, 2), owner=""),
        action("1.3", date(2027, 3, 3), owner="caw"), action("1.4", date(2027, 3, 4),
                                                             owner="OCMW")), TODAY)
    assert [(owner, [a.number for a in owned]) for owner, owned in per_owner(found)] == [
        ("caw", ["1.3"]), ("OCMW", ["1.1", "1.4"]), ("", ["1.2"])]


def test_the_unfinished_actions_without_an_end_date_are_named():
    """They can never be overdue, so the listing alone would hide them from the coach."""
    actions = one_pillar(action("1.1", None), action("1.2", date(2027, 2, 1)),
                         action("1.3", None, "done"), action("1.4", None, "not_started"),
                         action("1.5", None, "stopped"))
    assert undated_actions(actions) == ["1.1", "1.4"]


def small_plan(db, today: date) -> None:
    pillar, goal = new_id(), new_id()
    plan.add_plan(db, [PillarRecord(pillar, "Pijler", (GoalRecord(goal, "Doel", 0, (
        ActionRecord(new_id(), "Brieven herschrijven", owner="CAW Demervallei",
                     due_on=today - timedelta(days=5)),
        ActionRecord(new_id(), "Spreekuur in de bib", owner="OCMW Heuvelgem",
                     due_on=today + timedelta(days=12)),
        ActionRecord(new_id(), "Folder", owner="OCMW Heuvelgem",
                     due_on=today + timedelta(days=50)),
        ActionRecord(new_id(), "Affiche", owner="OCMW Heuvelgem"),
    )),))])


def test_the_service_reads_the_plan_from_the_file(new_db):
    small_plan(new_db, TODAY)
    owners = service.by_owner(new_db, TODAY)
    assert [(o, [a.title for a in owned]) for o, owned in owners] == [
        ("CAW Demervallei", ["Brieven herschrijven"]), ("OCMW Heuvelgem", ["Spreekuur in de bib"])]
    assert service.counts(service.listing(new_db, TODAY, 60)) == (1, 2)
    assert service.undated(new_db) == ["1.4"]
    with pytest.raises(InvalidInput):
        service.listing(new_db, TODAY, -1)


def test_the_command_prints_them_per_owner(new_db, capsys):
    small_plan(new_db, date.today())
    path = new_db.path
    new_db.close()
    assert main(["overdue", str(path), "--days", "60"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "CAW Demervallei:"
    assert out[1].startswith("  1.1 Brieven herschrijven — planned end ")
    assert out[1].endswith("overdue by 5 days (not started)")
    assert out[2] == "OCMW Heuvelgem:"
    assert out[3].endswith("due in 12 days (not started)")
    assert out[4].endswith("due in 50 days (not started)")
    assert out[5] == "Never listed, as they have no planned end date: 1.4"
    assert main(["overdue", str(path), "--days", "0"]) == 0
    assert "Spreekuur" not in capsys.readouterr().out
    assert main(["overdue", str(path), "--days", "-5"]) == 2
    assert capsys.readouterr().err.strip() == "drempelmeter overdue: --days must be from 0 to 366"
