"""The lists on a 1280×720 laptop and a beamer, measured: the barriers' partners and why and
the signals' text, level and moment readable on their two lines without scrolling sideways,
and View ▸ Larger text making the whole window's text larger, kept for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QTableView

from drempelmeter.ui import text_size
from drempelmeter.ui.barrier_list_model import BarrierListModel
from drempelmeter.ui.main_window import MainWindow
from drempelmeter.ui.signal_table import SignalsModel
from drempelmeter.ui.tables import DecisionsModel
from drempelmeter.ui.workspace import BARRIERS, SIGNALS

from .test_column_room import shown


def lines_cut(view: QTableView, column: int) -> list[str]:
    """The texts of `column` that do not show whole in their cell: wrapped at the cell's width,
    wider than it (a long word) or more lines than the row holds."""
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 1
    room = view.columnWidth(column) - margin
    model, cut = view.model(), []
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data() or "")
        box = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
        if box.width() > room or box.height() > view.rowHeight(row) - 4:
            cut.append(text)
    return cut


def test_the_barriers_partners_and_why_are_read_on_a_laptop_not_cut_to_their_headers(
        window, demo_file, qtbot):
    page = shown(window, demo_file, qtbot, BARRIERS, 1280, 720)
    table, char = page.table, page.table.fontMetrics().averageCharWidth()
    assert not table.horizontalScrollBar().isVisible()
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
    # the why ("impact 3, effort 4: Big project") and every title whole on their two lines;
    # the partners had their header's 80 pixels ("Sociaal…"), now 16 characters a line
    for column in (BarrierListModel.TITLE, BarrierListModel.WHY, BarrierListModel.B,
                   BarrierListModel.STATUS):
        assert lines_cut(table, column) == [], table.model().headerData(
            column, Qt.Orientation.Horizontal)
    assert table.columnWidth(BarrierListModel.PARTNERS) >= 16 * char
    first_partners = {str(table.model().index(r, BarrierListModel.PARTNERS).data()).split(
        ", ")[0] for r in range(table.model().rowCount())}
    assert all(table.fontMetrics().horizontalAdvance(name) < 2 * table.columnWidth(
        BarrierListModel.PARTNERS) for name in first_partners)


@pytest.mark.parametrize(("width", "dutch_words"),
                         [(1280, False), (1280, True), (1152, False), (1152, True)])
def test_the_signals_list_fits_a_laptop_with_the_text_on_two_lines(
        window, demo_file, qtbot, request, width, dutch_words):
    """Maximised on a 1280×720 laptop, and the first window there (90 %: 1152×648)."""
    if dutch_words:  # "Samenwerkingsverband en netwerk", "Teruggekoppeld"
        request.getfixturevalue("dutch")
    page = shown(window, demo_file, qtbot, SIGNALS, width, width * 9 // 16)
    view, char = page.view, page.view.fontMetrics().averageCharWidth()
    assert not view.horizontalScrollBar().isVisible()  # it kept 70 characters and scrolled
    assert view.columnWidth(SignalsModel.DESCRIPTION) >= 24 * char
    for column in (SignalsModel.B, SignalsModel.LEVEL, SignalsModel.MOMENT,
                   SignalsModel.STATUS):
        assert lines_cut(view, column) == [], column
    columns = range(view.model().columnCount())
    assert sum(map(view.columnWidth, columns)) == view.viewport().width()


def test_larger_text_for_a_beamer_grows_the_window_s_text_and_is_kept(
        window, demo_file, qtbot, settings, tmp_path):
    usual = QApplication.font().pointSizeF()
    page = shown(window, demo_file, qtbot, BARRIERS, 1920, 1080)
    larger = window.findChild(QAction, "actionLargerText")
    try:
        for _ in range(3):
            larger.trigger()
        qtbot.wait(20)
        assert settings.text_size() == 150
        assert QApplication.font().pointSizeF() == pytest.approx(usual * 1.5)
        assert page.table.font().pointSizeF() == pytest.approx(usual * 1.5)
        heading = page.findChild(QLabel, "barriersTitle")  # a title stays larger than the text
        assert heading.font().pointSizeF() == pytest.approx(usual * 1.5 * 1.6)
        # the list is shared out again in the larger characters: rows two of its lines, no
        # sideways scrolling, the why whole
        table = page.table
        assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
        assert not table.horizontalScrollBar().isVisible()
        assert lines_cut(table, BarrierListModel.WHY) == []
        assert sum(map(table.columnWidth, range(table.model().columnCount()))) == \
            table.viewport().width()
        for _ in range(10):  # no further than the largest step
            larger.trigger()
        assert settings.text_size() == text_size.STEPS[-1]
        # the next start comes up at the size chosen
        again = MainWindow(settings, tmp_path / "again.log")
        qtbot.addWidget(again)
        assert QApplication.font().pointSizeF() == pytest.approx(usual * 2)
        window.findChild(QAction, "actionUsualText").trigger()
        assert settings.text_size() == 100
        assert QApplication.font().pointSizeF() == pytest.approx(usual)
    finally:
        text_size.apply(text_size.USUAL)


def test_a_long_decision_wraps_and_leaves_its_state_in_sight_on_a_laptop(
        window, demo_file, qtbot):
    window.resize(1280, 720)
    window.open_path(demo_file)
    window.workspace.show_phase(4)
    qtbot.wait(20)
    view = window.workspace.pages.currentWidget().decisions.view
    state = DecisionsModel.STATE
    # the decision pushed the State column out of sight and the log scrolled sideways
    assert not view.horizontalScrollBar().isVisible()
    assert view.columnViewportPosition(state) + view.columnWidth(state) <= \
        view.viewport().width()
    assert lines_cut(view, DecisionsModel.TEXT) == []
