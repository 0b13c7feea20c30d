"""The barriers: the list in the order of the priorities (the deciding round, then the score
under weights kept in the file) and each barrier's signals (split off, taken out), the
suggestions of signals that belong together, and the Pareto and factor charts with their
tables.

At the scale of a province (thousands of barriers, a hundred thousand signals) the list is read
from columns, a barrier's signals only when it is chosen; the suggestions are looked for when
their tab is shown, in a worker (see suggestion_finder); new weights re-rank what the page holds
without reading the file again. A page that is not shown reloads when it is shown next."""

from __future__ import annotations

from functools import partial
from heapq import nlargest
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import collector
from ..charts import PARETO_BARS
from ..domain.ids import new_id
from ..domain.prioritisation import (
    Factors,
    Weights,
    cumulative_shares,
    ranking,
    weighted_factors,
)
from ..services import barriers, partners, prioritisation
from ..services.barriers import factors_of
from ..services.prioritisation import MAX_WEIGHT, Prioritisation
from ..services.records import BarrierRecord
from . import barrier_edits, policy_dialog, prompts
from .barrier_filter import BarrierFilter
from .barrier_list_model import BarrierLine, BarrierListModel
from .chart_view import ChartView
from .column_room import ColumnRoom, two_line_headers
from .document import TrajectoryDocument
from .feedback_view import FeedbackView
from .i18n import fill, tr
from .next_step import NextStep
from .priority_rounds_view import PriorityRoundsView, bundling_question, reading_note
from .read_when_shown import ReadWhenShown
from .suggestion_finder import SuggestionFinder
from .widgets import PlaceholderList, button, heading
from .workspace import SIGNALS

if TYPE_CHECKING:
    from ..charts.barrier_charts import ParetoChart

WEIGHT_NAMES = ("severity", "frequency", "reach", "influence")
#: The columns are as wide as their texts in the first rows (the first priorities): a view
#: that fits every barrier's texts asks the model for hundreds of thousands of cells. The
#: partners and the why, long texts, are cut at their cap (in characters).
SIZED_ROWS = 50
CAPPED = {BarrierListModel.PARTNERS: 45, BarrierListModel.WHY: 45}
#: The title's width in characters: the partners and the why give up width while it has less
#: than its texts' width up to the most, down to what they keep (on a 1280 laptop they were
#: cut to their headers, "Partners" and "i…"); the list scrolls sideways below the least.
TITLE_LEAST, TITLE_MOST = 20, 40
KEPT = {BarrierListModel.PARTNERS: 16, BarrierListModel.WHY: 20}
#: Every row two lines tall: a title, the partners and the why wrap onto a second line.
LINES = 2
#: Room around a cell's or a header's text, in pixels.
TEXT_MARGIN = 24


#: a list line from a tuple of its fields
_new_line = partial(tuple.__new__, BarrierLine)


class BarriersPage(ReadWhenShown, QWidget):
    #: the user asked to go to another section (an empty page leads to where its data comes from)
    section_requested = Signal(int)

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barriersPage")
        self.document = document
        self._records: list[BarrierRecord] = []  # without their signal ids: see show_members
        self._signal_counts: dict[str, int] = {}
        self._factors: dict[str, Factors] = {}
        self._partner_names: dict[str, str] = {}  # barrier id → its partners, as listed
        self._full_records: list[BarrierRecord] | None = None  # with signal ids, when asked
        self._members_of: str | None = None  # the barrier whose signals are listed
        self._lines: list[BarrierLine] = []  # in order (kept once: see show_priorities)
        self._shown: list[BarrierLine] = []  # those the search keeps: the list's rows
        self._priorities: Prioritisation | None = None
        self._pareto_chart: ParetoChart | None = None  # once drawn
        self._suggestions_stale = True  # looked for when their tab is shown (or no barriers)
        self.finder = SuggestionFinder(self)
        self.finder.found.connect(self.show_suggestions)

        self.model = BarrierListModel(self)
        self.table = QTableView()
        self.table.setObjectName("barriersTable")
        self.table.setAccessibleName(tr("Barriers"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # The title takes what the other columns leave (see fit_columns), texts wrap onto a
        # second line; a text cut there shows whole as the cell's tooltip; all can be widened.
        self.room = ColumnRoom(self.table, BarrierListModel.TITLE, TITLE_LEAST, CAPPED,
                               TITLE_MOST, KEPT, LINES)
        # "Rank in round" on two lines above its one digit: the title takes the room
        self.model.shown_headers = two_line_headers(self.table, map(tr, BarrierListModel.HEADERS))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.search = BarrierFilter()
        self.search.changed.connect(self.on_search)

        weights = QHBoxLayout()
        weights.addWidget(QLabel(tr(
            "Weights of the score (severity × frequency × reach × influence):")))
        self.weights: dict[str, QDoubleSpinBox] = {}
        captions = (tr("Se&verity"), tr("Fre&quency"), tr("Re&ach"), tr("I&nfluence"))
        for name, caption in zip(WEIGHT_NAMES, captions, strict=True):
            box = QDoubleSpinBox()
            box.setObjectName(f"weight_{name}")
            box.setRange(0.0, MAX_WEIGHT)
            box.setSingleStep(0.5)
            box.setValue(1.0)
            box.setKeyboardTracking(False)  # a typed weight counts once, not per key
            box.setAccessibleName(caption.replace("&", ""))
            label = QLabel(caption)
            label.setBuddy(box)
            weights.addWidget(label)
            weights.addWidget(box)
            box.valueChanged.connect(lambda _v: self.on_weights_changed())
            self.weights[name] = box
        weights.addStretch()

        self.edit_button = button(tr("Edit barrier…"), "barrierEdit")
        self.edit_button.clicked.connect(self.on_edit)
        self.table.activated.connect(lambda _index: self.on_edit())
        self.merge_button = button(tr("Merge the selected barriers"), "barrierMerge")
        self.remove_button = button(tr("Remove barrier"), "barrierRemove")
        self.merge_button.clicked.connect(self.on_merge)
        self.remove_button.clicked.connect(self.on_remove)
        self.policy_button = button(tr("Make a policy signal…"), "barrierPolicySignal")
        self.policy_button.clicked.connect(self.on_policy_signal)
        policies = button(tr("Policy signals…"), "barrierPolicySignals")
        policies.clicked.connect(lambda: policy_dialog.show_policy_signals(self.document, self))
        actions = QHBoxLayout()
        for widget in (self.edit_button, self.merge_button, self.remove_button,
                       self.policy_button, policies):
            actions.addWidget(widget)
        actions.addStretch()

        self.members = PlaceholderList(tr("Choose a barrier to see its signals."))
        self.members.setObjectName("barrierSignals")
        self.members.setAccessibleName(tr("Signals of the selected barrier"))
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members.itemSelectionChanged.connect(self.update_buttons)
        self.split_button = button(tr("Split off into a new barrier…"), "barrierSplit")
        self.split_button.clicked.connect(self.on_split)
        self.take_out_button = button(tr("Take out of the barrier"), "barrierTakeOut")
        self.take_out_button.clicked.connect(self.on_take_out)
        member_actions = QHBoxLayout()
        member_actions.addWidget(self.split_button)
        member_actions.addWidget(self.take_out_button)
        member_actions.addStretch()
        members_label = QLabel(tr("Signals &in the selected barrier:"))
        members_label.setBuddy(self.members)

        self.looking = QLabel(tr("Looking for suggestions…"))
        self.looking.setObjectName("barrierSuggestionsLooking")
        self.looking.hide()
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("barrierSuggestions")
        self.suggestions.setAccessibleName(tr("Signals that probably belong together"))
        self.accept_button = button(tr("Bundle this suggestion…"), "suggestionAccept")
        self.accept_button.clicked.connect(self.on_accept_suggestion)

        self.decided = QLabel()
        self.decided.setObjectName("barriersDecidedBy")
        self.decided.setWordWrap(True)
        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        self.next_step = NextStep("barriersEmpty")
        list_layout.addWidget(self.next_step)
        list_layout.addLayout(weights)
        list_layout.addWidget(self.decided)
        list_layout.addWidget(self.search)
        list_layout.addWidget(self.table, 3)
        list_layout.addLayout(actions)
        list_layout.addWidget(members_label)
        list_layout.addWidget(self.members, 1)
        list_layout.addLayout(member_actions)
        suggested = self.suggested = QWidget()
        suggested_layout = QVBoxLayout(suggested)
        suggested_layout.addWidget(QLabel(tr(
            "Signals not yet in a barrier with the same B and level and alike words. Nothing is "
            "bundled until you accept a suggestion.")))
        suggested_layout.addWidget(self.looking)
        suggested_layout.addWidget(self.suggestions, 1)
        suggested_layout.addWidget(self.accept_button)
        self.pareto = ChartView("paretoChart", tr("Barriers by score, with the cumulative share"))
        self.factors = ChartView("factorChart", tr("The score of each barrier in its factors"))
        self.rounds = PriorityRoundsView(document)
        self.feedback = FeedbackView(document)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("barrierTabs")
        self.tabs.setAccessibleName(tr("Barriers: list, suggestions and chart"))
        self.tabs.addTab(listing, tr("&List"))
        self.tabs.addTab(suggested, tr("S&uggestions"))
        self.tabs.addTab(self.pareto, tr("&Pareto"))
        self.tabs.addTab(self.factors, tr("Fact&ors"))
        self.tabs.addTab(self.rounds, tr("&Rounds"))
        self.tabs.addTab(self.feedback, tr("Feed&back per partner"))
        self.tabs.currentChanged.connect(lambda _i: self.on_tab_changed())
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Barriers"), "barriersTitle"))
        layout.addWidget(self.tabs, 1)
        document.changed.connect(self.on_changed)
        self.reload()

    def on_tab_changed(self) -> None:
        """Charts, suggestions and the feedback view are filled when shown, not at every
        change."""
        self.refresh_chart()
        if self.tabs.currentWidget() is self.suggested and self._suggestions_stale:
            self.find_suggestions()
        if self.tabs.currentWidget() is self.feedback:
            self.feedback.reload(self.full_records(), self.priorities())

    def on_changed(self, area: str) -> None:
        """New weights re-rank what the page holds; new rounds are read with the barriers as
        they were; other changes of what the page shows read it again (when it is shown)."""
        if area == "weights":
            self.rerank(prioritisation.get_weights(self.document.db))
        elif area == "rounds" and self.isVisible():
            self.rounds.reload({r.id: r.title for r in self._records})
            self.rerank(self.priorities().weights)
        elif area in ("barriers", "signals", "partners", "rounds"):
            self.read_when_shown()

    def reload(self) -> None:
        """Read the barriers, their partners and counts, and the rounds; the suggestions are
        looked for when their tab is shown (at once when there is no barrier yet: the next
        step points to them)."""
        self.stale = False
        db = self.document.db
        listing = barriers.barrier_listing(db)
        self._records = list(listing.records)
        self._signal_counts = listing.signal_counts
        self._factors = {r.id: factors_of(r) for r in self._records}
        self._full_records = None
        self._members_of = None
        names = {p.id: p.name for p in partners.list_partners(db)}
        self._partner_names = {r.id: ", ".join(names.get(p, p) for p in r.recognised_by)
                               for r in self._records}
        self.rounds.reload({r.id: r.title for r in self._records})
        self.search.forget()
        self.rerank(prioritisation.get_weights(db))
        self._suggestions_stale = True
        self.suggestions.clear()
        if self.tabs.currentWidget() is self.suggested or not self._records:
            self.find_suggestions()  # else when their tab is shown

    def rerank(self, weights: Weights) -> None:
        """The priorities under these weights, from the barriers and rounds as last read: the
        list, and the chart or feedback shown, follow; the chosen barriers stay chosen."""
        # the cycle collector paused: scanning the thousands of priorities and lines as they
        # come (they hold no cycles) took a third of a weight change's time; what garbage the
        # chart leaves is collected afterwards
        with collector.paused():
            chosen = self.selected_ids()
            priorities = self._priorities = prioritisation.reading(
                self.rounds.rounds(), self._records, weights, self._factors)
            for name, box in self.weights.items():
                box.blockSignals(True)
                box.setValue(getattr(priorities.weights, name))
                box.setEnabled(not self.document.read_only)
                box.blockSignals(False)
            if self.tabs.currentWidget() is self.feedback:
                self.feedback.reload(self.full_records(), priorities)
            self.show_priorities(chosen)
            self.show_next_step()

    def full_records(self) -> list[BarrierRecord]:
        """The barriers with their signal ids (for the feedback per partner), read when first
        asked for after a reload."""
        if self._full_records is None:
            self._full_records = barriers.list_barriers(self.document.db)
        return self._full_records

    def find_suggestions(self) -> None:
        """Ask for the suggestions for the signals in no barrier: at once when known, else
        the page says it is looking and fills them in when they come."""
        self._suggestions_stale = False
        if self.finder.request(barriers.unbundled(self.document.db)):
            self.show_suggestions()
        else:
            self.looking.show()
            self.suggestions.clear()
            self.update_buttons()

    def show_suggestions(self) -> None:
        found = self.finder.suggestions()
        if found is None:
            return
        self.looking.hide()
        self.suggestions.clear()
        for suggestion in found:
            first = suggestion.example
            item = QListWidgetItem(fill(tr("%1 signals, such as: %2"), len(suggestion.signal_ids),
                                        first[:90] + ("…" if len(first) > 90 else "")))
            item.setData(Qt.ItemDataRole.UserRole, suggestion.signal_ids)
            self.suggestions.addItem(item)
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)
        self.update_buttons()
        self.show_next_step()

    def show_next_step(self) -> None:
        """With no barriers yet, where they come from, and a way there."""
        if self._records:
            self.next_step.say(None)
        elif self.suggestions.count():
            self.next_step.say(tr(
                "No barriers yet. A barrier bundles signals that point at the same obstacle: "
                "look at the suggestions, or select signals on the Signals page and bundle "
                "them."), tr("See the s&uggestions"),
                lambda: self.tabs.setCurrentWidget(self.suggested))
        else:
            self.next_step.say(tr(
                "No barriers yet. A barrier bundles signals that point at the same obstacle: "
                "select signals on the Signals page and bundle them into a barrier."),
                tr("Go to the &signals"), lambda: self.section_requested.emit(SIGNALS))

    def priorities(self) -> Prioritisation:
        """The reading of the prioritisation the list shows."""
        assert self._priorities is not None  # read by reload() in __init__
        return self._priorities

    def current_weights(self) -> Weights:
        return Weights(*(self.weights[name].value() for name in WEIGHT_NAMES))

    def on_weights_changed(self) -> None:
        """New weights are an edit of the file (undoable): the priorities re-order at once."""
        old, new = self.priorities().weights, self.current_weights()
        if new != old:
            self.document.push(barrier_edits.set_score_weights(self.document, new, old))

    def show_priorities(self, chosen: list[str]) -> None:
        """The barriers in the order of the priorities, each with its place, its rank in the
        deciding round and why, those the search keeps; the `chosen` ones selected again."""
        priorities = self.priorities()
        by_id = {r.id: r for r in self._records}
        self.decided.setText(reading_note(priorities))
        # The lines are the page's one copy of the order: objects kept at every change are
        # what brings on a full garbage collection of the process (100 ms and more).
        # Made in C (map, and tuple.__new__ rather than the named tuple's Python __new__).
        ids = list(map(attrgetter("barrier_id"), priorities.order))
        self._lines = list(map(_new_line, zip(
            map(by_id.__getitem__, ids), priorities.order,
            map(self._partner_names.__getitem__, ids),
            map(self._signal_counts.get, ids, repeat(0)), strict=True)))
        self.search.set_lines(self._lines)
        self.show_rows(chosen)
        self.fit_columns()
        self.refresh_chart()

    def show_rows(self, chosen: list[str]) -> None:
        """The list refilled at once with the barriers the search keeps; the `chosen` ones
        among them selected again (one hidden is no longer selected, nor its signals listed)."""
        self._shown = self.search.shown()
        self.model.set_records(self._shown)
        self.select(chosen)
        self.update_buttons()

    def on_search(self) -> None:
        """Other words typed: the rows that hold them, the chosen one kept in sight."""
        self.show_rows(self.selected_ids())
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.scrollTo(rows[0])

    def fit_columns(self) -> None:
        """The columns as wide as their header and the first priorities' texts (up to their
        cap), the title the rest: the same whatever the search keeps."""
        header = self.table.horizontalHeader()
        cells, heads = self.table.fontMetrics(), header.fontMetrics()
        first = self._lines[:SIZED_ROWS]
        wanted = {}
        for column in range(self.model.columnCount()):
            texts = [self.model.cell(line, column) for line in first]
            head = self.model.headerData(column, Qt.Orientation.Horizontal).split("\n")
            wanted[column] = TEXT_MARGIN + max([*map(heads.horizontalAdvance, head),
                                                *map(cells.horizontalAdvance, texts)])
        self.room.fit(wanted)

    def select(self, ids: list[str]) -> None:
        """Select the rows of these barriers (those still listed)."""
        wanted = set(ids)
        selection = QItemSelection()
        for row, line in enumerate(self._shown if wanted else ()):
            if line.id in wanted:
                selection.select(self.model.index(row, 0), self.model.index(row, 0))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().select(selection, flags)

    def ranked(self) -> list[tuple[BarrierRecord, int, float]]:
        """(barrier, place, score) of every barrier, first priority first, whatever the
        search keeps."""
        return [(line.record, line.priority.place, line.priority.score) for line in self._lines]

    def by_score(self, count: int | None = None) -> list[tuple[BarrierRecord, int, float]]:
        """(barrier, rank by score, score), highest score first: what the charts show; the
        first `count` only when given (picked out without sorting every barrier)."""
        lines = self._lines
        if count is not None and count < len(lines):
            # Those with at least the count-th highest score: every higher score is among
            # them, so their ranks among themselves are their ranks among all.
            least = nlargest(count, (line.priority.score for line in lines))[-1]
            lines = [line for line in lines if line.priority.score >= least]
        by_id = {line.id: line.record for line in lines}
        ordered = ranking({line.id: line.priority.score for line in lines})
        return sorted(((by_id[key], place, score) for key, score, place in ordered),
                      key=lambda item: (item[1], item[0].title.casefold(), item[0].id))[:count]

    def refresh_chart(self) -> None:
        if self.tabs.currentWidget() is self.factors:
            self.refresh_factors()
        if self.tabs.currentWidget() is not self.pareto:
            return
        from ..charts.barrier_charts import ParetoChart

        ranked = self.by_score(PARETO_BARS)  # the bars
        titles = [r.title for r, _rank, _score in ranked]
        columns = [tr("Rank"), tr("Score"), tr("Cumulative share")]
        if not titles:
            self.pareto.show_data(None, [], columns, [], blank=tr(
                "No barriers yet: bundle signals into barriers first (tab Suggestions)."))
            return
        scores = [score for _r, _rank, score in ranked]
        # The share of the whole: of every barrier's score, also those beyond the bars (the
        # bars are the highest scores, best first).
        shares = cumulative_shares(scores, sum(line.priority.score for line in self._lines))
        locale = QLocale()
        title = tr("Barriers by score") if len(self._lines) <= PARETO_BARS else fill(tr(
            "The %1 barriers with the highest score, of %2"), PARETO_BARS, len(self._lines))
        # New weights redraw the chart in place; a new chart only when the bars change in number.
        chart = self._pareto_chart
        if chart is None or not chart.update(titles, scores, shares, title):
            chart = self._pareto_chart = ParetoChart(titles, scores, shares, title,
                                                     decimal=locale.decimalPoint())
        # The table holds what the chart draws (its bars, with the share of the whole): every
        # barrier's rank and score are in the list, and a table of thousands of rows refilled
        # at every weight change took longer than the rest of the change together.
        shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        self.pareto.show_data(chart.figure, titles, columns,
                              [[str(rank), locale.toString(float(score), "f", shortest),
                                locale.toString(float(share), "f", 1) + " %"]
                               for (_r, rank, score), share in zip(ranked, shares, strict=True)],
                              changing=chart.changing())

    def refresh_factors(self) -> None:
        """The weighted severity, frequency, reach and influence of the barriers the chart
        draws (the highest scores): their product is the score. The table holds those rows, as
        the Pareto's does: a province's 5,000 rows took a second and 35 MiB at each refill."""
        from ..charts.barrier_charts import factor_breakdown

        weights = self.priorities().weights
        ranked = self.by_score(PARETO_BARS)
        parts = [weighted_factors(factors_of(r), weights) for r, _rank, _score in ranked]
        names = [tr("Severity"), tr("Frequency"), tr("Reach"), tr("Influence")]
        titles = [r.title for r, _rank, _score in ranked]
        title = fill(tr("Score = severity × frequency × reach × influence, each to its weight "
                        "(top %1)"), len(titles))
        self.factors.show_data(
            factor_breakdown(titles, parts, names, title), titles,
            [tr("Rank"), *names, tr("Score")],
            [[str(rank), *(f"{v:.3g}" for v in part), f"{score:g}"]
             for (_r, rank, score), part in zip(ranked, parts, strict=True)])

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.record(row).id for row in rows]

    def show_members(self, barrier_id: str | None) -> None:
        """The signals of the one selected barrier, to split off or take out: read when another
        barrier is chosen or the file changed, and kept as they were when they are the same."""
        self.members.show_placeholder(barrier_id is None)
        if barrier_id == self._members_of and (barrier_id or not self.members.count()):
            return
        self._members_of = barrier_id
        found = barriers.member_texts(self.document.db, barrier_id) if barrier_id else []
        if [self.members.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.members.count())] == [key for key, _text in found]:
            return
        self.members.blockSignals(True)
        self.members.clear()
        for signal_id, text in found:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, signal_id)
            self.members.addItem(item)
        self.members.blockSignals(False)

    def chosen_members(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.members.selectedItems()]

    def update_buttons(self) -> None:
        editable = not self.document.read_only
        chosen = self.selected_ids()
        self.show_members(chosen[0] if len(chosen) == 1 else None)
        members = self.chosen_members()
        self.split_button.setEnabled(editable and 0 < len(members) < self.members.count())
        self.take_out_button.setEnabled(editable and bool(members))
        self.edit_button.setEnabled(editable and len(chosen) == 1)
        self.merge_button.setEnabled(editable and len(chosen) == 2)
        self.remove_button.setEnabled(editable and len(chosen) == 1)
        self.policy_button.setEnabled(editable and len(chosen) == 1)
        self.accept_button.setEnabled(editable and self.suggestions.count() > 0)

    def on_edit(self) -> None:
        from .barrier_dialog import BarrierDialog

        chosen = self.selected_ids()
        if len(chosen) != 1 or self.document.read_only:
            return
        old = next(r for r in self._records if r.id == chosen[0])
        dialog = BarrierDialog(old, partners.list_partners(self.document.db), self)
        dialog.save_with(self.document, lambda: barrier_edits.edit_barrier(
            self.document, old, dialog.record()))
        dialog.open()

    def on_policy_signal(self) -> None:
        """The chosen barrier goes to a level above the region as a policy signal."""
        chosen = self.selected_ids()
        if len(chosen) == 1 and not self.document.read_only:
            policy_dialog.make_policy_signal(
                self.document, next(r for r in self._records if r.id == chosen[0]), self)

    def on_split(self) -> None:
        """The chosen signals leave their barrier for a new one."""
        members = self.chosen_members()
        if not members:
            return
        question = bundling_question(self.document, members)
        if question and not prompts.confirm(self, tr("Split off into a new barrier"), question):
            return
        title = prompts.ask_text(self, tr("Split off into a new barrier"),
                                 tr("Name of the new barrier:"))
        if title:
            self.document.push(barrier_edits.bundle_signals(self.document, new_id(), title,
                                                            members))

    def on_take_out(self) -> None:
        members = self.chosen_members()
        if members:
            self.document.push(barrier_edits.take_out_signals(self.document, members))

    def on_merge(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 2:
            self.document.push(barrier_edits.merge_barriers(self.document, *chosen))

    def on_remove(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 1:
            self.document.push(barrier_edits.remove_barrier(self.document, chosen[0]))

    def on_accept_suggestion(self) -> None:
        item = self.suggestions.currentItem()
        if item is None:
            return
        title = prompts.ask_text(self, tr("Bundle into a barrier"), tr("Name of the barrier:"))
        if title:
            self.document.push(barrier_edits.bundle_signals(self.document, new_id(), title,
                                                            list(item.data(Qt.ItemDataRole.UserRole))))
