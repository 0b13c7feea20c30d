"""The follow-up in numbers, a tab of the plan page: how progress is computed, progress per
pillar and per action, the chosen action's indicators with a chart of one over time against its
target (and the chart's table), typing a value, and the klankgroep's evaluations. Every edit is
undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.ids import new_id
from ..domain.indicators import (
    SOURCES,
    STATUS_PROGRESS,
    STORED_SOURCES,
    VERDICTS,
    ActionNumbers,
    IndicatorPart,
    IndicatorRecord,
    chart_rows,
    percent,
)
from ..domain.plan import PillarRecord
from ..services import indicators, measurement, plan
from . import indicator_edits
from .chart_view import ChartView, fill_table, read_from_left, read_only_table
from .column_room import ColumnRoom, two_line_chars, two_line_headers
from .document import TrajectoryDocument
from .formats import format_date, locale_decimal
from .i18n import fill, language, tr
from .indicator_dialogs import EvaluationDialog, IndicatorDialog, ValueDialog, shown_number
from .read_when_shown import ReadWhenShown
from .widgets import ScaledLabel, button

#: The areas whose change can move a figure here.
AREAS = ("plan", "measurement", "trajectory")
#: The lists of actions (the follow-up, progress per action), in average characters (see
#: ColumnRoom), every row two lines tall: the title at least TITLE_LEAST a line, the other
#: columns of words at most WORDS_CAP, giving up width while the title has less than
#: TITLE_MOST, down to WORDS_KEPT (a name) or their labels whole on two lines (a closed list).
#: At 1280 wide and 150 % text both lists scrolled sideways, the title cut to a few letters;
#: on a beamer an owner ("DMW Ziekenfonds Zorgzaam") and a late evaluation stay on one line.
TITLE_LEAST, TITLE_MOST, WORDS_CAP, WORDS_KEPT = 12, 40, 36, 10


def how_text() -> str:
    """How the figures are computed, in the window's words (the report says the same)."""
    status = {k: percent(v) for k, v in STATUS_PROGRESS.items() if v is not None}
    return fill(tr(
        "Progress of an indicator is (latest value − baseline) / (target − baseline), kept "
        "between 0% and 100%. An action's progress is the mean of its indicators that have a "
        "baseline, a target and a measured value; an action without such an indicator counts "
        "by its status: not started %1, running or adjusted %2, done %3; a stopped action is "
        "left out. A pillar's progress is the mean of its actions. An indicator linked to a B "
        "takes the region's score in the closed measurement rounds; a score hidden because too "
        "few people answered is no value."), status["not_started"], status["running"],
                status["done"])


def basis_text(action: ActionNumbers) -> str:
    return tr("indicators") if action.progress.basis == "indicators" else tr("status")


def verdict_line(action: ActionNumbers) -> str:
    """The klankgroep's last verdict (its date and reason are in the list beside)."""
    last = action.evaluations[-1] if action.evaluations else None
    return "" if last is None else VERDICTS.label(last.verdict, language())


def follow_up_headers() -> list[str]:
    """The follow-up table's columns of the follow-up in numbers."""
    return [tr("Progress"), tr("Sounding board")]


def follow_up_kept(view: QTableWidget, progress: int, verdict: int) -> dict[int, int]:
    """What the follow-up's columns of progress and the last verdict keep: their words whole
    on two lines."""
    return {progress: two_line_chars(view, [tr("not counted")]),
            verdict: two_line_chars(view, [t.label(language()) for t in VERDICTS])}


def follow_up_cells(document: TrajectoryDocument,
                    current: list[PillarRecord]) -> dict[str, list[str]]:
    """Per action id, its progress and the klankgroep's last verdict, as the follow-up table
    shows them beside its status."""
    return {a.action_id: [percent(a.progress.share) or tr("not counted"), verdict_line(a)]
            for a in indicators.report_part(document.db, current).actions}


def indicator_title(indicator: IndicatorRecord) -> str:
    return f"{indicator.name} ({indicator.unit})" if indicator.unit else indicator.name


def actions_room(table: QTableWidget, kept: dict[int, int]) -> ColumnRoom:
    """The action's title (the first column) taking the room the dates and figures leave, on
    two lines; the columns in `kept` giving up width down to their characters there."""
    return ColumnRoom(table, 0, TITLE_LEAST, dict.fromkeys(kept, WORDS_CAP), TITLE_MOST, kept,
                      lines=2)


def words_first(table: QTableWidget, column: int) -> None:
    """The column of words read from the left and taking the room the figures leave."""
    read_from_left(table, (column,))
    if table.columnCount() > column:
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def whole_text_as_tooltip(table: QTableWidget, column: int) -> None:
    """A text cut with an ellipsis where `column` is too narrow shows whole as the cell's
    tooltip (a screen reader reads the cell's whole text anyway)."""
    for r in range(table.rowCount()):
        table.item(r, column).setToolTip(table.item(r, column).text())


def as_tall_as_its_rows(table: QTableWidget, most: int = 5) -> None:
    """A table of a few rows (the pillars) as tall as they are, up to `most` rows: no scroll
    bar for a few, no blank under them."""
    rows = table.verticalHeader()
    table.setFixedHeight(sum(rows.sectionSize(r) for r in range(min(table.rowCount(), most)))
                         + table.horizontalHeader().sizeHint().height()
                         + 2 * table.frameWidth())


def one_row_at_a_time(table: QTableWidget) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)


class IndicatorPanel(ReadWhenShown, QWidget):
    """Read when first shown after a change of the file."""

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorPanel")
        self.document = document
        self.part = IndicatorPart((), ())
        self.stale = True
        self.how = ScaledLabel(how_text(), 0.9)  # a note, smaller than the text it explains
        self.how.setObjectName("indicatorHow")
        self.how.setWordWrap(True)
        self.pillars = read_only_table("pillarProgress", tr("Progress per pillar"))
        self.pillars.verticalHeader().hide()
        self.action_table = read_only_table("actionProgress", tr("Progress per action"))
        one_row_at_a_time(self.action_table)
        self.action_room = actions_room(self.action_table, {
            **follow_up_kept(self.action_table, 1, 3),
            2: two_line_chars(self.action_table, [tr("indicators"), tr("status")])})
        self.action_table.itemSelectionChanged.connect(self.show_action)

        self.title = QLabel()
        self.title.setObjectName("indicatorAction")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.described = QLabel()
        self.described.setObjectName("indicatorDescribed")
        self.described.setWordWrap(True)
        self.table = read_only_table("indicatorTable", tr("The action's indicators"))
        one_row_at_a_time(self.table)
        self.table.itemSelectionChanged.connect(self.show_indicator)
        self.table.itemActivated.connect(lambda _item: self.on_value())
        self.buttons = {}
        # the indicator's buttons under its table, a value's under the values (the chart's
        # table): two short rows leave the action list beside them room for its titles
        row, value_row = QHBoxLayout(), QHBoxLayout()
        for key, text, slot, where in (
                ("new", tr("New indicator…"), self.on_new, row),
                ("edit", tr("Edit indicator…"), self.on_edit, row),
                ("remove", tr("Remove indicator"), self.on_remove, row),
                ("value", tr("Type a value…"), self.on_value, value_row),
                ("unvalue", tr("Remove the chosen value"), self.on_remove_value, value_row)):
            self.buttons[key] = button(text, f"indicator_{key}")
            self.buttons[key].clicked.connect(slot)
            where.addWidget(self.buttons[key])
        row.addStretch()
        value_row.addStretch()
        self.chart = ChartView("indicatorChart", tr("The indicator over time"))
        one_row_at_a_time(self.chart.table)
        self.chart.table.itemSelectionChanged.connect(self.update_buttons)
        self.chart.table.setWordWrap(False)
        values = QWidget()
        values_layout = QVBoxLayout(values)
        values_layout.setContentsMargins(0, 0, 0, 0)
        values_layout.addWidget(self.chart, 1)
        values_layout.addLayout(value_row)
        self.evaluations = QListWidget()
        self.evaluations.setObjectName("evaluationList")
        self.evaluations.setAccessibleName(tr("The sounding board's evaluations of the action"))
        self.evaluations.setWordWrap(True)
        self.evaluations.itemSelectionChanged.connect(self.update_buttons)
        self.evaluate = button(tr("Sounding board's evaluation…"), "evaluationAdd")
        self.evaluate.clicked.connect(self.on_evaluate)
        self.unevaluate = button(tr("Remove evaluation"), "evaluationRemove")
        self.unevaluate.clicked.connect(self.on_remove_evaluation)
        evaluation_buttons = QVBoxLayout()
        evaluation_buttons.addWidget(self.evaluate)
        evaluation_buttons.addWidget(self.unevaluate)
        evaluation_buttons.addStretch()
        evaluation_row = QHBoxLayout()
        evaluation_row.addWidget(self.evaluations, 1)
        evaluation_row.addLayout(evaluation_buttons)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.described)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(row)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.heard = QLabel()
        self.heard.setBuddy(self.evaluations)
        bottom_layout.addWidget(self.heard)
        bottom_layout.addLayout(evaluation_row)
        # the actions, and below them the chosen one's evaluations; beside them, its
        # indicators and the chosen indicator over time
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.how)
        left_layout.addWidget(self.pillars, 1)
        left_layout.addWidget(self.action_table, 3)
        left_layout.addWidget(bottom, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        for part, stretch in ((top, 2), (values, 4)):
            right.addWidget(part)
            right.setStretchFactor(right.indexOf(part), stretch)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([10_000, 10_000])  # halves (scaled to the room), whatever the language
        # the right as wide as its rows of buttons, which follow the text size (at 150 % text
        # "Remove indicator" was cut at a fixed 420 pixels)
        left.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        document.changed.connect(self.on_changed)

    # ---- reading -----------------------------------------------------------------------

    def on_changed(self, area: str) -> None:
        if area in AREAS:
            self.read_when_shown()

    def reload(self) -> None:
        self.stale = False
        db = self.document.db
        chosen = self.current_action()
        self.part = indicators.report_part(db, plan.read_plan(db))
        self.heard.setText(fill(tr("The sounding board's evaluations (every %1 months):"),
                                str(self.part.evaluation_months)))
        fill_table(self.pillars, [""] * len(self.part.pillars), [tr("Pillar"), tr("Progress")],
                   [[title, percent(share) or "—"] for title, share in self.part.pillars])
        fill_table(self.action_table, [a.number for a in self.part.actions],
                   two_line_headers(self.action_table, [tr("Action"), tr("Progress"),
                                                        tr("Based on"), tr("Sounding board")]),
                   [[a.title, percent(a.progress.share) or tr("not counted"), basis_text(a),
                     verdict_line(a)] for a in self.part.actions])
        words_first(self.pillars, 0)
        as_tall_as_its_rows(self.pillars)
        read_from_left(self.action_table, (0, 2, 3))
        whole_text_as_tooltip(self.action_table, 0)
        self.action_room.fit()
        numbers = [a.action_id for a in self.part.actions]
        keep = numbers.index(chosen.action_id) if chosen and chosen.action_id in numbers else 0
        if numbers:
            self.action_table.selectRow(keep)
        self.show_action()

    def current_action(self) -> ActionNumbers | None:
        rows = self.action_table.selectionModel().selectedRows()
        return self.part.actions[rows[0].row()] if rows and rows[0].row() < len(
            self.part.actions) else None

    def current_indicator(self) -> IndicatorRecord | None:
        action = self.current_action()
        rows = self.table.selectionModel().selectedRows()
        if action is None or not rows or rows[0].row() >= len(action.indicators):
            return None
        return action.indicators[rows[0].row()]

    def show_action(self) -> None:
        action = self.current_action()
        chosen = self.current_indicator()
        self.title.setText(fill(tr("Action %1: %2"), action.number, action.title)
                           if action else tr("Choose an action."))
        self.described.setText(fill(tr("Indicator in the plan: %1"), action.described)
                               if action and action.described else "")
        self.described.setVisible(bool(self.described.text()))
        indicators_here = action.indicators if action else ()
        shares = action.shares if action else ()
        fill_table(self.table, [str(n) for n in range(1, len(indicators_here) + 1)],
                   [tr("Indicator"), tr("Baseline"), tr("Target"), tr("Latest"),
                    tr("Progress")],
                   [[indicator_title(i), shown_number(i.baseline_value) or "—",
                     shown_number(i.target_value) or "—",
                     shown_number(i.latest.value) if i.latest else "—", percent(s) or "—"]
                    for i, s in zip(indicators_here, shares, strict=True)])
        words_first(self.table, 0)
        whole_text_as_tooltip(self.table, 0)
        ids = [i.id for i in indicators_here]
        if ids:
            self.table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self.evaluations.clear()
        for e in action.evaluations if action else ():
            line = f"{format_date(e.on)} · {VERDICTS.label(e.verdict, language())}"
            self.evaluations.addItem(f"{line}: {e.reason}" if e.reason else line)
        self.show_indicator()

    def show_indicator(self) -> None:
        from ..charts.indicator_charts import indicator_over_time

        indicator = self.current_indicator()
        rows = chart_rows(indicator) if indicator else []
        kinds = {"baseline": tr("Baseline"), "value": tr("Measured"), "target": tr("Target")}
        values = [r for r in rows if r.kind == "value" and r.on is not None]
        drawable = indicator is not None and (
            values or indicator.baseline_value is not None)
        figure = None
        if indicator is not None and drawable:
            figure = indicator_over_time(
                [r.on for r in values if r.on], [r.value for r in values],
                (indicator.baseline_on, indicator.baseline_value)
                if indicator.baseline_value is not None else None,
                (indicator.target_on, indicator.target_value)
                if indicator.target_value is not None else None,
                (tr("Measured"), tr("Baseline"), tr("Target"), tr("Planned path")),
                indicator_title(indicator), decimal=locale_decimal())
        blank = "" if drawable else (
            tr("This action has no indicator yet. New indicator… makes one, starting from "
               "the indicator the plan words.") if indicator is None else
            tr("No baseline or measured value yet."))
        self.chart.show_data(
            figure, [kinds[r.kind] for r in rows],
            two_line_headers(self.chart.table,
                             [tr("Date"), tr("Value"), tr("Source"), tr("Reported by")]),
            [[format_date(r.on) if r.on else "—", shown_number(r.value),
              SOURCES.label(r.source, language()) if r.source else "", r.reporter]
             for r in rows], blank=blank)
        words_first(self.chart.table, 3)  # who reported: cut rather than scrolled to
        whole_text_as_tooltip(self.chart.table, 3)
        self.update_buttons()

    def chosen_value_id(self) -> str | None:
        """The stored value chosen in the chart's table (a value read from a round is not)."""
        indicator = self.current_indicator()
        rows = self.chart.table.selectionModel().selectedRows()
        shown = chart_rows(indicator) if indicator else []
        if not rows or rows[0].row() >= len(shown):
            return None
        chosen = shown[rows[0].row()]
        return chosen.value_id if chosen.source in STORED_SOURCES else None

    def update_buttons(self) -> None:
        editable = not self.document.read_only
        action = self.current_action()
        indicator = self.current_indicator()
        self.buttons["new"].setEnabled(editable and action is not None)
        for key in ("edit", "remove"):
            self.buttons[key].setEnabled(editable and indicator is not None)
        self.buttons["value"].setEnabled(editable and indicator is not None
                                         and indicator.b is None)
        self.buttons["unvalue"].setEnabled(editable and self.chosen_value_id() is not None)
        self.evaluate.setEnabled(editable and action is not None)
        self.unevaluate.setEnabled(editable and action is not None
                                   and self.evaluations.currentRow() >= 0
                                   and bool(self.evaluations.selectedItems()))

    # ---- editing -----------------------------------------------------------------------

    def on_new(self) -> None:
        action = self.current_action()
        if action is None or self.document.read_only:
            return
        record = IndicatorRecord(new_id(), action.action_id, action.described[:200]
                                 if not action.indicators else "")
        dialog = IndicatorDialog(record, measurement.list_rounds(self.document.db), self,
                                 new=True)
        dialog.save_with(self.document, lambda: indicator_edits.add_indicator(
            self.document, dialog.record()))
        dialog.open()

    def on_edit(self) -> None:
        old = self.current_indicator()
        if old is None or self.document.read_only:
            return
        dialog = IndicatorDialog(old, measurement.list_rounds(self.document.db), self,
                                 new=False)
        dialog.save_with(self.document, lambda: indicator_edits.edit_indicator(
            self.document, old, dialog.record()))
        dialog.open()

    def on_remove(self) -> None:
        indicator = self.current_indicator()
        if indicator is not None and not self.document.read_only:
            self.document.push(indicator_edits.remove_indicator(self.document, indicator))

    def on_value(self) -> None:
        indicator = self.current_indicator()
        if indicator is None or indicator.b is not None or self.document.read_only:
            return
        dialog = ValueDialog(indicator, self)
        dialog.save_with(self.document, lambda: indicator_edits.add_value(
            self.document, new_id(), indicator, *dialog.values()))
        dialog.open()

    def on_remove_value(self) -> None:
        indicator, value_id = self.current_indicator(), self.chosen_value_id()
        if indicator is not None and value_id is not None and not self.document.read_only:
            self.document.push(indicator_edits.remove_value(self.document, value_id, indicator))

    def on_evaluate(self) -> None:
        action = self.current_action()
        if action is None or self.document.read_only:
            return
        dialog = EvaluationDialog(fill(tr("Action %1: %2"), action.number, action.title), self)
        dialog.save_with(self.document, lambda: indicator_edits.add_evaluation(
            self.document, dialog.evaluation(new_id(), action.action_id)))
        dialog.open()

    def on_remove_evaluation(self) -> None:
        action = self.current_action()
        row = self.evaluations.currentRow()
        if action is not None and 0 <= row < len(action.evaluations) \
                and not self.document.read_only:
            self.document.push(indicator_edits.remove_evaluation(self.document,
                                                                 action.evaluations[row]))

