"""A chart with its table beside it: the table is the chart's text alternative."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from .i18n import tr

#: The chart's least height: its labels stay readable, the table below gets the rest.
CHART_MIN_HEIGHT = 220


class ChartView(QSplitter):
    """Draws a matplotlib Figure (imported only when a chart is first drawn) above its table.

    One canvas for the view's lifetime: each new figure is fitted to the canvas's size in
    pixels and the whole canvas repainted, so nothing of the previous chart stays visible.
    A chart with nothing to draw shows a sentence in its place.
    """

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName(name)
        self.setChildrenCollapsible(False)
        self.title = title
        self.canvas = None
        self.empty = QLabel()
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMinimumHeight(CHART_MIN_HEIGHT // 2)
        self.empty.hide()
        self.table = read_only_table(f"{name}Table", title)
        self.addWidget(self.empty)
        self.addWidget(self.table)

    def show_data(self, figure, rows: Sequence[str], columns: Sequence[str],  # type: ignore[no-untyped-def]
                  values: Sequence[Sequence[object]], blank: str = "",
                  changing: Sequence[object] = ()) -> None:
        """Draw `figure` and fill the table; with `blank` (or no rows at all) the sentence
        stands where the chart would be (and `figure` may be None). `changing`: the artists
        of the figure shown before that new data changed (the rest stays as drawn), redrawn
        alone."""
        fill_table(self.table, rows, columns, values)
        if blank or not rows:
            self.empty.setText(blank or tr("No data yet."))
            self.empty.setAccessibleName(f"{self.title}: {self.empty.text()}")
            self.empty.show()
            if self.canvas is not None:
                self.canvas.hide()
            return
        self.empty.hide()
        self._draw(figure, changing)

    def _draw(self, figure, changing: Sequence[object] = ()) -> None:  # type: ignore[no-untyped-def]
        from .chart_canvas import ChartCanvas

        if self.canvas is None:
            self.canvas = ChartCanvas(figure)
            self.canvas.setObjectName(f"{self.objectName()}Canvas")
            self.canvas.setAccessibleName(self.title)
            self.canvas.setMinimumHeight(CHART_MIN_HEIGHT)
            self.insertWidget(0, self.canvas)
        elif self.canvas.figure is not figure:
            # A new figure has its own dpi and size: give it the canvas's screen scale.
            figure.set_dpi(figure.dpi * self.canvas.device_pixel_ratio)
            self.canvas.figure = figure
            figure.set_canvas(self.canvas)
        self.canvas.show()
        self.fit_figure()
        if not self.canvas.redraw(changing):  # drawn whole, when the event loop comes to it
            self.canvas.update()  # the whole widget: the canvas paints opaque

    def fit_figure(self) -> None:
        """The figure as large as the canvas, in the canvas's (physical) pixels."""
        canvas = self.canvas
        ratio = canvas.device_pixel_ratio
        canvas.figure.set_size_inches(canvas.width() * ratio / canvas.figure.dpi,
                                      canvas.height() * ratio / canvas.figure.dpi, forward=False)


def read_only_table(name: str, title: str) -> QTableWidget:
    """A table to read (and walk with the keys), not to edit: a chart's numbers."""
    table = QTableWidget()
    table.setObjectName(name)
    table.setAccessibleName(title)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    return table


def read_from_left(table: QTableWidget, columns: tuple[int, ...]) -> None:
    """Columns of words read from the left (fill_table puts values right, as figures)."""
    for r in range(table.rowCount()):
        for column in columns:
            table.item(r, column).setTextAlignment(Qt.AlignmentFlag.AlignLeft
                                                   | Qt.AlignmentFlag.AlignVCenter)


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
