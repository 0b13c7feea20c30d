"""The undoable edits of barriers (bundle signals into one, take signals out, merge two, remove
one; the policy signals about a barrier follow it) and of prioritisation rounds (start one,
enter what a barrier was given) and the weights of the score."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.prioritisation import Weights
from ..services import barriers, policy_signals, prioritisation
from ..services.records import BarrierRecord
from .document import EditCommand, TrajectoryDocument
from .i18n import fill, tr

AREAS = ("barriers", "signals")
#: "priorities" says the order of the priorities changed (for every page that shows it); the
#: barriers page reads what changed: the rounds (read them again), or only the weights (re-rank
#: what it holds).
PRIORITIES = ("rounds", "priorities")
WEIGHTS = ("weights", "priorities")


def bundle_signals(doc: TrajectoryDocument, barrier_id: str, title: str,
                   signal_ids: list[str]) -> EditCommand:
    before: list = []

    def do() -> None:
        before[:] = [barriers.create_barrier(doc.db, barrier_id, title, signal_ids)]

    def undo() -> None:  # the signals back first: the barrier then goes empty, unread
        barriers.restore_assignments(doc.db, before[0])
        barriers.remove_barrier(doc.db, barrier_id)

    return EditCommand(doc, fill(tr("Bundle %1 signals into “%2”"),
                                 str(len(signal_ids)), title), do, undo, AREAS)


def take_out_signals(doc: TrajectoryDocument, signal_ids: list[str]) -> EditCommand:
    """Signals out of their barrier, back among the signals to bundle."""
    before: list = []

    def do() -> None:
        before[:] = [barriers.assign_signals(doc.db, None, signal_ids)]

    return EditCommand(doc, fill(tr("Take %1 signals out of their barrier"), len(signal_ids)),
                       do, lambda: barriers.restore_assignments(doc.db, before[0]), AREAS)


def merge_barriers(doc: TrajectoryDocument, keep_id: str, other_id: str) -> EditCommand:
    """The other barrier's signals, actions and policy signals go to `keep_id`."""
    saved: list = []
    moved: list = []

    def do() -> None:
        moved[:] = policy_signals.relink(doc.db, other_id, keep_id)
        saved[:] = barriers.merge_barriers(doc.db, keep_id, other_id)

    return EditCommand(doc, tr("Merge two barriers"), do, lambda: _restore(doc, saved, moved),
                       (*AREAS, "policy"))


def remove_barrier(doc: TrajectoryDocument, barrier_id: str) -> EditCommand:
    """The barrier goes; its policy signals stay, about no barrier, until undone."""
    saved: list = []
    moved: list = []

    def do() -> None:
        moved[:] = policy_signals.relink(doc.db, barrier_id, None)
        saved[:] = barriers.remove_barrier(doc.db, barrier_id)

    return EditCommand(doc, tr("Remove a barrier"), do, lambda: _restore(doc, saved, moved),
                       (*AREAS, "policy"))


def _restore(doc: TrajectoryDocument, saved: list, moved: list) -> None:
    """Undo a merge or a removal: the barrier back, and its policy signals about it again."""
    barriers.restore_barrier(doc.db, *saved)
    for record in moved:
        policy_signals.restore_policy_signal(doc.db, record)


def start_priority_round(doc: TrajectoryDocument, round_id: str, method: str, held_on: date,
                         participants: list[str], barrier_ids: list[str],
                         settings: dict[str, Any] | None = None) -> EditCommand:
    return EditCommand(
        doc, tr("Start a prioritisation round"),
        lambda: prioritisation.start_round(doc.db, round_id, method, held_on, participants,
                                           barrier_ids, settings),
        lambda: prioritisation.remove_round(doc.db, round_id), PRIORITIES)


def set_priority_settings(doc: TrajectoryDocument, round_id: str, new: dict[str, Any],
                          old: dict[str, Any]) -> EditCommand:
    return EditCommand(
        doc, tr("Write the round's discussion note"),
        lambda: prioritisation.set_settings(doc.db, round_id, new),
        lambda: prioritisation.set_settings(doc.db, round_id, old), PRIORITIES)


def set_score_weights(doc: TrajectoryDocument, new: Weights, old: Weights) -> EditCommand:
    """New weights of the factor score, kept in the file: the priorities re-order."""
    return EditCommand(
        doc, tr("Change the weights of the score"),
        lambda: prioritisation.set_weights(doc.db, new),
        lambda: prioritisation.set_weights(doc.db, old), WEIGHTS)


def set_priority_inputs(doc: TrajectoryDocument, round_id: str, barrier_id: str,
                        new: dict[str, Any], old: dict[str, Any]) -> EditCommand:
    return EditCommand(
        doc, tr("Enter votes, a placement or an objection"),
        lambda: prioritisation.set_inputs(doc.db, round_id, barrier_id, new),
        lambda: prioritisation.set_inputs(doc.db, round_id, barrier_id, old), PRIORITIES)


def edit_barrier(doc: TrajectoryDocument, old: BarrierRecord, new: BarrierRecord) -> EditCommand:
    return EditCommand(doc, fill(tr("Edit the barrier “%1”"), new.title),
                       lambda: barriers.update_barrier(doc.db, new, expected=old),
                       lambda: barriers.update_barrier(doc.db, old, expected=new), AREAS)
