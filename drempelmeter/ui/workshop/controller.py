"""One running workshop session: presenter and control windows, the agenda's clock, the shared keys."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ...services import vocabularies, workshop_run, workshops
from ...services.errors import InvalidInput
from ...services.personal_data import PersonalDataFound
from ...services.records import SessionRecord
from ...services.trajectory import TrajectoryDatabase
from .. import prompts
from ..document import EditCommand, TrajectoryDocument
from ..i18n import fill, language, tr
from . import session_edits, style

#: How often the clock on screen is brought up to date.
TICK_MS = 500
#: What names an action's key: "Ctrl+T", a sequence, or a standard key such as Undo.
Key = str | QKeySequence | QKeySequence.StandardKey


def make_action(owner: QWidget, text: str, keys: Sequence[Key], slot: Callable[[], object],
                name: str, context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
                ) -> QAction:
    """An action with its keys, added to `owner` so the keys work there."""
    action = QAction(text, owner)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def keys_text(action: QAction) -> str:
    """The keys of an action as the user reads them: "PgDown / Right"."""
    return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def action_text(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def clock_text(seconds: int) -> str:
    """Minutes and seconds, "12:05"; past an hour "1:02:05"."""
    sign = "−" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"


class AgendaClock(QObject):
    """The time each agenda item takes. The current item's time runs while the clock is
    started; what ran is kept per item (saved by the controller at each pause and next item)."""

    changed = Signal()
    #: the planned time of this item (its index) just ran out
    time_up = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int | None]] = []
        self.kept: list[int | None] = []
        self.current = 0
        #: the monotonic second the running stretch began, None while paused
        self._since: float | None = None
        self._signalled: set[int] = set()
        #: where the time comes from (a test gives its own)
        self.now: Callable[[], float] = time.monotonic
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.on_tick)

    @property
    def running(self) -> bool:
        return self._since is not None

    def load(self, items: list[tuple[str, int | None]], kept: list[int | None]) -> None:
        """The agenda and the time kept so far, as the file has them now. A stopped clock
        goes to the first item not yet kept."""
        self.items = list(items)
        self.kept = (list(kept) + [None] * len(items))[:len(items)]
        if not self.running:
            self.current = next((i for i, k in enumerate(self.kept) if k is None),
                                max(0, len(self.items) - 1))
        self.current = min(self.current, max(0, len(self.items) - 1))
        self._signalled = {i for i in range(len(self.items)) if self.is_over(i)}
        self.changed.emit()

    def elapsed(self, index: int) -> int:
        """Seconds the item took so far (the current one, running, included)."""
        if not 0 <= index < len(self.kept):
            return 0
        seconds = float(self.kept[index] or 0)
        if index == self.current and self._since is not None:
            seconds += self.now() - self._since
        return int(seconds)

    def planned(self, index: int) -> int | None:
        minutes = self.items[index][1] if 0 <= index < len(self.items) else None
        return None if minutes is None else minutes * 60

    def is_over(self, index: int) -> bool:
        planned = self.planned(index)
        return planned is not None and self.elapsed(index) > planned

    def total_planned(self) -> int:
        return sum(self.planned(i) or 0 for i in range(len(self.items)))

    def total_used(self) -> int:
        return sum(self.elapsed(i) for i in range(len(self.items)))

    def projected_over(self) -> int:
        """Seconds the session will run over its planned total (negative: ahead) if every item
        still to come takes the time planned for it."""
        to_come = 0
        for index in range(self.current, len(self.items)):
            to_come += max((self.planned(index) or 0) - self.elapsed(index), 0)
        return self.total_used() + to_come - self.total_planned()

    def start(self) -> None:
        if self.items and self._since is None:
            self._since = self.now()
            self._tick.start()
            self.changed.emit()

    def pause(self) -> None:
        if self._since is not None:
            self.kept[self.current] = self.elapsed(self.current)
            self._since = None
            self._tick.stop()
            self.changed.emit()

    def next_item(self) -> None:
        """The current item is kept as it is; the next one starts (running if the clock ran)."""
        if not self.items:
            return
        running = self.running
        self.kept[self.current] = self.elapsed(self.current)
        if self.current + 1 < len(self.items):
            self.current += 1
        self._since = self.now() if running else None
        self.changed.emit()

    def on_tick(self) -> None:
        if self.running and self.current not in self._signalled and self.is_over(self.current):
            self._signalled.add(self.current)
            self.time_up.emit(self.current)
        self.changed.emit()


class WorkshopController(QObject):
    """The session run: one per running session. It owns both windows, the clock and the keys;
    every edit goes through the document's undo stack."""

    #: the session ended (closed, or workshop mode left): the windows are gone
    finished = Signal()
    #: the presenter's base font changed (pixels): views that draw text themselves follow it
    font_changed = Signal(int)

    def __init__(self, document: TrajectoryDocument, session_id: str, phase_number: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .control_panel import ControlWindow
        from .presenter import PresenterWindow
        from .views import views_for

        self.document = document
        self.session_id = session_id
        self.phase_number = phase_number
        self.laptop = parent
        self.zoom = 1.0
        self._stopped = False
        self.session = self.read_session()
        self.closed = False
        self.clock = AgendaClock(self)
        self.clock.time_up.connect(self.on_time_up)
        self.clock.changed.connect(self.on_clock)
        self.presenter = PresenterWindow(self)
        self.control = ControlWindow(self)
        self.views = views_for(phase_number, self)
        self.presenter.set_views(self.views)
        self.control.set_views(self.views)
        summary = workshop_run.summary_of(self.db, session_id)
        self.started = summary.started_at is not None
        self.clock.load([(e.text, e.minutes) for e in self.session.agenda],
                        [kept for _text, _minutes, kept in summary.agenda_kept])
        self.set_closed(summary.closed_at is not None)
        document.changed.connect(self.on_changed)
        document.edit_failed.connect(self.on_edit_failed)
        #: while the session runs, the question about personal data comes up on the laptop
        self._asked_before = document.confirm_personal_data
        document.confirm_personal_data = self.confirm_personal_data

    @property
    def db(self) -> TrajectoryDatabase:
        return self.document.db

    def phase_title(self) -> str:
        return vocabularies.effective(self.db).phase_title(self.phase_number, language())

    def window_title(self) -> str:
        return fill(tr("Workshop — %1 — %2"), self.phase_title(), self.session.title)

    def read_session(self) -> SessionRecord:
        return next(s for s in workshops.list_sessions(self.db, self.phase_number)
                    if s.id == self.session_id)

    def push(self, command: EditCommand) -> bool:
        return self.document.push(command)

    # ---- windows ---------------------------------------------------------------------------

    def start(self) -> None:
        """The presenter full screen on the beamer (the screen the laptop's window is not on),
        the control window on the laptop; with one screen the presenter covers it, and F6
        switches."""
        laptop = (self.laptop.screen() if self.laptop is not None else None) \
            or QGuiApplication.primaryScreen()
        beamer = next((s for s in QGuiApplication.screens() if s is not laptop), None)
        self.control.show()
        if self.closed:  # closed earlier today: its drafts can still be reviewed
            self.control.activateWindow()
            return
        self.presenter.show_on(beamer or laptop)
        if beamer is not None:
            self.control.activateWindow()
        if not self.started and not self.closed and not self.document.read_only:
            self.started = self.push(session_edits.start_session(
                self.document, self.session_id, datetime.now(UTC)))

    def show_presenter(self) -> None:
        self.presenter.show_on(self.presenter.screen())
        self.presenter.raise_()
        self.presenter.activateWindow()

    def show_control(self) -> None:
        self.control.showNormal()
        self.control.raise_()
        self.control.activateWindow()

    def switch_window(self) -> None:
        """From the presenter to the control window and back (one screen: both take turns)."""
        if QApplication.activeWindow() is self.presenter and self.presenter.isVisible():
            self.show_control()
        else:
            self.show_presenter()

    def leave_presenter(self) -> None:
        """The presenter goes away; the session keeps running in the control window."""
        self.presenter.hide()
        self.show_control()

    def stop(self) -> None:
        """Leave workshop mode: both windows close; the session stays as the file has it."""
        if self._stopped:
            return
        self._stopped = True
        for view in self.views:
            view.leave()
        if self.clock.running:
            self.toggle_timer()
        self.document.changed.disconnect(self.on_changed)
        self.document.edit_failed.disconnect(self.on_edit_failed)
        self.document.confirm_personal_data = self._asked_before
        self.presenter.hide()
        self.presenter.deleteLater()
        self.control.hide()
        self.control.deleteLater()
        self.finished.emit()
        self.deleteLater()  # a child of the window: each start would leave one, with its clock

    # ---- the presenter's type ---------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        self.zoom = style.clamp_zoom(zoom)
        self.presenter.apply_style()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * style.ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / style.ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def announce(self, text: str) -> None:
        """Said by a screen reader on the laptop (and written in the control window)."""
        self.control.say(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.control.status, text))

    # ---- the agenda ------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        """T: the current item's time starts or pauses; a pause keeps it in the file."""
        if not self.clock.items:
            self.announce(tr("This session has no agenda."))
            return
        if self.clock.running:
            self.clock.pause()
            self.keep_agenda()
        else:
            self.clock.start()

    def next_item(self) -> None:
        """N: the current item is done, the next one starts."""
        if not self.clock.items:
            self.announce(tr("This session has no agenda."))
            return
        self.clock.next_item()
        self.keep_agenda()
        text, minutes = self.clock.items[self.clock.current]
        self.announce(fill(tr("Now: %1"), text) if minutes is None
                      else fill(tr("Now: %1 (%2 minutes)"), text, str(minutes)))

    def keep_agenda(self) -> None:
        if not self.document.read_only:
            self.push(session_edits.keep_agenda(self.document, self.session_id,
                                                list(self.clock.kept), self.on_kept))

    def on_kept(self, kept: list[int | None]) -> None:
        """The times the file holds now (after an edit, or its undo)."""
        if kept != self.clock.kept:
            self.clock.load(self.clock.items, kept)

    def on_time_up(self, index: int) -> None:
        self.presenter.pulse()
        self.announce(fill(tr("Time is up for “%1”."), self.clock.items[index][0]))

    def on_clock(self) -> None:
        self.presenter.show_clock()
        self.control.show_clock()

    # ---- keys and edits --------------------------------------------------------------------

    def undo(self) -> None:
        self.document.undo_stack.undo()

    def redo(self) -> None:
        self.document.undo_stack.redo()

    def on_changed(self, area: str) -> None:
        """Every edit (or undo) in the file: the views read what they show again."""
        if area in ("sessions", "workshop"):
            try:
                self.session = self.read_session()
            except StopIteration:  # the session was removed (an undo of its creation)
                self.stop()
                return
            self.presenter.setWindowTitle(self.window_title())
            self.control.setWindowTitle(self.control.title_text())
            items = [(e.text, e.minutes) for e in self.session.agenda]
            if items != self.clock.items:  # the agenda was edited: the times go with the texts
                times = dict(zip((t for t, _m in self.clock.items), self.clock.kept, strict=True))
                self.clock.load(items, [times.get(text) for text, _m in items])
        for view in self.views:
            view.on_changed(area)
        self.control.reload()

    def confirm_personal_data(self, exc: PersonalDataFound) -> bool:
        return prompts.confirmed_in_form(exc) or prompts.confirm_personal_data(self.control, exc)

    def on_edit_failed(self, exc: Exception) -> None:
        """Said on the laptop too (the main window, which explains it, may be out of sight)."""
        from ..messages import describe_invalid_input

        if isinstance(exc, PersonalDataFound):
            self.announce(tr("Not saved: change the text that looks like personal data."))
        elif isinstance(exc, InvalidInput):  # why, where the coach looks: not only the window
            self.announce(fill(tr("Not saved: %1"), describe_invalid_input(exc)))
        else:
            self.announce(tr("The change was not saved."))

    def close_session(self) -> None:
        """The session's summary is written and it is closed (undoable): the presenter goes,
        the control window stays for the review of the drafts."""
        if self.clock.running:
            self.clock.pause()
            self.keep_agenda()
        self.push(session_edits.close_session(self.document, self.session_id, datetime.now(UTC),
                                              self.set_closed))

    def set_closed(self, closed: bool) -> None:
        self.closed = closed
        if closed:
            self.presenter.hide()
        self.control.set_closed(closed)
