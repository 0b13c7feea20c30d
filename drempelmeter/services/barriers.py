"""Barriers: bundle signals into one, move signals between them, merge and split; suggestions.

Every change returns what it replaced, so the UI can undo it exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..domain.clustering import SignalText, suggest_groups
from ..domain.policy import SUPRA_LOCAL
from ..domain.prioritisation import FREQUENCY_FACTOR, Factors
from ..domain.taxonomy import ALL_BS, BARRIER_STATUSES, FREQUENCY, SEVERITY
from ..store import barrier_rows, queries, signal_changes
from ..store.barrier_rows import BarrierFields
from ..store.database import TrajectoryDatabase
from ..store.models import Barrier
from . import personal_data
from .errors import InvalidInput
from .records import BarrierRecord
from .validation import all_existing, clean_text, existing, known_key, refuse_if_changed

#: signal id → (barrier id or None, signal status): what an assignment replaced.
Assignments = dict[str, tuple[str | None, str]]
FIELDS = ("title", "description", "primary_b", "level", "journey_moment", "severity",
          "frequency", "influence", "status")
#: How alike (shared words over all words) two signals must be to be suggested together.
SUGGESTION_THRESHOLD = 0.15


def factors_of(record: BarrierRecord) -> Factors:
    """The barrier's severity, frequency, reach (the partners that recognise it) and whether it
    lies beyond local influence, to score."""
    return Factors(record.severity or 0, FREQUENCY_FACTOR.get(record.frequency or "", 1),
                   max(len(record.recognised_by), 1), record.influence == SUPRA_LOCAL)


def _most_common(values: Iterable[object]) -> object:
    counted = Counter(v for v in values if v is not None)
    return counted.most_common(1)[0][0] if counted else None


def defaults_from(signals: list[Any]) -> dict[str, object]:
    """The taxonomy fields a new barrier takes from its signals (their objects or their
    columns): the most common B, level and moment and influence, the highest severity and
    frequency."""
    frequencies = [s.frequency for s in signals if s.frequency]
    order = FREQUENCY.ordered_keys()
    return {
        "primary_b": _most_common(s.primary_b for s in signals),
        "level": _most_common(s.level for s in signals),
        "journey_moment": _most_common(s.journey_moment for s in signals),
        "influence": _most_common(s.influence for s in signals),
        "severity": max((s.severity for s in signals if s.severity is not None), default=None),
        "frequency": max(frequencies, key=order.index) if frequencies else None,
    }


def _record(fields: BarrierFields, signal_ids: tuple[str, ...], partners: tuple[str, ...],
            ) -> BarrierRecord:
    """The record of a barrier from its columns, its signals and the partners of its signals."""
    explicit = None if fields.partner_ids is None else tuple(fields.partner_ids)
    return BarrierRecord(
        fields.id, fields.title, fields.primary_b, fields.description, fields.level,
        fields.journey_moment, fields.severity, fields.frequency, fields.influence, explicit,
        fields.status, signal_ids, explicit if explicit is not None else partners)


def list_barriers(db: TrajectoryDatabase) -> list[BarrierRecord]:
    with db.session() as session:
        return barriers_in(session)


def _in_partner_order(session, partners: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """Each barrier's partners in the partners' own order."""
    place = {partner: n for n, partner in enumerate(barrier_rows.partner_order(session))}
    return {barrier: tuple(sorted(ids, key=place.__getitem__))
            for barrier, ids in partners.items()}


def barriers_in(session, ids: Iterable[str] | None = None) -> list[BarrierRecord]:
    """The barriers (all, or those in `ids`) with their signals, inside a caller's session."""
    wanted = None if ids is None else set(ids)
    signal_ids: dict[str, list[str]] = {}
    partners: dict[str, set[str]] = {}
    for barrier, signal, partner in barrier_rows.members(session, wanted):
        signal_ids.setdefault(barrier, []).append(signal)
        partners.setdefault(barrier, set()).add(partner)
    ordered = _in_partner_order(session, partners)
    return [_record(fields, tuple(signal_ids.get(fields.id, ())), ordered.get(fields.id, ()))
            for fields in barrier_rows.barrier_fields(session, wanted)]


def get_barrier(db: TrajectoryDatabase, barrier_id: str) -> BarrierRecord:
    with db.session() as session:
        found = barriers_in(session, [barrier_id])
    if not found:
        raise InvalidInput("barrier", InvalidInput.NOT_FOUND, barrier_id)
    return found[0]


@dataclass(frozen=True)
class BarrierListing:
    """The barriers as a list shows them, read from columns: each barrier's record without its
    signal ids (`member_texts` reads them for the barrier chosen), and how many signals each
    bundles."""

    records: tuple[BarrierRecord, ...]
    signal_counts: dict[str, int]


def barrier_listing(db: TrajectoryDatabase) -> BarrierListing:
    """Every barrier with its partners (in their own order) and its number of signals, oldest
    first."""
    counts: dict[str, int] = {}
    partners: dict[str, set[str]] = {}
    with db.session() as session:
        for barrier, partner in barrier_rows.member_partners(session):
            counts[barrier] = counts.get(barrier, 0) + 1
            partners.setdefault(barrier, set()).add(partner)
        ordered = _in_partner_order(session, partners)
        fields = barrier_rows.barrier_fields(session)
    return BarrierListing(tuple(_record(row, (), ordered.get(row.id, ())) for row in fields),
                          counts)


def member_texts(db: TrajectoryDatabase, barrier_id: str) -> list[tuple[str, str]]:
    """(signal id, description) of the signals in one barrier, in the signals' order."""
    with db.session() as session:
        return barrier_rows.member_texts(session, barrier_id)


def barriers_holding(db: TrajectoryDatabase, signal_ids: Iterable[str]) -> list[tuple[str, str]]:
    """(id, title) of the barriers some of these signals are in, oldest first."""
    with db.session() as session:
        holding = barrier_rows.barriers_holding(session, list(signal_ids))
        return [(row.id, row.title) for row in barrier_rows.barrier_fields(session, holding)
                ] if holding else []


def _validated(record: BarrierRecord) -> BarrierRecord:
    known_key("B", ALL_BS, record.primary_b)
    known_key("status", BARRIER_STATUSES, record.status)
    if record.severity is not None:
        known_key("severity", SEVERITY, str(record.severity))
    if record.frequency is not None:
        known_key("frequency", FREQUENCY, record.frequency)
    return replace(record, title=clean_text("title", record.title, required=True),
                   description=clean_text("description", record.description, limit=4000))


#: the columns a new barrier's fields default from (`defaults_from`)
_DEFAULTING = ("primary_b", "level", "journey_moment", "influence", "severity", "frequency")
#: where a signal is: what a move replaces
_PLACE = ("barrier_id", "status")
#: a signal only noticed so far is bundled when it goes into a barrier
_BUNDLED = ("noticed", "bundled")


def _read(session, ids: list[str], names: tuple[str, ...]) -> dict[str, Any]:
    """These columns of each signal (by id); refused as not found when one is gone."""
    found = signal_changes.columns_of(session, ids, names)
    all_existing(ids, found)
    return found


def _move(session, barrier_id: str | None, ids: list[str], found: dict[str, Any],
          ) -> Assignments:
    """The signals (read with their place) into the barrier, or out of any: set-wise."""
    signal_changes.move(session, ids, barrier_id, None if barrier_id is None else _BUNDLED)
    return {signal_id: (found[signal_id].barrier_id, found[signal_id].status)
            for signal_id in ids}


def _assign(session, barrier_id: str | None, signal_ids: Iterable[str]) -> Assignments:
    ids = list(dict.fromkeys(signal_ids))
    return _move(session, barrier_id, ids, _read(session, ids, _PLACE))


def _restore(session, before: Assignments) -> None:
    """Every signal back in its barrier with its status; refused when one is gone."""
    if signal_changes.set_assignments(session, before) != len(before):
        all_existing(before, signal_changes.columns_of(session, before, ()))


def create_barrier(db: TrajectoryDatabase, barrier_id: str, title: str,
                   signal_ids: Iterable[str], description: str = "") -> Assignments:
    """A new barrier from signals (moved out of any barrier they were in); its fields default
    from them. Returns the signals' previous assignments, for undo."""
    ids = list(dict.fromkeys(signal_ids))
    if not ids:
        raise InvalidInput("signals", InvalidInput.REQUIRED)
    with db.session() as session:
        found = _read(session, ids, (*_DEFAULTING, *_PLACE))
        signals = [found[i] for i in ids]
        record = _validated(BarrierRecord(barrier_id, title, description=description,
                                          **defaults_from(signals)))  # type: ignore[arg-type]
        _screen(session, record)
        session.add(Barrier(id=record.id, trajectory_id=queries.trajectory(session).id,
                            **{f: getattr(record, f) for f in FIELDS}))
        session.flush()
        return _move(session, barrier_id, ids, found)


def add_barrier(db: TrajectoryDatabase, record: BarrierRecord) -> None:
    """A new barrier as the record says, without signals yet (named in a workshop: its signals
    are bundled into it later); checked and screened as every barrier is."""
    record = _validated(replace(record, signal_ids=()))
    with db.session() as session:
        _screen(session, record)
        session.add(Barrier(id=record.id, trajectory_id=queries.trajectory(session).id,
                            **{f: getattr(record, f) for f in FIELDS}))


def assign_signals(db: TrajectoryDatabase, barrier_id: str | None,
                   signal_ids: Iterable[str]) -> Assignments:
    """Put signals in a barrier (or, with None, take them out); returns what that replaced."""
    with db.session() as session:
        if barrier_id is not None:
            existing(session, Barrier, barrier_id)
        return _assign(session, barrier_id, signal_ids)


def restore_assignments(db: TrajectoryDatabase, before: Assignments) -> None:
    """Every signal back where `before` says it was, with its status (the undo of a move)."""
    with db.session() as session:
        _restore(session, before)


def _screen(session, record: BarrierRecord) -> None:
    for field in ("title", "description"):
        personal_data.check(session, "barrier", record.id, field, getattr(record, field))


def _write_barrier(row, record: BarrierRecord) -> None:
    for name in FIELDS:
        setattr(row, name, getattr(record, name))
    row.partner_ids = None if record.partner_ids is None else list(record.partner_ids)


def update_barrier(
    db: TrajectoryDatabase, record: BarrierRecord, expected: BarrierRecord | None = None
) -> None:
    """Write the barrier's fields; refused when it no longer is as `expected`."""
    record = _validated(record)
    with db.session() as session:
        row = existing(session, Barrier, record.id)
        refuse_if_changed(db, row, _write_barrier, expected, "barrier", _validated)
        _screen(session, record)
        _write_barrier(row, record)


def remove_barrier(db: TrajectoryDatabase, barrier_id: str) -> tuple[BarrierRecord, Assignments]:
    """Remove a barrier; its signals stay, unbundled. Returns both, for undo."""
    record = get_barrier(db, barrier_id)
    with db.session() as session:
        before = _assign(session, None, record.signal_ids)
        session.delete(existing(session, Barrier, barrier_id))
    return record, before


#: action id → the barriers it addressed before a merge relinked it
Relinked = dict[str, list[str]]


def restore_barrier(db: TrajectoryDatabase, record: BarrierRecord, before: Assignments,
                    relinked: Relinked | None = None) -> None:
    """Put a removed barrier back with its signals (the undo of remove and of merge), and the
    plan's actions that a merge relinked back to it."""
    with db.session() as session:
        for action in queries.plan_actions(session):
            if action.id in (relinked or {}):
                action.barrier_ids = list(relinked[action.id])  # type: ignore[index]
        session.add(Barrier(id=record.id, trajectory_id=queries.trajectory(session).id,
                            partner_ids=None if record.partner_ids is None
                            else list(record.partner_ids),
                            **{f: getattr(record, f) for f in FIELDS}))
        session.flush()
        _assign(session, record.id, record.signal_ids)
        _restore(session, {signal_id: (record.id, status)
                           for signal_id, (_barrier, status) in before.items()})


def merge_barriers(db: TrajectoryDatabase, keep_id: str, other_id: str,
                   ) -> tuple[BarrierRecord, Assignments, Relinked]:
    """Move the other barrier's signals into `keep_id`, let the plan's actions that addressed
    the other address `keep_id`, and remove the other; returns the removed barrier, the moves
    and the relinked actions, which `restore_barrier` undoes."""
    if keep_id == other_id:
        raise InvalidInput("barrier", InvalidInput.IN_USE, keep_id)
    other = get_barrier(db, other_id)
    with db.session() as session:
        existing(session, Barrier, keep_id)
        moved = _assign(session, keep_id, other.signal_ids)
        relinked: Relinked = {}
        for action in queries.plan_actions(session):
            if other_id in (action.barrier_ids or []):
                relinked[action.id] = list(action.barrier_ids)
                action.barrier_ids = list(dict.fromkeys(
                    keep_id if b == other_id else b for b in action.barrier_ids))
        session.delete(existing(session, Barrier, other_id))
    return other, moved, relinked


def unbundled(db: TrajectoryDatabase) -> list[SignalText]:
    """The signals in no barrier, as the suggestions read them (id, B, level, description)."""
    with db.session() as session:
        return list(map(SignalText._make, queries.unbundled_signal_texts(session)))


def suggestions(db: TrajectoryDatabase, threshold: float = SUGGESTION_THRESHOLD,
                ) -> list[tuple[str, ...]]:
    """Groups of signals not yet in a barrier that probably belong together."""
    return suggest_groups(unbundled(db), threshold)
