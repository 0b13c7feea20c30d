"""Every edit the UI can make, as an undoable command built from a pair of service calls."""

from __future__ import annotations

from datetime import date

from ..domain.phases import phase
from ..services import decisions, partners, phases, signals, trajectory, workshops
from ..services.records import (
    ChecklistEntry,
    DecisionRecord,
    ParticipantRecord,
    PartnerRecord,
    SessionRecord,
    SignalRecord,
    TrajectoryRecord,
)
from .document import EditCommand, TrajectoryDocument
from .i18n import fill, language, tr


def _named(template: str, name: str) -> str:
    return fill(template, name)


def checklist_label(entry: ChecklistEntry) -> str:
    """What the user reads for a checklist item: a default item's label, or their own text."""
    if entry.key is None:
        return entry.text
    terms = {t.key: t for t in phase(entry.phase_number).checklist}
    term = terms.get(entry.key)
    return term.label(language()) if term else entry.key


def tick(doc: TrajectoryDocument, entry: ChecklistEntry, done: bool) -> EditCommand:
    text = tr("Tick “%1”") if done else tr("Untick “%1”")
    return EditCommand(
        doc, _named(text, checklist_label(entry)),
        lambda: phases.set_checklist_done(doc.db, entry.id, done),
        lambda: phases.set_checklist_done(doc.db, entry.id, entry.done),
        ("phases",),
    )


def note_checklist(doc: TrajectoryDocument, entry: ChecklistEntry, note: str) -> EditCommand:
    return EditCommand(
        doc, _named(tr("Note on “%1”"), checklist_label(entry)),
        lambda: phases.set_checklist_note(doc.db, entry.id, note),
        lambda: phases.set_checklist_note(doc.db, entry.id, entry.note),
        ("phases",),
    )


def add_checklist_item(doc: TrajectoryDocument, item_id: str, number: int, text: str) -> EditCommand:
    return EditCommand(
        doc, _named(tr("Add checklist item “%1”"), text),
        lambda: phases.add_checklist_item(doc.db, item_id, number, text),
        lambda: phases.remove_checklist_item(doc.db, item_id),
        ("phases",),
    )


def set_phase_state(doc: TrajectoryDocument, number: int, state: str, today: date) -> EditCommand:
    before: list = []

    def do() -> None:
        before[:] = [phases.set_phase_state(doc.db, number, state, today)]

    return EditCommand(
        doc, _named(tr("Change the state of phase %1"), str(number)),
        do, lambda: phases.restore_phase_state(doc.db, before[0]), ("phases",),
    )


def update_trajectory(
    doc: TrajectoryDocument, old: TrajectoryRecord, new: TrajectoryRecord
) -> EditCommand:
    return EditCommand(
        doc, tr("Edit the trajectory details"),
        lambda: trajectory.update_trajectory(doc.db, new, expected=old),
        lambda: trajectory.update_trajectory(doc.db, old, expected=new),
        ("trajectory",),
    )


def add_partner(doc: TrajectoryDocument, record: PartnerRecord) -> EditCommand:
    placed: list[PartnerRecord] = []

    def do() -> None:
        placed[:] = [partners.add_partner(doc.db, placed[0] if placed else record)]

    return EditCommand(
        doc, _named(tr("Add partner “%1”"), record.name), do,
        lambda: partners.remove_partner(doc.db, record.id), ("partners",),
    )


def edit_partner(doc: TrajectoryDocument, old: PartnerRecord, new: PartnerRecord) -> EditCommand:
    return EditCommand(
        doc, _named(tr("Edit partner “%1”"), new.name),
        lambda: partners.update_partner(doc.db, new, expected=old),
        lambda: partners.update_partner(doc.db, old, expected=new),
        ("partners", "participants"),
    )


def remove_partner(doc: TrajectoryDocument, record: PartnerRecord) -> EditCommand:
    removed: list = []

    def do() -> None:
        removed[:] = [partners.remove_partner(doc.db, record.id)]

    return EditCommand(
        doc, _named(tr("Remove partner “%1”"), record.name), do,
        lambda: partners.restore_partner(doc.db, removed[0]), ("partners", "participants"),
    )


def add_participant(doc: TrajectoryDocument, record: ParticipantRecord) -> EditCommand:
    return EditCommand(
        doc, _named(tr("Add participant “%1”"), record.name),
        lambda: partners.add_participant(doc.db, record),
        lambda: partners.remove_participant(doc.db, record.id),
        ("participants",),
    )


def edit_participant(
    doc: TrajectoryDocument, old: ParticipantRecord, new: ParticipantRecord
) -> EditCommand:
    return EditCommand(
        doc, _named(tr("Edit participant “%1”"), new.name),
        lambda: partners.update_participant(doc.db, new, expected=old),
        lambda: partners.update_participant(doc.db, old, expected=new),
        ("participants",),
    )


def remove_participant(doc: TrajectoryDocument, record: ParticipantRecord) -> EditCommand:
    removed: list = []

    def do() -> None:
        removed[:] = [partners.remove_participant(doc.db, record.id)]

    return EditCommand(
        doc, _named(tr("Remove participant “%1”"), record.name), do,
        lambda: partners.restore_participant(doc.db, removed[0]),
        ("participants", "sessions"),
    )


def save_session(
    doc: TrajectoryDocument, old: SessionRecord | None, new: SessionRecord
) -> EditCommand:
    text = tr("Edit session “%1”") if old else tr("Add session “%1”")
    return EditCommand(
        doc, _named(text, new.title),
        lambda: workshops.save_session(doc.db, new),
        (lambda: workshops.save_session(doc.db, old)) if old
        else (lambda: workshops.remove_session(doc.db, new.id)),
        ("sessions",),
    )


def remove_session(doc: TrajectoryDocument, record: SessionRecord) -> EditCommand:
    removed = [record]  # as removed: with what running it recorded (captures, poll, notes)

    def do() -> None:
        removed[0] = workshops.remove_session(doc.db, record.id)

    return EditCommand(
        doc, _named(tr("Remove session “%1”"), record.title),
        do, lambda: workshops.save_session(doc.db, removed[0]), ("sessions", "workshop"),
    )


def save_decision(
    doc: TrajectoryDocument, old: DecisionRecord | None, new: DecisionRecord
) -> EditCommand:
    return EditCommand(
        doc, tr("Edit a decision") if old else tr("Log a decision"),
        lambda: decisions.save_decision(doc.db, new),
        (lambda: decisions.save_decision(doc.db, old)) if old
        else (lambda: decisions.remove_decision(doc.db, new.id)),
        ("decisions",),
    )


def remove_decision(doc: TrajectoryDocument, record: DecisionRecord) -> EditCommand:
    return EditCommand(
        doc, tr("Remove a decision"),
        lambda: decisions.remove_decision(doc.db, record.id),
        lambda: decisions.save_decision(doc.db, record),
        ("decisions",),
    )


def add_signal(doc: TrajectoryDocument, record: SignalRecord) -> EditCommand:
    return EditCommand(
        doc, tr("Add a signal"),
        lambda: signals.add_signal(doc.db, record),
        lambda: signals.remove_signals(doc.db, [record.id]),
        ("signals",), [record.id],
    )


def edit_signal(doc: TrajectoryDocument, old: SignalRecord, new: SignalRecord) -> EditCommand:
    return EditCommand(
        doc, tr("Edit a signal"),
        lambda: signals.update_signal(doc.db, new, expected=old),
        lambda: signals.update_signal(doc.db, old, expected=new),
        ("signals",), [new.id],
    )


def remove_signals(doc: TrajectoryDocument, records: list[SignalRecord]) -> EditCommand:
    """Undone by putting the signals back exactly as they were (their barrier and times too)."""
    ids = [r.id for r in records]
    removed: list[signals.RemovedSignals] = []

    def do() -> None:
        removed[:] = [signals.remove_signals(doc.db, ids)]

    return EditCommand(
        doc, fill(tr("Remove %1 signals"), str(len(ids))), do,
        lambda: signals.restore_signals(doc.db, removed[0]),
        ("signals",), ids,
    )


def set_signal_status(doc: TrajectoryDocument, records: list[SignalRecord],
                      status: str) -> EditCommand:
    old = {r.id: r.status for r in records}
    return EditCommand(
        doc, fill(tr("Change the status of %1 signals"), str(len(old))),
        lambda: signals.set_status(doc.db, dict.fromkeys(old, status)),
        lambda: signals.set_status(doc.db, old),
        ("signals",), old,
    )
