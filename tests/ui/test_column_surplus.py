"""A capped column cut short takes the room the column of words leaves beyond its texts (a
barrier's partners beside short titles on a beamer stayed at their 45 characters, cut, while
the titles had 70 pixels to spare)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from drempelmeter.ui.column_room import ColumnRoom

PARTNERS = ", ".join(f"Partner met een lange naam {n}" for n in range(12))


def test_a_capped_column_takes_what_the_words_leave(qtbot):
    table = QTableWidget(2, 3)
    qtbot.addWidget(table)
    for row, (title, partners) in enumerate((("Korte titel", PARTNERS), ("Kort", "Een partner"))):
        for column, text in enumerate((title, partners, "In actie")):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resize(1400, 300)
    table.show()
    qtbot.waitExposed(table)
    room = ColumnRoom(table, 0, 10, {1: 20})
    room.fit()
    char = table.fontMetrics().averageCharWidth()
    assert table.columnWidth(1) > 20 * char  # beyond its cap: the title needs little
    assert table.columnWidth(0) >= room.wanted[0]  # the title still whole
    assert sum(map(table.columnWidth, range(3))) == table.viewport().width()
    table.resize(260, 300)  # short of room: the partners back at their cap or under
    qtbot.wait(10)
    assert table.columnWidth(1) <= 20 * char
