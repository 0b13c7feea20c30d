"""Column queries for policy signals and the evidence a letter gathers from its barrier's
signals; no signal object is loaded."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import PolicySignal, Signal

_COUNTED = Signal.to_review.is_not(True)  # a signal waiting for review is left out of letters


class PolicyFields(NamedTuple):
    """A policy signal's own columns, in the order of the record the services make of them."""

    id: str
    barrier_id: str | None
    level: str
    subject: str
    addressee: str
    request: str
    status: str
    sent_on: date | None
    answered_on: date | None
    answer: str
    follow_up: str
    number: int


def policy_fields(session: Session, signal_id: str | None = None) -> list[PolicyFields]:
    """The policy signals (all, or the one with `signal_id`), in the order of their number."""
    query = select(*(getattr(PolicySignal, name) for name in PolicyFields._fields))
    if signal_id is not None:
        query = query.where(PolicySignal.id == signal_id)
    return [PolicyFields(*row) for row in
            session.execute(query.order_by(PolicySignal.number, PolicySignal.id))]


def next_number(session: Session) -> int:
    """The number the next policy signal gets: one more than the highest so far."""
    return (session.scalar(select(func.max(PolicySignal.number))) or 0) + 1


def signal_facts(session: Session, barrier_id: str) -> list[tuple[str, str, str | None, int]]:
    """(partner, primary B, journey moment, how many) of a barrier's signals not waiting for
    review."""
    rows = session.execute(
        select(Signal.partner_id, Signal.primary_b, Signal.journey_moment, func.count())
        .where(Signal.barrier_id == barrier_id, _COUNTED)
        .group_by(Signal.partner_id, Signal.primary_b, Signal.journey_moment)
        .order_by(Signal.partner_id, Signal.primary_b, Signal.journey_moment))
    return [tuple(row) for row in rows]  # type: ignore[misc]


def example_texts(session: Session, barrier_id: str, limit: int) -> list[str]:
    """The first `limit` descriptions of a barrier's signals not waiting for review, oldest
    first."""
    return list(session.scalars(
        select(Signal.description).where(Signal.barrier_id == barrier_id, _COUNTED)
        .order_by(Signal.created_at, Signal.id).limit(limit)))
