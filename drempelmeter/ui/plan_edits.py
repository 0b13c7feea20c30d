"""The undoable edits of the action plan: add, rename, move and remove pillars, goals and
actions, change an action, and add a follow-up step."""

from __future__ import annotations

from datetime import date

from ..domain.plan import ActionRecord
from ..services import follow_up, plan
from .document import EditCommand, TrajectoryDocument
from .i18n import fill, tr

AREAS = ("plan",)
ADD = {"goal": plan.add_goal, "action": plan.add_action}


def add_item(doc: TrajectoryDocument, kind: str, item_id: str, parent_id: str | None,
             title: str) -> EditCommand:
    """A new pillar (no parent), goal (under a pillar) or action (under a goal), at the end."""
    def do() -> None:
        if kind == "pillar":
            plan.add_pillar(doc.db, item_id, title)
        else:
            ADD[kind](doc.db, item_id, parent_id, title)

    return EditCommand(doc, fill(tr("Add “%1” to the plan"), title), do,
                       lambda: plan.remove(doc.db, kind, item_id), AREAS)


def rename(doc: TrajectoryDocument, kind: str, item_id: str, title: str) -> EditCommand:
    before: list[str] = []

    def do() -> None:
        before[:] = [plan.rename(doc.db, kind, item_id, title)]

    return EditCommand(doc, fill(tr("Rename to “%1”"), title), do,
                       lambda: plan.rename(doc.db, kind, item_id, before[0]), AREAS)


def edit_action(doc: TrajectoryDocument, old: ActionRecord, new: ActionRecord) -> EditCommand:
    return EditCommand(doc, fill(tr("Edit action %1"), new.number or new.title),
                       lambda: plan.update_action(doc.db, new, expected=old),
                       lambda: plan.update_action(doc.db, old, expected=new), AREAS)


def move(doc: TrajectoryDocument, kind: str, item_id: str, parent_id: str | None,
         position: int) -> EditCommand:
    """Put an item at `position` (1-based) under `parent_id`; undo puts it back."""
    before: list = []

    def do() -> None:
        before[:] = plan.move(doc.db, kind, item_id, parent_id, position)

    return EditCommand(doc, tr("Move in the plan"), do,
                       lambda: plan.move(doc.db, kind, item_id, *before), AREAS)


def remove(doc: TrajectoryDocument, kind: str, item_id: str) -> EditCommand:
    saved: list = []

    def do() -> None:
        saved[:] = [plan.remove(doc.db, kind, item_id)]

    return EditCommand(doc, tr("Remove from the plan"), do,
                       lambda: plan.restore(doc.db, saved[0]), AREAS)


def add_status(doc: TrajectoryDocument, step_id: str, action_id: str, status: str, on: date,
               note: str) -> EditCommand:
    return EditCommand(
        doc, tr("Record the follow-up of an action"),
        lambda: follow_up.add_status(doc.db, step_id, action_id, status, on, note),
        lambda: follow_up.remove_status(doc.db, step_id), AREAS)
