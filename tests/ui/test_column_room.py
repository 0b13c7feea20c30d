"""Lists whose one column of words takes the room the others leave: the barrier titles on a
laptop, the partners and the why up to their cap on a beamer, a signal's text on a beamer, the
action titles of the due dialog; and the follow-up's words read from the left."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drempelmeter.domain.plan import all_actions
from drempelmeter.ui.barrier_list_model import BarrierListModel
from drempelmeter.ui.due_view import DueDialog
from drempelmeter.ui.signal_table import SignalsModel
from drempelmeter.ui.workspace import BARRIERS, PLAN, SIGNALS


def shown(window, demo_file, qtbot, section, width, height):  # type: ignore[no-untyped-def]
    window.resize(width, height)
    window.open_path(demo_file)
    window.workspace.show_section(section)
    qtbot.wait(20)
    return window.workspace.pages.currentWidget()


def widest(view, column):  # type: ignore[no-untyped-def]
    model, metrics = view.model(), view.fontMetrics()
    return max(metrics.horizontalAdvance(str(model.index(r, column).data()))
               for r in range(model.rowCount()))


def test_barrier_titles_get_the_room_and_the_partners_and_why_their_texts_on_a_beamer(
        window, demo_file, qtbot):
    page = shown(window, demo_file, qtbot, BARRIERS, 1150, 700)
    table, char = page.table, page.table.fontMetrics().averageCharWidth()
    title = BarrierListModel.TITLE
    # it had 90 pixels; now two lines of more than 20 characters beside the partners and why
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
    assert table.columnWidth(title) >= 20 * char
    assert not table.horizontalScrollBar().isVisible()
    window.resize(1920, 1080)
    qtbot.wait(20)
    assert table.columnWidth(title) >= widest(table, title)
    for column in (BarrierListModel.PARTNERS, BarrierListModel.WHY):
        # as wide as its texts up to 45 characters (it was 120 or 150 pixels), and a text cut
        # shows whole as its tooltip
        assert table.columnWidth(column) >= min(widest(table, column), 45 * char) > 150
        index = table.model().index(0, column)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    columns = range(table.model().columnCount())
    assert sum(map(table.columnWidth, columns)) == table.viewport().width()


def test_a_signal_s_text_takes_the_room_on_a_beamer(window, demo_file, qtbot):
    page = shown(window, demo_file, qtbot, SIGNALS, 1920, 1080)
    view = page.view
    assert view.columnWidth(SignalsModel.DESCRIPTION) > 600  # it stayed at 420
    columns = range(view.model().columnCount())
    assert sum(map(view.columnWidth, columns)) == view.viewport().width()
    window.resize(1280, 720)  # on a laptop it keeps two lines of 24 characters, no scrolling
    qtbot.wait(20)
    assert view.columnWidth(SignalsModel.DESCRIPTION) >= 24 * view.fontMetrics().averageCharWidth()
    assert not view.horizontalScrollBar().isVisible()


def test_the_due_dialog_gives_the_action_titles_the_room(window, demo_file, qtbot):
    window.open_path(demo_file)
    dialog = DueDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 648)
    dialog.show()
    qtbot.wait(20)
    table = dialog.evaluations
    assert table.rowCount() > 3
    char = table.fontMetrics().averageCharWidth()
    # the titles had what the owner and the when left, and wrapped onto two or three lines
    assert table.columnWidth(1) >= min(widest(table, 1), 60 * char)
    assert all(table.rowHeight(r) < 3 * table.fontMetrics().lineSpacing()
               for r in range(table.rowCount()))


def test_the_follow_up_reads_words_from_the_left_and_figures_from_the_right(
        window, demo_file, qtbot):
    page = shown(window, demo_file, qtbot, PLAN, 1280, 720)
    page.tabs.setCurrentIndex(2)
    qtbot.wait(20)
    table = page.follow
    headers = [" ".join(table.horizontalHeaderItem(c).text().split())  # on two lines
               for c in range(table.columnCount())]
    assert len(all_actions(page.plan)) == table.rowCount() > 0
    left = {h for h in headers if all(
        table.item(r, headers.index(h)).textAlignment() & Qt.AlignmentFlag.AlignLeft
        for r in range(table.rowCount()))}
    assert left == {"Action", "Owner", "Status", "Late or to plan", "Sounding board"}
