"""Bring a region's existing action plan in from a workbook: every row checked (the workbook's
own problems and the plan's rules), then all of it or nothing. Text that looks like personal
data does not stop the import: it is named, to review, and masked in every export until then."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.plan import all_actions
from ..domain.privacy import redact
from ..exchange.errors import CellProblem, Problems
from ..exchange.plan_reader import NAMES, read_plan
from ..store.database import TrajectoryDatabase
from . import backups, personal_data, plan
from .errors import InvalidInput

#: Which column a field of an action came from, to name it in a problem.
FIELD_COLUMNS = {"title": "action", "due_on": "due_on"}


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


def import_plan(db: TrajectoryDatabase, path: Path, *, dry_run: bool = False
                ) -> PlanImportReport:
    """Read and check the plan; add it to the trajectory's plan (after a backup) unless anything
    is wrong."""
    contents = read_plan(path)
    problems = list(contents.problems)
    for action in all_actions(contents.pillars):
        try:
            plan.validated_action(action)
        except InvalidInput as exc:
            key = FIELD_COLUMNS.get(exc.field, exc.field)
            header = NAMES[key][0].capitalize() if key in NAMES else exc.field
            problems.append(CellProblem(
                contents.sheet, contents.rows[action.id], contents.letters.get(key, "?"),
                header, str(exc.value or ""), _problem_words(exc.problem, exc.value)))
    imported = not problems and not dry_run and bool(contents.pillars)
    if imported:
        backups.back_up(db, backups.BEFORE_PLAN_IMPORT)
        plan.add_plan(db, contents.pillars)
    return PlanImportReport(
        Path(path), contents.sheet, len(contents.pillars),
        sum(len(p.goals) for p in contents.pillars), contents.action_count,
        tuple(sorted(problems, key=lambda p: (p.row, p.column))), imported,
        _review_notes(contents))


def _review_notes(contents) -> tuple[CellProblem, ...]:  # type: ignore[no-untyped-def]
    """Each cell with personal data nobody confirmed; a pillar or goal at its first action."""
    notes, seen = [], set()
    for pillar in contents.pillars:
        for goal in pillar.goals:
            for action in goal.actions:
                row = contents.rows[action.id]
                texts = [("pillar", pillar.id, pillar.title), ("goal", goal.id, goal.title),
                         *((FIELD_COLUMNS.get(name, name), action.id, value)
                           for name in plan.SCREENED_FIELDS
                           for value in personal_data.texts_of(getattr(action, name)))]
                for key, owner, text in texts:
                    findings = personal_data.unresolved(text, ())
                    if not findings or (key, owner, text) in seen:
                        continue
                    seen.add((key, owner, text))
                    kinds = ", ".join(sorted({f.placeholder for f in findings}))
                    notes.append(CellProblem(
                        contents.sheet, row, contents.letters.get(key, "?"),
                        NAMES[key][0].capitalize() if key in NAMES else key,
                        redact(text, findings), Problems.PERSONAL_DATA.format(kinds),
                        Problems.NO_PERSONAL_DATA))
    return tuple(notes)


def _problem_words(problem: str, value: object) -> str:
    return {
        InvalidInput.PERSONAL_DATA: Problems.PERSONAL_DATA.format(value),
        InvalidInput.TOO_LONG: Problems.TOO_LONG,
        InvalidInput.OUT_OF_RANGE: Problems.BEFORE_START,
        InvalidInput.REQUIRED: Problems.REQUIRED,
    }.get(problem, problem.replace("_", " "))
