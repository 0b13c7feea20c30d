"""The prioritisation rounds held: per round its method, date, participants and rationale, and
each barrier's rank with what produced it (dots and objections, placement, MoSCoW, score)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..domain.prioritisation import METHODS, MOSCOW, QUADRANTS, quadrant
from ..services import prioritisation
from ..services.prioritisation import EntryResult, RoundResult
from .chart_view import fill_table, read_only_table
from .document import TrajectoryDocument
from .formats import format_date
from .i18n import language, tr


class PriorityRoundsView(QWidget):
    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rounds: list[RoundResult] = []
        self._titles: dict[str, str] = {}
        self.chooser = QComboBox()
        self.chooser.setObjectName("priorityRound")
        self.chooser.setAccessibleName(tr("Prioritisation round"))
        self.chooser.currentIndexChanged.connect(lambda _i: self.show_round())
        self.about = QLabel()
        self.about.setObjectName("priorityRoundAbout")
        self.about.setWordWrap(True)
        self.table = read_only_table("priorityEntries", tr("The barriers of the round by rank"))
        row = QHBoxLayout()
        label = QLabel(tr("Rou&nd:"))
        label.setBuddy(self.chooser)
        row.addWidget(label)
        row.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)

    def reload(self, titles: dict[str, str]) -> None:
        self._titles = titles
        chosen = self.chooser.currentData()
        self._rounds = prioritisation.list_rounds(self.document.db)
        lang = language()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for result in self._rounds:
            self.chooser.addItem(f"{format_date(result.held_on)} · "
                                 f"{METHODS.label(result.method, lang)}", result.id)
        found = self.chooser.findData(chosen)
        self.chooser.setCurrentIndex(found if found >= 0 else self.chooser.count() - 1)
        self.chooser.blockSignals(False)
        self.show_round()

    def show_round(self) -> None:
        index = self.chooser.currentIndex()
        if not 0 <= index < len(self._rounds):
            self.about.setText(tr("No prioritisation round has been held yet."))
            self.table.setRowCount(0)
            return
        result = self._rounds[index]
        state = (tr("Closed on %1.").replace("%1", format_date(result.closed_on))
                 if result.closed_on else tr("Still open."))
        self.about.setText("\n".join(filter(None, (
            f"{METHODS.label(result.method, language())} · {state}",
            tr("Participants: %1").replace("%1", ", ".join(result.participants) or "—"),
            tr("Rationale: %1").replace("%1", result.rationale) if result.rationale else "",
        ))))
        ranked = result.ranked()
        fill_table(self.table, [self._titles.get(e.barrier_id, e.barrier_id) for e in ranked],
                   [tr("Rank"), tr("What produced it"), tr("Objection")],
                   [["—" if e.rank is None else str(e.rank), self._basis(result, e),
                     e.inputs.get("objection", "")] for e in ranked])

    @staticmethod
    def _basis(result: RoundResult, entry: EntryResult) -> str:
        """The inputs behind a rank, in words."""
        lang = language()
        inputs = entry.inputs
        if result.method == "dots":
            return tr("%1 dots").replace("%1", f"{entry.score or 0:g}")
        if result.method == "impact_effort":
            if not inputs.get("impact") or not inputs.get("effort"):
                return tr("not placed")
            return tr("impact %1, effort %2: %3").replace("%1", str(inputs["impact"])).replace(
                "%2", str(inputs["effort"])).replace(
                "%3", QUADRANTS.label(quadrant(inputs["impact"], inputs["effort"]), lang))
        if result.method == "moscow":
            return MOSCOW.label(inputs["moscow"], lang) if inputs.get("moscow") else tr(
                "not chosen")
        return tr("score %1").replace("%1", f"{entry.score or 0:g}")
