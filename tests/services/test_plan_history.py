"""The history of an action's planned fields, with hand-made dates: a past year's report shows
the plan as it stood at the end of that year, an undo leaves the right plan, every way an action
comes into the plan starts its history, and a file upgraded without history says so."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl

from drempelmeter.domain.plan import all_actions
from drempelmeter.domain.plan_history import CARRIED, IMPORTED, SEED
from drempelmeter.services import plan, plan_history, plan_import
from drempelmeter.services.next_cycle import NextCycle, start_next_cycle
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.services.year_report import gather_year, write_year_report

from ..exchange.test_report import pdf_text
from ..exchange.test_steering_report import rows
from .plan_setup import plan_workbook

FIXTURE_0013 = Path(__file__).parent.parent / "fixtures" / "schema" / "0013.drempel"
LATER = date(2026, 6, 1)  # the day the reports are made


def one_action(db, on: date = date(2025, 2, 1)):
    plan.add_pillar(db, "p", "Pijler")
    plan.add_goal(db, "g", "p", "Doel")
    plan.add_action(db, "a", "g", "Een buddy voor de eerste afspraak", on=on)
    return all_actions(plan.read_plan(db))[0]


def test_a_past_years_report_shows_the_plan_as_it_stood_at_its_end(new_db, tmp_path):
    first = one_action(new_db)
    planned_2025 = replace(first, owner="CAW", concrete=("Tien buddy's opleiden",),
                           starts_on=date(2025, 3, 1), due_on=date(2025, 12, 31),
                           means="2.000 euro", indicator="Aantal begeleide afspraken")
    plan.update_action(new_db, planned_2025, expected=first, on=date(2025, 3, 1))
    planned_2026 = replace(planned_2025, owner="OCMW", concrete=("Twintig buddy's",),
                           due_on=date(2026, 12, 31), means="5.000 euro")
    plan.update_action(new_db, planned_2026, expected=planned_2025, on=date(2026, 2, 1))
    plan.add_action(new_db, "b", "g", "Een tweede actie", on=date(2026, 3, 1))

    then = gather_year(new_db, 2025, LATER).actions()
    assert (then[0].owner, then[0].planned, then[0].means) == (
        "CAW", ("Tien buddy's opleiden",), "2.000 euro")
    assert then[0].timing == "01-03-2025 – 31-12-2025" and then[0].planned_note == ""
    assert then[1].planned_note == "Eind 2025 nog niet in het actieplan: toegevoegd op 01-03-2026."
    now = gather_year(new_db, 2026, LATER).actions()
    assert (now[0].owner, now[0].planned, now[0].means) == (
        "OCMW", ("Twintig buddy's",), "5.000 euro")
    assert now[1].planned_note == ""
    # what the report shows of the past year, as the coach reads it
    pdf, xlsx = tmp_path / "2025.pdf", tmp_path / "2025.xlsx"
    write_year_report(new_db, 2025, LATER, pdf=pdf, xlsx=xlsx)
    text = pdf_text(pdf)
    assert "Trekker CAW" in text and "Middelen en budget 2.000 euro" in text and "OCMW" not in text
    assert "nog niet in het actieplan" in text
    sheet = rows(openpyxl.load_workbook(xlsx)["Acties 2025"])
    assert [r["Trekker"] for r in sheet] == ["CAW", None]
    assert sheet[0]["Planning volgens"] == "Stand op 31-12-2025"


def test_an_edit_of_other_fields_adds_no_version_and_an_undo_leaves_the_plan_as_it_was(new_db):
    first = one_action(new_db)
    renamed = replace(first, title="Een buddy voor elke eerste afspraak", moscow="must")
    plan.update_action(new_db, renamed, expected=first, on=date(2025, 4, 1))
    assert len(plan_history.read_history(new_db)["a"]) == 1  # the title is not planned
    owned = replace(renamed, owner="CAW", due_on=date(2025, 9, 30))
    plan.update_action(new_db, owned, expected=renamed, on=date(2025, 5, 1))
    # a change and its undo on the same day: the day ends as it began
    changed = replace(owned, owner="OCMW")
    day = date(2025, 6, 2)
    before = plan.update_action(new_db, changed, expected=owned, on=day)
    plan.update_action(new_db, before, expected=changed, on=day)
    versions = plan_history.read_history(new_db)["a"]
    assert [v.get("owner") for v in versions] == ["", "CAW", "OCMW", "CAW"]
    assert gather_year(new_db, 2025, LATER).actions()[0].owner == "CAW"
    # an undo the next year leaves the past year's plan alone
    plan.update_action(new_db, changed, expected=owned, on=date(2025, 12, 1))
    plan.update_action(new_db, owned, expected=changed, on=date(2026, 1, 5))
    assert gather_year(new_db, 2025, LATER).actions()[0].owner == "OCMW"
    assert gather_year(new_db, 2026, LATER).actions()[0].owner == "CAW"
    # a removal takes the history along, its undo puts it back as it was
    kept = plan_history.read_history(new_db)["a"]
    removed = plan.remove(new_db, "action", "a")
    assert "a" not in plan_history.read_history(new_db)
    plan.restore(new_db, removed)
    assert plan_history.read_history(new_db)["a"] == kept


def test_an_imported_plan_and_a_carried_action_start_their_history(new_db, tmp_path):
    made = plan_import.import_plan(new_db, plan_workbook(tmp_path / "plan.xlsx"))
    assert made.imported
    history = plan_history.read_history(new_db)
    actions = all_actions(plan.read_plan(new_db))
    assert {a.id for a in actions} == set(history)
    first = actions[0]
    assert [(v.source, v.get("owner"), v.get("due_on")) for v in history[first.id]] == [
        (IMPORTED, "CAW", date(2027, 6, 30))]
    out = tmp_path / "cyclus 2.drempel"
    start_next_cycle(new_db, out, NextCycle("Cyclus 2", (), date(2027, 9, 1)))
    carried = open_trajectory(out)
    try:
        versions = plan_history.read_history(carried)[first.id]
    finally:
        carried.close()
    assert [(v.source, v.effective_on, v.get("owner")) for v in versions] == [
        (CARRIED, date(2027, 9, 1), "CAW")]


def test_an_upgraded_file_begins_its_history_with_todays_plan_and_says_so(tmp_path):
    path = tmp_path / "oud.drempel"
    shutil.copyfile(FIXTURE_0013, path)
    db = open_trajectory(path)  # upgraded to the head
    try:
        today, began = date.today(), datetime.now(UTC).date()  # the history's start is UTC's
        actions = all_actions(plan.read_plan(db))
        history = plan_history.read_history(db)
        assert set(history) == {a.id for a in actions}
        for action in actions:
            (seed,) = history[action.id]
            assert seed.source == SEED and seed.recorded_on == began
            assert seed.effective_on == min(
                [d for d in (action.validated_on, *(s.on for s in action.history)) if d])
            assert (seed.get("owner"), seed.get("due_on"), seed.get("concrete")) == (
                action.owner, action.due_on, action.concrete)
        past = gather_year(db, today.year - 1, today).actions()
        since = f"{began:%d-%m-%Y}"
        assert {a.planned_note for a in past} == {
            f"Zoals nu gepland; de geschiedenis van de planning begint op {since}."}
        assert past[0].owner == actions[0].owner
        plan.update_action(db, replace(actions[0], owner="Iemand anders"), expected=actions[0])
        past = gather_year(db, today.year - 1, today).actions()
        assert past[0].owner == actions[0].owner  # the values the history began with
        assert past[0].planned_note == (
            f"Zoals gepland op {since}, toen de geschiedenis van de planning begon; hoe het "
            f"eind {today.year - 1} gepland stond, is niet bewaard.")
        assert {a.planned_note for a in gather_year(db, today.year, today).actions()} == {""}
        assert gather_year(db, today.year, today).actions()[0].owner == "Iemand anders"
    finally:
        db.close()
