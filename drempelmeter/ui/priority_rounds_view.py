"""The prioritisation rounds held: per round its method, date, participants and rationale, and
each barrier's rank with what produced it (dots and objections, placement, MoSCoW, score)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.ids import new_id
from ..domain.prioritisation import METHODS, MOSCOW, QUADRANTS, quadrant
from ..services import partners, prioritisation
from ..services.errors import InvalidInput, TrajectoryFileError
from ..services.prioritisation import EntryResult, RoundResult
from . import barrier_edits, prompts
from .chart_view import ChartView
from .document import TrajectoryDocument
from .formats import format_date
from .i18n import language, tr
from .widgets import button


class DotGrid(QTableWidget):
    """Barriers × participants; a digit typed on a cell is that person's dots for that barrier
    (Delete clears), and the next barrier follows, as on the measurement's entry grid."""

    dots_typed = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("voteGrid")
        self.setAccessibleName(tr("Dots per barrier and participant: type a number"))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.currentRow(), self.currentColumn()
        text = event.text()
        if row >= 0 and column >= 0 and (text.isdigit() or event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.dots_typed.emit(row, column, int(text) if text.isdigit() else 0)
            self.setCurrentCell(min(row + 1, self.rowCount() - 1), column)
            return
        super().keyPressEvent(event)


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
        self.chart = ChartView("priorityChart", tr("The barriers of the round by rank"))
        self.table = self.chart.table
        self.votes = DotGrid()
        self.votes.dots_typed.connect(self.on_dots_typed)
        self.new_button = button(tr("New dot vote…"), "priorityNewDots")
        self.new_button.clicked.connect(self.on_new_dot_vote)
        self.close_button = button(tr("Close round…"), "priorityClose")
        self.close_button.clicked.connect(self.on_close)
        row = QHBoxLayout()
        label = QLabel(tr("Rou&nd:"))
        label.setBuddy(self.chooser)
        row.addWidget(label)
        row.addWidget(self.chooser, 1)
        row.addWidget(self.new_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.about)
        layout.addWidget(self.votes, 1)
        layout.addWidget(self.chart, 2)

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
        self.new_button.setEnabled(not self.document.read_only and bool(self._titles))
        if not 0 <= index < len(self._rounds):
            self.about.setText(tr("No prioritisation round has been held yet."))
            self.table.setRowCount(0)
            self.votes.hide()
            self.close_button.setEnabled(False)
            return
        result = self._rounds[index]
        entering = result.method == "dots" and result.closed_on is None
        self.close_button.setEnabled(result.closed_on is None and not self.document.read_only)
        self.votes.setVisible(entering)
        if entering:
            self._fill_votes(result)
        state = (tr("Closed on %1.").replace("%1", format_date(result.closed_on))
                 if result.closed_on else tr("Still open."))
        self.about.setText("\n".join(filter(None, (
            f"{METHODS.label(result.method, language())} · {state}",
            tr("Participants: %1").replace("%1", ", ".join(result.participants) or "—"),
            tr("Rationale: %1").replace("%1", result.rationale) if result.rationale else "",
        ))))
        ranked = result.ranked()
        titles = [self._titles.get(e.barrier_id, e.barrier_id) for e in ranked]
        self.chart.show_data(self._figure(result, ranked, titles),
                             [f"{n}. {t}" for n, t in enumerate(titles, 1)],
                             [tr("Rank"), tr("What produced it"), tr("Objection")],
                             [["—" if e.rank is None else str(e.rank), self._basis(result, e),
                               e.inputs.get("objection", "")] for e in ranked])

    @staticmethod
    def _figure(result: RoundResult, ranked: list[EntryResult], titles: list[str]):  # type: ignore[no-untyped-def]
        """The round's chart: the matrix for impact/effort, else a bar per barrier (dots,
        score, or the MoSCoW category as 4 must … 1 won't)."""
        from ..charts.barrier_charts import bars_per_barrier, impact_effort_matrix

        lang = language()
        if result.method == "impact_effort":
            placed = [(n, e) for n, e in enumerate(ranked, 1)
                      if e.inputs.get("impact") and e.inputs.get("effort")]
            return impact_effort_matrix(
                [n for n, _e in placed], [e.inputs["impact"] for _n, e in placed],
                [e.inputs["effort"] for _n, e in placed],
                [t.label(lang) for t in QUADRANTS], (tr("Effort"), tr("Impact")),
                tr("Impact and effort (numbers as in the table)"))
        if result.method == "moscow":
            weight = {key: 4 - i for i, key in enumerate(MOSCOW.ordered_keys())}
            values = [float(weight.get(e.inputs.get("moscow", ""), 0)) for e in ranked]
            return bars_per_barrier(titles, values, tr("MoSCoW (4 must … 1 won't)"))
        label = tr("Dots") if result.method == "dots" else tr("Score")
        return bars_per_barrier(titles, [e.score or 0.0 for e in ranked], label)

    def _fill_votes(self, result: RoundResult) -> None:
        """One row per barrier, one column per participant; a cell is that person's dots."""
        self.votes.blockSignals(True)
        where = (self.votes.currentRow(), self.votes.currentColumn())
        self.votes.clear()
        self.votes.setRowCount(len(result.entries))
        self.votes.setColumnCount(len(result.participants))
        self.votes.setHorizontalHeaderLabels(list(result.participants))
        self.votes.setVerticalHeaderLabels(
            [self._titles.get(e.barrier_id, e.barrier_id) for e in result.entries])
        for row, entry in enumerate(result.entries):
            given = entry.inputs.get("votes", {})
            for column, person in enumerate(result.participants):
                item = QTableWidgetItem(str(given[person]) if given.get(person) else "")
                item.setData(Qt.ItemDataRole.UserRole, (entry.barrier_id, person))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.votes.setItem(row, column, item)
        if where[0] >= 0:  # typing on: the cell the user was in stays current
            self.votes.setCurrentCell(*where)
        self.votes.blockSignals(False)

    def on_dots_typed(self, row: int, column: int, dots: int) -> None:
        """Dots typed in the grid become an undoable edit (refused over the budget)."""
        result = self._rounds[self.chooser.currentIndex()]
        barrier_id, person = self.votes.item(row, column).data(Qt.ItemDataRole.UserRole)
        entry = next(e for e in result.entries if e.barrier_id == barrier_id)
        votes = {k: v for k, v in entry.inputs.get("votes", {}).items() if k != person}
        if dots:
            votes[person] = dots
        new = {**entry.inputs, "votes": votes}
        if new != entry.inputs:
            self.document.push(barrier_edits.set_priority_inputs(
                self.document, result.id, barrier_id, new, entry.inputs))

    def on_new_dot_vote(self) -> None:
        """A dot vote over every barrier, with the working group as participants."""
        people = [p.name for p in partners.list_participants(self.document.db)
                  if "working" in p.groups]
        round_id = new_id()
        if people and self.document.push(barrier_edits.start_priority_round(
                self.document, round_id, "dots", date.today(), people, list(self._titles))):
            self.chooser.setCurrentIndex(self.chooser.findData(round_id))

    def on_close(self) -> None:
        index = self.chooser.currentIndex()
        if not 0 <= index < len(self._rounds):
            return
        rationale = prompts.ask_note(self, tr("Close round"), tr(
            "Why did the barriers come out in this order? (Recorded with the round.)"), "")
        if rationale is None:
            return
        try:
            prioritisation.close_round(self.document.db, self._rounds[index].id, rationale,
                                       date.today())
        except (InvalidInput, TrajectoryFileError) as exc:
            self.document.edit_failed.emit(exc)
            return
        self.document.undo_stack.clear()  # its votes can no longer be undone
        self.document.changed.emit("priorities")

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
