"""Column queries the action plan reads: barrier titles and the facts that rank barriers, as
plain rows, without loading a signal or barrier object."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Barrier, Signal

#: (id, title, primary B, severity, frequency, partner ids set by the coach or None, status)
BarrierFacts = tuple[str, str, str, int | None, str | None, list[str] | None, str]


def barrier_titles(session: Session) -> list[tuple[str, str]]:
    """(id, title) of every barrier, in the barriers' order."""
    rows = session.execute(
        select(Barrier.id, Barrier.title).order_by(Barrier.created_at, Barrier.id))
    return [(barrier_id, title) for barrier_id, title in rows]


def barrier_facts(session: Session) -> list[BarrierFacts]:
    """The columns that score and mark a barrier, for every barrier in the barriers' order."""
    rows = session.execute(
        select(Barrier.id, Barrier.title, Barrier.primary_b, Barrier.severity,
               Barrier.frequency, Barrier.partner_ids, Barrier.status)
        .order_by(Barrier.created_at, Barrier.id))
    return [tuple(row) for row in rows]  # type: ignore[misc]


def signal_partners_per_barrier(session: Session) -> dict[str, tuple[str, ...]]:
    """Per barrier id, the distinct partners of its signals: one row per pair, grouped in SQL
    and read as plain Core rows (tens of thousands at a province's size)."""
    found: dict[str, list[str]] = {}
    for barrier_id, partner_id in session.connection().execute(
            select(Signal.barrier_id, Signal.partner_id).where(Signal.barrier_id.is_not(None))
            .group_by(Signal.barrier_id, Signal.partner_id)):
        found.setdefault(barrier_id, []).append(partner_id)  # type: ignore[arg-type]
    return {key: tuple(partners) for key, partners in found.items()}
