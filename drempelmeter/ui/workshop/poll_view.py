"""Phase 1's gut-feeling poll per B on the beamer: hands counted per answer by key, shown as a chart."""

# The counts are shown as counted, small ones too: the rules that hide small numbers protect the
# respondents of a questionnaire (clients among them), while a show of hands is the working
# group's own opinion, counted in front of everyone, with no name or answer of anyone recorded.

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.taxonomy import ALL_BS
from ...services import polls, room
from ...services.errors import InvalidInput
from ...services.records import Poll
from ..document import EditCommand, TrajectoryDocument
from ..i18n import fill, language, tr
from .chart_slide import ChartPane
from .keyed import KeyedActivity
from .room_host import RoomJoin
from .style import set_role

if TYPE_CHECKING:
    from ...charts.workshop_charts import PollChart

AREAS = ("workshop",)
#: The most hands one answer can count (three digits).
MOST = 999
#: The undo stack merges the digits typed into one count into one step (QUndoCommand.id).
COUNT_EDIT_ID = 1501


class CountEdit(EditCommand):
    """One count of the poll set; digits typed one after the other into the same count are one
    undo step (the count before the first digit comes back)."""

    def __init__(self, document: TrajectoryDocument, session_id: str, b: str, answer: str,
                 count: int, label: str, continues: bool) -> None:
        super().__init__(document, fill(tr("Count %1 for %2"), count, label), self._apply,
                         self._restore, AREAS)
        self.db = document.db
        self.session_id = session_id
        self.cell = (b, answer)
        self.count = count
        self.continues = continues
        self.before: int | None = None

    def _apply(self) -> None:
        old = polls.set_count(self.db, self.session_id, *self.cell, self.count)
        if self.before is None:
            self.before = old

    def _restore(self) -> None:
        polls.set_count(self.db, self.session_id, *self.cell, self.before or 0)

    def id(self) -> int:
        return COUNT_EDIT_ID

    def mergeWith(self, other) -> bool:  # type: ignore[no-untyped-def]
        if not (isinstance(other, CountEdit) and other.continues and other.cell == self.cell):
            return False
        self.count = other.count
        self.setText(other.text())
        return True


class PollView(KeyedActivity):
    """The question of the B the coach is on, a row of its answers with their counts (the
    answer the coach is on marked), and the chart of every B's counts, its table one key away."""

    key = "poll"
    areas = AREAS

    def __init__(self, document: TrajectoryDocument, session_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.session_id = session_id
        try:
            self.poll = polls.poll_items()
        except InvalidInput:  # buikgevoel.yaml missing or broken: the view says so
            self.poll = Poll("", (), ())
        self.answers = [key for key, _label in self.poll.answers]
        self.answer_labels = [label for _key, label in self.poll.answers]
        self.bs = [item.b for item in self.poll.items]
        #: b → answer → count, as the file has it
        self.counts: dict[str, dict[str, int]] = {}
        self.row = 0
        self.column = 0
        #: a digit typed now adds to the count (True) or starts it again (False)
        self.typing = False
        self._drawn: tuple | None = None
        self.chart: PollChart | None = None
        self.setObjectName("pollView")
        self.setAccessibleName(self.title())
        self.question = QLabel()
        self.question.setObjectName("pollQuestion")
        self.question.setWordWrap(True)
        self.question.setAccessibleName(tr("The question"))
        set_role(self.question, "title")
        self.question.installEventFilter(self)
        self.cells: list[QLabel] = []
        strip = QHBoxLayout()
        for n, label in enumerate(self.answer_labels):
            cell = QLabel()
            cell.setObjectName(f"pollAnswer{n}")
            cell.setWordWrap(True)
            cell.setTextFormat(Qt.TextFormat.RichText)
            cell.setMinimumWidth(1)
            strip.addWidget(cell, 1)
            self.cells.append(cell)
            cell.setToolTip(label)
        self.total = QLabel()
        self.total.setObjectName("pollTotal")
        self.total.setWordWrap(True)
        self.total.setAccessibleName(tr("Hands counted"))
        set_role(self.total, "muted")
        self.pane = ChartPane("pollChart", tr("Gut feeling per B: the counts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(strip)
        layout.addWidget(self.total)
        work = QHBoxLayout()
        work.addWidget(self.pane, 1)
        layout.addLayout(work, 1)
        self.add_key(tr("Previous B"), ["Up"], lambda: self.step_cell(-1, 0), "pollPreviousB")
        self.add_key(tr("Next B"), ["Down"], lambda: self.step_cell(1, 0), "pollNextB")
        self.add_key(tr("Previous answer"), ["Left"], lambda: self.step_cell(0, -1),
                     "pollPreviousAnswer")
        self.add_key(tr("Next answer"), ["Right"], lambda: self.step_cell(0, 1), "pollNextAnswer")
        #: the keys that change a count (off in a file opened read-only)
        self.edit_keys = [
            self.add_key(tr("Type the count"), [str(d) for d in range(10)], self.type_digit,
                         "pollDigit"),
            self.add_key(tr("One more"), ["+", "="], lambda: self.add(1), "pollMore"),
            self.add_key(tr("One less"), ["-"], lambda: self.add(-1), "pollLess"),
            self.add_key(tr("Remove the last digit"), ["Backspace"], self.remove_digit,
                         "pollBackspace"),
        ]
        #: the room's phones answer too (J), beside the hands counted
        self.room = RoomJoin(self, work, self.pane, lambda: room.start(
            document.db, "poll", session_id, poll=self.poll if self.poll.items else None),
            wide=True)
        self.edit_keys.append(self.room.action)
        for action in self.pane.key_actions():
            self.adopt(action)
        self.reload()

    def title(self) -> str:
        return tr("Gut feeling per B")

    def leave(self) -> None:
        self.room.close()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if watched is self.question and event.type() == QEvent.Type.FontChange:
            # Two lines kept for every question: the chart does not jump from B to B.
            self.question.setMinimumHeight(2 * self.question.fontMetrics().lineSpacing())
        return super().eventFilter(watched, event)

    # ---- what is shown -----------------------------------------------------------------------

    def b_label(self, b: str) -> str:
        return ALL_BS.label(b, language())

    def count(self, row: int | None = None, column: int | None = None) -> int:
        b = self.bs[self.row if row is None else row]
        answer = self.answers[self.column if column is None else column]
        return self.counts.get(b, {}).get(answer, 0)

    def reload(self) -> None:
        self.counts = polls.tally(self.document.db, self.session_id)
        self.show_counts()

    def show_counts(self) -> None:
        for action in self.edit_keys:
            action.setEnabled(bool(self.bs) and not self.document.read_only)
        if not self.bs:
            self.question.setText(tr("The gut-feeling poll (buikgevoel.yaml in the "
                                     "questionnaires folder) could not be read."))
            self.pane.show_data(None, [], [], [], blank=tr("No poll to count."))
            return
        b = self.bs[self.row]
        item = self.poll.items[self.row]
        self.question.setText(f"{self.b_label(b)} — {item.question}")
        for n, cell in enumerate(self.cells):
            count = self.count(column=n)
            cell.setText(f"{html.escape(self.answer_labels[n])}<br><span style='font-size: "
                         f"x-large; font-weight: bold'>{count}</span>")
            cell.setAccessibleName(fill(tr("%1: %2 counted"), self.answer_labels[n], count))
            set_role(cell, "current" if n == self.column else "")
        total = sum(self.counts.get(b, {}).values())
        self.total.setText(fill(tr("%1 hands or cards counted for %2 (B %3 of %4). Counts are "
                                   "shown as counted: nobody's answer is recorded."),
                                total, self.b_label(b), self.row + 1, len(self.bs)))
        self.draw_chart()

    def matrix(self) -> list[list[int]]:
        return [[self.counts.get(b, {}).get(a, 0) for a in self.answers] for b in self.bs]

    def draw_chart(self) -> None:
        """The counts in the chart: changed in place (only the bars, numbers and axes drawn
        again), a new chart the first time."""
        state = (self.row, repr(self.counts))
        if state == self._drawn:  # reloaded twice for one edit (by the window, and here)
            return
        self._drawn = state
        from ...charts.workshop_charts import PollChart

        labels = [self.b_label(b) for b in self.bs]
        matrix = self.matrix()
        if self.chart is None or not self.chart.update(matrix, self.row):
            self.chart = PollChart(labels, self.answer_labels, matrix, tr("Hands or cards"),
                                   current=self.row)
        self.pane.show_data(self.chart.figure, labels, [*self.answer_labels, tr("Total")],
                            [[*row, sum(row)] for row in matrix], changing=self.chart.changing())

    # ---- the keys ----------------------------------------------------------------------------

    def step_cell(self, rows: int, columns: int) -> None:
        if not self.bs:
            return
        self.row = max(0, min(len(self.bs) - 1, self.row + rows))
        self.column = max(0, min(len(self.answers) - 1, self.column + columns))
        self.typing = False
        self.show_counts()

    def set_count(self, count: int, continues: bool) -> None:
        if not self.bs:
            return
        b, answer = self.bs[self.row], self.answers[self.column]
        label = f"{self.b_label(b)}, {self.answer_labels[self.column]}"
        self.document.push(CountEdit(self.document, self.session_id, b, answer,
                                     max(0, min(MOST, count)), label, continues))

    def type_digit(self) -> None:
        """A digit: the count starts again with it, or (right after another digit in the same
        count) it is added at the end: 1 then 2 counts twelve."""
        if not self.pressed.isdigit():
            return
        digit = int(self.pressed)
        count = self.count() * 10 + digit if self.typing else digit
        if count > MOST:
            return
        self.set_count(count, self.typing)
        self.typing = True

    def remove_digit(self) -> None:
        self.set_count(self.count() // 10, self.typing)
        self.typing = True

    def add(self, step: int) -> None:
        self.set_count(self.count() + step, False)
        self.typing = False
