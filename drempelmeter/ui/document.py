"""The open trajectory as the UI sees it: the database handle, the undo stack, change signals."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..services import personal_data
from ..services.errors import InvalidInput, TrajectoryFileError
from ..services.personal_data import PersonalDataFound
from ..services.trajectory import HEARTBEAT_SECONDS, TrajectoryDatabase

log = logging.getLogger(__name__)



class TrajectoryDocument(QObject):
    """Owns the open file while the window shows it; every edit goes through `push`.

    `changed` names the area an edit touched (trajectory, partners, participants, phases,
    sessions, decisions, signals); views reload the areas they show.
    """

    changed = Signal(str)
    edit_failed = Signal(object)
    #: another run took the file's lock over; the database handle only reads from now on
    lock_lost = Signal()
    #: the file is about to be closed: work that reads it between events stops
    closing = Signal()

    def __init__(self, db: TrajectoryDatabase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self._pushing = False
        #: While `changed` is emitted: the signals the edit touched, when it names them (None:
        #: any may have changed), so that a list of 100,000 reads those again, not every one.
        self.signals_touched: frozenset[str] | None = None
        #: Asks whether text that looks like personal data may stay (True) or the user goes
        #: back to change it (False); without it such an edit is refused.
        self.confirm_personal_data: Callable[[PersonalDataFound], bool] | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_SECONDS * 1000)
        self._heartbeat.timeout.connect(self.on_heartbeat)
        if not db.read_only:
            self._heartbeat.start()

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def on_heartbeat(self) -> None:
        if not self.db.refresh_lock():
            self._heartbeat.stop()
            self.lock_lost.emit()

    def push(self, command: EditCommand) -> bool:
        """Do the edit and put it on the undo stack; False when it was refused.

        Qt deletes a command that turned obsolete during push, so success is read off the stack.
        """
        if self.read_only or self._pushing:  # an edit asked during another (focus moved
            return False                       # while the personal-data question showed)
        before = self.undo_stack.index()
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False
        return self.undo_stack.index() > before

    def close(self) -> None:
        self.closing.emit()
        self._heartbeat.stop()
        self.undo_stack.clear()
        self.db.close()


class EditCommand(QUndoCommand):
    """An undoable edit made of two service calls. It stores keys and values only.

    A failing call must not leave the command on the stack as if it had happened: it is caught
    here, the command is marked obsolete (Qt then drops it) and the document reports why.
    """

    def __init__(self, document: TrajectoryDocument, text: str, do, undo, areas,  # type: ignore[no-untyped-def]
                 signal_ids: Iterable[str] | None = None) -> None:
        super().__init__(text)
        self._document = document
        self._do = do
        self._undo = undo
        self._areas = tuple(areas)
        #: the only signals it adds, changes or removes, when it knows them
        self._signal_ids = None if signal_ids is None else frozenset(signal_ids)

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call) -> None:  # type: ignore[no-untyped-def]
        """One transaction for the whole step, however many service calls it makes.

        Text that looks like personal data is refused by the service; when the user keeps it,
        the whole step runs again with those texts confirmed, so the keep is recorded with it.
        """
        confirmed: list[str] = []
        while True:
            try:
                with personal_data.confirmed(confirmed), self._document.db.session():
                    call()
            except PersonalDataFound as exc:
                texts = [f.text for f in exc.findings]
                ask = self._document.confirm_personal_data
                if set(texts) <= set(confirmed) or ask is None or not ask(exc):
                    self._fail(exc)
                    return
                confirmed.extend(texts)
                continue
            except (InvalidInput, TrajectoryFileError) as exc:
                self._fail(exc)
                return
            except Exception as exc:
                log.exception("edit %r failed", self.text())
                self._fail(exc)
                return
            break
        self._document.signals_touched = self._signal_ids
        try:
            for area in self._areas:
                self._document.changed.emit(area)
        finally:
            self._document.signals_touched = None

    def _fail(self, exc: Exception) -> None:
        self.setObsolete(True)
        self._document.edit_failed.emit(exc)
