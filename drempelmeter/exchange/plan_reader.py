"""Read a region's existing action plan from a workbook: a sheet with a pillar, goal and action
column and, where present, the three questions and the other fields (the report's own "Acties"
sheet reads back too). Pillars and goals carry down over empty (merged) cells; points are one per
line, bullets ("*", "-", "•") taken off. Every problem names its sheet, row and column."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..domain.plan import QUESTIONS, ActionRecord, GoalRecord, PillarRecord
from ..domain.prioritisation import MOSCOW
from ..domain.terms import normalise
from .bundle_columns import column_letter
from .cells import text_of
from .errors import CellProblem, Problems, WorkbookError
from .safe_open import read_safely

MAX_ROWS = 5000
HEADER_ROWS = 10  # a title may stand above the header row
REQUIRED = ("pillar", "goal", "action")
NAMES = {
    "pillar": ("pijler", "pillar"), "goal": ("doel", "doelstelling", "goal"),
    "action": ("actie", "action", "titel actie"),
    **{t.key: (t.nl, t.en) for t in QUESTIONS},
    "owner": ("trekker", "eigenaar", "owner"), "partners": ("betrokken partners", "partners"),
    "starts_on": ("start", "startdatum", "start date"), "due_on": ("deadline", "einddatum"),
    "means": ("middelen", "middelen/budget", "budget", "means"),
    "indicator": ("indicator",), "moscow": ("moscow",),
}
HEADERS = {normalise(name).rstrip("?: "): key for key, names in NAMES.items() for name in names}
BULLET = re.compile(r"^\s*(?:[*\-•–·]|\d+[.)])\s*")
INLINE_BULLETS = re.compile(r"\s\*\s")


@dataclass
class PlanContents:
    path: Path
    sheet: str = ""
    pillars: list[PillarRecord] = field(default_factory=list)
    #: action id → its row, and column key → its letter, to name a problem found later
    rows: dict[str, int] = field(default_factory=dict)
    letters: dict[str, str] = field(default_factory=dict)
    problems: list[CellProblem] = field(default_factory=list)

    @property
    def action_count(self) -> int:
        return sum(len(g.actions) for p in self.pillars for g in p.goals)


def points(text: str) -> tuple[str, ...]:
    """The points of a cell: one per line (or per " * " on one line), bullets taken off."""
    lines = text.splitlines() if "\n" in text else INLINE_BULLETS.split(text)
    return tuple(p for p in (BULLET.sub("", line).strip() for line in lines) if p)


def _find_header(sheet) -> tuple[int, dict[str, int]] | None:  # type: ignore[no-untyped-def]
    for number, values in enumerate(sheet.iter_rows(values_only=True, max_row=HEADER_ROWS),
                                    start=1):
        found = {}
        for index, value in enumerate(values):
            key = HEADERS.get(normalise(str(value)).rstrip("?: ")) if value else None
            if key and key not in found:
                found[key] = index
        if all(k in found for k in REQUIRED):
            return number, found
    return None


def read_plan(path: Path) -> PlanContents:
    path = Path(path)

    def read(book, _macros: bool) -> PlanContents:  # type: ignore[no-untyped-def]
        found = {name: header for name in book.sheetnames
                 if (header := _find_header(book[name])) is not None}
        if not found:
            raise WorkbookError(path, WorkbookError.NO_PLAN_SHEET, ", ".join(book.sheetnames))
        # The sheet that says the most (an overview sheet beside the actions sheet loses).
        name = max(found, key=lambda n: len(found[n][1]))
        contents = PlanContents(path, name)
        _read_rows(book[name], contents, *found[name])
        return contents

    return read_safely(path, read)


def _read_rows(sheet, contents: PlanContents, header_row: int,  # type: ignore[no-untyped-def]
               columns: dict[str, int]) -> None:
    pillars: dict[str, dict[str, list[ActionRecord]]] = {}
    contents.letters = {key: column_letter(index) for key, index in columns.items()}
    pillar = goal = ""
    for number, values in enumerate(sheet.iter_rows(values_only=True, min_row=header_row + 1),
                                    start=header_row + 1):
        if number > MAX_ROWS:
            raise WorkbookError(contents.path, WorkbookError.TOO_LARGE, f"{number} rows")
        cells = {key: values[i] if i < len(values) else None for key, i in columns.items()}
        text = {key: text_of(v) for key, v in cells.items()}
        if not any(text.values()):
            continue
        pillar, goal = text["pillar"] or pillar, text["goal"] or goal
        problem = _reporter(contents, columns, number, text)

        for key, have in (("pillar", pillar), ("goal", goal), ("action", text["action"])):
            if not have:
                problem(key, Problems.REQUIRED)
        if not (pillar and goal and text["action"]):
            continue
        dates = {key: _date(cells.get(key)) for key in ("starts_on", "due_on")}
        for key, value in dates.items():
            if value is False:
                problem(key, Problems.NOT_A_DATE, Problems.A_DATE)
        moscow = None
        if text.get("moscow"):
            term = MOSCOW.find(text["moscow"]) or next(
                (t for t in MOSCOW if normalise(text["moscow"]) == t.key[0]), None)
            if term is None:
                problem("moscow", Problems.NOT_MOSCOW, Problems.MOSCOW_WORDS)
            moscow = term.key if term else None
        action_id = str(uuid.uuid4())
        contents.rows[action_id] = number
        pillars.setdefault(pillar, {}).setdefault(goal, []).append(ActionRecord(
            id=action_id, title=text["action"],
            **{key: points(text.get(key, "")) for key in QUESTIONS.ordered_keys()},
            owner=text.get("owner", ""),
            partners=tuple(p.strip() for p in re.split(r"[,;\n]", text.get("partners", ""))
                           if p.strip()),
            starts_on=dates["starts_on"] or None, due_on=dates["due_on"] or None,
            means=text.get("means", ""), indicator=text.get("indicator", ""), moscow=moscow))
    contents.pillars = [
        PillarRecord(str(uuid.uuid4()), title, tuple(
            GoalRecord(str(uuid.uuid4()), goal_title, 0, tuple(actions))
            for goal_title, actions in goals.items()))
        for title, goals in pillars.items()]


def _reporter(contents: PlanContents, columns: dict[str, int], row: int,  # type: ignore[no-untyped-def]
              text: dict[str, str]):
    """Records a problem with a cell of this row: sheet, row, column and what it holds."""
    def problem(key: str, what: str, allowed: str = "") -> None:
        contents.problems.append(CellProblem(
            contents.sheet, row, column_letter(columns[key]), NAMES[key][0].capitalize(),
            text[key], what, allowed))
    return problem


def _date(value: object) -> date | bool | None:
    """A date from a date cell or from text (31-12-2027, 2027-12-31); None when empty, False
    when it is not a date."""
    if value is None or str(value).strip() == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for pattern in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return False
