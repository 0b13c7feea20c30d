"""A chart with its table beside it: the table is the chart's text alternative."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableWidget, QTableWidgetItem, QWidget


class ChartView(QSplitter):
    """Draws a matplotlib Figure (imported only when a chart is first drawn) above its table."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName(name)
        self.title = title
        self.canvas = None
        self.table = read_only_table(f"{name}Table", title)
        self.addWidget(self.table)

    def show_data(self, figure, rows: Sequence[str], columns: Sequence[str],  # type: ignore[no-untyped-def]
                  values: Sequence[Sequence[object]]) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self.canvas is None:
            self.canvas = FigureCanvasQTAgg(figure)
            self.canvas.setObjectName(f"{self.objectName()}Canvas")
            self.canvas.setAccessibleName(self.title)
            self.canvas.setMinimumHeight(260)
            self.insertWidget(0, self.canvas)
        else:
            self.canvas.figure = figure
            figure.set_canvas(self.canvas)
            self.canvas.draw_idle()
        fill_table(self.table, rows, columns, values)


def read_only_table(name: str, title: str) -> QTableWidget:
    """A table to read (and walk with the keys), not to edit: a chart's numbers."""
    table = QTableWidget()
    table.setObjectName(name)
    table.setAccessibleName(title)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    return table


def fill_table(table: QTableWidget, rows: Sequence[str], columns: Sequence[str],
               values: Sequence[Sequence[object]]) -> None:
    """Row and column headers, and the values right-aligned, as figures are read; a value that
    carries a `why` (a hidden cell) gets it as tooltip and accessible description."""
    table.clear()
    table.setRowCount(len(rows))
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setVerticalHeaderLabels(list(rows))
    for r, row in enumerate(values):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            why = getattr(value, "why", "")  # a hidden cell says why it is hidden
            if why:
                item.setToolTip(why)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, why)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
