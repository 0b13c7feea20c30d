"""The action plan driven as a coach does in a workshop: build pillar, goal and action, type the
three questions' points with the keyboard, reorder, record follow-up, write a report; undo."""

from __future__ import annotations

from datetime import date

import pypdf
from PySide6.QtCore import QModelIndex, Qt

from drempelmeter.domain.plan import all_actions
from drempelmeter.services import plan
from drempelmeter.ui.plan_page import ID, StatusDialog
from drempelmeter.ui.workspace import PLAN


def tree_texts(page) -> list[str]:  # type: ignore[no-untyped-def]
    found = page.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    return [item.text(0) for item in found]


def test_build_an_action_and_type_its_points_then_undo(window, demo_file, qtbot, answers):
    window.open_path(demo_file)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    assert len(tree_texts(page)) == 3 + 6 + 12
    answers.text = "Iedereen digitaal mee"
    page.buttons["pillar"].click()
    answers.text = "Hulp bij aanvragen online"
    page.buttons["goal"].click()
    answers.text = "Digipunt in elke bibliotheek"
    page.buttons["action"].click()
    assert page.tree.currentItem().text(0) == "7.1 Digipunt in elke bibliotheek"
    assert page.editor.isEnabled() and page.editor.title.text() == answers.text

    concrete = page.editor.questions["concrete"]
    for point in ("Twee namiddagen per week", "Vrijwilligers helpen", "Ook op zaterdag"):
        concrete.entry.setFocus()
        qtbot.keyClicks(concrete.entry, point)
        qtbot.keyClick(concrete.entry, Qt.Key.Key_Return)
    stored = all_actions(plan.read_plan(window.document.db))[-1]
    assert stored.concrete == ("Twee namiddagen per week", "Vrijwilligers helpen",
                               "Ook op zaterdag")
    assert concrete.entry.text() == "" and concrete.points.count() == 3
    concrete.points.setCurrentRow(2)  # the last point up, with the keyboard
    qtbot.keyClick(concrete.points, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert all_actions(plan.read_plan(window.document.db))[-1].concrete[1] == "Ook op zaterdag"
    # Dragging a point is a row move in the list's model: the same edit as the keys.
    concrete.points.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert all_actions(plan.read_plan(window.document.db))[-1].concrete == (
        "Ook op zaterdag", "Vrijwilligers helpen", "Twee namiddagen per week")
    window.undo_action.trigger()
    concrete.points.setCurrentRow(0)
    qtbot.keyClick(concrete.points, Qt.Key.Key_Delete)
    assert all_actions(plan.read_plan(window.document.db))[-1].concrete == (
        "Ook op zaterdag", "Vrijwilligers helpen")
    page.editor.owner.setEditText("CAW Demervallei")
    page.editor.owner.lineEdit().editingFinished.emit()
    assert all_actions(plan.read_plan(window.document.db))[-1].owner == "CAW Demervallei"

    for _ in range(6):  # owner, delete, move, three points
        window.undo_action.trigger()
    assert all_actions(plan.read_plan(window.document.db))[-1].concrete == ()
    for _ in range(3):  # action, goal, pillar
        window.undo_action.trigger()
    assert len(tree_texts(page)) == 3 + 6 + 12


def test_moving_an_action_renumbers_the_plan(window, demo_file, qtbot):
    window.open_path(demo_file)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    second = page.plan[0].goals[0].actions[1]
    page.select(second.id)
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.tree.currentItem().text(0) == f"1.1 {second.title}"
    assert all_actions(plan.read_plan(window.document.db))[0].id == second.id
    window.undo_action.trigger()
    assert all_actions(plan.read_plan(window.document.db))[1].id == second.id


def test_record_follow_up_see_it_flagged_and_progress_then_undo(window, demo_file, qtbot):
    window.open_path(demo_file)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    page.tabs.setCurrentIndex(2)
    table = page.follow
    assert table.rowCount() == 12
    reminders = [table.item(r, 5).text() for r in range(12)]
    assert not any("overdue" in r for r in reminders)  # the demo's deadlines are all ahead
    assert any(r.startswith("evaluation ") for r in reminders)  # its klankgroep's are not
    page.follow.selectRow(1)  # 1.2, not started
    page.status_button.click()
    dialog = page.findChild(StatusDialog)
    dialog.status.setCurrentIndex(dialog.status.findData("stopped"))
    dialog.accept()  # no reason: refused, the dialog stays
    assert dialog.isVisible() and window.findChildren(StatusDialog)
    dialog.note.setText("Geen vormingsbudget gevonden.")
    dialog.accept()
    assert table.item(1, 3).text() == "Stopped"
    assert page.history.item(page.history.count() - 1).text().endswith(
        "Stopped: Geen vormingsbudget gevonden.")
    progress = page.progress.table
    stopped = [progress.horizontalHeaderItem(c).text() for c in range(
        progress.columnCount())].index("Stopped")
    assert progress.item(0, stopped).text() == "1"
    window.undo_action.trigger()
    assert table.item(1, 3).text() == "Not started"


def test_write_the_regional_report_from_the_window(window, demo_file, qtbot, answers, tmp_path):
    window.open_path(demo_file)
    answers.choices = ["The whole region", "PDF, to read"]
    answers.save_path = tmp_path / "rapport.pdf"
    writer = window.write_report()
    assert writer is not None
    with qtbot.waitSignal(writer.done, timeout=60_000) as done:
        pass
    assert done.args == [True] and answers.errors == []
    reader = pypdf.PdfReader(tmp_path / "rapport.pdf")
    assert reader.outline[0].title == "1. Kernbevindingen"  # the demo has key findings
    assert str(date.today().year) in reader.pages[0].extract_text()
    answers.choices = ["CAW Demervallei", "Excel workbook, to work on"]
    answers.save_path = tmp_path / "missing" / "caw.xlsx"  # a folder that is not there
    writer = window.write_report()
    with qtbot.waitSignal(writer.done, timeout=60_000) as done:
        pass
    assert done.args == [False] and "could not be written" in answers.errors[0]


def test_follow_up_compares_the_baseline_with_the_re_measurement(window, demo_file):
    from drempelmeter.services import measurement

    window.open_path(demo_file)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    page.tabs.setCurrentIndex(2)
    page.charts.setCurrentIndex(1)
    assert not page.compared.isVisibleTo(page) and "second measurement" in (
        page.compared_note.text())
    end = next(r for r in measurement.list_rounds(window.document.db) if r.kind == "end")
    measurement.close_round(window.document.db, end.id, date.today())
    window.document.changed.emit("measurement")
    table = page.compared.table
    assert page.compared.isVisibleTo(page) and table.columnCount() == 2
    baseline = next(r for r in measurement.list_rounds(window.document.db)
                    if r.kind == "baseline")
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == [baseline.name, end.name]
    after = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert after and all(t == "hidden" or "," in t or "." in t for t in after)


def test_where_a_dragged_item_lands(window, demo_file):
    """The drop rules of the plan's tree, on the demo plan: dragging moves and renumbers."""
    from PySide6.QtWidgets import QAbstractItemView

    window.open_path(demo_file)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    where = QAbstractItemView.DropIndicatorPosition
    pillar = page.tree.topLevelItem(0)
    goal_one, goal_two = pillar.child(0), pillar.child(1)
    first, second = goal_one.child(0), goal_one.child(1)
    other_pillar = page.tree.topLevelItem(1)
    goal_three = other_pillar.child(0)
    assert page.tree.placement(first, second, where.BelowItem) == (goal_one.data(0, ID), 2)
    assert page.tree.placement(second, first, where.AboveItem) == (goal_one.data(0, ID), 1)
    assert page.tree.placement(first, goal_two, where.OnItem) == (goal_two.data(0, ID), 3)
    assert page.tree.placement(first, goal_one, where.OnItem) == (goal_one.data(0, ID), 2)
    assert page.tree.placement(goal_one, goal_three, where.AboveItem) == (
        other_pillar.data(0, ID), 1)
    assert page.tree.placement(first, pillar, where.OnItem) is None  # an action on a pillar
    assert page.tree.placement(first, goal_three, where.AboveItem) is None  # beside a goal

    page.move_to(first, *page.tree.placement(first, goal_two, where.OnItem))
    titles = [a.title for a in plan.read_plan(window.document.db)[0].goals[1].actions]
    assert titles[-1] == page.plan[0].goals[1].actions[-1].title
    assert page.tree.currentItem().text(0).startswith("2.3 ")


def test_import_a_plan_from_the_window(window, demo_file, answers, tmp_path):
    from pathlib import Path

    import openpyxl

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "plans" / \
        "reference_plan_libreoffice.xlsx"
    window.open_path(demo_file)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    answers.answer = False  # the demo has a plan already: the coach is asked, and says no
    assert not window.import_plan(fixture)
    assert "already has a plan of 12 actions" in answers.questions[-1]
    assert len(page.plan) == 3
    answers.answer = True
    assert window.import_plan(fixture)
    assert len(page.plan) == 5 and tree_texts(page)[-1].startswith("9.1 Wisselstages")

    bad = tmp_path / "plan.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Pijler", "Doel", "Actie", "Deadline"])
    book.active.append(["P", "D", "Een actie", "volgende week"])
    book.save(bad)
    assert not window.import_plan(bad)
    assert "Row 2, column D (Deadline): not a date “volgende week”" in answers.errors[-1]
    assert len(plan.read_plan(window.document.db)) == 5
