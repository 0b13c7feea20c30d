"""The control window on the coach's laptop: views, clock, the capture line, drafts, review, close."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.ids import new_id
from ...domain.taxonomy import active_bs
from ...domain.workshop import CAPTURE_KINDS, CAPTURE_STATES
from ...services import captures, partners, trajectory, workshop_run
from ...services.records import CaptureRecord
from .. import edits, prompts
from ..i18n import fill, language, tr
from ..privacy_hint import PrivacyHint
from ..widgets import fit_to_screen, optional_combo, term_combo
from . import session_edits
from .activity import Activity
from .capture_view import b_label, kind_label
from .controller import action_text, clock_text, keys_text, make_action

if TYPE_CHECKING:
    from .controller import WorkshopController


class ControlWindow(QWidget):
    """The laptop's window of a running session."""

    def __init__(self, controller: WorkshopController) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.controller = controller
        self.setObjectName("workshopControl")
        self.setWindowTitle(self.title_text())
        self.records: list[CaptureRecord] = []
        self.bs = active_bs(tuple(trajectory.get_trajectory(controller.db).optional_bs))

        self.view_label = QLabel()
        self.view_label.setObjectName("controlViewTitle")
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("controlPreviousButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("controlNextButton")
        self.black_button = QPushButton()
        self.black_button.setObjectName("controlBlackButton")
        self.presenter_button = QPushButton()
        self.presenter_button.setObjectName("controlPresenterButton")
        views_row = QHBoxLayout()
        for widget in (self.previous_button, self.view_label, self.next_button,
                       self.black_button, self.presenter_button):
            views_row.addWidget(widget, 1 if widget is self.view_label else 0)

        self.clock_label = QLabel()
        self.clock_label.setObjectName("controlClock")
        self.clock_label.setTextFormat(Qt.TextFormat.PlainText)
        self.timer_button = QPushButton()
        self.timer_button.setObjectName("controlTimerButton")
        self.next_item_button = QPushButton()
        self.next_item_button.setObjectName("controlNextItemButton")
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock_label, 1)
        clock_row.addWidget(self.timer_button)
        clock_row.addWidget(self.next_item_button)

        capture_box = QGroupBox(tr("What the room says"))
        self.kind = term_combo(CAPTURE_KINDS)
        self.kind.setObjectName("captureKind")
        self.kind.setAccessibleName(tr("Kind of the entry"))
        self.b = optional_combo(self.bs, None, tr("(no B)"))
        self.b.setObjectName("captureB")
        self.b.setAccessibleName(tr("B of the entry"))
        self.line = QLineEdit()
        self.line.setObjectName("captureLine")
        self.line.setAccessibleName(tr("Capture: type what the room says, Enter adds it"))
        self.line.setPlaceholderText(tr("Type what the room says; Enter adds it as a draft"))
        self.line.setMaxLength(captures.CAPTURE_MAX)
        self.line.returnPressed.connect(self.capture)
        line_label = QLabel(tr("&Capture:"))
        line_label.setBuddy(self.line)
        self.hint = PrivacyHint(self.line, "captureLine", self)
        self.list = QListWidget()
        self.list.setObjectName("captureList")
        self.list.setAccessibleName(tr("Captured entries"))
        self.list.setWordWrap(True)
        line_row = QHBoxLayout()
        line_row.addWidget(line_label)
        line_row.addWidget(self.line, 1)
        line_row.addWidget(self.kind)
        line_row.addWidget(self.b)
        capture_layout = QVBoxLayout(capture_box)
        capture_layout.addLayout(line_row)
        capture_layout.addWidget(self.hint)
        capture_layout.addWidget(self.list, 1)

        self.controls = QStackedWidget()
        self.controls.setObjectName("controlViewControls")
        self.controls_box = QGroupBox()
        self.controls_box.setObjectName("controlViewBox")
        QVBoxLayout(self.controls_box).addWidget(self.controls)

        self.details_button = QPushButton()
        self.details_button.setObjectName("controlDetailsButton")
        self.review_button = QPushButton()
        self.review_button.setObjectName("controlReviewButton")
        self.close_button = QPushButton()
        self.close_button.setObjectName("controlCloseSessionButton")
        self.summary_button = QPushButton()
        self.summary_button.setObjectName("controlSummaryButton")
        session_row = QHBoxLayout()
        for widget in (self.details_button, self.review_button, self.close_button,
                       self.summary_button):
            session_row.addWidget(widget)
        session_row.addStretch()

        self.status = QLabel()
        self.status.setObjectName("controlStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Messages"))
        self.keys = QLabel()
        self.keys.setObjectName("controlKeys")
        self.keys.setWordWrap(True)
        self.keys.setTextFormat(Qt.TextFormat.PlainText)
        self.keys.setAccessibleName(tr("Keys of this window"))

        layout = QVBoxLayout(self)
        layout.addLayout(views_row)
        layout.addLayout(clock_row)
        layout.addWidget(capture_box, 3)
        layout.addWidget(self.controls_box, 2)
        layout.addLayout(session_row)
        layout.addWidget(self.status)
        layout.addWidget(self.keys)

        self.window_actions = self._build_actions()
        for button, action in ((self.previous_button, self.previous_action),
                               (self.next_button, self.next_action),
                               (self.black_button, self.black_action),
                               (self.presenter_button, self.switch_action),
                               (self.timer_button, self.timer_action),
                               (self.next_item_button, self.next_item_action),
                               (self.details_button, self.details_action),
                               (self.review_button, self.review_action),
                               (self.close_button, self.close_action),
                               (self.summary_button, self.summary_action)):
            button.setText(f"{action_text(action)} ({keys_text(action)})")
            button.setAccessibleName(action_text(action))
            button.clicked.connect(action.trigger)
        self.keys.setText("   ".join(f"{keys_text(a)}: {action_text(a)}"
                                     for a in self.window_actions))
        fit_to_screen(self, 1000, 760)
        self.reload()
        self.line.setFocus()

    def title_text(self) -> str:
        c = self.controller
        return fill(tr("Workshop control — %1 — %2"), c.phase_title(), c.session.title)

    def _build_actions(self) -> list[QAction]:
        c = self.controller
        self.next_action = make_action(self, tr("Next view"), ("PgDown",),
                                       lambda: c.presenter.next_view(), "controlNext")
        self.previous_action = make_action(self, tr("Previous view"), ("PgUp",),
                                           lambda: c.presenter.previous_view(), "controlPrevious")
        self.black_action = make_action(self, tr("Black screen"), ("Ctrl+B",),
                                        lambda: c.presenter.set_black(not c.presenter.is_black()),
                                        "controlBlack")
        self.switch_action = make_action(self, tr("Show the presenter"), ("F6",),
                                         c.show_presenter, "controlSwitch")
        self.timer_action = make_action(self, tr("Start or pause the timer"), ("Ctrl+T",),
                                        c.toggle_timer, "controlTimer")
        self.next_item_action = make_action(self, tr("Next agenda item"), ("Ctrl+N",),
                                            c.next_item, "controlNextItem")
        self.details_action = make_action(self, tr("Attendees and agenda…"), ("Ctrl+D",),
                                          self.edit_details, "controlDetails")
        self.review_action = make_action(self, tr("Review the drafts…"), ("Ctrl+R",),
                                         self.review, "controlReview")
        self.close_action = make_action(self, tr("Close the session…"), ("Ctrl+Shift+W",),
                                        self.close_session, "controlCloseSession")
        self.summary_action = make_action(self, tr("Reword the summary…"), ("Ctrl+E",),
                                          self.reword_summary, "controlSummary")
        actions = [
            self.next_action, self.previous_action, self.black_action, self.switch_action,
            self.timer_action, self.next_item_action,
            make_action(self, tr("Go to the capture line"), ("Ctrl+L",),
                        lambda: self.line.setFocus(Qt.FocusReason.ShortcutFocusReason),
                        "controlCaptureLine"),
        ]
        for number, term in enumerate(CAPTURE_KINDS, start=1):
            actions.append(make_action(
                self, fill(tr("Kind: %1"), term.label(language())), (f"Alt+{number}",),
                partial(self.set_kind, term.key), f"controlKind_{term.key}"))
        for number, term in enumerate(self.bs[:9], start=1):
            actions.append(make_action(
                self, fill(tr("B: %1 (again: no B)"), term.label(language())),
                (f"Ctrl+{number}",), partial(self.set_b, term.key), f"controlB_{term.key}"))
        remove = make_action(self.list, tr("Remove the chosen entry"), ("Del",),
                             self.remove_chosen, "controlRemoveCapture",
                             Qt.ShortcutContext.WidgetWithChildrenShortcut)
        actions += [
            remove,
            make_action(self, tr("Undo"), ("Ctrl+Z",), c.undo, "controlUndo"),
            make_action(self, tr("Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), c.redo, "controlRedo"),
            self.details_action, self.review_action, self.close_action, self.summary_action,
            make_action(self, tr("Leave workshop mode (the session stays open)"), ("Ctrl+W",),
                        c.stop, "controlLeave"),
        ]
        return actions

    # ---- views and clock -------------------------------------------------------------------

    def set_views(self, views: list[Activity]) -> None:
        for view in views:
            widget = view.control()
            if widget is None:
                widget = QLabel(fill(tr("Nothing to enter on “%1”."), view.title()))
                widget.setObjectName(f"{view.key}NoControl")
            self.controls.addWidget(widget)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes as the window reads: the beamer's and the clock's buttons, the capture line
        and its list, the shown view's own controls (added last, they came last), the
        session's buttons."""
        own = []  # each view's controls in their own order (a stack is no stop of Tab's)
        for page in range(self.controls.count()):
            widget = self.controls.widget(page)
            child = widget.nextInFocusChain()
            while widget.isAncestorOf(child):
                if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    own.append(child)
                child = child.nextInFocusChain()
        chain = [self.previous_button, self.next_button, self.black_button,
                 self.presenter_button, self.timer_button, self.next_item_button, self.line,
                 self.kind, self.b, self.list, *own, self.details_button, self.review_button,
                 self.close_button, self.summary_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_view(self, index: int) -> None:
        views = self.controller.presenter.views
        if 0 <= index < len(views):
            self.controls.setCurrentIndex(index)
            self.controls_box.setTitle(fill(tr("On “%1”"), views[index].title()))
            self.view_label.setText(fill(tr("On the beamer: %1 (%2 of %3)"), views[index].title(),
                                         str(index + 1), str(len(views))))

    def show_black(self, black: bool) -> None:
        self.black_button.setText(
            f"{tr('Show the screen again') if black else action_text(self.black_action)} "
            f"({keys_text(self.black_action)})")

    def show_clock(self) -> None:
        clock = self.controller.clock
        if not clock.items:
            self.clock_label.setText(tr("No agenda"))
            return
        text, _minutes = clock.items[clock.current]
        planned = clock.planned(clock.current)
        elapsed = clock_text(clock.elapsed(clock.current))
        shown = elapsed if planned is None else f"{elapsed} / {clock_text(planned)}"
        state = tr("running") if clock.running else tr("paused")
        over = f" — {tr('time is up')}" if clock.is_over(clock.current) else ""
        self.clock_label.setText(f"{clock.current + 1}. {text}: {shown} ({state}){over}")
        self.timer_button.setText(
            f"{tr('Pause the timer') if clock.running else tr('Start the timer')} "
            f"({keys_text(self.timer_action)})")

    def say(self, text: str) -> None:
        self.status.setText(text)

    def set_closed(self, closed: bool) -> None:
        for widget in (self.line, self.kind, self.b, self.timer_button, self.next_item_button,
                       self.close_button, self.black_button, self.presenter_button):
            widget.setEnabled(not closed)
        for action in (self.timer_action, self.next_item_action, self.close_action,
                       self.black_action, self.switch_action):
            action.setEnabled(not closed)
        self.summary_action.setEnabled(closed)
        self.summary_button.setEnabled(closed)
        if closed:
            self.say(tr("The session is closed and its summary written. Review the drafts, "
                        "then leave workshop mode (Ctrl+W)."))

    # ---- captures --------------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.chosen()
        self.records = captures.list_captures(self.controller.db, self.controller.session_id)
        self.list.clear()
        for record in self.records:
            parts = [kind_label(record.kind), b_label(record.b)]
            state = "" if record.state == "draft" else \
                f" ({CAPTURE_STATES.label(record.state, language())})"
            item = QListWidgetItem(f"{' · '.join(p for p in parts if p)} — {record.text}{state}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
        ids = [r.id for r in self.records]
        if chosen is not None and chosen.id in ids:
            self.list.setCurrentRow(ids.index(chosen.id))
        drafts = sum(r.state == "draft" for r in self.records)
        self.review_button.setText(fill(tr("Review the drafts (%1)… (%2)"), str(drafts),
                                        keys_text(self.review_action)))

    def chosen(self) -> CaptureRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        capture_id = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.records if r.id == capture_id), None)

    def capture(self) -> None:
        """Enter: the line becomes a draft (written at once); the line is cleared for the next."""
        text = self.line.text().strip()
        if not text or self.controller.closed:
            return
        record = CaptureRecord(new_id(), self.controller.session_id, self.kind.currentData(),
                               text, self.b.currentData())
        if self.controller.push(session_edits.add_capture(self.controller.document, record)):
            self.line.clear()
            self.b.setCurrentIndex(0)
            ids = [r.id for r in self.records]
            if record.id in ids:
                self.list.setCurrentRow(ids.index(record.id))
            self.say(fill(tr("Captured: %1"), text))

    def _typing(self) -> bool:
        """A kind or B key is for the line while it holds text, else for the chosen entry."""
        return bool(self.line.text().strip()) or self.chosen() is None

    def set_kind(self, kind: str) -> None:
        record = self.chosen()
        if self._typing() or record is None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        elif record.kind != kind:
            self._change(replace(record, kind=kind))

    def set_b(self, b: str) -> None:
        record = self.chosen()
        if self._typing() or record is None:
            self.b.setCurrentIndex(0 if self.b.currentData() == b else self.b.findData(b))
        else:
            self._change(replace(record, b=None if record.b == b else b))

    def _change(self, record: CaptureRecord) -> None:
        """A kind or B key on an empty line: the entry chosen in the list changes, and the
        laptop says which (the coach may have meant the next one, not yet typed)."""
        if self.controller.push(session_edits.update_capture(self.controller.document, record)):
            parts = [kind_label(record.kind), b_label(record.b)]
            self.say(fill(tr("Changed “%1”: %2"), record.text,
                          " · ".join(p for p in parts if p)))

    def remove_chosen(self) -> None:
        record = self.chosen()
        if record is not None:
            self.controller.push(session_edits.remove_capture(self.controller.document, record))

    # ---- the session -----------------------------------------------------------------------

    def edit_details(self) -> None:
        """The session's attendees, agenda and notes, in the dialog of the phase page."""
        from ..record_dialogs import SessionDialog

        c = self.controller
        old = c.read_session()
        dialog = SessionDialog(old, partners.list_participants(c.db), self, new=False)
        dialog.save_with(c.document, lambda: edits.save_session(c.document, old,
                                                                dialog.record()))
        dialog.open()

    def review(self) -> None:
        from .review_dialog import ReviewDialog

        dialog = ReviewDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def close_session(self) -> None:
        drafts = sum(r.state == "draft" for r in self.records)
        question = tr("Close the session? Its summary is written (attendees, agenda kept, "
                      "what was captured and decided) and the presenter closes.")
        if drafts:
            question += "\n\n" + fill(tr("%1 captured entries are still drafts: they stay in "
                                         "the file, and can be reviewed here first."), str(drafts))
        if prompts.confirm(self, tr("Close the session"), question):
            self.controller.close_session()

    def reword_summary(self) -> None:
        """The summary closing wrote, in the coach's own words (the minutes' tables stay)."""
        c = self.controller
        old = workshop_run.summary_of(c.db, c.session_id).summary
        new = prompts.ask_note(self, tr("Reword the summary"),
                               tr("The session's &summary:"), old)
        if new is not None and new != old:
            c.push(session_edits.reword_summary(c.document, c.session_id, old, new))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the laptop's window leaves workshop mode; the session stays as it is."""
        event.ignore()
        self.controller.stop()
