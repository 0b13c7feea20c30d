"""The prioritisation rounds: start one by any method, enter what each barrier gets (dots per
participant or as a tally, impact and effort, MoSCoW) with objections and a discussion note, close
it with a rationale; per round each barrier's rank with what produced it, beside another round's."""

from __future__ import annotations

from datetime import date
from typing import Any

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
from ..domain.prioritisation import METHODS, MOSCOW, QUADRANTS, basis_of, explain
from ..services import barriers, partners, prioritisation, vocabularies
from ..services.errors import InvalidInput, TrajectoryFileError
from ..services.prioritisation import EntryResult, Prioritisation, RoundResult
from . import barrier_edits, prompts
from .chart_view import ChartView, read_from_left
from .document import TrajectoryDocument
from .formats import format_date, locale_decimal
from .i18n import fill, language, tr
from .widgets import button

TALLY = "tally"  # the dot-vote column counted as a whole, not per participant


class InputGrid(QTableWidget):
    """Barriers × what they are given; a key typed on a cell is its new value (Delete clears),
    and the next barrier follows, as on the measurement's entry grid (unless the value was
    refused: `refuse()` keeps the cell)."""

    typed = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("voteGrid")
        self.setAccessibleName(tr("What each barrier is given: type a number or a letter"))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self._refused = False

    def refuse(self) -> None:
        """Called while `typed` is handled: the value was not taken, the cell stays current."""
        self._refused = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.currentRow(), self.currentColumn()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            # the next vote: to the next barrier, kept here so no dialog's default button fires
            self.setCurrentCell(min(row + 1, self.rowCount() - 1), column)
            event.accept()
            return
        text = event.text().lower()
        cleared = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if row >= 0 and column >= 0 and (cleared or (len(text) == 1 and text.isalnum())):
            self._refused = False
            self.typed.emit(row, column, "" if cleared else text)
            if not self._refused:
                self.setCurrentCell(min(row + 1, self.rowCount() - 1), column)
            return
        super().keyPressEvent(event)


def typed_inputs(method: str, inputs: dict[str, Any], key: str, text: str
                 ) -> dict[str, Any] | None:
    """The inputs after `text` was typed in the column `key`; None when it means nothing there."""
    new = {name: value for name, value in inputs.items() if name != "votes"}
    votes = dict(inputs.get("votes", {}))
    if method == "dots":
        if text and not text.isdigit():
            return None
        votes.pop(key, None)
        if text and int(text):
            votes[key] = int(text)
        return {**new, "votes": votes} if votes or "votes" in inputs else new
    new = dict(inputs)
    if method == "moscow":
        choice = next((k for k in MOSCOW.ordered_keys() if k[0] == text), None)
        if text and choice is None:
            return None
        value: Any = choice
    else:
        if text and text not in "12345":
            return None
        value = int(text) if text else None
    new.pop(key, None)
    if value is not None:
        new[key] = value
    return new


def reading_note(priorities: Prioritisation) -> str:
    """Which round decided the order of the priorities, in words for the pages."""
    latest = priorities.decided_by
    if latest is None:
        return tr("No prioritisation round is closed yet: the barriers are in the order of "
                  "their score.")
    return fill(tr("Order of the round of %1 (%2), the round closed last; barriers without a "
                   "rank there follow by their score."), format_date(latest.held_on),
                METHODS.label(latest.method, language()))


def round_name(result: RoundResult) -> str:
    """A round as the pages name it: its date and method."""
    return f"{format_date(result.held_on)} · {METHODS.label(result.method, language())}"


def bundling_question(document: TrajectoryDocument, signal_ids: list[str]) -> str | None:
    """What to ask before the signals leave barriers that a closed round ranked (None: they
    are in no such barrier)."""
    holding = barriers.barriers_holding(document.db, signal_ids)
    closed = [r for r in prioritisation.list_rounds(document.db) if r.closed_on is not None
              ] if holding else []
    lines = []
    for barrier_id, title in holding:
        lines += [fill(tr("“%1”, rank %2 in the round of %3"), title, entry.rank,
                       round_name(result))
                  for result in closed for entry in result.entries
                  if entry.barrier_id == barrier_id and entry.rank is not None]
    if not lines:
        return None
    return "\n".join([tr("Some of these signals are in barriers that a closed round already "
                         "ranked:"), *(f"• {line}" for line in lines), "",
                      tr("Bundling takes the signals out of those barriers; the closed round "
                         "keeps its ranks. Bundle them anyway?")])


def with_text(values: dict[str, Any], key: str, text: str) -> dict[str, Any]:
    """`values` with `key` set to `text`, or without it when the text is empty."""
    new = {k: v for k, v in values.items() if k != key}
    if text:
        new[key] = text
    return new


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
        self.compared = QComboBox()
        self.compared.setObjectName("priorityCompare")
        self.compared.setAccessibleName(tr("Compare with round"))
        self.compared.currentIndexChanged.connect(lambda _i: self.show_round())
        self.method = QComboBox()
        self.method.setObjectName("priorityMethod")
        self.method.setAccessibleName(tr("Method of the new round"))
        for key in METHODS.ordered_keys():
            self.method.addItem(METHODS.label(key, language()), key)
        self.method.setCurrentIndex(self.method.findData("dots"))
        self.about = QLabel()
        self.about.setObjectName("priorityRoundAbout")
        self.about.setWordWrap(True)
        self.chart = ChartView("priorityChart", tr("The barriers of the round by rank"))
        self.table = self.chart.table
        self.votes = InputGrid()
        self.votes.typed.connect(self.on_typed)
        self.dots_left = QLabel()
        self.dots_left.setObjectName("dotsLeft")
        self.dots_left.setWordWrap(True)
        self.dots_left.setAccessibleName(tr("Dots left per participant"))
        self.budget_note = QLabel()
        self.budget_note.setObjectName("dotsOverBudget")
        self.budget_note.setWordWrap(True)
        self.budget_note.setAccessibleName(tr("Dots over the budget"))
        self.budget_note.setStyleSheet("font-weight: bold")
        self.new_button = button(tr("New round"), "priorityNew")
        self.new_button.clicked.connect(self.on_new_round)
        self.close_button = button(tr("Close round…"), "priorityClose")
        self.close_button.clicked.connect(self.on_close)
        self.objection_button = button(tr("Objection…"), "priorityObjection")
        self.objection_button.clicked.connect(self.on_objection)
        self.note_button = button(tr("Discussion note…"), "priorityNote")
        self.note_button.clicked.connect(self.on_note)
        row = QHBoxLayout()
        for caption, widget in ((tr("Rou&nd:"), self.chooser), (tr("Co&mpare with:"),
                                                                 self.compared)):
            label = QLabel(caption)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1)
        starting = QHBoxLayout()
        label = QLabel(tr("Me&thod:"))
        label.setBuddy(self.method)
        starting.addWidget(label)
        starting.addWidget(self.method)
        starting.addWidget(self.new_button)
        starting.addStretch()
        starting.addWidget(self.objection_button)
        starting.addWidget(self.note_button)
        starting.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(starting)
        layout.addWidget(self.about)
        layout.addWidget(self.votes, 1)
        layout.addWidget(self.dots_left)
        layout.addWidget(self.budget_note)
        layout.addWidget(self.chart, 2)

    def reload(self, titles: dict[str, str]) -> None:
        self._titles = titles
        chosen, other = self.chooser.currentData(), self.compared.currentData()
        self._rounds = prioritisation.list_rounds(self.document.db)
        names = [round_name(r) for r in self._rounds]
        for box, keep, first in ((self.chooser, chosen, None), (self.compared, other, "—")):
            box.blockSignals(True)
            box.clear()
            if first:
                box.addItem(first, None)
            for name, result in zip(names, self._rounds, strict=True):
                box.addItem(name, result.id)
            found = box.findData(keep) if keep else -1
            box.setCurrentIndex(found if found >= 0 else (0 if first else box.count() - 1))
            box.blockSignals(False)
        self.show_round()

    def rounds(self) -> list[RoundResult]:
        """Every round, as last read."""
        return list(self._rounds)

    def current(self) -> RoundResult | None:
        return next((r for r in self._rounds if r.id == self.chooser.currentData()), None)

    def show_round(self) -> None:
        result = self.current()
        editable = not self.document.read_only
        self.new_button.setEnabled(editable and bool(self._titles))
        is_open = result is not None and result.closed_on is None and editable
        for widget in (self.close_button, self.objection_button, self.note_button):
            widget.setEnabled(is_open)
        if result is None:
            self.about.setText(tr("No prioritisation round has been held yet."))
            self.table.setRowCount(0)
            for widget in (self.votes, self.dots_left, self.budget_note):
                widget.hide()
            return
        entering = is_open and result.method != "score"
        self.votes.setVisible(entering)
        if entering:
            self._fill_inputs(result)
        voting = entering and result.method == "dots"
        self.dots_left.setVisible(voting)
        self.budget_note.setVisible(voting and bool(self.budget_note.text()))
        if voting:
            self.dots_left.setText(fill(tr("Dots left: %1"), ", ".join(
                f"{name} {left}" for name, left in self.dots_left_of(result).items())))
        state = (fill(tr("Closed on %1."), format_date(result.closed_on))
                 if result.closed_on else tr("Still open."))
        how = ""
        if result.method == "dots":
            how = fill(tr("Each participant has %1 dots; type them per participant, or the room's "
                          "count in the Tally column."), str(result.settings["budget"]))
        elif result.method == "impact_effort":
            how = tr("Type impact and effort from 1 (low) to 5 (high).")
        elif result.method == "moscow":
            how = tr("Type m (must), s (should), c (could) or w (won't).")
        elif "weights" in result.settings:
            w = result.settings["weights"]
            how = fill(tr("Weights: severity %1, frequency %2, reach %3."),
                       f"{w['severity']:g}", f"{w['frequency']:g}", f"{w['reach']:g}")
        self.about.setText("\n".join(filter(None, (
            f"{METHODS.label(result.method, language())} · {state}",
            fill(tr("Participants: %1"), ", ".join(result.participants) or "—"),
            how if result.closed_on is None else "",
            fill(tr("Discussion: %1"), result.settings["note"])
            if result.settings.get("note") else "",
            fill(tr("Rationale: %1"), result.rationale) if result.rationale else "",
        ))))
        ranked = result.ranked()
        titles = [self._titles.get(e.barrier_id, e.barrier_id) for e in ranked]
        columns = [tr("Rank"), tr("What produced it"), tr("Objection")]
        values = [["—" if e.rank is None else str(e.rank),
                   explain(basis_of(result.method, e.score, e.inputs), language()),
                   e.inputs.get("objection", "")] for e in ranked]
        other = next((r for r in self._rounds if r.id == self.compared.currentData()
                      and r.id != result.id), None)
        if other is not None:
            both = prioritisation.compare(result, other)
            columns.append(fill(tr("Rank in %1"), self.compared.currentText()))
            for row, entry in zip(values, ranked, strict=True):
                then = both[entry.barrier_id][1]
                row.append("—" if then is None else str(then))
        self.chart.show_data(self._figure(result, ranked, titles),
                             [f"{n}. {t}" for n, t in enumerate(titles, 1)], columns, values)
        read_from_left(self.chart.table, (1, 2))  # what produced it, the objection

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
            return bars_per_barrier(titles, values, tr("MoSCoW (4 must … 1 won't)"),
                                    decimal=locale_decimal())
        label = tr("Dots") if result.method == "dots" else tr("Score")
        return bars_per_barrier(titles, [e.score or 0.0 for e in ranked], label,
                                decimal=locale_decimal())

    def _columns(self, result: RoundResult) -> list[tuple[str, str]]:
        """(input key, header) of the grid's columns for the round's method."""
        if result.method == "dots":
            return [(p, p) for p in result.participants] + [(TALLY, tr("Tally"))]
        if result.method == "impact_effort":
            return [("impact", tr("Impact")), ("effort", tr("Effort"))]
        return [("moscow", tr("MoSCoW"))]

    def _fill_inputs(self, result: RoundResult) -> None:
        """One row per barrier, one column per participant (or impact, effort, MoSCoW)."""
        self.votes.blockSignals(True)
        where = (self.votes.currentRow(), self.votes.currentColumn())
        columns = self._columns(result)
        self.votes.clear()
        self.votes.setRowCount(len(result.entries))
        self.votes.setColumnCount(len(columns))
        self.votes.setHorizontalHeaderLabels([header for _key, header in columns])
        self.votes.setVerticalHeaderLabels(
            [self._titles.get(e.barrier_id, e.barrier_id) for e in result.entries])
        lang = language()
        for row, entry in enumerate(result.entries):
            given = {**entry.inputs, **entry.inputs.get("votes", {})}
            for column, (key, _header) in enumerate(columns):
                value = given.get(key)
                text = (MOSCOW.label(value, lang) if key == "moscow" and value
                        else str(value) if value else "")
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (entry.barrier_id, key))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.votes.setItem(row, column, item)
        if where[0] >= 0:  # typing on: the cell the user was in stays current
            self.votes.setCurrentCell(min(where[0], len(result.entries) - 1),
                                      min(where[1], len(columns) - 1))
        self.votes.blockSignals(False)

    @staticmethod
    def dots_left_of(result: RoundResult) -> dict[str, int]:
        """Each participant's dots not yet placed in a dot-voting round."""
        budget = int(result.settings.get("budget", 1))
        return {p: budget - sum(e.inputs.get("votes", {}).get(p, 0) for e in result.entries)
                for p in result.participants}

    def _entry(self, result: RoundResult, barrier_id: str) -> EntryResult:
        return next(e for e in result.entries if e.barrier_id == barrier_id)

    def on_typed(self, row: int, column: int, text: str) -> None:
        """A key typed in the grid becomes an undoable edit (dots over the budget are refused)."""
        result = self.current()
        if result is None:
            return
        barrier_id, key = self.votes.item(row, column).data(Qt.ItemDataRole.UserRole)
        entry = self._entry(result, barrier_id)
        new = typed_inputs(result.method, entry.inputs, key, text)
        self.budget_note.clear()
        self.budget_note.hide()
        if new is not None and result.method == "dots" and key != TALLY:
            left = self.dots_left_of(result)[key] + entry.inputs.get("votes", {}).get(key, 0)
            if new.get("votes", {}).get(key, 0) > left:
                budget = int(result.settings.get("budget", 1))
                self.budget_note.setText(
                    fill(tr("%1 has %2 of %3 dots left."), key, left, budget) if left
                    else fill(tr("%1 has no dots left."), key))
                self.budget_note.show()
                self.votes.refuse()
                return
        if new is not None and new != entry.inputs:
            self.document.push(barrier_edits.set_priority_inputs(
                self.document, result.id, barrier_id, new, entry.inputs))

    def on_objection(self) -> None:
        """The objection round: what someone holds against a barrier's place, before the count."""
        result = self.current()
        row = self.votes.currentRow() if self.votes.isVisible() else self.table.currentRow()
        if result is None or row < 0:
            return
        entry = (result.entries[row] if self.votes.isVisible() else result.ranked()[row])
        title = self._titles.get(entry.barrier_id, entry.barrier_id)
        text = prompts.ask_note(self, tr("Objection"), fill(tr(
            "Who objects to the place of “%1”, and why? (Leave empty to take it away.)"), title),
            entry.inputs.get("objection", ""))
        if text is None:
            return
        new = with_text(entry.inputs, "objection", text)
        if new != entry.inputs:
            self.document.push(barrier_edits.set_priority_inputs(
                self.document, result.id, entry.barrier_id, new, entry.inputs))

    def on_note(self) -> None:
        result = self.current()
        if result is None:
            return
        text = prompts.ask_note(self, tr("Discussion note"), tr(
            "What was said in the discussion before the count?"), result.settings.get("note", ""))
        if text is None:
            return
        new = with_text(result.settings, "note", text)
        if new != result.settings:
            self.document.push(barrier_edits.set_priority_settings(
                self.document, result.id, new, result.settings))

    def on_new_round(self) -> None:
        """A round over every barrier by the chosen method, the working group as participants
        (a score round takes the weights saved on the list)."""
        method = self.method.currentData()
        working = vocabularies.effective(self.document.db).working_groups
        people = [p.name for p in partners.list_participants(self.document.db)
                  if not working.isdisjoint(p.groups)]
        round_id = new_id()
        if self.document.push(barrier_edits.start_priority_round(
                self.document, round_id, method, date.today(), people, list(self._titles))):
            self.chooser.setCurrentIndex(self.chooser.findData(round_id))
            if self.votes.isVisible():
                self.votes.setFocus()
                self.votes.setCurrentCell(0, 0)

    def on_close(self) -> None:
        result = self.current()
        if result is None:
            return
        question = tr("Why did the barriers come out in this order? (Recorded with the round.)")
        if result.method == "dots" and not any(e.inputs.get("objection")
                                               for e in result.entries):
            question = tr("No objection has been recorded. Plain dot voting hides minorities: "
                          "before the count, ask who objects, and record it with Objection…"
                          ) + "\n\n" + question
        rationale = prompts.ask_note(self, tr("Close round"), question, "")
        if rationale is None:
            return
        try:
            prioritisation.close_round(self.document.db, result.id, rationale, date.today())
        except (InvalidInput, TrajectoryFileError) as exc:
            self.document.edit_failed.emit(exc)
            return
        self.document.undo_stack.clear()  # its votes can no longer be undone
        for area in barrier_edits.PRIORITIES:
            self.document.changed.emit(area)
