"""A region's own settings in the window: the sounding board's rhythm chosen on the trajectory
details page (undoable; the plan's follow-up counts the evaluations due from it), and a theme's
question worded per group in its form (kept through a reword in its place, read by each group
in the entry grid)."""

from __future__ import annotations

from datetime import date

from drempelmeter.services import due_actions
from drempelmeter.ui.workspace import DETAILS, PLAN

from ..services.test_evaluation_due import small_plan
from .test_accessibility import problems


def test_the_rhythm_is_chosen_on_the_details_page_and_counts_the_evaluations(window, new_db):
    small_plan(new_db, date.today())  # 1.1 evaluated 200 days ago: late at 6 months
    path = new_db.path
    new_db.close()
    window.open_path(path)
    window.workspace.show_section(DETAILS)
    page = window.workspace.details_page
    assert problems(page) == []
    rhythm = page.rhythm
    assert rhythm.accessibleName() == "Sounding board meets every:"
    assert [rhythm.itemText(i) for i in range(rhythm.count())] == [
        "3 months", "4 months", "6 months", "12 months"]
    assert rhythm.currentText() == "6 months"
    rhythm.setCurrentIndex(rhythm.findData(12))
    assert due_actions.rhythm(window.document.db) == 12
    window.workspace.show_section(PLAN)
    window.workspace.plan_page.tabs.setCurrentIndex(2)  # the follow-up
    due = window.workspace.plan_page.due
    assert due.label.text().endswith("sounding board: 0 evaluations late · 1 to plan")
    assert "every 12 months" in due.label.toolTip()
    window.document.undo_stack.undo()
    assert due_actions.rhythm(window.document.db) == 6
    assert rhythm.currentText() == "6 months"
    window.workspace.show_section(DETAILS)
    window.workspace.show_section(PLAN)
    assert due.label.text().endswith("sounding board: 1 evaluations late · 1 to plan")
