"""The window on a 1280×720 laptop, in Dutch (the longer words): long titles are cut with their
whole text in a tooltip rather than pushing columns out of sight, and a list the page has room
for needs no scroll bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator, QWidget

from drempelmeter.domain.plan import all_actions
from drempelmeter.ui.workspace import DETAILS, PLAN

from .test_accessibility import problems


def laid_out(window, demo_file, qtbot, section):  # type: ignore[no-untyped-def]
    window.resize(1280, 720)
    window.open_path(demo_file)
    window.workspace.show_section(section)
    qtbot.wait(20)
    return window.workspace.pages.currentWidget()


def test_the_follow_up_shows_every_column_and_the_plan_every_whole_title_in_a_tooltip(
        dutch, window, demo_file, qtbot):
    page = laid_out(window, demo_file, qtbot, PLAN)
    tree = page.tree
    items = QTreeWidgetItemIterator(tree)
    while items.value():
        item = items.value()
        assert item.toolTip(0) == item.text(0)
        items += 1

    page.tabs.setCurrentIndex(2)
    qtbot.wait(20)
    table = page.follow
    titles = [a.title for a in all_actions(page.plan)]
    assert [table.item(r, 0).toolTip() for r in range(table.rowCount())] == titles
    assert [table.item(r, 1).toolTip() for r in range(table.rowCount())] == [
        a.owner or "—" for a in all_actions(page.plan)]
    # the title and the owner wrap onto two lines and are cut there, not the columns after them
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnWidth(0) >= 15 * table.fontMetrics().averageCharWidth()
    assert problems(page) == []


def test_the_details_list_every_target_group_and_a_number_field_is_as_wide_as_a_number(
        dutch, window, demo_file, qtbot):
    page = laid_out(window, demo_file, qtbot, DETAILS)
    groups = page.target_groups
    assert groups.count() > 10
    assert not groups.verticalScrollBar().isVisible()
    assert groups.viewport().height() >= groups.count() * groups.sizeHintForRow(0)
    assert page.suppression.width() < 2 * page.suppression.sizeHint().width() < page.name.width()
    assert problems(page) == []


def test_a_phase_lists_its_checklist_sessions_and_decisions_without_blank_or_scroll_bar(
        dutch, window, demo_file, qtbot):
    window.resize(1280, 720)
    window.open_path(demo_file)
    window.workspace.show_phase(1)
    qtbot.wait(20)
    page = window.workspace.pages.currentWidget()
    assert not page.checklist.verticalScrollBar().isVisible()
    for view in (page.sessions.view, page.decisions.view):
        rows, shown = view.verticalHeader().length(), view.viewport().height()
        assert view.model().rowCount() == 3 and not view.verticalScrollBar().isVisible()
        assert rows <= shown < rows + view.rowHeight(0)  # every row, and no blank row under


def test_a_next_cycle_s_details_keep_the_form_whole_above_what_was_carried_over(
        window, demo_file, qtbot, tmp_path):
    from datetime import date

    from drempelmeter.services import next_cycle, trajectory

    db = trajectory.open_trajectory(demo_file, read_only=True, back_up=False)
    made = next_cycle.start_next_cycle(db, tmp_path / "cyclus 2.drempel", next_cycle.NextCycle(
        "Demervallei – cyclus 2", (), date(2027, 1, 15)))
    db.close()
    page = laid_out(window, made.path, qtbot, DETAILS)
    assert page.cycle.isVisible() and page.cycle.carried.rowCount() > 0
    shown = [w for w in page.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
             if w.isVisible()]
    assert page.target_groups in shown and page.vocabularies in shown
    overlaps = [(a.objectName() or a.metaObject().className(),
                 b.objectName() or b.metaObject().className())
                for i, a in enumerate(shown) for b in shown[i + 1:]
                if a.geometry().intersects(b.geometry())]
    assert overlaps == []
    assert not page.target_groups.verticalScrollBar().isVisible()
    carried = page.cycle.carried  # room for a few rows of what was carried over
    assert carried.viewport().height() >= 2 * carried.verticalHeader().sectionSize(0)
