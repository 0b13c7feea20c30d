"""Columns of words read from the left beside the figures: a measurement's numbers per group,
a round's "what produced it" and objection, the feedback's why and status (fill_table put
every value right, as figures)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drempelmeter.ui.workspace import BARRIERS, MEASUREMENT

from .test_column_room import shown


def from_left(table, column: int) -> bool:  # type: ignore[no-untyped-def]
    return table.rowCount() > 0 and all(
        table.item(r, column).textAlignment() & Qt.AlignmentFlag.AlignLeft
        for r in range(table.rowCount()))


def test_words_beside_figures_read_from_the_left(window, demo_file, qtbot):
    page = shown(window, demo_file, qtbot, BARRIERS, 1280, 720)
    for tab, table, words, figure in ((page.rounds, page.rounds.chart.table, (1, 2), 0),
                                      (page.feedback, page.feedback.barriers_table, (1, 2), 0)):
        page.tabs.setCurrentWidget(tab)
        qtbot.wait(20)
        assert all(from_left(table, column) for column in words), table.objectName()
        assert not from_left(table, figure)  # the rank from the right
    page = shown(window, demo_file, qtbot, MEASUREMENT, 1280, 720)
    details = page.scores.details
    tabs = page.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.widget(i) is details or tabs.widget(i).isAncestorOf(details)))
    qtbot.wait(20)
    assert from_left(details, 0) and not from_left(details, 1)  # the group; its respondents
