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
        self.table = QTableWidget()
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(title)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
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
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setVerticalHeaderLabels(list(rows))
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
