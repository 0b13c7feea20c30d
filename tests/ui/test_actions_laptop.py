"""The lists of actions on a 1280×720 laptop at 150 % text (View ▸ Larger text), measured: the
follow-up and the Indicators tab's progress per action without sideways scrolling, the title
on two lines beside headers of two lines, the statuses and verdicts whole, the indicator's
buttons and its values' headers whole; on a beamer an owner on one line."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from drempelmeter.ui import text_size
from drempelmeter.ui.indicator_view import TITLE_LEAST
from drempelmeter.ui.workspace import PLAN

from .test_column_room import shown
from .test_laptop_columns import lines_cut


def test_the_actions_lists_fit_a_laptop_at_larger_text(window, demo_file, qtbot):
    text_size.apply(150)
    try:
        page = shown(window, demo_file, qtbot, PLAN, 1280, 720)
        # the follow-up: status, progress and sounding board; progress per action: progress,
        # based on, sounding board
        for tab, view, whole in ((2, page.follow, (3, 6, 7)),
                                 (3, page.numbers.action_table, (1, 2, 3))):
            page.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
            name, char = view.objectName(), view.fontMetrics().averageCharWidth()
            # their fixed columns took 835 of 900 pixels: scrolled sideways, the title cut
            assert not view.horizontalScrollBar().isVisible(), name
            assert view.columnWidth(0) >= TITLE_LEAST * char, name
            assert view.rowHeight(0) >= 2 * view.fontMetrics().lineSpacing(), name
            columns = range(view.columnCount())
            assert sum(map(view.columnWidth, columns)) == view.viewport().width(), name
            assert view.horizontalHeaderItem(whole[-1]).text().count("\n") == 1  # Sounding board
            for column in whole:
                assert lines_cut(view, column) == [], (name, column)
            title = view.item(0, 0)
            assert title.toolTip() == title.text()  # a title cut shows whole as its tooltip
        # the indicator's buttons whole ("Remove indicator" was cut at a fixed 420 pixels), and
        # the header over who reported a value ("eported b")
        numbers = page.numbers
        for button in numbers.findChildren(QPushButton):
            assert button.width() >= button.sizeHint().width(), button.text()
        values = numbers.chart.table
        header = values.horizontalHeader()
        assert all(values.columnWidth(c) >= header.sectionSizeHint(c)
                   for c in range(values.columnCount()))
    finally:
        text_size.apply(text_size.USUAL)


def test_the_follow_up_shows_the_first_action_s_history_and_an_owner_on_one_line_on_a_beamer(
        window, demo_file, qtbot):
    page = shown(window, demo_file, qtbot, PLAN, 1920, 1080)
    view = page.follow
    page.tabs.setCurrentWidget(view.parentWidget())
    qtbot.wait(20)
    # the history stood empty, without a word, until an action was chosen
    assert view.currentRow() == 0 and page.followed_action() is not None
    assert page.history.count() == len(page.followed_action().history) > 0
    metrics, owner = view.fontMetrics(), 1
    widest = max(metrics.horizontalAdvance(view.item(r, owner).text())
                 for r in range(view.rowCount()))
    assert view.columnWidth(owner) > widest  # "DMW Ziekenfonds Zorgzaam" wrapped at 24 chars
