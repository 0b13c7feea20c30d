"""Bring a region's existing action plan in from a workbook: every row checked (the workbook's
own problems and the plan's rules, every length limit included), then all of it or nothing. A
plan whose pillars, goals or actions are already there is refused unless the caller says to
replace the plan or to add anyway. Text that looks like personal data does not stop the import:
it is named, to review, and masked in every export until then."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..domain.plan import all_actions
from ..domain.privacy import redact
from ..domain.terms import normalise
from ..domain.text import clean
from ..exchange.errors import CellProblem, Problems
from ..exchange.plan_reader import PlanContents, read_plan
from ..store.database import TrajectoryDatabase
from . import backups, barriers, personal_data, plan, vocabularies
from .errors import InvalidInput
from .validation import NAME_MAX

#: Which column a field of an action came from, to name it in a problem.
FIELD_COLUMNS = {"title": "action"}
#: The most characters each text may hold; for a list, each of its points.
LIMITS = {"title": plan.ACTION_TITLE_MAX, "concrete": plan.POINT_MAX, "risks": plan.POINT_MAX,
          "needs": plan.POINT_MAX, "owner": NAME_MAX, "partners": NAME_MAX,
          "means": plan.TEXT_MAX, "indicator": plan.TEXT_MAX, "validation": plan.TEXT_MAX,
          "reported_back": plan.TEXT_MAX}
#: What to do when the plan already holds pillars, goals or actions with the same titles.
REFUSE, REPLACE, ADD = "refuse", "replace", "add"


@dataclass(frozen=True)
class PlanImportReport:
    path: Path
    sheet: str
    pillars: int
    goals: int
    actions: int
    problems: tuple[CellProblem, ...]
    imported: bool
    #: Cells whose text looks like personal data, shown with it replaced: to review.
    to_review: tuple[CellProblem, ...] = ()
    #: Pillars, goals and actions of the workbook whose titles the plan already holds (a
    #: pillar by its title, a goal within its pillar, an action within its goal).
    already_there: int = 0
    #: The headings of the columns that were not read ("F (Opmerkingen)").
    ignored_columns: tuple[str, ...] = ()
    #: Barriers a row links that this trajectory does not have: imported without that link.
    unknown_barriers: tuple[CellProblem, ...] = ()
    #: Whether the plan that was there was replaced.
    replaced: bool = False


def import_plan(db: TrajectoryDatabase, path: Path, *, dry_run: bool = False,
                existing: str = REFUSE) -> PlanImportReport:
    """Read and check the plan; add it to the trajectory's plan (after a backup) unless anything
    is wrong. When the plan already holds some of it, `existing` says what to do: refuse
    (nothing written, `already_there` counts it), replace the plan, or add anyway."""
    if existing not in (REFUSE, REPLACE, ADD):
        raise InvalidInput("existing", InvalidInput.UNKNOWN_VALUE, existing)
    lists = vocabularies.effective(db)
    contents = read_plan(path, lists.gbo_principles)
    problems = [*contents.problems, *_too_long(contents)]
    faulty = {p.row for p in problems}
    for action in all_actions(contents.pillars):
        if contents.rows[action.id] in faulty:
            continue
        try:
            plan.validated_action(action, lists)
        except InvalidInput as exc:
            problems.append(_cell(contents, contents.rows[action.id],
                                  FIELD_COLUMNS.get(exc.field, exc.field), str(exc.value or ""),
                                  _problem_words(exc.problem, exc.value)))
    pillars, unknown = _link_barriers(db, contents)
    already = _already_there(plan.read_plan(db), pillars)
    refused = bool(already) and existing == REFUSE
    imported = not problems and not refused and not dry_run and bool(pillars)
    if imported:
        backups.back_up(db, backups.BEFORE_PLAN_IMPORT)
        plan.add_plan(db, pillars, replace_existing=existing == REPLACE)
    return PlanImportReport(
        Path(path), contents.sheet, len(pillars), sum(len(p.goals) for p in pillars),
        contents.action_count, tuple(sorted(problems, key=lambda p: (p.row, p.column))),
        imported, _review_notes(contents), already,
        tuple(f"{letter} ({heading})" for letter, heading in contents.ignored), unknown,
        imported and existing == REPLACE)


def _cell(contents: PlanContents, row: int, key: str, value: str, problem: str,
          allowed: str = "") -> CellProblem:
    return CellProblem(contents.sheet, row, contents.letters.get(key, "?"),
                       contents.headings.get(key, key), value, problem, allowed)


def _texts(contents: PlanContents, fields: Iterable[str]) -> Iterator[tuple[int, str, str, str]]:
    """Each text of the plan with the sheet row that names it, as (row, field, whose id, text):
    a pillar's and a goal's title at each row of their actions, an action's `fields` (a list
    field point by point)."""
    for pillar in contents.pillars:
        for goal in pillar.goals:
            for action in goal.actions:
                row = contents.rows[action.id]
                yield row, "pillar", pillar.id, pillar.title
                yield row, "goal", goal.id, goal.title
                for name in fields:
                    for text in personal_data.texts_of(getattr(action, name)):
                        yield row, name, action.id, text


def _too_long(contents: PlanContents) -> list[CellProblem]:
    """Every text longer than it may be stored, at its first row (pillars and goals too)."""
    found, seen = [], set()
    for row, name, _whose, text in _texts(contents, LIMITS):
        limit = NAME_MAX if name in ("pillar", "goal") else LIMITS[name]
        key = FIELD_COLUMNS.get(name, name)
        if len(clean(text)) <= limit or (key, text) in seen:
            continue
        if key in ("pillar", "goal"):
            seen.add((key, text))
        found.append(_cell(contents, row, key, text, Problems.TOO_LONG,
                           Problems.AT_MOST.format(limit)))
    return found


def _link_barriers(db: TrajectoryDatabase, contents: PlanContents):
    """The plan with each action linked to the barriers its row names by title; the titles this
    trajectory does not have, as notes on their cells."""
    wanted = {t for titles in contents.barrier_titles.values() for t in titles}
    if not wanted:
        return contents.pillars, ()
    by_title = {normalise(b.title): b.id for b in barriers.list_barriers(db)}
    unknown = []

    def linked(action):
        titles = contents.barrier_titles.get(action.id, ())
        for title in titles:
            if normalise(title) not in by_title:
                unknown.append(_cell(contents, contents.rows[action.id], "barriers", title,
                                     Problems.NOT_IN_LIST))
        return replace(action, barrier_ids=tuple(
            by_title[normalise(t)] for t in titles if normalise(t) in by_title))

    pillars = [replace(p, goals=tuple(replace(g, actions=tuple(linked(a) for a in g.actions))
                                      for g in p.goals)) for p in contents.pillars]
    return pillars, tuple(unknown)


def _already_there(current, pillars) -> int:
    """How many pillars, goals and actions of `pillars` the current plan holds by title."""
    have = {normalise(p.title): {normalise(g.title): {normalise(a.title) for a in g.actions}
                                 for g in p.goals} for p in current}
    count = 0
    for pillar in pillars:
        goals = have.get(normalise(pillar.title))
        if goals is None:
            continue
        count += 1
        for goal in pillar.goals:
            actions = goals.get(normalise(goal.title))
            if actions is None:
                continue
            count += 1 + sum(1 for a in goal.actions if normalise(a.title) in actions)
    return count


def _review_notes(contents: PlanContents) -> tuple[CellProblem, ...]:
    """Each cell with personal data nobody confirmed; a pillar or goal at its first action."""
    notes, seen = [], set()
    for row, name, whose, text in _texts(contents, plan.SCREENED_FIELDS):
        key = FIELD_COLUMNS.get(name, name)
        findings = personal_data.unresolved(text, ())
        if not findings or (key, whose, text) in seen:
            continue
        seen.add((key, whose, text))
        kinds = ", ".join(sorted({f.placeholder for f in findings}))
        notes.append(_cell(contents, row, key, redact(text, findings),
                           Problems.PERSONAL_DATA.format(kinds), Problems.NO_PERSONAL_DATA))
    return tuple(notes)


def _problem_words(problem: str, value: object) -> str:
    return {
        InvalidInput.PERSONAL_DATA: Problems.PERSONAL_DATA.format(value),
        InvalidInput.TOO_LONG: Problems.TOO_LONG,
        InvalidInput.OUT_OF_RANGE: Problems.BEFORE_START,
        InvalidInput.REQUIRED: Problems.REQUIRED,
    }.get(problem, problem.replace("_", " "))
