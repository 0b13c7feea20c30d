"""The signals of all partners: filters, the table, counts per partner and per B, and charts."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.ids import new_id
from ..domain.taxonomy import (
    ALL_BS,
    JOURNEY_MOMENTS,
    LEVELS,
    SEVERITY,
    SIGNAL_STATUSES,
    active_bs,
)
from ..services import partners, signal_lines, signals, trajectory, vocabularies
from ..services.records import SignalLine, SignalRecord
from . import barrier_edits, edits, prompts
from .chart_view import ChartView
from .column_room import ColumnRoom, RowNamesRoom, two_line_chars, two_line_headers
from .document import TrajectoryDocument
from .i18n import fill, language, tr
from .next_step import NextStep
from .priority_rounds_view import bundling_question
from .read_when_shown import ReadWhenShown
from .signal_dialog import SignalDialog
from .signal_table import SignalFilterProxy, SignalsModel
from .vocabulary_edits import VOCABULARIES
from .widgets import button, heading, optional_combo, term_label
from .workspace import PARTNERS

#: A first fill of more signals than this shows the first screen at once and reads the rest
#: READ_CHUNK at a time, READ_PAUSE ms apart (the window paints and takes keys between them);
#: FIRST_SCREEN rows fill a tall window.
READ_AT_ONCE, READ_CHUNK, READ_PAUSE, FIRST_SCREEN = 20_000, 5_000, 10, 200
#: The numbers above the list name at most this many partners, those with the most signals
#: shown: a province's hundreds filled the page and left the list one row.
NAMED_PARTNERS = 12
#: The list's widths in average characters (see ColumnRoom), every row two lines tall: the
#: signal's text at least TEXT_LEAST a line, the others giving up width while it has less
#: than TEXT_MOST, down to what they keep (a level and a moment whole on two lines). At 1280
#: wide the list scrolled sideways (the text kept 70 characters on one line).
TEXT_LEAST, TEXT_MOST = 24, 75
CAPPED = {SignalsModel.PARTNER: 24, SignalsModel.LEVEL: 26, SignalsModel.MOMENT: 16,
          SignalsModel.GROUPS: 24}
KEPT = {SignalsModel.PARTNER: 14, SignalsModel.GROUPS: 14}


class SignalsPage(ReadWhenShown, QWidget):
    #: another page of the workspace to show (the partners, when there are none yet)
    section_requested = Signal(int)

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signalsPage")
        self.document = document
        self.model = SignalsModel(self)
        self.proxy = SignalFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        everything = tr("(all)")
        self.partner_filter = QComboBox()
        self.filters: dict[str, QComboBox] = {
            "partner_id": self.partner_filter,
            "primary_b": optional_combo(ALL_BS, None, everything),
            "level": optional_combo(LEVELS, None, everything),
            "journey_moment": optional_combo(JOURNEY_MOMENTS, None, everything),
            "status": optional_combo(SIGNAL_STATUSES, None, everything),
            "target_group": optional_combo((), None, everything),
            "severity": optional_combo(SEVERITY, None, everything),
        }
        self.search = QLineEdit()
        self.search.setObjectName("signalSearch")
        self.search.setPlaceholderText(tr("Words in the description"))
        self.search.setClearButtonEnabled(True)
        grid = QGridLayout()
        labels = {
            "partner_id": tr("&Partner:"), "primary_b": tr("&B:"), "level": tr("&Level:"),
            "journey_moment": tr("&Moment:"), "status": tr("S&tatus:"),
            "target_group": tr("Target &group:"), "severity": tr("Se&verity at least:"),
        }
        # Three filters a row, each as narrow as a short choice: a long term (a target group,
        # a moment) must not widen the page past a laptop's screen.
        for position, (key, combo) in enumerate(self.filters.items()):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setObjectName(f"filter_{key}")
            combo.setAccessibleName(fill(tr("Filter: %1"), labels[key].replace("&", "")
                                                              .rstrip(":")))
            caption = QLabel(labels[key])
            caption.setBuddy(combo)
            grid.addWidget(caption, position // 3, (position % 3) * 2)
            grid.addWidget(combo, position // 3, (position % 3) * 2 + 1)
            combo.currentIndexChanged.connect(self.apply_filters)
        search_label = QLabel(tr("&Search:"))
        search_label.setBuddy(self.search)
        self.search.setAccessibleName(tr("Search in the descriptions"))
        grid.addWidget(search_label, 2, 2)
        grid.addWidget(self.search, 2, 3, 1, 3)
        self.search.textChanged.connect(self.apply_filters)
        self.review_filter = QCheckBox(tr("Only signals to &review"))
        self.review_filter.setObjectName("filter_to_review")
        self.review_filter.setAccessibleName(tr(
            "Filter: only imported signals whose text waits for review"))
        self.review_filter.toggled.connect(self.apply_filters)
        grid.addWidget(self.review_filter, 3, 0, 1, 4)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        self.view = QTableView()
        self.view.setObjectName("signalsView")
        self.view.setAccessibleName(tr("Signals"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        # the signal's text takes the room the other columns leave, on two lines of at least
        # 24 characters (the list scrolls sideways below); the partner, level, moment and
        # target groups give up width while it has less than 75, down to what they keep
        lang = language()
        kept = {**KEPT, **{column: two_line_chars(self.view, [t.label(lang) for t in terms])
                           for column, terms in ((SignalsModel.LEVEL, LEVELS),
                                                 (SignalsModel.MOMENT, JOURNEY_MOMENTS))}}
        self.room = ColumnRoom(self.view, SignalsModel.DESCRIPTION, TEXT_LEAST, CAPPED,
                               TEXT_MOST, kept, lines=2)
        self.view.activated.connect(lambda _index: self.on_edit())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.on_remove)

        self.add_button = button(tr("New signal…"), "signalAdd")
        self.edit_button = button(tr("Edit…"), "signalEdit")
        self.duplicate_button = button(tr("Duplicate"), "signalDuplicate")
        self.remove_button = button(tr("Remove"), "signalRemove")
        self.status_button = QToolButton()
        self.status_button.setObjectName("signalStatusMenu")
        self.status_button.setText(tr("Set status"))
        self.status_button.setAccessibleName(tr("Set the status of the selected signals"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = QMenu(self.status_button)
        for term in SIGNAL_STATUSES:
            action = menu.addAction(term.label(language()))
            action.triggered.connect(lambda _=False, key=term.key: self.on_status(key))
        self.status_button.setMenu(menu)
        self.bundle_button = button(tr("Bundle into a barrier…"), "signalBundle")
        self.bundle_button.clicked.connect(self.on_bundle)
        self.add_button.clicked.connect(self.on_add)
        self.edit_button.clicked.connect(self.on_edit)
        self.duplicate_button.clicked.connect(self.on_duplicate)
        self.remove_button.clicked.connect(self.on_remove)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.duplicate_button,
                       self.remove_button, self.status_button, self.bundle_button):
            buttons.addWidget(widget)
        buttons.addStretch()

        self.counts = QLabel()
        self.counts.setObjectName("signalCounts")
        self.counts.setWordWrap(True)
        # not selectable: a selectable label lays its whole text out again at every keystroke
        # of the search (half of its time at 100,000 signals); the numbers are in the tables of
        # the Partner × B and level tabs, which copy

        self.next_step = NextStep("signalsEmpty")
        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        list_layout.addWidget(self.next_step)
        list_layout.addLayout(grid)
        list_layout.addWidget(self.view, 1)
        list_layout.addLayout(buttons)
        self.heatmap = ChartView("partnerBChart", tr("Signals per partner and B"))
        self.partner_names = RowNamesRoom(self.heatmap.table)  # the room the B's leave
        self.levels = ChartView("levelChart", tr("Signals per level"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("signalTabs")
        self.tabs.setAccessibleName(tr("Signals: list and charts"))
        self.tabs.addTab(list_tab, tr("&List"))
        self.tabs.addTab(self.heatmap, tr("Partner × B"))
        self.tabs.addTab(self.levels, tr("Per level"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh_charts())
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Signals"), "signalsTitle"))
        layout.addWidget(self.counts)
        layout.addWidget(self.tabs, 1)

        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.proxy.modelReset.connect(self.update_buttons)
        # counted once per filter change (apply_filters) or refill, never per removed row range
        self.proxy.modelReset.connect(self.update_counts)
        self.add_button.setEnabled(not document.read_only)
        #: on a first fill of many signals, the rest of them, read between events
        self._reader: signal_lines.LinesReader | None = None
        self._totals: signal_lines.SignalTotals | None = None
        self._fitted = False  # the columns sized once, at the first fill
        self._reading = QTimer(self)
        self._reading.setInterval(READ_PAUSE)
        self._reading.timeout.connect(self.read_more)
        document.closing.connect(self.stop_reading)
        document.changed.connect(self.on_changed)
        self.reload()

    # ---- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        db = self.document.db
        self._partners = partners.list_partners(db)
        self._optional_bs = trajectory.get_trajectory(db).optional_bs
        self.model.partner_names = {p.id: p.name for p in self._partners}
        current = self.partner_filter.currentData()
        self.partner_filter.blockSignals(True)
        self.partner_filter.clear()
        self.partner_filter.addItem(tr("(all)"), None)
        for partner in self._partners:
            self.partner_filter.addItem(partner.name, partner.id)
        self.partner_filter.setCurrentIndex(max(0, self.partner_filter.findData(current)))
        self.partner_filter.blockSignals(False)
        self.model.lists = vocabularies.effective(db)
        groups = self.filters["target_group"]
        current = groups.currentData()
        groups.blockSignals(True)
        groups.clear()
        groups.addItem(tr("(all)"), None)
        for term in self.model.lists.target_groups:  # a retired one too: records keep it
            groups.addItem(term_label(term), term.key)
        groups.setCurrentIndex(max(0, groups.findData(current)))
        groups.blockSignals(False)
        selected = self.selected_ids()
        first_fill = not self.model.rowCount()
        self.stop_reading()
        if not (first_fill and self.start_reading()):
            self.model.set_records(signal_lines.list_signal_lines(db))
        self.select_ids(selected)
        if first_fill and not self._fitted:
            # sized from the first rows (Qt would read a thousand rows per column) and once:
            # a reload after an edit keeps the widths the user may have dragged
            self._fitted = True
            self.view.horizontalHeader().setResizeContentsPrecision(50)
            self.room.fit()
        self.show_next_step()  # the counts under the table follow the model's reset

    @property
    def reading(self) -> bool:
        """Whether signals are still being read (the list holds the first ones only)."""
        return self._reader is not None

    def start_reading(self) -> bool:
        """A first fill of many signals as the page opens, sorted on the partner: how many
        there are (counted in SQL) and the first screen of that sort at once, the rest read a
        chunk at a time between events, shown when all are read (False: read them all now).

        While they are read the numbers are those of every signal, and the search and filters
        apply to the first screen; once all are read, to every signal."""
        column, order = self.proxy.sorted_on()
        if column != SignalsModel.PARTNER:  # the page opens sorted on it (the header's own)
            return False
        db = self.document.db
        totals = signal_lines.signal_totals(db)
        if totals.total <= READ_AT_ONCE:
            return False
        first: list[SignalLine] = []
        for group in self.model.partners_in_order(
                totals.per_partner, descending=order == Qt.SortOrder.DescendingOrder):
            first += signal_lines.first_signal_lines(db, group, FIRST_SCREEN - len(first))
            if len(first) >= FIRST_SCREEN:
                break
        self._totals = totals
        self._reader = signal_lines.LinesReader(db, READ_CHUNK)
        self.model.set_records(first)
        self._reading.start()
        return True

    def read_more(self) -> None:
        """The next chunk of signals; after the last, the list holds them all, with the
        selection, the current row and the row at the top as they were."""
        reader = self._reader
        if reader is None:
            return
        if reader.read_more():
            self.update_counts()  # how far
            return
        self.stop_reading()
        selected = self.selected_ids()
        current = self.view.currentIndex().data(SignalsModel.IdRole)
        top = self.view.indexAt(self.view.viewport().rect().topLeft()).data(
            SignalsModel.IdRole) if self.view.verticalScrollBar().value() else None
        self.model.set_records(reader.lines())
        QTimer.singleShot(0, self.proxy.search_texts)  # between events, not at the first letter
        self.select_ids(selected)
        if (index := self.view_index(current)).isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate)
        if (index := self.view_index(top)).isValid():
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def stop_reading(self) -> None:
        self._reading.stop()
        self._reader = self._totals = None

    def on_changed(self, area: str) -> None:
        # "barriers" edits also say "signals"; hidden, the page reads when shown next: a
        # province's 100,000 signals took two seconds to read again at each edit elsewhere
        touched = self.document.signals_touched
        if area == "signals" and touched is not None and self.model.rowCount() and (
                self.isVisible() and not (self.stale or self.reading)):
            self.read_again(touched)
        elif area in ("signals", "partners", "trajectory", VOCABULARIES):
            self.read_when_shown()

    def read_file(self) -> None:
        """Shown after edits elsewhere: more signals than are read at once are let go first
        (none is on screen yet) and read as when the page opened, the first screen at once,
        the rest a chunk at a time; read again while held, a province's signals were in memory
        twice (70 MiB more after an import)."""
        if self.model.rowCount() > READ_AT_ONCE:
            self.model.set_records([])
        self.reload()

    def read_again(self, ids: frozenset[str]) -> None:
        """After an edit that names its signals: their lines read again, the others kept (a
        status changed at 100,000 signals read them all, a second and 70 MiB), those added
        after the rest, those gone left out; the selection stays."""
        fresh = {line.id: line for line in signal_lines.lines_with_ids(self.document.db, ids)}
        lines = [fresh.pop(line.id, line) for line in self.model.rows()
                 if line.id not in ids or line.id in fresh]
        selected = self.selected_ids()
        self.model.set_records([*lines, *fresh.values()])
        self.select_ids(selected)
        self.show_next_step()

    def show_partner(self, partner_id: str) -> None:
        """The partner's bundle: this view, filtered on that partner."""
        self.partner_filter.setCurrentIndex(max(0, self.partner_filter.findData(partner_id)))

    def apply_filters(self) -> None:
        severity = self.filters["severity"].currentData()
        self.proxy.set_filters(
            equal={key: self.filters[key].currentData() for key in SignalFilterProxy.FIELDS},
            target_group=self.filters["target_group"].currentData(),
            min_severity=None if severity is None else int(severity),
            text=self.search.text(),
            to_review_only=self.review_filter.isChecked(),
        )
        self.update_counts()

    def update_counts(self) -> None:
        """The numbers under the table, from one pass over the rows shown: the grid of
        signals.count_signals (the trajectory's partners × its active B's), counted from each
        row's prepared partner and B without reading the records. While signals are still
        read: how far, of how many (counted in SQL)."""
        totals, reader = self._totals, self._reader
        if reader is not None and totals is not None:
            self.counts.setText(fill(tr(
                "Reading the signals: %1 of %2 read. Until all are read, search and filters "
                "cover the first ones, and the counts per partner and per B wait."),
                str(reader.read), str(totals.total)) + self._waiting_note(totals.waiting))
            self.refresh_charts()
            return
        grid = self.proxy.shown_per_partner_and_b()
        bs = [term.key for term in self._bs()]
        lang = language()
        partner_ids = {p.id for p in self._partners}
        of_partner: Counter[str] = Counter()
        of_b: Counter[str] = Counter()
        for (partner_id, b), count in grid.items():
            if partner_id in partner_ids and b in bs:
                of_partner[partner_id] += count
                of_b[b] += count
        named = self._partners if len(self._partners) <= NAMED_PARTNERS else sorted(
            self._partners, key=lambda p: -of_partner[p.id])[:NAMED_PARTNERS]
        per_partner = ", ".join(f"{p.name} {of_partner[p.id]}" for p in named)
        if len(named) < len(self._partners):
            per_partner += " " + fill(tr("and %1 more partners (all of them under Partner × B)"),
                                      str(len(self._partners) - len(named)))
        per_b = ", ".join(f"{ALL_BS.label(b, lang)} {of_b[b]}" for b in bs)
        self.counts.setText(
            fill(tr("%1 of %2 signals shown."), str(self.proxy.rowCount()), str(self.model.rowCount()))
            + self._waiting_note(self.model.waiting)
            + "\n" + fill(tr("Per partner: %1"), per_partner or "—")
            + "\n" + fill(tr("Per B: %1"), per_b or "—"))
        self.refresh_charts()

    @staticmethod
    def _waiting_note(waiting: int) -> str:
        return "" if not waiting else " " + fill(tr(
            "%1 imported signals wait for review: they look like personal data and are left "
            "out of reports until you edit them."), waiting)

    def refresh_charts(self) -> None:
        """Draw the chart of the tab in view, from the same numbers its table shows."""
        tab = self.tabs.currentWidget()
        if tab not in (self.heatmap, self.levels):
            return
        if self.reading:  # drawn from every signal once all are read
            tab.show_data(None, [], [], [], blank=tr("Reading the signals…"))
            return
        from ..charts.signal_charts import busiest_partners, partner_b_heatmap, signals_per_level

        lang = language()
        counts = signals.count_signals(self.proxy.records(), [p.id for p in self._partners],
                                       self._optional_bs)
        if tab is self.heatmap:
            names = [p.name for p in self._partners]
            bs = [ALL_BS.label(b, lang) for b in counts.b_keys]
            drawn, rows = busiest_partners(names, counts.by_partner_and_b)
            title = "" if len(drawn) == len(names) else fill(tr(
                "The %1 partners with the most signals, of %2; the table lists them all"),
                str(len(drawn)), str(len(names)))
            self.heatmap.show_data(partner_b_heatmap(drawn, bs, rows, title), names,
                                   two_line_headers(self.heatmap.table, bs, endings=True),
                                   counts.by_partner_and_b)
            self.partner_names.share()
        else:
            levels = [LEVELS.label(k, lang) for k in counts.level_keys] + [tr("(no level)")]
            values = [*counts.by_level, counts.without_level]
            self.levels.show_data(signals_per_level(levels, values), levels, [tr("Signals")],
                                  [[v] for v in values])

    # ---- edits -----------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return [index.data(SignalsModel.IdRole)
                for index in self.view.selectionModel().selectedRows()]

    def selected(self) -> list[SignalRecord]:
        """The whole records of the selected signals (read when a button needs them)."""
        return signal_lines.signals_with_ids(self.document.db, self.selected_ids())

    def view_index(self, signal_id: str | None) -> QModelIndex:
        """Where the view shows this signal (invalid: not shown, or None)."""
        if signal_id is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(self.model.row_of(signal_id), 0))

    def select_ids(self, ids: list[str]) -> None:
        """Select the rows of these signals that are shown, in one selection change."""
        selection = QItemSelection()
        for signal_id in ids:
            index = self.view_index(signal_id)
            if index.isValid():
                selection.select(index, index)
        if not selection.isEmpty():
            self.view.selectionModel().select(selection, (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows))

    def update_buttons(self) -> None:
        editable = not self.document.read_only
        count = len(self.view.selectionModel().selectedRows())
        self.edit_button.setEnabled(editable and count == 1)
        self.duplicate_button.setEnabled(editable and count == 1)
        self.remove_button.setEnabled(editable and count > 0)
        self.status_button.setEnabled(editable and count > 0)
        self.bundle_button.setEnabled(editable and count > 0)

    def _bs(self):  # type: ignore[no-untyped-def]
        return active_bs(tuple(self._optional_bs))

    def _open(self, record: SignalRecord, *, new: bool, old: SignalRecord | None = None) -> None:
        dialog = SignalDialog(record, self._partners, self._bs(), self, new=new,
                              lists=vocabularies.effective(self.document.db))
        dialog.save_with(self.document, lambda: (
            edits.add_signal(self.document, dialog.record()) if old is None
            else edits.edit_signal(self.document, old, dialog.record())))
        dialog.open()

    def show_next_step(self) -> None:
        """With no signals yet, what to do first, and a button that does it."""
        editable = not self.document.read_only
        if self.model.rowCount():
            self.next_step.say(None)
        elif not self._partners:
            self.next_step.say(
                tr("No signals yet. Signals come from the partners: add the partners first."),
                tr("Add the &partners…"), lambda: self.section_requested.emit(PARTNERS))
        else:
            self.next_step.say(tr(
                "No signals yet. Add them one by one with New signal…, or export a bundle for "
                "each partner (File ▸ Export a signal bundle…) and import the filled "
                "workbooks."), tr("New &signal…"), self.on_add if editable else None)

    def on_add(self) -> None:
        if not self._partners:
            prompts.show_info(self, tr("New signal"), tr(
                "Every signal belongs to the partner who noticed it, and this trajectory has no "
                "partners yet. Add them on the page Partners and participants; then come back "
                "for the signals."))
            self.section_requested.emit(PARTNERS)
            return
        partner = self.partner_filter.currentData() or self._partners[0].id
        self._open(SignalRecord(new_id(), partner, "", "bekendheid"), new=True)

    def on_edit(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and not self.document.read_only:
            self._open(chosen[0], new=False, old=chosen[0])

    def on_duplicate(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            copy = replace(chosen[0], id=new_id(), status="noticed", created_at=None,
                           description=chosen[0].description + " " + tr("(copy)"))
            self._open(copy, new=True)

    def on_remove(self) -> None:
        chosen = self.selected()
        if chosen and not self.document.read_only:
            self.document.push(edits.remove_signals(self.document, chosen))

    def on_status(self, status: str) -> None:
        chosen = self.selected()
        if chosen:
            self.document.push(edits.set_signal_status(self.document, chosen, status))

    def on_bundle(self) -> None:
        """The selected signals become one barrier (moved out of any barrier they were in)."""
        chosen = self.selected()
        if not chosen or self.document.read_only:
            return
        question = bundling_question(self.document, [r.id for r in chosen])
        if question and not prompts.confirm(self, tr("Bundle into a barrier"), question):
            return
        title = prompts.ask_text(self, tr("Bundle into a barrier"), tr("Name of the barrier:"))
        if title:
            self.document.push(barrier_edits.bundle_signals(self.document, new_id(), title,
                                                            [r.id for r in chosen]))
