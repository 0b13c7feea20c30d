"""Column queries for the barriers: their own fields, which partners' signals each bundles, and
one barrier's members; no barrier or signal object is loaded."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any, NamedTuple, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Barrier, Partner, Signal
from .slices import asked


class BarrierFields(NamedTuple):
    """A barrier's own columns, in the order of the record the services make of them."""

    id: str
    title: str
    primary_b: str
    description: str
    level: str | None
    journey_moment: str | None
    severity: int | None
    frequency: str | None
    influence: str | None
    partner_ids: list[str] | None
    status: str


def barrier_fields(session: Session, ids: Collection[str] | None = None) -> list[BarrierFields]:
    """The barriers (all, or those in `ids`), oldest first."""
    query = select(*(getattr(Barrier, name) for name in BarrierFields._fields))
    if ids is None:
        return [BarrierFields(*row) for row in
                session.execute(query.order_by(Barrier.created_at, Barrier.id))]
    query = query.add_columns(Barrier.created_at)
    rows = asked(lambda part: session.execute(query.where(Barrier.id.in_(part))), ids)
    return [BarrierFields(*row[:-1]) for row in sorted(rows, key=lambda row: (row[-1], row[0]))]


def member_partners(session: Session) -> list[tuple[str, str]]:
    """(barrier, partner) for every signal in a barrier, as the barrier-and-partner index holds
    them: read from the index alone, without a sort (in the signals' order, the sort of every
    row took 0.3 s of a province's barriers page; the partners are put in order after)."""
    rows = session.execute(select(Signal.barrier_id, Signal.partner_id)
                           .where(Signal.barrier_id.is_not(None))).all()
    return cast("list[tuple[str, str]]", rows)  # no barrier is None here


def partner_order(session: Session) -> list[str]:
    """Every partner's id, in the partners' own order (their list's)."""
    return list(session.scalars(select(Partner.id).order_by(Partner.position, Partner.name)))


def members(session: Session, barrier_ids: Collection[str] | None = None,
            ) -> list[tuple[str, str, str]]:
    """(barrier, signal, partner) for the signals in a barrier (any, or those in `barrier_ids`),
    in the signals' order."""
    query = select(Signal.barrier_id, Signal.id, Signal.partner_id)
    if barrier_ids is None:
        rows = session.execute(query.where(Signal.barrier_id.is_not(None))
                               .order_by(Signal.created_at, Signal.id)).all()
        return cast("list[tuple[str, str, str]]", rows)  # no barrier is None here
    query = query.add_columns(Signal.created_at)
    found: Iterable[Any] = asked(
        lambda part: session.execute(query.where(Signal.barrier_id.in_(part))), barrier_ids)
    return [row[:3] for row in sorted(found, key=lambda row: (row[3], row[1]))]


def member_texts(session: Session, barrier_id: str) -> list[tuple[str, str]]:
    """(signal, description) of one barrier's signals, in the signals' order."""
    rows = session.execute(select(Signal.id, Signal.description)
                           .where(Signal.barrier_id == barrier_id)
                           .order_by(Signal.created_at, Signal.id))
    return [(signal, text) for signal, text in rows]


def barriers_holding(session: Session, signal_ids: Collection[str]) -> set[str]:
    """The barriers that some of these signals are in."""
    query = select(Signal.barrier_id).distinct().where(Signal.barrier_id.is_not(None))
    return set(asked(lambda part: session.scalars(query.where(Signal.id.in_(part))),
                     signal_ids))
