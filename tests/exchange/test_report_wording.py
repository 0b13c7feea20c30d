"""The report says what the window says for the same thing: an action past its deadline is
"Te laat" (as the plan page and Go ▸ Overdue say), its means "Middelen en budget" and the
steering group's word "Beslissing stuurgroep", in the workbook as in the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import openpyxl

from drempelmeter.domain.plan import all_actions
from drempelmeter.services import follow_up, plan
from drempelmeter.services.report import write_report

TODAY = date(2027, 6, 1)


def test_an_overdue_action_is_te_laat_in_the_workbook(new_db, tmp_path):
    plan.add_pillar(new_db, "p", "Bereikbaar")
    plan.add_goal(new_db, "g", "p", "Dichtbij")
    plan.add_action(new_db, "a", "g", "Spreekuur in de wijk", on=date(2027, 1, 4))
    [action] = all_actions(plan.read_plan(new_db))
    plan.update_action(new_db, replace(action, due_on=date(2027, 3, 1)), on=date(2027, 1, 4))
    follow_up.add_status(new_db, "s", "a", "running", date(2027, 2, 1))
    out = tmp_path / "rapport.xlsx"
    write_report(new_db, TODAY, xlsx=out)
    book = openpyxl.load_workbook(out)
    sheet = book["Opvolging"]
    header = [c.value for c in sheet[1]]
    assert header[-1] == "Te laat" and "Over de deadline" not in header
    assert sheet.cell(row=2, column=len(header)).value == "ja"
    actions = [c.value for c in book["Acties"][1]]
    assert "Middelen en budget" in actions and "Beslissing stuurgroep" in actions
