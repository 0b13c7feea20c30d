"""The previous cycle on the trajectory's details page: which cycle this is, the file it follows
(found or not), its baseline, and the barriers and actions carried over with their history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..domain.plan import all_actions
from ..services import next_cycle, plan
from .chart_view import fill_table, read_only_table
from .document import TrajectoryDocument
from .formats import format_date
from .i18n import fill, tr


class CycleSummary(QWidget):
    """Hidden in a first cycle."""

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("cycleSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("cycleTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.carried = read_only_table("cycleCarried", tr("Carried over from the previous cycle"))
        self.carried.setWordWrap(True)
        # The wrapped title makes a vertical layout take this widget's preferred height as its
        # least: with the table's preferred height that squeezed the details form above into
        # widgets drawn over each other on a laptop. The table asks for its least height only,
        # and takes the room the page has left (it scrolls within).
        self.carried.setMinimumHeight(self.carried.minimumSizeHint().height())
        self.carried.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.carried, 1)
        document.changed.connect(self.on_changed)
        self.refresh()

    def on_changed(self, area: str) -> None:
        if area in ("plan", "barriers"):
            self.refresh()

    def refresh(self) -> None:
        db = self.document.db
        link = next_cycle.read_link(db)
        self.setVisible(link is not None)
        if link is None:
            return
        found = next_cycle.previous_file(db, link)
        baseline = (fill(tr("its baseline is %1, closed on %2"), link.baseline_round,
                         format_date(link.baseline_closed_on)) if link.baseline_round
                    else tr("it closed no measurement to take as a baseline"))
        if found.path is not None:
            where = fill(tr("Its file is at %1."), str(found.path))
        elif found.other is not None:
            where = fill(tr("The file at %1 holds another trajectory, not the previous cycle: "
                            "it is not compared with this one. The baseline is kept in this "
                            "file."), str(found.other))
        else:
            where = fill(tr("Its file was not found where it was (%1); the baseline is kept "
                            "in this file."), link.previous_file)
        self.title.setText(fill(tr("This is cycle %1. It follows “%2”; %3. %4"),
                                str(link.cycle_number), link.previous_name, baseline, where))
        marks = next_cycle.carried_marks(db)
        titles = dict(plan.barrier_titles(db))
        rows = [(tr("Barrier"), titles[key], mark.summary) for key, mark in marks.items()
                if mark.kind == "barrier" and key in titles]
        rows += [(tr("Action"), f"{a.number} {a.title}", marks[a.id].summary)
                 for a in all_actions(plan.read_plan(db)) if a.id in marks]
        fill_table(self.carried, [str(n) for n in range(1, len(rows) + 1)],
                   [tr("Kind"), tr("Carried over"), tr("Where from, and its history there")],
                   rows)
        for r in range(len(rows)):
            for c in range(3):
                self.carried.item(r, c).setTextAlignment(Qt.AlignmentFlag.AlignLeft
                                                         | Qt.AlignmentFlag.AlignVCenter)
        header = self.carried.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.carried.setColumnWidth(1, 320)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # rows grow with their wrapped text as the columns change width
        self.carried.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
