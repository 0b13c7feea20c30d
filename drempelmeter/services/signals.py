"""Signals per partner: add, edit, duplicate, remove and restore, change status; privacy-checked."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ..domain.privacy import Finding, screen
from ..domain.taxonomy import (
    LEVELS,
    SIGNAL_CHOICES,
    SIGNAL_DESCRIPTION_MAX,
    SIGNAL_MULTI_CHOICES,
    SIGNAL_STATUSES,
    active_bs,
)
from ..domain.terms import normalise
from ..domain.text import clean
from ..domain.vocabularies import DEFAULTS, Vocabularies
from ..store.database import TrajectoryDatabase
from . import personal_data, vocabularies
from .base_records import SignalRecord
from .errors import InvalidInput
from .validation import (
    all_existing,
    clean_text,
    existing,
    known_key,
    known_keys,
    refuse_if_changed,
)

if TYPE_CHECKING:
    from ..store.models import Signal
# The ORM models and the queries on them are imported in the functions that use them: the
# first window needs none of them, and their set-up is a sixth of the start-up (#14).

DESCRIPTION_MAX = SIGNAL_DESCRIPTION_MAX



def fingerprint(partner_id: str, description: str) -> str:
    """What identifies a signal that has no id yet: its partner and its words."""
    return fingerprint_and_search_text(partner_id, description)[0]


def fingerprint_and_search_text(partner_id: str, description: str) -> tuple[str, str]:
    """The signal's fingerprint and its search text, the description normalised once."""
    words = normalise(description)
    return hashlib.sha256(f"{partner_id}\n{words}".encode()).hexdigest(), words


def unresolved_findings(record: SignalRecord) -> list[Finding]:
    """Personal data in the description that the user has not confirmed to keep."""
    return personal_data.unresolved(record.description, record.kept_findings)


@cache
def _active_b_keys(optional_bs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t.key for t in active_bs(optional_bs))


def validated(record: SignalRecord, optional_bs: Iterable[str],
              lists: Vocabularies = DEFAULTS) -> SignalRecord:
    """`record` cleaned, or InvalidInput naming the first field that is wrong; its values are
    checked against the trajectory's own `lists`."""
    description = clean_text("description", record.description, required=True,
                             limit=DESCRIPTION_MAX)
    bs = _active_b_keys(tuple(optional_bs))
    if record.primary_b not in bs:
        raise InvalidInput("primary_b", InvalidInput.UNKNOWN_VALUE, record.primary_b)
    if record.secondary_b is not None and (
        record.secondary_b not in bs or record.secondary_b == record.primary_b
    ):
        raise InvalidInput("secondary_b", InvalidInput.UNKNOWN_VALUE, record.secondary_b)
    choices = {
        field: (None if getattr(record, field) is None
                else known_key(field, vocabulary, getattr(record, field)))
        for field, vocabulary in lists.signal_choices().items()
    }
    multi = {field: tuple(known_keys(field, vocabulary, getattr(record, field)))
             for field, vocabulary in lists.signal_multi_choices().items()}
    if record.severity is not None and not 0 <= record.severity <= 4:
        raise InvalidInput("severity", InvalidInput.OUT_OF_RANGE, record.severity)
    known_key("status", SIGNAL_STATUSES, record.status)
    # The findings kept were found in the text as typed: compared as cleaned, like the text;
    # those the user confirms now are kept with them.
    findings = screen(description)  # once: the guard is most of a bundle row's cost
    found = {f.text for f in findings}
    kept = dict.fromkeys([*(clean(k) for k in record.kept_findings),
                          *sorted(found & personal_data.confirmed_now())])
    changes: dict[str, Any] = {**choices, **multi, "description": description,
                               "kept_findings": tuple(kept)}
    cleaned = replace(record, **changes)
    left = [f for f in findings if f.text not in kept]  # what unresolved_findings would say
    if left and not record.to_review:
        raise personal_data.PersonalDataFound("description", left)
    return replace(cleaned, to_review=bool(left))


def to_record(row: Any) -> SignalRecord:
    """A signal's record from its ORM object or its columns."""
    return SignalRecord(
        id=row.id, partner_id=row.partner_id, description=row.description,
        primary_b=row.primary_b, secondary_b=row.secondary_b, level=row.level,
        non_take_up=row.non_take_up, journey_moment=row.journey_moment, channel=row.channel,
        gbo_function=row.gbo_function, gbo_principle=row.gbo_principle,
        life_domains=tuple(row.life_domains), tags=tuple(row.tags),
        target_groups=tuple(row.target_groups), source=row.source, severity=row.severity,
        frequency=row.frequency, influence=row.influence, status=row.status,
        kept_findings=tuple(row.kept_findings), created_at=row.created_at,
        to_review=row.to_review,
    )


#: The fields a coach edits that are stored as they are (the multiple choices as lists).
PLAIN_FIELDS = ("partner_id", "description", "primary_b", "secondary_b", "status", "severity",
                *SIGNAL_CHOICES)
_plain = attrgetter(*PLAIN_FIELDS)
_multiple = attrgetter(*SIGNAL_MULTI_CHOICES)


def row_values(record: SignalRecord, trajectory_id: str, *, row_id: str, mark: str,
               now: datetime) -> dict[str, object]:
    """A validated new record as the column values of its row, for inserting many at once;
    `mark` is its fingerprint, already worked out by the caller."""
    values: dict[str, object] = dict(zip(PLAIN_FIELDS, _plain(record), strict=True))
    values.update(zip(SIGNAL_MULTI_CHOICES, map(list, _multiple(record)), strict=True))
    values.update(
        id=row_id, trajectory_id=trajectory_id, kept_findings=list(record.kept_findings),
        kept_confirmed_at=now if record.kept_findings else None, to_review=record.to_review,
        search_text=normalise(record.description), fingerprint=mark,
        created_at=record.created_at or now, updated_at=now,
    )
    return values


def write_content(row, record: SignalRecord) -> None:
    """The fields a coach edits, from a validated record."""
    for field in PLAIN_FIELDS:
        setattr(row, field, getattr(record, field))
    for field in SIGNAL_MULTI_CHOICES:
        setattr(row, field, list(getattr(record, field)))


def changed_values(row: Any, record: SignalRecord) -> dict[str, object]:
    """The columns a validated record sets on a stored signal (`row`: its ORM object or its
    columns), with the derived search text and fingerprint."""
    now = datetime.now(UTC)
    values: dict[str, object] = dict(zip(PLAIN_FIELDS, _plain(record), strict=True))
    values.update(zip(SIGNAL_MULTI_CHOICES, map(list, _multiple(record)), strict=True))
    if list(record.kept_findings) != list(row.kept_findings or []):
        values.update(kept_findings=list(record.kept_findings),
                      kept_confirmed_at=now if record.kept_findings else None)
    values.update(to_review=record.to_review, search_text=normalise(record.description),
                  fingerprint=fingerprint(record.partner_id, record.description),
                  updated_at=now)
    return values


def write(row: Signal, record: SignalRecord) -> None:
    """Copy a validated record onto a row (see changed_values)."""
    for name, value in changed_values(row, record).items():
        setattr(row, name, value)


def list_signals(db: TrajectoryDatabase) -> list[SignalRecord]:
    from ..store import queries
    with db.session() as session:
        return [to_record(row) for row in queries.signals(session)]


def add_signals(db: TrajectoryDatabase, records: Iterable[SignalRecord]) -> None:
    """Add signals with the ids they carry, all in one transaction."""
    from ..store import queries
    from ..store.models import Partner, Signal
    lists = vocabularies.effective(db)
    with db.session() as session:
        trajectory = queries.trajectory(session)
        for record in records:
            existing(session, Partner, record.partner_id)
            record = validated(record, trajectory.optional_bs, lists)
            row = Signal(id=record.id, trajectory_id=trajectory.id, kept_findings=[])
            if record.created_at is not None:
                row.created_at = record.created_at
            write(row, record)
            session.add(row)


def add_signal(db: TrajectoryDatabase, record: SignalRecord) -> None:
    add_signals(db, [record])


def update_signal(
    db: TrajectoryDatabase, record: SignalRecord, expected: SignalRecord | None = None
) -> None:
    """Write the signal; refused when it no longer is as `expected`."""
    from ..store import queries
    from ..store.models import Partner, Signal
    lists = vocabularies.effective(db)
    with db.session() as session:
        row = existing(session, Signal, record.id)
        existing(session, Partner, record.partner_id)
        optional_bs = queries.trajectory(session).optional_bs
        refuse_if_changed(db, row, write_content, expected, "signal",
                          lambda r: validated(r, optional_bs, lists))
        write(row, validated(record, optional_bs, lists))


class RemovedSignals:
    """Removed signals, every column as it was stored: `restore_signals` puts them back
    exactly (their barrier, status, times and review included); iterated, their records."""

    def __init__(self, stored: Sequence[tuple[Any, ...]]) -> None:
        self.stored = tuple(stored)

    def __len__(self) -> int:
        return len(self.stored)

    def __iter__(self) -> Iterator[SignalRecord]:
        from ..store import signal_rows
        return map(to_record, signal_rows.as_columns(self.stored))


def remove_signals(db: TrajectoryDatabase, ids: Iterable[str]) -> RemovedSignals:
    """Remove signals, a slice of them per statement; returns them whole, in the order asked,
    so undo can put them back (`restore_signals`). Refused, removing none, when one is gone."""
    from ..store import signal_changes, signal_rows
    wanted = list(dict.fromkeys(ids))
    with db.session() as session:
        found = {row[0]: row for row in signal_rows.stored_rows(session, wanted)}  # id first
        all_existing(wanted, found)
        signal_changes.remove(session, wanted)
        return RemovedSignals([found[signal_id] for signal_id in wanted])


def restore_signals(db: TrajectoryDatabase, removed: RemovedSignals) -> None:
    """Put removed signals back as they were (the undo of `remove_signals`)."""
    from ..store import signal_changes
    with db.session() as session:
        signal_changes.put_back(session, removed.stored)


def set_status(db: TrajectoryDatabase, statuses: dict[str, str]) -> dict[str, str]:
    """Give each signal (by id) its new status, a slice of them per statement; returns the old
    ones, for undo. Refused, changing none, when a status is unknown or a signal is gone."""
    from ..store import signal_changes
    for status in dict.fromkeys(statuses.values()):
        known_key("status", SIGNAL_STATUSES, status)
    with db.session() as session:
        before = signal_changes.columns_of(session, statuses, ("status",))
        all_existing(statuses, before)
        signal_changes.set_statuses(session, statuses, datetime.now(UTC))
        return {signal_id: before[signal_id].status for signal_id in statuses}


@dataclass(frozen=True)
class SignalCounts:
    """The numbers behind the signal charts and their tables: one source for both."""

    partner_ids: tuple[str, ...]
    b_keys: tuple[str, ...]
    by_partner_and_b: tuple[tuple[int, ...], ...]
    level_keys: tuple[str, ...]
    by_level: tuple[int, ...]
    without_level: int


def count_signals(records: Iterable[SignalRecord], partner_ids: Iterable[str],
                  optional_bs: Iterable[str]) -> SignalCounts:
    """Count signals per partner × primary B, and per level."""
    partners = tuple(partner_ids)
    bs = tuple(t.key for t in active_bs(tuple(optional_bs)))
    grid = {(p, b): 0 for p in partners for b in bs}
    levels = dict.fromkeys(LEVELS.ordered_keys(), 0)
    without = 0
    for record in records:
        if (record.partner_id, record.primary_b) in grid:
            grid[record.partner_id, record.primary_b] += 1
        if record.level in levels:
            levels[record.level] += 1
        else:
            without += 1
    return SignalCounts(partners, bs, tuple(tuple(grid[p, b] for b in bs) for p in partners),
                        tuple(levels), tuple(levels.values()), without)
