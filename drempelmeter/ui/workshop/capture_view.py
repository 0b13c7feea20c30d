"""What the room said, captured by the coach, large on the beamer: each entry's kind, colour and B."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain.taxonomy import ALL_BS
from ...domain.workshop import CAPTURE_KINDS
from ...services import captures
from ...services.records import CaptureRecord
from ..i18n import language, tr
from . import style
from .activity import Activity, clear_layout
from .controller import make_action

if TYPE_CHECKING:
    from .controller import WorkshopController


def kind_label(kind: str) -> str:
    return CAPTURE_KINDS.label(kind, language()) if kind in CAPTURE_KINDS else kind


def b_label(b: str | None) -> str:
    return ALL_BS.label(b, language()) if b and b in ALL_BS else ""


class CaptureView(Activity):
    key = "captures"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("captureView")
        self.setAccessibleName(self.title())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.records: list[CaptureRecord] = []
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(14)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("captureScroll")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setWidget(self.body)
        self.empty = QLabel(tr("Nothing captured yet: what the room says appears here as the "
                               "coach types it."))
        self.empty.setObjectName("captureEmpty")
        self.empty.setWordWrap(True)
        style.set_role(self.empty, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroller, 1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        bar = self.scroller.verticalScrollBar()
        #: a new entry keeps the newest in view as the layout grows, until the coach scrolls
        self.follow_newest = False
        bar.rangeChanged.connect(self.on_range_changed)
        self._actions = [
            make_action(self, tr("Scroll up"), ("Up",),
                        lambda: self.scroll_by(-bar.pageStep() // 2), "capturesUp", context),
            make_action(self, tr("Scroll down"), ("Down",),
                        lambda: self.scroll_by(bar.pageStep() // 2), "capturesDown", context),
        ]
        self.reload()

    def title(self) -> str:
        return tr("What we heard")

    def key_actions(self) -> list[QAction]:
        return list(self._actions)

    def reload(self) -> None:
        held = {key for view in self.controller.presenter.views
                for key in view.held_for_review()}
        records = [r for r in captures.list_captures(self.controller.db,
                                                     self.controller.session_id)
                   if r.state != "discarded" and r.id not in held]
        if records == self.records:
            return
        grew = len(records) > len(self.records)
        self.records = records
        clear_layout(self.grid)
        for row, record in enumerate(records):
            kind = QLabel(kind_label(record.kind))
            kind.setObjectName(f"captureKind{row}")
            style.set_role(kind, f"kind_{record.kind}")
            text = QLabel(record.text)
            text.setObjectName(f"captureText{row}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            b = QLabel(b_label(record.b))
            b.setObjectName(f"captureB{row}")
            style.set_role(b, "muted")
            text.setAccessibleName(" · ".join(t for t in (kind.text(), record.text, b.text())
                                              if t))
            self.grid.addWidget(kind, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(b, row, 2, Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(1, 1)
        self.empty.setVisible(not records)
        self.scroller.setVisible(bool(records))
        if grew:  # the newest in view, as the layout places it (the range grows later)
            self.follow_newest = True
            bar = self.scroller.verticalScrollBar()
            bar.setValue(bar.maximum())

    def on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self.follow_newest:
            self.scroller.verticalScrollBar().setValue(maximum)

    def scroll_by(self, step: int) -> None:
        self.follow_newest = False
        bar = self.scroller.verticalScrollBar()
        bar.setValue(bar.value() + step)
