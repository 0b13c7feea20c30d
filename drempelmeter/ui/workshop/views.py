"""Which views a phase's session shows on the beamer, in order: agenda, questions, its work, captures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .activity import Activity
from .agenda_view import AgendaView
from .board_view import BoardView
from .capture_view import CaptureView
from .chart_slide import ComparisonSlide, ProgressSlide
from .dots_view import DotsView
from .moscow_view import MoscowView
from .poll_view import PollView
from .premortem_view import PremortemView
from .prompts_view import PromptsView

if TYPE_CHECKING:
    from .controller import WorkshopController


def phase_views(phase_number: int, controller: WorkshopController) -> list[Activity]:
    """The views of a phase's own work (the poll of phase 1, the votes of phase 4, the
    pre-mortem of phase 5, the plan's progress and the re-measurement in phase 6): each built
    for the running session."""
    own = {1: (PollView,), 4: (DotsView, BoardView, MoscowView), 5: (PremortemView,),
           6: (ProgressSlide, ComparisonSlide)}
    return [view(controller.document, controller.session_id)
            for view in own.get(phase_number, ())]


def views_for(phase_number: int, controller: WorkshopController) -> list[Activity]:
    return [AgendaView(controller), PromptsView(controller),
            *phase_views(phase_number, controller), CaptureView(controller)]
