"""Phase 5's pre-mortem of an action on the beamer: risks as cards, clustered, then what is needed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.ids import new_id
from ...domain.plan import QUESTIONS, all_actions
from ...services import captures, plan, premortem, room
from ...services.records import CaptureRecord, PremortemNote
from .. import prompts
from ..document import EditCommand, TrajectoryDocument
from ..i18n import fill, language, tr
from ..privacy_hint import add_hint
from .chart_slide import ChartPane
from .keyed import KeyedActivity
from .room_host import RoomJoin
from .style import ACCENT, BAR, set_role

AREAS = ("workshop",)
RISK, NEED = "risk", "need"
#: Cards in a row on the beamer, and the pixels between them.
COLUMNS = 4
GAP = 12


class PremortemControl(QWidget):
    """The laptop's side: the line the coach types the room's risks (or needs) in, with the
    warning about personal data under it."""

    def __init__(self, view: PremortemView) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("premortemControl")
        self.setAccessibleName(tr("Pre-mortem: type what the room says"))
        self.about = QLabel()
        self.about.setObjectName("premortemControlAbout")
        self.about.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setObjectName("premortemEntry")
        self.entry.returnPressed.connect(self.add)
        self.add_button = QPushButton(tr("&Add"))
        self.add_button.setObjectName("premortemAdd")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.caption = QLabel()
        self.caption.setBuddy(self.entry)
        form = QFormLayout(self)
        form.addRow(self.about)
        form.addRow(self.caption, self.entry)
        self.hint = add_hint(form, self.entry, "premortemEntry")
        form.addRow(QLabel(tr("Write what could go wrong or is needed, never who: no names "
                              "of clients, staff or partners' people.")))
        form.addRow(self.add_button)
        #: what the room's phones wrote, held until the coach accepts or discards it
        self.held_caption = QLabel(tr("&Written in the room, for your review (Enter accepts, "
                                      "Delete discards):"))
        self.held = QListWidget()
        self.held.setObjectName("premortemHeld")
        self.held.setAccessibleName(tr("Written in the room, for your review"))
        self.held_caption.setBuddy(self.held)
        for text, key, slot in ((tr("Accept as a card"), "Return", self.accept),
                                (tr("Discard"), "Delete", self.discard)):
            action = QAction(text, self.held)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.held.addAction(action)
        form.addRow(self.held_caption)
        form.addRow(self.held)

    def show_held(self) -> None:
        """The room's texts waiting for review; those the guard flags say so."""
        host = self.view.room.host
        waiting = host.activity.waiting() if host is not None else []
        row = self.held.currentRow()
        self.held.clear()
        for held in waiting:
            text = held.text if not held.findings else fill(
                tr("%1 (may name a person: accepting it asks you first)"), held.text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, held.id)
            self.held.addItem(item)
        self.held.setCurrentRow(min(max(row, 0), self.held.count() - 1))
        self.held_caption.setVisible(bool(waiting))
        self.held.setVisible(bool(waiting))

    def _chosen(self) -> tuple[room.Activity, str] | None:
        host, item = self.view.room.host, self.held.currentItem()
        if host is None or item is None:
            return None
        return host.activity, str(item.data(Qt.ItemDataRole.UserRole))

    def accept(self) -> None:
        """The text becomes a card of its stage, as if typed, in the place of its draft
        (undoable; a flagged one is asked about as any typed text)."""
        chosen = self._chosen()
        if chosen is None:
            return
        activity, held_id = chosen
        held = next((h for h in activity.waiting() if h.id == held_id), None)
        if held is not None and self.view.add_note(held.text, held.stage, held.draft_id):
            activity.discard(held_id)  # its draft went with the card's edit
        self.show_held()

    def discard(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            chosen[0].discard(chosen[1])
        self.show_held()

    def show_state(self) -> None:
        view = self.view
        action = view.action_label()
        ready = bool(action) and not view.document.read_only
        if view.stage == RISK:
            label = tr("Failure &risk:")
        else:
            label = fill(tr("&Needed for “%1”:"), view.group_label(view.group()))
        self.caption.setText(label)
        self.entry.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.about.setText(fill(tr("Action %1, %2"), action, view.stage_question()) if action
                           else tr("Choose the action first: press A on the beamer."))
        self.entry.setEnabled(ready)
        self.add_button.setEnabled(ready)

    def add(self) -> None:
        text = self.entry.text().strip()
        if text and self.view.add_note(text):
            self.entry.clear()
        self.entry.setFocus()


class PremortemView(KeyedActivity):
    """Stage 1, the risks: cards the coach marks (Space) and puts into a named cluster (K).
    Stage 2, per cluster (Up/Down): what is needed. Ctrl+Return writes them into the action."""

    key = "premortem"
    areas = (*AREAS, "plan")

    def __init__(self, document: TrajectoryDocument, session_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.session_id = session_id
        self.action_id: str | None = None
        self.plan_actions: dict[str, str] = {}  # action id → "1.2 Title", in the plan's order
        self.notes: list[PremortemNote] = []
        self.stage = RISK
        self.current = 0  # the card the coach is on (stage 1) or the need (stage 2)
        self.group_index = 0  # the cluster the needs are for (stage 2)
        self.marked: set[str] = set()
        self.setObjectName("premortemView")
        self.setAccessibleName(self.title())
        self.action_line = QLabel()
        self.action_line.setObjectName("premortemAction")
        self.action_line.setWordWrap(True)
        self.action_line.setAccessibleName(tr("The action"))
        set_role(self.action_line, "muted")
        self.heading = QLabel()
        self.heading.setObjectName("premortemQuestion")
        self.heading.setWordWrap(True)
        set_role(self.heading, "title")
        self.context = QLabel()
        self.context.setObjectName("premortemContext")
        self.context.setWordWrap(True)
        self.context.setAccessibleName(tr("Where the coach is"))
        self.cards = QListWidget()
        self.cards.setObjectName("premortemCards")
        self.cards.setAccessibleName(tr("The cards"))
        self.cards.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view's keys drive it
        self.cards.setViewMode(QListView.ViewMode.IconMode)
        self.cards.setFlow(QListView.Flow.LeftToRight)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setMovement(QListView.Movement.Static)
        self.cards.setWrapping(True)
        self.cards.setWordWrap(True)
        self.cards.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        self.pane = ChartPane("premortemChart", tr("Failure risks per cluster"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.cards)
        self.stack.addWidget(self.pane)
        self.notice = QLabel()
        self.notice.setObjectName("premortemNotice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("What the last key did"))
        set_role(self.notice, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.action_line)
        layout.addWidget(self.heading)
        layout.addWidget(self.context)
        work = QHBoxLayout()
        work.addWidget(self.stack, 1)
        layout.addLayout(work, 1)
        layout.addWidget(self.notice)
        #: the room writes too (J), silently, on its phones: held for review on the laptop
        self.room = RoomJoin(self, work, None, self.start_room, wide=True)
        self.add_key(tr("Choose the action"), ["A"], self.choose_action, "premortemChoose")
        self.add_key(tr("Stage 1: how could it fail?"), ["1"], lambda: self.set_stage(RISK),
                     "premortemRisks")
        self.add_key(tr("Stage 2: what is needed?"), ["2"], lambda: self.set_stage(NEED),
                     "premortemNeeds")
        self.add_key(tr("Previous card"), ["Left"], lambda: self.step_card(-1), "premortemLeft")
        self.add_key(tr("Next card"), ["Right"], lambda: self.step_card(1), "premortemRight")
        self.add_key(tr("Card above, or the previous cluster"), ["Up"], lambda: self.move_up(-1),
                     "premortemUp")
        self.add_key(tr("Card below, or the next cluster"), ["Down"], lambda: self.move_up(1),
                     "premortemDown")
        self.edit_keys = [
            self.add_key(tr("Mark the card"), ["Space"], self.toggle_mark, "premortemMark"),
            self.add_key(tr("Put the marked cards into a cluster…"), ["K"], self.cluster,
                         "premortemCluster"),
            self.add_key(tr("Take the marked cards out of their cluster"), ["U"], self.uncluster,
                         "premortemUncluster"),
            self.add_key(tr("Remove the marked cards"), ["Delete"], self.remove_marked,
                         "premortemRemove"),
            self.add_key(tr("Write the risks and needs into the action"), ["Ctrl+Return",
                                                                          "Ctrl+Enter"],
                         self.apply, "premortemApply"),
        ]
        self.add_key(tr("The cards or the chart of the clusters"), ["G"], self.toggle_chart,
                     "premortemChart")
        for action in self.pane.key_actions():
            self.adopt(action)
            action.setEnabled(False)  # while the cards show
        self._control = PremortemControl(self)
        self.reload()

    def start_room(self) -> room.Activity:
        activity = room.start(self.document.db, "premortem", self.session_id, self.action_id)
        activity.set_stage(self.stage)
        return activity

    def leave(self) -> None:
        self.room.close()
        self._control.show_held()

    def held_for_review(self) -> set[str]:
        host = self.room.host
        return {held.draft_id for held in host.activity.waiting()} if host else set()

    def title(self) -> str:
        return tr("Pre-mortem of an action")

    def control(self) -> QWidget:
        return self._control

    # ---- what the file holds -------------------------------------------------------------

    def reload(self) -> None:
        db = self.document.db
        self.plan_actions = {a.id: f"{a.number} {a.title}"
                             for a in all_actions(plan.read_plan(db))}
        mine = premortem.list_notes(db, self.session_id)
        if self.action_id not in self.plan_actions:
            self.action_id = mine[-1].action_id if mine else None
        self.notes = [n for n in mine if n.action_id == self.action_id]
        ids = {n.id for n in self.notes}
        self.marked &= ids
        self.show_notes()
        self._control.show_held()

    def action_label(self) -> str:
        return self.plan_actions.get(self.action_id or "", "")

    def risks(self) -> list[PremortemNote]:
        """The risk cards in the order shown: unclustered first, then cluster by cluster."""
        risks = [n for n in self.notes if n.stage == RISK]
        order = self.groups()
        return sorted(risks, key=lambda n: (order.index(n.cluster), n.position))

    def groups(self) -> list[str]:
        """The clusters in the order they were first used; "" (not clustered) first, if any."""
        names = list(dict.fromkeys(n.cluster for n in sorted(
            (n for n in self.notes if n.stage == RISK), key=lambda n: n.position)))
        return sorted(names, key=lambda name: name != "")

    def group(self) -> str:
        groups = self.groups()
        return groups[min(self.group_index, len(groups) - 1)] if groups else ""

    def group_label(self, name: str) -> str:
        return name or tr("Risks not clustered")

    def needs(self) -> list[PremortemNote]:
        group = self.group()
        return sorted((n for n in self.notes if n.stage == NEED and n.cluster == group),
                      key=lambda n: n.position)

    def cards_shown(self) -> list[PremortemNote]:
        return self.risks() if self.stage == RISK else self.needs()

    def stage_question(self) -> str:
        return QUESTIONS.label("risks" if self.stage == RISK else "needs", language())

    # ---- what the beamer shows -------------------------------------------------------------

    def show_notes(self) -> None:
        editable = self.action_id is not None and not self.document.read_only
        for action in self.edit_keys:
            action.setEnabled(editable)
        label = self.action_label()
        self.action_line.setText(fill(tr("Pre-mortem of action %1"), label) if label else tr(
            "Pre-mortem: press A to choose the action of the plan."))
        self.heading.setText(self.stage_question())
        shown = self.cards_shown()
        self.current = max(0, min(self.current, len(shown) - 1))
        if self.stage == RISK:
            clusters = [g for g in self.groups() if g]
            self.context.setText(fill(tr("Stage 1 of 2: risks %1 (typed on the laptop), clusters "
                                         "%2. Space marks a card, K puts the marked cards into "
                                         "a cluster, 2 goes on to what is needed."),
                                      len(shown), len(clusters)))
        else:
            groups = self.groups()
            risks = [n.text for n in self.risks() if n.cluster == self.group()]
            self.context.setText(fill(tr("Stage 2 of 2, cluster %1 of %2: %3 — %4"),
                                      min(self.group_index, len(groups) - 1) + 1 if groups
                                      else 0, len(groups), self.group_label(self.group()),
                                      "; ".join(risks) or "—"))
        self.fill_cards(shown)
        self._control.show_state()
        if self.stack.currentWidget() is self.pane:
            self.draw_chart()

    def fill_cards(self, shown: list[PremortemNote]) -> None:
        self.cards.clear()
        self.card_size()
        for n, note in enumerate(shown):
            text = note.text if self.stage == NEED or not note.cluster else \
                f"{note.text}\n[{note.cluster}]"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setBackground(QBrush(QColor(BAR)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setSizeHint(self.cards.gridSize() - QSize(GAP, GAP))  # a gap between cards
            states = []
            if n == self.current:
                font = QFont(self.cards.font())
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(QColor(ACCENT)))
                states.append(tr("current"))
            if note.id in self.marked:
                states.append(tr("marked"))
            if states:
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, ", ".join(states))
            self.cards.addItem(item)
            item.setSelected(note.id in self.marked)
        if shown:
            self.cards.scrollToItem(self.cards.item(self.current))

    def card_size(self) -> None:
        """Cards COLUMNS to a row, three lines of the beamer's type high."""
        width = max(120, (self.cards.viewport().width() - GAP) // COLUMNS)
        height = self.cards.fontMetrics().lineSpacing() * 3 + 2 * GAP
        self.cards.setGridSize(QSize(width, height))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.fill_cards(self.cards_shown())

    def draw_chart(self) -> None:
        from ...charts.workshop_charts import cluster_bars

        groups = self.groups()
        labels = [self.group_label(g) for g in groups]
        counts = [sum(1 for n in self.risks() if n.cluster == g) for g in groups]
        figure = cluster_bars(labels, counts, tr("Failure risks")) if groups else None
        self.pane.show_data(figure, labels, [tr("Failure risks")], [[c] for c in counts],
                            blank="" if groups else tr("No failure risks yet."))

    def say(self, text: str) -> None:
        self.notice.setText(text)

    # ---- the keys ----------------------------------------------------------------------------

    def choose_action(self) -> None:
        if not self.plan_actions:
            self.say(tr("The plan has no actions yet: add them on the page Action plan."))
            return
        labels = list(self.plan_actions.values())
        chosen = prompts.choose_item(self, tr("Pre-mortem"), tr("Which action?"), labels)
        if chosen is None:
            return
        self.room.close()  # the room wrote about the action before
        self.action_id = next(i for i, label in self.plan_actions.items() if label == chosen)
        self.stage, self.current, self.group_index = RISK, 0, 0
        self.marked.clear()
        self.reload()
        self.say_where_to_type()

    def set_stage(self, stage: str) -> None:
        self.stage, self.current = stage, 0
        if self.room.host is not None:
            self.room.host.activity.set_stage(stage)
        self.show_notes()
        if self.action_id is not None:
            self.say_where_to_type()

    def say_where_to_type(self) -> None:
        """What the coach types on the laptop in this stage (stage 2 does not say risks)."""
        self.say(tr("Type the risks the room names on the laptop: each becomes a card here.")
                 if self.stage == RISK else
                 tr("Type what the room says is needed on the laptop: each becomes a card of "
                    "the cluster shown."))

    def step_card(self, step: int) -> None:
        self.current = max(0, self.current + step)
        self.show_notes()

    def move_up(self, step: int) -> None:
        if self.stage == NEED:
            self.group_index = max(0, min(len(self.groups()) - 1, self.group_index + step))
            self.current = 0
            self.show_notes()
        elif 0 <= self.current + step * COLUMNS < len(self.cards_shown()):
            self.step_card(step * COLUMNS)

    def toggle_mark(self) -> None:
        shown = self.cards_shown()
        if not shown:
            return
        note_id = shown[self.current].id
        self.marked.symmetric_difference_update({note_id})
        self.show_notes()

    def chosen(self) -> list[PremortemNote]:
        """The marked cards shown, or else the card the coach is on."""
        shown = self.cards_shown()
        marked = [n for n in shown if n.id in self.marked]
        return marked or shown[self.current:self.current + 1]

    def toggle_chart(self) -> None:
        to_chart = self.stack.currentWidget() is self.cards
        self.stack.setCurrentWidget(self.pane if to_chart else self.cards)
        if to_chart:
            self.pane.table_action.setEnabled(True)
            self.draw_chart()  # copy and save too, once there is a chart
        else:
            for action in self.pane.key_actions():
                action.setEnabled(False)

    # ---- the edits ---------------------------------------------------------------------------

    def add_note(self, text: str, stage: str | None = None, draft_id: str | None = None
                 ) -> bool:
        """A card typed on the laptop (or written in the room, of its `stage`): a risk, or a
        need of the cluster the coach is on. A text from the room replaces the draft it was
        kept as (`draft_id`) in the same step; undo puts the draft back."""
        if self.action_id is None:
            return False
        stage = stage or self.stage
        note = PremortemNote(new_id(), self.session_id, self.action_id, stage, text,
                             cluster=self.group() if stage == NEED else "")
        db, session_id = self.document.db, self.session_id
        dropped: list[CaptureRecord] = []

        def do() -> None:
            premortem.add_note(db, note)
            if draft_id is not None:
                dropped[:] = filter(None, [room.drop_draft(db, session_id, draft_id)])

        def undo() -> None:
            premortem.remove_note(db, note.id)
            for draft in dropped:
                captures.restore_capture(db, draft)

        done = self.document.push(EditCommand(
            self.document, fill(tr("Add “%1” to the pre-mortem"), text), do, undo, AREAS))
        if done:
            self.current = len(self.cards_shown()) - 1
            self.show_notes()
        return done

    def cluster(self) -> None:
        notes = [n for n in self.chosen() if n.stage == RISK]
        if not notes:
            self.say(tr("Mark the risk cards to cluster first (Space)."))
            return
        new = tr("A new cluster…")
        existing = [g for g in self.groups() if g]
        name = prompts.choose_item(self._dialog_parent(), tr("Cluster"), fill(
            tr("Put %1 cards into the cluster:"), len(notes)), [new, *existing]) \
            if existing else new
        if name == new:
            name = prompts.ask_text(self._dialog_parent(), tr("Cluster"),
                                    tr("Name of the &new cluster:"))
        if not name:
            return
        self._update([replace(n, cluster=name) for n in notes],
                     fill(tr("Cluster “%1”"), name))

    def uncluster(self) -> None:
        notes = [n for n in self.chosen() if n.stage == RISK and n.cluster]
        if notes:
            self._update([replace(n, cluster="") for n in notes], tr("Take out of the cluster"))

    def _update(self, notes: list[PremortemNote], text: str) -> None:
        db = self.document.db
        before: list[PremortemNote] = []

        def do() -> None:
            before[:] = [premortem.update_note(db, n) for n in notes]

        def undo() -> None:
            for note in before:
                premortem.update_note(db, note)

        if self.document.push(EditCommand(self.document, text, do, undo, AREAS)):
            self.marked.clear()
            self.show_notes()

    def remove_marked(self) -> None:
        ids = [n.id for n in self.chosen()]
        if not ids:
            return
        db = self.document.db
        removed: list[PremortemNote] = []

        def do() -> None:
            removed[:] = [premortem.remove_note(db, note_id) for note_id in ids]

        def undo() -> None:
            for note in removed:
                premortem.restore_note(db, note)

        if self.document.push(EditCommand(self.document, fill(
                tr("Remove %1 cards of the pre-mortem"), len(ids)), do, undo, AREAS)):
            self.marked.clear()
            self.show_notes()

    def apply(self) -> None:
        """Every risk (one point per cluster) and need into the action's questions."""
        if self.action_id is None:
            return
        db, action_id = self.document.db, self.action_id
        if not self.notes:
            self.say(tr("Nothing to write into the action yet."))
            return
        before: list = []

        def do() -> None:
            before[:] = premortem.apply_to_action(db, self.session_id, action_id)

        def undo() -> None:
            premortem.restore_action_points(db, action_id, *before)

        if self.document.push(EditCommand(
                self.document, fill(tr("Pre-mortem into action %1"), self.action_label()), do,
                undo, (*AREAS, "plan"))):
            self.say(fill(tr("The risks and needs are in action %1 (Ctrl+Z takes them out)."),
                          self.action_label()))

    def _dialog_parent(self) -> QWidget:
        """Questions go to the laptop when its panel shows, not to the room's screen."""
        return self._control if self._control.isVisible() else self
