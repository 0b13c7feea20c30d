"""Column queries for the plan's indicators, their values and the klankgroep's evaluations, as
plain rows, without loading an object."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Indicator, IndicatorValue, Respondent, ResponseAnswer, SoundingBoardEvaluation
from .slices import asked

VALUE_COLUMNS = ("indicator_id", "id", "on", "value", "source", "reporter", "note")
EVALUATION_COLUMNS = ("action_id", "id", "on", "verdict", "reason")


def indicators(session: Session, names: Sequence[str],
               action_ids: set[str] | None = None) -> list[tuple[Any, ...]]:
    """(action, id, then the columns in `names`) of every indicator (or of these actions'), in
    their order within their action."""
    query = (select(Indicator.action_id, Indicator.id, *(getattr(Indicator, n) for n in names))
             .order_by(Indicator.position, Indicator.created_at, Indicator.id))
    if action_ids is None:
        return [tuple(row) for row in session.execute(query)]
    return [tuple(row) for row in asked(  # in order within each action, as they are used
        lambda part: session.execute(query.where(Indicator.action_id.in_(part))), action_ids)]


def values(session: Session, indicator_ids: set[str] | None = None) -> list[tuple[Any, ...]]:
    """VALUE_COLUMNS of every stored value (or of these indicators'), oldest first."""
    query = (select(*(getattr(IndicatorValue, n) for n in VALUE_COLUMNS))
             .order_by(IndicatorValue.on, IndicatorValue.created_at, IndicatorValue.id))
    if indicator_ids is None:
        return [tuple(row) for row in session.execute(query)]
    return [tuple(row) for row in asked(  # in order within each indicator, as they are used
        lambda part: session.execute(query.where(IndicatorValue.indicator_id.in_(part))),
        indicator_ids)]


def evaluations(session: Session, action_ids: set[str] | None = None) -> list[tuple[Any, ...]]:
    """EVALUATION_COLUMNS of every evaluation (or of these actions'), oldest first."""
    query = (select(*(getattr(SoundingBoardEvaluation, n) for n in EVALUATION_COLUMNS))
             .order_by(SoundingBoardEvaluation.on, SoundingBoardEvaluation.created_at,
                       SoundingBoardEvaluation.id))
    if action_ids is None:
        return [tuple(row) for row in session.execute(query)]
    return [tuple(row) for row in asked(  # in order within each action, as they are used
        lambda part: session.execute(query.where(SoundingBoardEvaluation.action_id.in_(part))),
        action_ids)]


def next_position(session: Session, action_id: str) -> int:
    """The position after the action's last indicator."""
    return (session.scalar(select(func.max(Indicator.position))
                           .where(Indicator.action_id == action_id)) or 0) + 1


def answers_of_items(session: Session, round_id: str, item_ids: Collection[str],
                     ) -> list[tuple[Any, ...]]:
    """(respondent, partner, group, item, value, special) of a round's answers to these items
    (the items of one B)."""
    query = (select(Respondent.id, Respondent.partner_id, Respondent.group,
                    ResponseAnswer.item_id, ResponseAnswer.value, ResponseAnswer.special)
             .join(ResponseAnswer, ResponseAnswer.respondent_id == Respondent.id)
             .where(Respondent.round_id == round_id))
    return [tuple(row) for row in asked(
        lambda part: session.execute(query.where(ResponseAnswer.item_id.in_(part))), item_ids)]
