"""The undoable edits of policy signals: make one from a barrier (marking it supra-local when it
was not), edit one, remove one."""

from __future__ import annotations

from dataclasses import replace

from ..domain.policy import SUPRA_LOCAL
from ..services import barriers, policy_signals
from ..services.policy_signals import PolicySignalRecord
from ..services.records import BarrierRecord
from .document import EditCommand, TrajectoryDocument
from .i18n import fill, tr

AREAS = ("policy",)
#: A barrier marked supra-local scores lower: the barriers and the priorities change too.
MARKED = ("policy", "barriers", "signals", "priorities")


def make_policy_signal(doc: TrajectoryDocument, barrier: BarrierRecord, signal_id: str,
                       level: str, addressee: str, request: str) -> EditCommand:
    """A draft policy signal about `barrier`, marked supra-local first when it was not."""
    marked = replace(barrier, influence=SUPRA_LOCAL)
    mark = barrier.influence != SUPRA_LOCAL

    def do() -> None:
        if mark:
            barriers.update_barrier(doc.db, marked, expected=barrier)
        policy_signals.make_policy_signal(doc.db, signal_id, barrier.id, level, addressee,
                                          request)

    def undo() -> None:
        policy_signals.remove_policy_signal(doc.db, signal_id)
        if mark:
            barriers.update_barrier(doc.db, barrier, expected=marked)

    return EditCommand(doc, fill(tr("Make a policy signal of “%1”"), barrier.title), do, undo,
                       MARKED if mark else AREAS)


def edit_policy_signal(doc: TrajectoryDocument, old: PolicySignalRecord,
                       new: PolicySignalRecord) -> EditCommand:
    return EditCommand(doc, fill(tr("Edit policy signal %1"), old.number),
                       lambda: policy_signals.save_policy_signal(doc.db, new),
                       lambda: policy_signals.restore_policy_signal(doc.db, old), AREAS)


def remove_policy_signal(doc: TrajectoryDocument, record: PolicySignalRecord) -> EditCommand:
    return EditCommand(doc, fill(tr("Remove policy signal %1"), record.number),
                       lambda: policy_signals.remove_policy_signal(doc.db, record.id),
                       lambda: policy_signals.restore_policy_signal(doc.db, record), AREAS)
