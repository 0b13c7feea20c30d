"""Column queries the action plan reads: its pillars, goals, actions and follow-up steps and
the barriers' titles, as plain rows, without loading an object."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ActionStatus, Barrier, PlanAction, PlanGoal, PlanPillar


def barrier_titles(session: Session) -> list[tuple[str, str]]:
    """(id, title) of every barrier, in the barriers' order."""
    rows = session.execute(
        select(Barrier.id, Barrier.title).order_by(Barrier.created_at, Barrier.id))
    return [(barrier_id, title) for barrier_id, title in rows]


def pillars(session: Session) -> list[tuple[str, str]]:
    """(id, title) of the plan's pillars, in their order."""
    rows = session.execute(
        select(PlanPillar.id, PlanPillar.title).order_by(PlanPillar.position, PlanPillar.id))
    return [(pillar_id, title) for pillar_id, title in rows]


def goals(session: Session) -> list[tuple[str, str, str]]:
    """(pillar, id, title) of every goal, in their order within their pillar."""
    rows = session.execute(select(PlanGoal.pillar_id, PlanGoal.id, PlanGoal.title)
                           .order_by(PlanGoal.position, PlanGoal.id))
    return [(pillar_id, goal_id, title) for pillar_id, goal_id, title in rows]


def actions(session: Session, names: Sequence[str]) -> list[tuple[Any, ...]]:
    """(goal, id, then the columns in `names`) of every action, in their order within their
    goal."""
    rows = session.execute(
        select(PlanAction.goal_id, PlanAction.id, *(getattr(PlanAction, n) for n in names))
        .order_by(PlanAction.position, PlanAction.id))
    return [tuple(row) for row in rows]


def status_steps(session: Session) -> list[tuple[str, str, str, date, str]]:
    """(action, id, status, from, note) of every follow-up step, in the order they happened."""
    rows = session.execute(
        select(ActionStatus.action_id, ActionStatus.id, ActionStatus.status, ActionStatus.on,
               ActionStatus.note).order_by(ActionStatus.on, ActionStatus.created_at))
    return [tuple(row) for row in rows]  # type: ignore[misc]
