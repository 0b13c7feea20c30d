"""The undoable edits of a running session: start, agenda kept, prompts, captures and their review, close."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from ...domain.plan import ActionRecord
from ...services import barriers, captures, plan, signals, workshop_run
from ...services.records import BarrierRecord, CaptureRecord, SignalRecord
from ..document import EditCommand, TrajectoryDocument
from ..i18n import fill, tr

AREAS = ("workshop",)


def start_session(doc: TrajectoryDocument, session_id: str, now: datetime) -> EditCommand:
    before: list = []

    def do() -> None:
        before[:] = [workshop_run.start_session(doc.db, session_id, now)]

    return EditCommand(doc, tr("Start the session"), do,
                       lambda: workshop_run.restore_started(doc.db, session_id, before[0]), AREAS)


def keep_agenda(doc: TrajectoryDocument, session_id: str, kept: list[int | None],
                applied: Callable[[list[int | None]], None]) -> EditCommand:
    """The time each item took; `applied` hears the times the file holds after do and undo."""
    before: list[list[int | None]] = []

    def do() -> None:
        before[:] = [workshop_run.keep_agenda(doc.db, session_id, kept)]
        applied(list(kept))

    def undo() -> None:
        workshop_run.keep_agenda(doc.db, session_id, before[0])
        applied(list(before[0]))

    return EditCommand(doc, tr("Keep the agenda's times"), do, undo, AREAS)


def set_prompts(doc: TrajectoryDocument, session_id: str, prompts: list[str]) -> EditCommand:
    before: list[list[str]] = []

    def do() -> None:
        before[:] = [workshop_run.set_prompts(doc.db, session_id, prompts)]

    return EditCommand(doc, tr("Change the session's questions"), do,
                       lambda: workshop_run.set_prompts(doc.db, session_id, before[0]), AREAS)


def add_capture(doc: TrajectoryDocument, record: CaptureRecord) -> EditCommand:
    return EditCommand(doc, fill(tr("Capture “%1”"), record.text),
                       lambda: captures.add_capture(doc.db, record),
                       lambda: captures.remove_capture(doc.db, record.id), AREAS)


def update_capture(doc: TrajectoryDocument, record: CaptureRecord) -> EditCommand:
    before: list[CaptureRecord] = []

    def do() -> None:
        before[:] = [captures.update_capture(doc.db, record)]

    return EditCommand(doc, fill(tr("Change “%1”"), record.text), do,
                       lambda: captures.update_capture(doc.db, before[0]), AREAS)


def remove_capture(doc: TrajectoryDocument, record: CaptureRecord) -> EditCommand:
    removed: list[CaptureRecord] = []

    def do() -> None:
        removed[:] = [captures.remove_capture(doc.db, record.id)]

    return EditCommand(doc, fill(tr("Remove “%1”"), record.text), do,
                       lambda: captures.restore_capture(doc.db, removed[0]), AREAS)


def _reviewed(doc: TrajectoryDocument, text: str, capture: CaptureRecord, state: str,
              result_id: str | None, make: Callable[[], object], unmake: Callable[[], object],
              areas: tuple[str, ...]) -> EditCommand:
    """One step: the record a capture becomes is made, and the capture says so."""
    def do() -> None:
        make()
        captures.mark_capture(doc.db, capture.id, state, result_id)

    def undo() -> None:
        captures.mark_capture(doc.db, capture.id, capture.state, capture.result_id)
        unmake()

    return EditCommand(doc, text, do, undo, (*AREAS, *areas))


def capture_to_signal(doc: TrajectoryDocument, capture: CaptureRecord,
                      record: SignalRecord) -> EditCommand:
    return _reviewed(doc, fill(tr("Make “%1” a signal"), capture.text), capture, "accepted",
                     record.id, lambda: signals.add_signal(doc.db, record),
                     lambda: signals.remove_signals(doc.db, [record.id]), ("signals",))


def capture_to_barrier(doc: TrajectoryDocument, capture: CaptureRecord,
                       record: BarrierRecord) -> EditCommand:
    """A barrier without signals yet (they are bundled into it later)."""
    return _reviewed(doc, fill(tr("Make “%1” a barrier"), capture.text), capture, "accepted",
                     record.id, lambda: barriers.add_barrier(doc.db, record),
                     lambda: barriers.remove_barrier(doc.db, record.id),
                     ("barriers", "signals"))


def capture_to_action_point(doc: TrajectoryDocument, capture: CaptureRecord,
                            action: ActionRecord) -> EditCommand:
    """The capture's text becomes one more concrete point of the action."""
    new = replace(action, concrete=(*action.concrete, capture.text))
    return _reviewed(doc, fill(tr("Add “%1” to action %2"), capture.text,
                               action.number or action.title), capture, "accepted", action.id,
                     lambda: plan.update_action(doc.db, new, expected=action),
                     lambda: plan.update_action(doc.db, action, expected=new), ("plan",))


def discard_capture(doc: TrajectoryDocument, capture: CaptureRecord) -> EditCommand:
    return _reviewed(doc, fill(tr("Discard “%1”"), capture.text), capture, "discarded", None,
                     lambda: None, lambda: None, ())


def close_session(doc: TrajectoryDocument, session_id: str, now: datetime,
                  applied: Callable[[bool], None]) -> EditCommand:
    """The summary is written and the session closed; `applied` hears whether it is closed."""
    before: list = []

    def do() -> None:
        before[:] = [workshop_run.close_session(doc.db, session_id, now)]
        applied(True)

    def undo() -> None:
        workshop_run.reopen_session(doc.db, session_id, before[0])
        applied(False)

    return EditCommand(doc, tr("Close the session"), do, undo, AREAS)


def reword_summary(doc: TrajectoryDocument, session_id: str, old: str,
                   new: str) -> EditCommand:
    """The coach's own wording of a closed session's summary."""
    return EditCommand(doc, tr("Reword the session's summary"),
                       lambda: workshop_run.set_summary(doc.db, session_id, new),
                       lambda: workshop_run.set_summary(doc.db, session_id, old), AREAS)
