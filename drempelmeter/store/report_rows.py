"""Column queries and counts the report reads, once each, without loading a signal object."""

from __future__ import annotations

from sqlalchemy import Text, case, cast, func, select
from sqlalchemy.orm import Session

from .models import PersonalDataKeep, Signal

_COUNTED = Signal.to_review.is_not(True)  # a signal waiting for review is left out of reports


def signal_counts(session: Session) -> list[tuple[str, str, str | None, int]]:
    """(partner, primary B, level, how many) of the signals not waiting for review."""
    rows = session.execute(
        select(Signal.partner_id, Signal.primary_b, Signal.level, func.count())
        .where(_COUNTED).group_by(Signal.partner_id, Signal.primary_b, Signal.level)
        .order_by(Signal.partner_id, Signal.primary_b, Signal.level))
    return [tuple(row) for row in rows]  # type: ignore[misc]


def barrier_signal_counts(session: Session) -> dict[str, int]:
    """Per barrier id, how many of its signals are not waiting for review."""
    rows = session.execute(
        select(Signal.barrier_id, func.sum(case((_COUNTED, 1), else_=0)))
        .where(Signal.barrier_id.is_not(None)).group_by(Signal.barrier_id))
    return {barrier_id: int(count) for barrier_id, count in rows}


def barrier_partners(session: Session) -> dict[str, tuple[str, ...]]:
    """Per barrier id, the distinct partners of its signals (waiting ones too), in the order
    of each partner's first signal there (by creation, then id): one row per pair."""
    first = (select(Signal.barrier_id, Signal.partner_id, Signal.created_at, Signal.id,
                    func.row_number().over(
                        partition_by=(Signal.barrier_id, Signal.partner_id),
                        order_by=(Signal.created_at, Signal.id)).label("n"))
             .where(Signal.barrier_id.is_not(None)).subquery())
    found: dict[str, list[str]] = {}
    for barrier_id, partner_id in session.execute(
            select(first.c.barrier_id, first.c.partner_id).where(first.c.n == 1)
            .order_by(first.c.barrier_id, first.c.created_at, first.c.id)):
        found.setdefault(barrier_id, []).append(partner_id)
    return {key: tuple(partners) for key, partners in found.items()}


def confirmed_texts(session: Session) -> set[str]:
    """Every text the user confirmed is not personal data, anywhere in the file (what an export
    lets through): the signals' kept findings read only where there are some, so a file of
    100,000 signals decodes a handful of lists, not one per signal."""
    texts: set[str] = set()
    for (kept,) in session.execute(select(PersonalDataKeep.texts)):
        texts.update(kept or ())
    for (kept,) in session.execute(select(Signal.kept_findings).where(
            Signal.kept_findings.is_not(None), cast(Signal.kept_findings, Text) != "[]")):
        texts.update(kept or ())
    return texts
