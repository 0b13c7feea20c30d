"""The window's workshop mode: start it for a phase on today's session, and its end."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from . import prompts
from .i18n import tr

if TYPE_CHECKING:
    from .main_window import MainWindow


class WorkshopActions:
    """Mixed into the main window: Workshop ▸ Start workshop mode… and `--workshop PHASE`."""

    def start_workshop_here(self: MainWindow) -> None:
        """Workshop mode for the phase on screen (else the phase the coach is at)."""
        if self.workspace is not None:
            self.start_workshop(self.workspace.current_phase() or self._first_open_phase())

    def start_workshop(self: MainWindow, phase_number: int) -> bool:
        """The presenter window of `phase_number`'s session held today (one is made when there is
        none: the phase's agenda, the people of its last session). False when none could run."""
        from .workshop.controller import WorkshopController

        if self.document is None or not 1 <= phase_number <= 6:
            return False
        if self.document.read_only:
            prompts.show_info(self, tr("Workshop mode"), tr(
                "This trajectory is open read-only: a workshop session cannot be recorded in "
                "it."))
            return False
        if self.workshop is not None:
            if self.workshop.phase_number == phase_number:
                self.workshop.show_presenter()
                return True
            self.workshop.stop()
        session_id = self._todays_session(phase_number)
        if session_id is None:
            return False
        if self.workspace is not None:
            self.workspace.show_phase(phase_number)
        self.workshop = WorkshopController(self.document, session_id, phase_number, self)
        self.workshop.finished.connect(self._workshop_finished)
        self.workshop.start()
        return True

    def _todays_session(self: MainWindow, phase_number: int) -> str | None:
        """The id of the phase's session of the day; a new one is saved as an undoable edit."""
        from ..services import workshops
        from . import edits

        record, new = workshops.session_of_the_day(
            self.document.db, phase_number, date.today())  # type: ignore[union-attr]
        if not new:
            return record.id
        return record.id if self.document.push(  # type: ignore[union-attr]
            edits.save_session(self.document, None, record)) else None  # type: ignore[arg-type]

    def _workshop_finished(self: MainWindow) -> None:
        self.workshop = None
        self.activateWindow()
