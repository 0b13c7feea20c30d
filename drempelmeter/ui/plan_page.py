"""The action plan (phases 5 and 6): pillars → goals → actions in a tree (moved by keys or by
dragging, renumbered at once) beside the editor of the chosen action; what the plan does not
cover yet; and the follow-up: each action's status and history, overdue ones flagged, progress
per pillar as a chart over its table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.ids import new_id
from ..domain.plan import ACTION_STATUSES, ActionRecord, PillarRecord, all_actions
from ..domain.taxonomy import ALL_BS
from ..services import follow_up, followup_forms, measurement, partners, plan, vocabularies
from . import plan_edits, prompts
from .action_editor import ActionEditor
from .chart_view import ChartView, fill_table, read_from_left, read_only_table
from .column_room import two_line_chars, two_line_headers
from .document import TrajectoryDocument
from .due_view import DueSummary
from .followup_actions import history_line
from .formats import format_date, locale_decimal
from .i18n import fill, language, tr
from .indicator_view import (
    WORDS_KEPT,
    IndicatorPanel,
    actions_room,
    follow_up_cells,
    follow_up_headers,
    follow_up_kept,
    whole_text_as_tooltip,
)
from .next_step import NextStep
from .read_when_shown import ReadWhenShown
from .record_dialogs import RecordDialog
from .score_views import cell_text, chart_value
from .tables import label_in
from .widgets import add_row, button, date_edit, from_qdate, heading, term_combo
from .wrapped_tree import WrappedItems

KIND, ID, PARENT = range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 3)
CHILD = {"pillar": "goal", "goal": "action"}
#: The follow-up's columns of words: action, owner, status, late or to plan, sounding board.
FOLLOW_UP_WORDS = (0, 1, 3, 5, 7)


class PlanTree(QTreeWidget):
    """The plan's outline. Alt+Up/Alt+Down move the current item among its siblings; dragging
    moves it anywhere it may go. Either way the page is asked to move it (`move_requested`)."""

    def __init__(self, page: PlanPage) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("planTree")
        self.setAccessibleName(tr("The action plan: pillars, goals and actions"))
        self.setHeaderLabels([tr("Pillar, goal or action")])  # hidden, but read out: not "1"
        self.setHeaderHidden(True)
        WrappedItems(self)  # a long title wraps beside the editor on a laptop
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.page.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Delete:
            self.page.on_remove()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Work out where the item lands, let the service move it, and redraw the tree (Qt's own
        move is not used: the file is the truth)."""
        moved = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if moved is not None and target is not None:
            place = self.placement(moved, target, self.dropIndicatorPosition())
            if place is not None:
                self.page.move_to(moved, *place)

    def placement(self, moved: QTreeWidgetItem, target: QTreeWidgetItem,
                  where: QAbstractItemView.DropIndicatorPosition) -> tuple[str | None, int] | None:
        """Where a dropped item goes, as (parent id, 1-based position): at the end of a parent it
        was dropped on (an action on a goal, a goal on a pillar), or before or after an item of
        its own kind; None where it may not go."""
        kind = moved.data(0, KIND)
        if target is moved:
            return None
        if where == QAbstractItemView.DropIndicatorPosition.OnItem:
            if CHILD.get(target.data(0, KIND)) != kind:
                return None
            same = moved.data(0, PARENT) == target.data(0, ID)
            return target.data(0, ID), target.childCount() + (0 if same else 1)
        if target.data(0, KIND) != kind:
            return None
        parent = target.parent()
        row = parent.indexOfChild(target) if parent else self.indexOfTopLevelItem(target)
        after = where == QAbstractItemView.DropIndicatorPosition.BelowItem
        mine = moved.parent().indexOfChild(moved) if moved.parent() else \
            self.indexOfTopLevelItem(moved)
        earlier = moved.data(0, PARENT) == target.data(0, PARENT) and mine < row
        return target.data(0, PARENT), row + 1 + after - earlier


class StatusDialog(RecordDialog):
    """A step in an action's follow-up: its new status, from when, and why."""

    def __init__(self, action: ActionRecord, parent: QWidget) -> None:
        super().__init__(fill(tr("Follow-up of action %1"), action.number), parent)
        self.setObjectName("statusDialog")
        self.form.addRow(QLabel(action.title))
        self.status = term_combo(ACTION_STATUSES, action.status)
        add_row(self.form, tr("&Status:"), self.status, "statusChoice")
        self.on = date_edit(date.today())
        add_row(self.form, tr("&From:"), self.on, "statusDate")
        self.note = QLineEdit()
        add_row(self.form, tr("&Note (why, when adjusted or stopped):"), self.note, "statusNote")

    def values(self) -> tuple[str, date, str]:
        return self.status.currentData(), from_qdate(self.on.date()), self.note.text().strip()


class PlanPage(ReadWhenShown, QWidget):
    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPage")
        self.document = document
        self.plan: list[PillarRecord] = []
        #: the tabs filled since the file last changed (see refresh_tabs)
        self._fresh: set[str] = set()
        self.tree = PlanTree(self)
        self.tree.currentItemChanged.connect(lambda *_: self.show_current())
        self.editor = ActionEditor()
        self.editor.edited.connect(self.on_action_edited)
        self.editor.year_note.bind(document)
        self.buttons = {}
        row = QHBoxLayout()
        for key, text, slot in (
                ("pillar", tr("New &pillar…"), lambda: self.on_add("pillar")),
                ("goal", tr("New goal…"), lambda: self.on_add("goal")),
                ("action", tr("New a&ction…"), lambda: self.on_add("action")),
                ("rename", tr("Rename…"), self.on_rename),
                ("remove", tr("Remove"), self.on_remove),
                ("up", tr("Move up"), lambda: self.move_current(-1)),
                ("down", tr("Move down"), lambda: self.move_current(1))):
            self.buttons[key] = button(text, f"plan_{key}")
            self.buttons[key].clicked.connect(slot)
            row.addWidget(self.buttons[key])
        row.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 9)  # the tree near half: most titles on one line at 1280
        split.setStretchFactor(1, 11)
        split.setSizes([450, 550])
        outline = QWidget()
        outline_layout = QVBoxLayout(outline)
        self.next_step = NextStep("planEmpty")
        outline_layout.addWidget(self.next_step)
        outline_layout.addLayout(row)
        outline_layout.addWidget(split, 1)

        self.coverage = QTreeWidget()
        self.coverage.setObjectName("planCoverage")
        self.coverage.setAccessibleName(tr("What the plan does not cover yet"))
        self.coverage.setHeaderLabels([tr("Not covered yet")])
        self.coverage.setHeaderHidden(True)

        self.follow = read_only_table("followUpTable", tr("The actions and their follow-up"))
        self.follow.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # the title takes the room the dates and figures leave, on two lines; the owner, the
        # status, the late or to plan and the sounding board give up width for it
        self.follow_room = actions_room(self.follow, {
            1: WORDS_KEPT, 3: two_line_chars(self.follow, [
                t.label(language()) for t in ACTION_STATUSES]), 5: WORDS_KEPT,
            **follow_up_kept(self.follow, 6, 7)})
        self.follow.itemSelectionChanged.connect(self.show_history)
        self.follow.itemActivated.connect(lambda _item: self.on_status())
        self.history = QListWidget()
        self.history.setObjectName("followUpHistory")
        self.history.setAccessibleName(tr("The history of the chosen action"))
        self.history.setWordWrap(True)
        self.step_reports: dict[str, followup_forms.StepReport] = {}
        self.status_button = button(tr("Record progress…"), "followUpStatus")
        self.status_button.clicked.connect(self.on_status)
        self.progress = ChartView("progressChart", tr("Progress per pillar"))
        self.compared = ChartView("baselineChart",
                                  tr("The region: the baseline against the latest measurement"))
        self.compared_note = QLabel()
        self.compared_note.setWordWrap(True)
        measured = QWidget()
        measured_layout = QVBoxLayout(measured)
        measured_layout.addWidget(self.compared_note)
        measured_layout.addWidget(self.compared, 1)
        self.charts = QTabWidget()
        self.charts.setObjectName("followUpCharts")
        self.charts.setAccessibleName(tr("Progress and measurement"))
        self.charts.addTab(self.progress, tr("Progress per pillar"))
        self.charts.addTab(measured, tr("Baseline and re-measurement"))
        self.charts.currentChanged.connect(lambda _i: self.refresh_tabs())
        follow = QWidget()
        follow_layout = QVBoxLayout(follow)
        self.due = DueSummary(document)
        follow_layout.addWidget(self.due)
        follow_layout.addWidget(self.follow, 2)
        history_row = QHBoxLayout()
        history_row.addWidget(self.history, 1)
        history_row.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignTop)
        follow_layout.addLayout(history_row, 1)
        follow_layout.addWidget(self.charts, 2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.setAccessibleName(tr("The action plan, its coverage and follow-up"))
        self.tabs.addTab(outline, tr("Pla&n"))
        self.tabs.addTab(self.coverage, tr("C&overage"))
        self.tabs.addTab(follow, tr("Fo&llow-up"))
        self.numbers = IndicatorPanel(document)
        self.tabs.addTab(self.numbers, tr("Indicators and sounding board"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh_tabs())
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Action plan"), "planTitle"))
        layout.addWidget(self.tabs, 1)
        document.changed.connect(self.on_changed)
        self.reload()

    # ---- reading -----------------------------------------------------------------------

    def on_changed(self, area: str) -> None:
        if area in ("priorities", "trajectory"):
            # the order of the priorities changes at every weight change on the barriers
            # page (and the klankgroep's rhythm, which evaluations are due, on the details
            # page): read again when shown (a reload took 0.1-0.2 s of each change at scale)
            self.read_when_shown()
        elif area in ("plan", "barriers", "partners", "measurement"):
            self.reload()

    def reload(self) -> None:
        self.stale = False
        db = self.document.db
        self.plan = plan.read_plan(db)
        self._fresh.clear()
        # What the editor offers, read once per change rather than at every click in the tree.
        self._partner_names = [p.name for p in partners.list_partners(db)]
        self._barrier_titles = dict(plan.barrier_titles(db))
        chosen = self.current_key()
        self.tree.blockSignals(True)
        self.tree.clear()
        found = None
        for pillar in self.plan:
            top = self._item(None, "pillar", pillar.id, None,
                             fill(tr("Pillar: %1"), pillar.title))
            for goal in pillar.goals:
                middle = self._item(top, "goal", goal.id, pillar.id,
                                    f"{goal.number}. {goal.title}")
                for action in goal.actions:
                    leaf = self._item(middle, "action", action.id, goal.id,
                                      f"{action.number} {action.title}")
                    found = leaf if action.id == chosen else found
                found = middle if goal.id == chosen else found
            found = top if pillar.id == chosen else found
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if found is not None:
            self.tree.setCurrentItem(found)
        self.show_current()
        self.refresh_tabs()
        self.next_step.say(None if self.plan else tr(
            "No plan yet. Start with a pillar (a theme), then its goals and their actions, each "
            "serving the barriers the working group prioritised; or bring in the plan your "
            "region already has with File ▸ Import an action plan…"),
            tr("New &pillar…"), None if self.document.read_only else
            (lambda: self.on_add("pillar")))

    def _item(self, parent, kind: str, item_id: str, parent_id: str | None,  # type: ignore[no-untyped-def]
              text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setToolTip(0, text)  # whole, where the tree cuts it
        item.setData(0, KIND, kind)
        item.setData(0, ID, item_id)
        item.setData(0, PARENT, parent_id)
        flags = item.flags() | Qt.ItemFlag.ItemIsDragEnabled
        if kind != "action":
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        item.setFlags(flags)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def current_key(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID) if item else None

    def current_action(self) -> ActionRecord | None:
        key = self.current_key()
        return next((a for a in all_actions(self.plan) if a.id == key), None)

    def show_current(self) -> None:
        item = self.tree.currentItem()
        kind = item.data(0, KIND) if item else None
        editable = not self.document.read_only
        self.buttons["pillar"].setEnabled(editable)
        self.buttons["goal"].setEnabled(editable and kind is not None)
        self.buttons["action"].setEnabled(editable and kind in ("goal", "action"))
        for key in ("rename", "remove", "up", "down"):
            self.buttons[key].setEnabled(editable and item is not None)
        action = self.current_action()
        self.editor.show_action(action, self._partner_names, list(self._barrier_titles.items()),
                                vocabularies.effective(self.document.db).gbo_principles)
        self.editor.setEnabled(editable and action is not None)

    def refresh_tabs(self) -> None:
        """Fill what is in view (the coverage; the follow-up, and under it the comparison of
        the measurements), each once after a change of the file, when it is first shown."""
        shown = {1: ["coverage"], 2: ["follow_up"]}.get(self.tabs.currentIndex(), [])
        if shown == ["follow_up"] and self.charts.currentIndex() == 1:
            shown.append("comparison")
        parts = {"coverage": self.refresh_coverage, "follow_up": self.refresh_follow_up,
                 "comparison": self.refresh_comparison}
        for name in shown:
            if name not in self._fresh:
                self._fresh.add(name)
                parts[name]()

    def refresh_coverage(self) -> None:
        lang = language()
        gaps = follow_up.coverage(self.document.db, self.plan)
        titles = self._barrier_titles
        actions = {a.id: a for a in all_actions(self.plan)}
        self.coverage.clear()
        for caption, values in (
                (tr("Priority barriers without an action"),
                 [titles.get(b, b) for b in gaps.barriers_without_action]),
                (tr("B's without an action"),
                 [ALL_BS.label(b, lang) for b in gaps.bs_without_action]),
                (tr("GBO principles without an action"),
                 [label_in(vocabularies.effective(self.document.db).gbo_principles, p)
                  for p in gaps.principles_without_action]),
                (tr("Actions without an owner"),
                 [f"{actions[a].number} {actions[a].title}" for a in gaps.actions_without_owner]),
                (tr("Actions without a deadline"),
                 [f"{actions[a].number} {actions[a].title}"
                  for a in gaps.actions_without_deadline])):
            group = QTreeWidgetItem([f"{caption} ({len(values)})"])
            group.addChildren([QTreeWidgetItem([v]) for v in values])
            self.coverage.addTopLevelItem(group)
        self.coverage.expandAll()

    def refresh_follow_up(self) -> None:
        from ..charts.plan_charts import progress_per_pillar

        lang = language()
        today = date.today()
        actions = all_actions(self.plan)
        late = {a.id for a in follow_up.overdue(self.plan, today)}
        self.step_reports = followup_forms.step_reports(self.document.db)
        self.due.refresh(self.plan)
        row = self.follow.currentRow()
        numbers = follow_up_cells(self.document, self.plan)
        fill_table(self.follow, [a.number for a in actions],
                   two_line_headers(self.follow, [
                       tr("Action"), tr("Owner"), tr("Deadline"), tr("Status"), tr("Since"),
                       tr("Late or to plan"), *follow_up_headers()]),
                   [[a.title, a.owner or "—", format_date(a.due_on) if a.due_on else "—",
                     ACTION_STATUSES.label(a.status, lang),
                     format_date(a.history[-1].on) if a.history else "—",
                     " · ".join(w for w in (tr("overdue") if a.id in late else "",
                                            self.due.evaluation_words(a.number)) if w),
                     *numbers[a.id]] for a in actions])
        read_from_left(self.follow, FOLLOW_UP_WORDS)  # dates and figures from the right
        for r, action in enumerate(actions):
            if action.id in late:
                for c in range(self.follow.columnCount()):
                    self.follow.item(r, c).setForeground(QBrush(QColor("#B00020")))
        for words in (0, 1, 5):  # what may be cut shows whole as its tooltip
            whole_text_as_tooltip(self.follow, words)
        self.follow_room.fit()
        if actions:  # the first action's history at first, as the indicators show its numbers
            self.follow.selectRow(row if 0 <= row < len(actions) else 0)
        self.show_history()
        statuses = ACTION_STATUSES.ordered_keys()
        labels = [ACTION_STATUSES.label(s, lang) for s in statuses]
        progress = follow_up.progress(self.plan, today)
        counts = [[progress[p.id].counts.get(s, 0) for s in statuses] for p in self.plan]
        self.progress.show_data(
            progress_per_pillar([p.title for p in self.plan], labels, counts, tr("Actions"),
                                tr("Progress per pillar")),
            [p.title for p in self.plan], [*labels, tr("Overdue")],
            [[*row_counts, progress[p.id].overdue] for p, row_counts in zip(
                self.plan, counts, strict=True)])

    def refresh_comparison(self) -> None:
        """The region's mean per B in the baseline and in the latest closed round (phase 6's
        question: did the barriers get lower?), small groups hidden as everywhere."""
        from ..charts.measurement_charts import round_comparison

        compared = measurement.baseline_against_latest(self.document.db)
        self.compared.setVisible(compared is not None)
        if compared is None:
            self.compared_note.setText(tr("The comparison appears when a second measurement "
                                          "round (the re-measurement) is closed."))
            return
        lang = language()
        names = (compared.first.name, compared.last.name)
        labels = [ALL_BS.label(b, lang) for b in compared.bs]
        self.compared_note.setText(tr("Mean per B of everyone who answered, 1 to 5."))
        self.compared.show_data(
            round_comparison(labels, [chart_value(c) for c in compared.before],
                             [chart_value(c) for c in compared.after], names,
                             fill(tr("The region: %1 against %2"),
                                  names[0], names[1]), decimal=locale_decimal()),
            labels, list(names),
            [[cell_text(a), cell_text(b)] for a, b in zip(compared.before, compared.after,
                                                          strict=True)])

    def followed_action(self) -> ActionRecord | None:
        rows = self.follow.selectionModel().selectedRows() if self.follow.selectionModel() \
            else []
        actions = all_actions(self.plan)
        return actions[rows[0].row()] if rows and rows[0].row() < len(actions) else None

    def show_history(self) -> None:
        action = self.followed_action()
        self.status_button.setEnabled(action is not None and not self.document.read_only)
        self.history.clear()
        if action is None:
            return
        for step in action.history:
            self.history.addItem(history_line(step, self.step_reports.get(step.id)))

    # ---- editing -----------------------------------------------------------------------

    def on_add(self, kind: str) -> None:
        item = self.tree.currentItem()
        parent_id = None
        if kind != "pillar":
            while item is not None and item.data(0, KIND) != {"goal": "pillar",
                                                                "action": "goal"}[kind]:
                item = item.parent()
            if item is None:
                return
            parent_id = item.data(0, ID)
        label = {"pillar": tr("Title of the pillar:"), "goal": tr("Title of the goal:"),
                 "action": tr("Title of the action:")}[kind]
        title = prompts.ask_text(self, tr("Add to the plan"), label)
        if not title:
            return
        item_id = new_id()
        if self.document.push(plan_edits.add_item(self.document, kind, item_id, parent_id,
                                                  title)):
            self.select(item_id)

    def on_rename(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        title = prompts.ask_text(self, tr("Rename"), tr("New title:"))
        if title:
            self.document.push(plan_edits.rename(self.document, item.data(0, KIND),
                                                 item.data(0, ID), title))

    def on_remove(self) -> None:
        item = self.tree.currentItem()
        if item is not None and not self.document.read_only:
            self.document.push(plan_edits.remove(self.document, item.data(0, KIND),
                                                 item.data(0, ID)))

    def move_current(self, step: int) -> None:
        item = self.tree.currentItem()
        if item is None or self.document.read_only:
            return
        parent = item.parent()
        row = parent.indexOfChild(item) if parent else self.tree.indexOfTopLevelItem(item)
        count = parent.childCount() if parent else self.tree.topLevelItemCount()
        if 0 <= row + step < count:
            self.move_to(item, item.data(0, PARENT), row + 1 + step)

    def move_to(self, item: QTreeWidgetItem, parent_id: str | None, position: int) -> None:
        key = item.data(0, ID)
        if self.document.push(plan_edits.move(self.document, item.data(0, KIND), key,
                                              parent_id, position)):
            self.select(key)

    def select(self, key: str) -> None:
        found = self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        for item in found:
            if item.data(0, ID) == key:
                self.tree.setCurrentItem(item)
                return

    def on_action_edited(self, new: ActionRecord) -> None:
        old = self.current_action()
        if old is not None:
            self.document.push(plan_edits.edit_action(self.document, old, new))

    def on_status(self) -> None:
        action = self.followed_action()
        if action is None or self.document.read_only:
            return
        dialog = StatusDialog(action, self)
        dialog.save_with(self.document, lambda: plan_edits.add_status(
            self.document, new_id(), action.id, *dialog.values()))
        dialog.open()

