"""Overdue and due-soon actions, and the klankgroep evaluations late or to plan, at a glance: a
line with the counts on the plan's follow-up, and a dialog that filters them and lists them per
owner, as text to copy into a reminder the coach writes (the app sends nothing)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.cycle import DUE_SOON, DUE_SOON_DAYS, OVERDUE, DueAction, per_owner
from ..domain.cycle import due_actions as due_actions_in
from ..domain.evaluation_due import (
    EVALUATION_LATE,
    EVALUATION_PLANNED,
    DueEvaluation,
)
from ..domain.plan import ACTION_STATUSES, PillarRecord
from ..services import due_actions
from .chart_view import fill_table, read_only_table
from .column_room import ColumnRoom
from .document import TrajectoryDocument
from .formats import format_date
from .i18n import fill, language, tr
from .widgets import add_row, button, fit_to_screen

if TYPE_CHECKING:
    from .main_window import MainWindow

#: The filter's choices: which kinds of actions and evaluations each shows.
FILTERS = ((frozenset({OVERDUE, DUE_SOON, EVALUATION_LATE, EVALUATION_PLANNED}), "both"),
           (frozenset({OVERDUE, EVALUATION_LATE}), "overdue"),
           (frozenset({DUE_SOON, EVALUATION_PLANNED}), "due_soon"))
#: The action's title in its table, in characters: the owner's name and the when (at most 40)
#: give up width while the title has less than its text up to its most; the table scrolls below
#: its least.
TITLE_LEAST, TITLE_MOST, WORDS_MOST = 20, 60, 40


def evaluation_rule(months: int) -> str:
    """The klankgroep's rhythm (every `months` months), in words."""
    return fill(tr("Sounding board (klankgroep) evaluation of an action under way: every %1 "
                   "months, counted from its last evaluation, or from its start while it has "
                   "none. Late: past that date. To plan: not evaluated since it started, or "
                   "the next evaluation is due within the number of days below."), str(months))


def evaluation_when(evaluation: DueEvaluation) -> str:
    """How late the evaluation is, or by when to plan it, in words."""
    if evaluation.days == -1:
        return tr("evaluation 1 day late")
    if evaluation.days < 0:
        return fill(tr("evaluation %1 days late"), str(-evaluation.days))
    return fill(tr("evaluation to plan by %1"), format_date(evaluation.due_on))


def when(action: DueAction) -> str:
    """How late, or how soon, in words."""
    if action.days == -1:
        return tr("1 day overdue")
    if action.days < 0:
        return fill(tr("%1 days overdue"), str(-action.days))
    if action.days <= 1:
        return tr("due today") if action.days == 0 else tr("due tomorrow")
    return fill(tr("due in %1 days"), str(action.days))


def reminder_text(actions: list[DueAction], evaluations: Sequence[DueEvaluation] = ()) -> str:
    """The actions per owner, then their klankgroep evaluations per owner, as plain text to
    paste into an e-mail."""
    lang = language()
    blocks = []
    for owner, owned in per_owner(actions):
        lines = [owner or tr("(no owner)")]
        lines += [fill(tr("- %1 %2: planned end %3, %4 (%5)"), a.number, a.title,
                       format_date(a.due_on), when(a),
                       ACTION_STATUSES.label(a.status, lang).lower()) for a in owned]
        blocks.append("\n".join(lines))
    if evaluations:
        blocks.append(tr("Sounding board (klankgroep) evaluations:"))
    for owner, owned_evaluations in per_owner(list(evaluations)):
        lines = [owner or tr("(no owner)")]
        lines += [fill(tr("- %1 %2: %3 (last evaluation: %4)"), e.number, e.title,
                       evaluation_when(e), format_date(e.last_on)) if e.last_on
                  else fill(tr("- %1 %2: %3 (not evaluated since it started)"), e.number,
                            e.title, evaluation_when(e))
                  for e in owned_evaluations]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def counts_text(actions: list[DueAction], days: int,
                evaluations: Sequence[DueEvaluation] = ()) -> str:
    late, soon = due_actions.counts(actions)
    text = fill(tr("%1 overdue · %2 due within %3 days"), str(late), str(soon), str(days))
    late, to_plan = due_actions.counts(evaluations)
    return text + fill(tr(" · sounding board: %1 evaluations late · %2 to plan"), str(late),
                       str(to_plan))


class DueDialog(QDialog):
    """The overdue and due-soon actions, filtered, in a table and per owner as text."""

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("dueDialog")
        self.setWindowTitle(tr("Overdue and due-soon actions and evaluations"))
        self.setAccessibleName(self.windowTitle())
        fit_to_screen(self, 1000, 680)
        layout = QVBoxLayout(self)
        explained = QLabel(tr(
            "Overdue: not done or stopped, and past its planned end date. Due soon: not done or "
            "stopped, and its planned end date is today or within the number of days below.")
            + "\n" + evaluation_rule(due_actions.rhythm(document.db)))
        explained.setWordWrap(True)
        layout.addWidget(explained)
        form = QFormLayout()
        self.kind = QComboBox()
        for _kinds, key in FILTERS:
            self.kind.addItem({"both": tr("Overdue and due soon"), "overdue": tr("Overdue"),
                               "due_soon": tr("Due soon")}[key], key)
        add_row(form, tr("S&how:"), self.kind, "dueFilter")
        self.days = QSpinBox()
        self.days.setRange(0, due_actions.MAX_DAYS)
        self.days.setValue(DUE_SOON_DAYS)
        self.days.setSuffix(tr(" days"))
        add_row(form, tr("Due soon: &within"), self.days, "dueDays")
        layout.addLayout(form)
        self.count = QLabel()
        self.count.setObjectName("dueCount")
        layout.addWidget(self.count)
        self.undated = QLabel()
        self.undated.setObjectName("dueUndated")
        self.undated.setWordWrap(True)
        layout.addWidget(self.undated)
        self.table = read_only_table("dueTable", tr("The overdue and due-soon actions"))
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 2)
        self.evaluations = read_only_table(
            "dueEvaluations", tr("The sounding board evaluations late or to plan"))
        self.evaluations.setWordWrap(True)
        layout.addWidget(self.evaluations, 2)
        # the action's title takes the room left (on one line as a rule, where it wrapped onto
        # three), the owner's name and the when give up some; the dates stay in view
        self.rooms = [ColumnRoom(table, 1, TITLE_LEAST, {0: WORDS_MOST, 4: WORDS_MOST},
                                 TITLE_MOST)
                      for table in (self.table, self.evaluations)]
        per_owner_label = QLabel(tr("Per &owner, to copy into a reminder you write yourself "
                                    "(Drempelmeter sends nothing):"))
        per_owner_label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("dueReminder")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("The actions per owner, as text"))
        per_owner_label.setBuddy(self.text)
        layout.addWidget(per_owner_label)
        layout.addWidget(self.text, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = button(tr("&Copy the text"), "dueCopy")
        self.copy.clicked.connect(self.copy_text)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        kinds = FILTERS[self.kind.currentIndex()][0]
        days = self.days.value()
        shown = due_actions.listing(self.document.db, date.today(), days, kinds)
        evaluations = due_actions.evaluations(self.document.db, date.today(), days, kinds)
        self.count.setText(counts_text(shown, days, evaluations))
        undated = due_actions.undated(self.document.db)
        self.undated.setText(fill(tr("Never listed, as they have no planned end date: %1. "
                                     "Give them one in the plan."), ", ".join(undated)))
        self.undated.setVisible(bool(undated))
        lang = language()
        fill_table(self.table, [a.number for a in shown],
                   [tr("Owner"), tr("Action"), tr("Planned end"), tr("Status"), tr("When")],
                   [[a.owner or "—", a.title, format_date(a.due_on),
                     ACTION_STATUSES.label(a.status, lang), when(a)] for a in shown])
        fill_table(self.evaluations, [e.number for e in evaluations],
                   [tr("Owner"), tr("Action"), tr("Last evaluation"), tr("Due by"),
                    tr("When")],
                   [[e.owner or "—", e.title, format_date(e.last_on) if e.last_on else "—",
                     format_date(e.due_on), evaluation_when(e)] for e in evaluations])
        for table, count, words in ((self.table, len(shown), (0, 1, 3, 4)),
                                    (self.evaluations, len(evaluations), (0, 1, 4))):
            for r in range(count):
                for c in words:  # read from the left; dates from the right, as figures
                    table.item(r, c).setTextAlignment(Qt.AlignmentFlag.AlignLeft
                                                      | Qt.AlignmentFlag.AlignVCenter)
        for room in self.rooms:
            room.fit()
        self.text.setPlainText(reminder_text(shown, evaluations)
                               or tr("No action to remind anyone of."))
        self.copy.setEnabled(bool(shown or evaluations))

    def copy_text(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())


class DueSummary(QWidget):
    """The counts of overdue and due-soon actions, with a button to the dialog."""

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        #: The klankgroep evaluations late or to plan, by action number, as last counted.
        self.evaluations: dict[str, DueEvaluation] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("dueSummary")
        row.addWidget(self.label)
        show = button(tr("Per o&wner…"), "dueShow")
        show.clicked.connect(lambda: DueDialog(self.document, self).open())
        row.addWidget(show)
        row.addStretch()

    def refresh(self, plan: list[PillarRecord]) -> None:
        """Count in the plan the page has just read."""
        today = date.today()
        evaluations = due_actions.evaluations(self.document.db, today, plan=plan)
        self.evaluations = {e.number: e for e in evaluations}
        self.label.setText(counts_text(due_actions_in(plan, today), DUE_SOON_DAYS, evaluations))
        self.label.setToolTip(fill(tr("Overdue: not done or stopped, and past its planned end "
                                      "date. Due soon: its planned end date within %1 days."),
                                   str(DUE_SOON_DAYS))
                              + "\n" + evaluation_rule(due_actions.rhythm(self.document.db)))

    def evaluation_words(self, number: str) -> str:
        """The action's klankgroep evaluation when late or to plan, in words; else nothing."""
        found = self.evaluations.get(number)
        return evaluation_when(found) if found else ""


def show_due(window: MainWindow) -> None:
    """Go ▸ Overdue and due-soon actions and evaluations…"""
    if window.document is not None:
        DueDialog(window.document, window).open()
