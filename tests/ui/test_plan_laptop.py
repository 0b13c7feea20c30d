"""The action plan on a 1280×720 laptop and a 1920×1080 beamer, at the usual text size and at
150 % (View ▸ Larger text), measured: the plan's titles whole (wrapped, not cut) beside the
editor without scrolling sideways, the editor's labels above its fields where beside them the
fields would be narrow, and the indicators' note following the text's size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QStyle, QTreeWidget, QTreeWidgetItemIterator

from drempelmeter.ui import text_size
from drempelmeter.ui.workspace import PLAN

from .test_column_room import shown


def cut_titles(tree: QTreeWidget) -> list[str]:
    """The items whose text does not show whole in its row: wrapped at the width the row gives
    it, wider than that (a long word) or taller than the row."""
    metrics = tree.fontMetrics()
    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    cut, items = [], QTreeWidgetItemIterator(tree)
    while items.value():
        item = items.value()
        row = tree.visualItemRect(item)
        room = min(row.right(), tree.viewport().width()) - row.left() - margin
        box = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap,
                                   item.text(0))
        if box.width() > room or box.height() > row.height():
            cut.append(item.text(0))
        items += 1
    return cut


@pytest.mark.parametrize(("width", "percent"),
                         [(1280, 100), (1280, 150), (1920, 100), (1920, 150)])
def test_the_plan_s_titles_read_whole_beside_the_editor(window, demo_file, qtbot, width,
                                                        percent):
    text_size.apply(percent)
    try:
        page = shown(window, demo_file, qtbot, PLAN, width, width * 9 // 16)
        tree = page.tree
        assert tree.topLevelItemCount() == 3
        # at 1280 the tree had 345 of the 550 pixels its titles need, cut with an ellipsis
        assert cut_titles(tree) == []
        assert not tree.horizontalScrollBar().isVisible()
        widest = tree.sizeHintForColumn(0)
        if width == 1920 and percent == 100:
            assert tree.viewport().width() >= widest  # each title on one line
        else:  # near half the room, the longest titles on more lines
            assert tree.viewport().width() >= 0.4 * (tree.width() + page.editor.width())
        # the editor's fields as wide as its labels at least: labels above them when not
        form = page.editor.form
        label = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
        field = form.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
        assert field.width() >= label.sizeHint().width()
        above = form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows
        assert above == (width == 1280 and percent == 150)
        if above:
            assert label.geometry().bottom() <= field.geometry().top()
    finally:
        text_size.apply(text_size.USUAL)


def test_the_indicators_note_follows_the_text_size(window, demo_file, qtbot):
    page = shown(window, demo_file, qtbot, PLAN, 1280, 720)
    how = page.numbers.how
    usual = QApplication.font().pointSizeF()
    assert how.font().pointSizeF() == pytest.approx(0.9 * usual)
    try:
        text_size.apply(150)
        qtbot.wait(20)
        assert how.font().pointSizeF() == pytest.approx(0.9 * 1.5 * usual)  # it kept 0.9
    finally:
        text_size.apply(text_size.USUAL)
    assert how.font().pointSizeF() == pytest.approx(0.9 * usual)
