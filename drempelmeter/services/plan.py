"""The action plan (phase 5): pillars → goals → actions, kept in order and numbered; each edit
returns what it replaced, so the UI can undo it. Follow-up steps are in services.follow_up."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..domain.plan import (
    ACTION_FIELDS,
    ACTION_STATUSES,
    LIST_FIELDS,
    ActionRecord,
    GoalRecord,
    PillarRecord,
    StatusStep,
    action_number,
    all_actions,
)
from ..domain.plan_history import ADDED, EDITED, IMPORTED
from ..domain.prioritisation import MOSCOW
from ..domain.taxonomy import ALL_BS
from ..domain.vocabularies import DEFAULTS, Vocabularies
from ..store import plan_history_rows, plan_rows, queries, workshop_rows
from ..store.database import TrajectoryDatabase
from ..store.models import ActionStatus, PlanAction, PlanGoal, PlanPillar, PremortemNote
from . import indicators, personal_data, plan_history, vocabularies
from .errors import InvalidInput
from .validation import NAME_MAX, clean_text, existing, known_key, known_keys, refuse_if_changed

POINT_MAX = 1000
TEXT_MAX = 4000
ACTION_TITLE_MAX = 500
#: Free text screened for personal data before it is stored.
SCREENED_FIELDS = ("title", "concrete", "risks", "needs", "owner", "partners", "means",
                   "indicator", "validation", "reported_back")
KINDS = {"pillar": PlanPillar, "goal": PlanGoal, "action": PlanAction}


@dataclass(frozen=True)
class Removed:
    """What removing a pillar, goal or action took away: enough to put it back as it was."""

    kind: str
    parent_id: str | None
    position: int
    item: PillarRecord | GoalRecord | ActionRecord
    #: The workshops' pre-mortem notes on its actions (NOTE_COLUMNS rows), gone with them.
    premortem: tuple[tuple[Any, ...], ...] = ()
    #: Its actions' indicators, values and klankgroep evaluations, gone with them.
    follow_up: indicators.KeptFollowUp | None = None
    #: The history of its actions' planned fields (plan_history_rows.VERSION_COLUMNS rows).
    planned: tuple[tuple[Any, ...], ...] = ()


def read_plan(db: TrajectoryDatabase) -> list[PillarRecord]:
    with db.session() as session:
        return plan_in(session)


def barrier_titles(db: TrajectoryDatabase) -> list[tuple[str, str]]:
    """(id, title) of every barrier, in the barriers' order: what an action can address."""
    with db.session() as session:
        return plan_rows.barrier_titles(session)


def plan_in(session) -> list[PillarRecord]:
    """The plan as records, read from its columns; goals numbered through the whole plan,
    actions within their goal. An action's link to a barrier that was removed or merged away
    is left out (and comes back if the barrier does, by undo)."""
    live = queries.barrier_ids(session)
    history: dict[str, list[StatusStep]] = {}
    for action_id, step_id, status, on, note in plan_rows.status_steps(session):
        history.setdefault(action_id, []).append(StatusStep(step_id, status, on, note))
    actions: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for goal_id, action_id, *values in plan_rows.actions(session, ACTION_FIELDS):
        actions.setdefault(goal_id, []).append((action_id, dict(zip(ACTION_FIELDS, values,
                                                                    strict=True))))
    goals: dict[str, list[tuple[str, str]]] = {}
    for pillar_id, goal_id, title in plan_rows.goals(session):
        goals.setdefault(pillar_id, []).append((goal_id, title))
    pillars, goal_number = [], 0
    for pillar_id, pillar_title in plan_rows.pillars(session):
        records = []
        for goal_id, title in goals.get(pillar_id, []):
            goal_number += 1
            records.append(GoalRecord(goal_id, title, goal_number, tuple(
                _record_of(action_id, values, action_number(goal_number, n),
                           history.get(action_id, ()), live)
                for n, (action_id, values) in enumerate(actions.get(goal_id, []), start=1))))
        pillars.append(PillarRecord(pillar_id, pillar_title, tuple(records)))
    return pillars


def _record_of(action_id: str, values: dict[str, Any], number: str,
               history: Iterable[StatusStep], live: set[str] | None = None) -> ActionRecord:
    """An action's record from its column values (lists as stored, or None)."""
    values = {**values, **{name: tuple(values[name] or ()) for name in LIST_FIELDS}}
    if live is not None:
        values["barrier_ids"] = tuple(b for b in values["barrier_ids"] if b in live)
    return ActionRecord(id=action_id, **values, number=number, history=tuple(history))


def _action_record(row: PlanAction, number: str) -> ActionRecord:
    return _record_of(row.id, {name: getattr(row, name) for name in ACTION_FIELDS}, number,
                      (StatusStep(s.id, s.status, s.on, s.note) for s in row.history))


def _points(name: str, points: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p for p in (clean_text(name, x, limit=POINT_MAX) for x in points) if p)


def validated_action(record: ActionRecord, lists: Vocabularies = DEFAULTS) -> ActionRecord:
    """The action as it may be stored: text trimmed, choices known, the deadline not before
    the start. Personal data is checked where it is stored (`screen_action`)."""
    cleaned = replace(
        record, title=clean_text("title", record.title, required=True, limit=ACTION_TITLE_MAX),
        concrete=_points("concrete", record.concrete), risks=_points("risks", record.risks),
        needs=_points("needs", record.needs), owner=clean_text("owner", record.owner),
        partners=tuple(p for p in (clean_text("partners", x) for x in record.partners) if p),
        means=clean_text("means", record.means, limit=TEXT_MAX),
        indicator=clean_text("indicator", record.indicator, limit=TEXT_MAX),
        validation=clean_text("validation", record.validation, limit=TEXT_MAX),
        reported_back=clean_text("reported_back", record.reported_back, limit=TEXT_MAX),
        bs=tuple(known_keys("bs", ALL_BS, record.bs)),
        principles=tuple(known_keys("principles", lists.gbo_principles, record.principles)),
        barrier_ids=tuple(dict.fromkeys(record.barrier_ids)))
    if cleaned.moscow is not None:
        known_key("moscow", MOSCOW, cleaned.moscow)
    if cleaned.starts_on and cleaned.due_on and cleaned.due_on < cleaned.starts_on:
        raise InvalidInput("due_on", InvalidInput.OUT_OF_RANGE, cleaned.due_on)
    return cleaned


def screen_action(session, record: ActionRecord) -> None:
    """Refuse personal data in the action's free text that nobody confirmed; record keeps."""
    for name in SCREENED_FIELDS:
        personal_data.check(session, "action", record.id, name, getattr(record, name))


def _next_position(rows: list) -> int:
    return max((r.position for r in rows), default=0) + 1


def add_pillar(db: TrajectoryDatabase, pillar_id: str, title: str) -> None:
    with db.session() as session:
        trajectory = queries.trajectory(session)
        title = clean_text("title", title, required=True)
        personal_data.check(session, "pillar", pillar_id, "title", title)
        session.add(PlanPillar(id=pillar_id, trajectory_id=trajectory.id,
                               position=_next_position(queries.plan(session)), title=title))


def add_goal(db: TrajectoryDatabase, goal_id: str, pillar_id: str, title: str) -> None:
    with db.session() as session:
        pillar = existing(session, PlanPillar, pillar_id)
        title = clean_text("title", title, required=True)
        personal_data.check(session, "goal", goal_id, "title", title)
        pillar.goals.append(PlanGoal(id=goal_id, position=_next_position(pillar.goals),
                                     title=title))


def add_action(db: TrajectoryDatabase, action_id: str, goal_id: str, title: str, *,
               on: date | None = None) -> None:
    """A new action at the end of its goal; its (empty) planned fields take effect `on`."""
    with db.session() as session:
        goal = existing(session, PlanGoal, goal_id)
        title = clean_text("title", title, required=True, limit=ACTION_TITLE_MAX)
        personal_data.check(session, "action", action_id, "title", title)
        goal.actions.append(PlanAction(id=action_id, position=_next_position(goal.actions),
                                       title=title))
        plan_history.record_new(session, [ActionRecord(action_id, title)], on, ADDED)


def rename(db: TrajectoryDatabase, kind: str, item_id: str, title: str) -> str:
    """A new title for a pillar or goal (or an action); returns the old one."""
    with db.session() as session:
        row = existing(session, KINDS[kind], item_id)
        before = row.title
        row.title = clean_text("title", title, required=True,
                               limit=ACTION_TITLE_MAX if kind == "action" else NAME_MAX)
        personal_data.check(session, kind, item_id, "title", row.title)
        return before


def _write_action(row, record: ActionRecord) -> None:
    for name in ACTION_FIELDS:
        value = getattr(record, name)
        setattr(row, name, list(value) if name in LIST_FIELDS else value)


def update_action(
    db: TrajectoryDatabase, record: ActionRecord, expected: ActionRecord | None = None, *,
    on: date | None = None
) -> ActionRecord:
    """Write every field of the action; returns the action as it was, for undo. Refused when
    the action no longer is as `expected`. Changed planned fields take effect `on` (default
    today) in the plan's history; an undo is such an edit too, taking effect the day it is
    undone."""
    lists = vocabularies.effective(db)
    cleaned = validated_action(record, lists)
    with db.session() as session:
        row = existing(session, PlanAction, record.id)
        refuse_if_changed(db, row, _write_action, expected, "action",
                          lambda r: validated_action(r, lists))
        before = _action_record(row, record.number)
        screen_action(session, cleaned)
        _write_action(row, cleaned)
        plan_history.record(session, cleaned, on, EDITED)
        return before


def _siblings(session, kind: str, parent_id: str | None) -> list:
    if kind == "pillar":
        return queries.plan(session)
    assert parent_id is not None, "a goal or an action always has a parent"
    if kind == "goal":
        return existing(session, PlanPillar, parent_id).goals
    return existing(session, PlanGoal, parent_id).actions


def _parent_id(row) -> str | None:
    return getattr(row, "pillar_id", None) or getattr(row, "goal_id", None)


def _renumber(rows: list) -> None:
    for position, row in enumerate(rows, start=1):
        row.position = position


def move(db: TrajectoryDatabase, kind: str, item_id: str, parent_id: str | None,
         position: int) -> tuple[str | None, int]:
    """Put a pillar, goal or action at `position` (1-based) under `parent_id` (a pillar for a
    goal, a goal for an action); both lists are renumbered. Returns where it was, for undo."""
    with db.session() as session:
        row = existing(session, KINDS[kind], item_id)
        old_parent = _parent_id(row)
        old_rows = sorted(_siblings(session, kind, old_parent), key=lambda r: r.position)
        old_position = next(n for n, r in enumerate(old_rows, start=1) if r.id == item_id)
        old_rows = [r for r in old_rows if r.id != item_id]
        if kind != "pillar" and parent_id != old_parent:
            _renumber(old_rows)
            new_rows = sorted(_siblings(session, kind, parent_id), key=lambda r: r.position)
            setattr(row, "pillar_id" if kind == "goal" else "goal_id", parent_id)
        else:
            new_rows = old_rows
        position = max(1, min(position, len(new_rows) + 1))
        new_rows.insert(position - 1, row)
        _renumber(new_rows)
        session.flush()
        session.expire_all()
        return old_parent, old_position


def remove(db: TrajectoryDatabase, kind: str, item_id: str) -> Removed:
    """Remove a pillar, goal or action with all it holds; returns it, to put back."""
    with db.session() as session:
        row = existing(session, KINDS[kind], item_id)
        parent = _parent_id(row)
        rows = sorted(_siblings(session, kind, parent), key=lambda r: r.position)
        position = next(n for n, r in enumerate(rows, start=1) if r.id == item_id)
        plan = plan_in(session)
        item = next(x for x in _walk(plan) if x.id == item_id)
        notes = tuple(tuple(n) for n in workshop_rows.premortem_notes_of_actions(
            session, _actions_under(item)))
        kept = indicators.kept_for(session, _actions_under(item))
        planned = plan_history.kept_for(session, _actions_under(item))
        session.delete(row)
        session.flush()
        _renumber([r for r in rows if r.id != item_id])
        return Removed(kind, parent, position, item, notes, kept, planned)


def _actions_under(item: PillarRecord | GoalRecord | ActionRecord) -> set[str]:
    if isinstance(item, ActionRecord):
        return {item.id}
    goals = item.goals if isinstance(item, PillarRecord) else (item,)
    return {action.id for goal in goals for action in goal.actions}


def _walk(plan: list[PillarRecord]):
    for pillar in plan:
        yield pillar
        for goal in pillar.goals:
            yield goal
            yield from goal.actions


def restore(db: TrajectoryDatabase, removed: Removed) -> None:
    """Put back what `remove` took away, at its place, with everything under it."""
    with db.session() as session:
        item = removed.item
        row: PlanPillar | PlanGoal | PlanAction
        if isinstance(item, PillarRecord):
            pillar_row = PlanPillar(id=item.id, trajectory_id=queries.trajectory(session).id,
                                    position=0, title=item.title)
            session.add(pillar_row)
            pillar_row.goals = [_goal_row(g, n) for n, g in enumerate(item.goals, 1)]
            row = pillar_row
        elif isinstance(item, GoalRecord):
            goal_row = _goal_row(item, 0)
            pillar = existing(session, PlanPillar, removed.parent_id or "")  # held: the
            pillar.goals.append(goal_row)  # session keeps its objects by weak reference
            row = goal_row
        else:
            action_row = _action_row(item, 0)
            goal = existing(session, PlanGoal, removed.parent_id or "")
            goal.actions.append(action_row)
            row = action_row
        rows = [r for r in sorted(_siblings(session, removed.kind, removed.parent_id),
                                  key=lambda r: r.position) if r is not row]
        rows.insert(removed.position - 1, row)
        _renumber(rows)
        session.flush()
        session.add_all(PremortemNote(**dict(zip(workshop_rows.NOTE_COLUMNS, note, strict=True)))
                        for note in removed.premortem)
        indicators.put_back(session, removed.follow_up)
        plan_history_rows.put_back(session, removed.planned)


def _goal_row(goal: GoalRecord, position: int) -> PlanGoal:
    return PlanGoal(id=goal.id, position=position, title=goal.title,
                    actions=[_action_row(a, n) for n, a in enumerate(goal.actions, 1)])


def _action_row(action: ActionRecord, position: int) -> PlanAction:
    values = {name: getattr(action, name) for name in ACTION_FIELDS}
    values.update({name: list(values[name]) for name in LIST_FIELDS})
    return PlanAction(id=action.id, position=position, **values, history=[
        ActionStatus(id=s.id, status=s.status, on=s.on, note=s.note) for s in action.history])


def add_plan(db: TrajectoryDatabase, pillars: list[PillarRecord], *,
             replace_existing: bool = False, on: date | None = None) -> None:
    """Append a whole plan (an import) in one transaction: all of it, or nothing; with
    `replace_existing`, the plan that was there (and its follow-up) goes in the same one. Its
    planned fields take effect `on` (default today) in the plan's history."""
    for action in all_actions(pillars):
        for step in action.history:
            known_key("status", ACTION_STATUSES, step.status)
    lists = vocabularies.effective(db)
    cleaned = [replace(pillar, title=clean_text("pillar", pillar.title, required=True),
                       goals=tuple(replace(goal, title=clean_text("goal", goal.title,
                                                                  required=True),
                                           actions=tuple(validated_action(a, lists)
                                                         for a in goal.actions))
                                   for goal in pillar.goals))
               for pillar in pillars]
    with db.session() as session:
        trajectory_id = queries.trajectory(session).id
        if replace_existing:
            for old in queries.plan(session):
                session.delete(old)
            session.flush()
        start = _next_position(queries.plan(session))
        for offset, pillar in enumerate(cleaned):
            row = PlanPillar(id=pillar.id, trajectory_id=trajectory_id, position=start + offset,
                             title=pillar.title)
            row.goals = [_goal_row(g, n) for n, g in enumerate(pillar.goals, 1)]
            session.add(row)
        plan_history.record_new(session, all_actions(cleaned), on, IMPORTED)
