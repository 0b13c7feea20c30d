"""After the session, on the laptop: each draft becomes a signal, barrier or action point, or goes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.ids import new_id
from ...domain.taxonomy import ALL_BS, active_bs
from ...services import captures, partners, plan, trajectory
from ...services.records import BarrierRecord, CaptureRecord, SignalRecord
from .. import prompts
from ..barrier_dialog import BarrierDialog
from ..document import EditCommand
from ..i18n import fill, tr
from ..signal_dialog import SignalDialog
from ..widgets import fit_to_screen
from . import session_edits
from .capture_view import b_label, kind_label
from .controller import action_text, keys_text, make_action

if TYPE_CHECKING:
    from .controller import WorkshopController


class ReviewDialog(QDialog):
    """The session's drafts, one at a time: what becomes of each is one undoable step."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("Review the drafts"))
        self.setObjectName("reviewDialog")
        self.drafts: list[CaptureRecord] = []
        #: the record dialog open now (a signal's or a barrier's), for tests and focus
        self.editor: QDialog | None = None
        intro = QLabel(tr("Turn each draft into a signal, a barrier or a point of an action, "
                          "or discard it, with its key. Each choice can be undone (Ctrl+Z)."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName(tr("Drafts to review"))
        self.list.setWordWrap(True)
        label = QLabel(tr("&Drafts:"))
        label.setBuddy(self.list)
        self.choices = [
            make_action(self, tr("Signal…"), ("S",), self.to_signal, "reviewSignal"),
            make_action(self, tr("Barrier…"), ("B",), self.to_barrier, "reviewBarrier"),
            make_action(self, tr("Action point…"), ("A",), self.to_action_point, "reviewAction"),
            make_action(self, tr("Discard"), ("D", "Del"), self.discard, "reviewDiscard"),
        ]
        make_action(self, tr("Undo"), ("Ctrl+Z",), controller.undo, "reviewUndo")
        make_action(self, tr("Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), controller.redo, "reviewRedo")
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for action in self.choices:
            button = QPushButton(f"{action.text()} ({keys_text(action)})")
            button.setObjectName(f"{action.objectName()}Button")
            button.setAccessibleName(action_text(action))
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        controller.document.changed.connect(self.reload)
        fit_to_screen(self, 760, 520)
        self.reload()
        self.list.setFocus()

    def reload(self, _area: str = "") -> None:
        chosen = self.chosen()
        self.drafts = [r for r in captures.list_captures(self.controller.db,
                                                         self.controller.session_id)
                       if r.state == "draft"]
        self.list.clear()
        for record in self.drafts:
            parts = [kind_label(record.kind), b_label(record.b)]
            item = QListWidgetItem(f"{' · '.join(p for p in parts if p)} — {record.text}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
        ids = [r.id for r in self.drafts]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        if self.drafts:
            self.list.setCurrentRow(row)
        editable = bool(self.drafts) and not self.controller.document.read_only
        for action in self.choices:
            action.setEnabled(editable)
        for button in self.buttons:
            button.setEnabled(editable)

    def chosen(self) -> CaptureRecord | None:
        item = self.list.currentItem()
        capture_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self.drafts if r.id == capture_id), None)

    def done(self, result: int) -> None:
        self.controller.document.changed.disconnect(self.reload)
        super().done(result)

    def _push(self, command: EditCommand) -> None:
        self.controller.push(command)
        self.list.setFocus()

    def to_signal(self) -> None:
        capture = self.chosen()
        db = self.controller.db
        listed = partners.list_partners(db)
        if capture is None:
            return
        if not listed:
            prompts.show_info(self, tr("Signal"), tr("Every signal belongs to the partner who "
                                                     "noticed it: add the partners first."))
            return
        bs = active_bs(tuple(trajectory.get_trajectory(db).optional_bs))
        record = SignalRecord(new_id(), listed[0].id, capture.text,
                              capture.b if capture.b in {t.key for t in bs} else bs[0].key)
        dialog = SignalDialog(record, listed, bs, self, new=True)
        dialog.save_with(self.controller.document, lambda: session_edits.capture_to_signal(
            self.controller.document, capture, dialog.record()))
        dialog.accepted.connect(self.list.setFocus)
        self._open(dialog)

    def to_barrier(self) -> None:
        capture = self.chosen()
        if capture is None:
            return
        record = BarrierRecord(new_id(), capture.text, capture.b or ALL_BS.terms[0].key)
        dialog = BarrierDialog(record, partners.list_partners(self.controller.db), self)
        dialog.setWindowTitle(tr("New barrier"))
        dialog.save_with(self.controller.document, lambda: session_edits.capture_to_barrier(
            self.controller.document, capture, dialog.record()))
        dialog.accepted.connect(self.list.setFocus)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.finished.connect(lambda _r: setattr(self, "editor", None))
        dialog.open()

    def to_action_point(self) -> None:
        capture = self.chosen()
        if capture is None:
            return
        actions = [a for pillar in plan.read_plan(self.controller.db)
                   for a in pillar.all_actions()]
        if not actions:
            prompts.show_info(self, tr("Action point"), tr(
                "The action plan has no actions yet: add them on the action plan's page."))
            return
        names = [f"{a.number} {a.title}" for a in actions]
        name = prompts.choose_item(self, tr("Action point"), fill(
            tr("Add “%1” as a concrete point of the action:"), capture.text), names)
        if name in names:
            self._push(session_edits.capture_to_action_point(
                self.controller.document, capture, actions[names.index(name)]))

    def discard(self) -> None:
        capture = self.chosen()
        if capture is not None:
            self._push(session_edits.discard_capture(self.controller.document, capture))
