"""Column queries of the history of actions' planned fields: read it oldest first, add to it,
and keep it while an action is removed (to put it back on undo)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..domain.plan_history import PLANNED_FIELDS
from .models import PlannedVersion
from .slices import asked

_version = PlannedVersion.__table__.c
#: Every column of a version: what is kept of it while its action is removed.
VERSION_COLUMNS = ("id", "action_id", "effective_on", "source", *PLANNED_FIELDS, "created_at")


def versions(session: Session, action_ids: set[str] | None = None) -> list[tuple[Any, ...]]:
    """VERSION_COLUMNS of every version (or of these actions'): by the day they took effect,
    then the order they were written in."""
    query = select(*(_version[n] for n in VERSION_COLUMNS)).order_by(
        _version.effective_on, _version.created_at, _version.id)
    if action_ids is None:
        return [tuple(row) for row in session.execute(query)]
    return [tuple(row) for row in asked(  # in order within each action, as they are kept
        lambda part: session.execute(query.where(_version.action_id.in_(part))), action_ids)]


def latest(session: Session, action_id: str) -> tuple[Any, ...] | None:
    """The PLANNED_FIELDS of the action's version in force last, or None without one."""
    row = session.execute(
        select(*(_version[n] for n in PLANNED_FIELDS)).where(_version.action_id == action_id)
        .order_by(_version.effective_on.desc(), _version.created_at.desc(), _version.id.desc())
        .limit(1)).first()
    return None if row is None else tuple(row)


def add(session: Session, version_id: str, action_id: str, on: date, source: str,
        values: dict[str, Any]) -> None:
    session.add(PlannedVersion(id=version_id, action_id=action_id, effective_on=on,
                               source=source, **values))


def add_first(session: Session, on: date, source: str,
              versions: list[tuple[str, str, dict[str, Any]]]) -> None:
    """The first versions of actions the session has just added, (id, action, values) each, in
    one statement after their actions are written."""
    session.flush()
    if versions:
        session.execute(insert(PlannedVersion), [
            {"id": version_id, "action_id": action_id, "effective_on": on, "source": source,
             **values} for version_id, action_id, values in versions])


def put_back(session: Session, rows: tuple[tuple[Any, ...], ...]) -> None:
    """Rows read by `versions`, as they were (the undo of a removal)."""
    if rows:
        session.execute(insert(PlannedVersion),
                        [dict(zip(VERSION_COLUMNS, row, strict=True)) for row in rows])
