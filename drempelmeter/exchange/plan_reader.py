"""Read a region's existing action plan from a workbook: a sheet with a pillar, goal and action
column and, where present, the three questions and the other fields (the report's own "Acties"
sheet reads back too). Pillars and goals carry down over empty (merged) cells; points are one per
line, bullets ("*", "-", "•") taken off. Every problem names its sheet, row and column."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..domain.plan import (
    ACTION_STATUSES,
    QUESTIONS,
    ActionRecord,
    GoalRecord,
    PillarRecord,
    StatusStep,
)
from ..domain.prioritisation import MOSCOW
from ..domain.taxonomy import ALL_BS, GBO_PRINCIPLES
from ..domain.terms import Vocabulary, normalise
from .bundle_columns import column_letter
from .cells import text_of
from .errors import CellProblem, Problems, WorkbookError
from .sheet_reader import MAX_CELLS, SheetBook, read_sheets

MAX_ROWS = 5000
HEADER_ROWS = 10  # a title may stand above the header row
REQUIRED = ("pillar", "goal", "action")
#: The headings each field is known by: ours first (it names the column in a problem), then
#: the variants regions use. Case, accents, "(s)"/"(n)" and a closing "?" or ":" do not count.
NAMES = {
    "pillar": ("pijler", "pijlers", "pillar"),
    "goal": ("doel", "doelstelling", "doelen", "doelstellingen", "goal"),
    "action": ("actie", "acties", "action", "titel actie", "naam actie", "actiepunt"),
    "number": ("nummer", "nr", "nr.", "actienummer", "number"),
    "concrete": (QUESTIONS.label("concrete", "nl"), QUESTIONS.label("concrete", "en"),
                 "hoe ziet het idee eruit", "hoe ziet het eruit", "concreet",
                 "concrete uitwerking", "omschrijving", "beschrijving"),
    "risks": (QUESTIONS.label("risks", "nl"), QUESTIONS.label("risks", "en"),
              "hoe kan het mislukken", "hoe kan het initiatief falen", "wat kan er mislopen",
              "risico's", "risico", "risicos", "valkuilen"),
    "needs": (QUESTIONS.label("needs", "nl"), QUESTIONS.label("needs", "en"),
              "wat is er nodig", "wat is er nodig om te slagen",
              "wat is er nodig om het idee te doen slagen", "nodig om te slagen",
              "randvoorwaarden", "succesfactoren"),
    "owner": ("trekker", "trekkers", "eigenaar", "verantwoordelijke", "verantwoordelijken",
              "trekker/verantwoordelijke", "owner"),
    "partners": ("betrokken partners", "partners", "betrokken partner", "betrokkenen",
                 "samenwerkingspartners"),
    "starts_on": ("start", "startdatum", "begin", "begindatum", "start date"),
    "due_on": ("deadline", "einddatum", "einde", "due date"),
    "means": ("middelen", "middelen/budget", "middelen en budget", "budget", "means"),
    "indicator": ("indicator", "indicatoren", "meetindicator"),
    "moscow": ("moscow",),
    "barriers": ("drempels", "drempel", "gekoppelde drempels"),
    "bs": ("b's", "bs", "b"),
    "principles": ("gbo-principes", "gbo-principe", "gbo principes", "principes",
                   "werkingsprincipes"),
    "validated_on": ("gevalideerd op", "validatiedatum"),
    "validation": ("beslissing stuurgroep", "validatie", "validatie stuurgroep"),
    "status": ("stand", "status"),
    "reported_back": ("teruggekoppeld", "terugkoppeling"),
}
PLURAL = re.compile(r"\((?:s|n|en)\)")


def heading_key(text: str) -> str:
    """A heading as it is looked up: "Trekker(s):" and "trekker" are the same."""
    return PLURAL.sub("", normalise(text).replace("’", "'")).strip().rstrip("?:. ").strip()


HEADERS = {heading_key(name): key for key, names in NAMES.items() for name in names}
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
    #: column key → its heading in the sheet; (letter, heading) of each column not read.
    headings: dict[str, str] = field(default_factory=dict)
    ignored: list[tuple[str, str]] = field(default_factory=list)
    #: action id → the titles of the barriers its row names (the service finds them).
    barrier_titles: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def action_count(self) -> int:
        return sum(len(g.actions) for p in self.pillars for g in p.goals)


def points(text: str) -> tuple[str, ...]:
    """The points of a cell: one per line (or per " * " on one line), bullets taken off."""
    lines = text.splitlines() if "\n" in text else INLINE_BULLETS.split(text)
    return tuple(p for p in (BULLET.sub("", line).strip() for line in lines) if p)


def _find_header(rows: Iterator[tuple[int, list[object]]]):
    """The header row: its number, the column and heading of each field, and the headings not
    understood (column, heading); None when no row in the first ones names the three. `rows`
    is left at the row below the header."""
    for number, values in rows:
        if number > HEADER_ROWS:
            break
        found: dict[str, int] = {}
        headings: dict[str, str] = {}
        ignored = []
        for index, value in enumerate(values):
            heading = text_of(value, escaped=False)
            key = HEADERS.get(heading_key(heading)) if heading else None
            if key and key not in found:
                found[key] = index
                headings[key] = heading
            elif heading:
                ignored.append((index, heading))
        if all(k in found for k in REQUIRED):
            return number, found, headings, ignored
    return None


def read_plan(path: Path, principles: Vocabulary = GBO_PRINCIPLES) -> PlanContents:
    """Check the file (.xlsx, .xlsm, .ods or .xls), find the plan's sheet and read every row;
    GBO principles are those of `principles` (the trajectory's own list)."""
    path = Path(path)

    def read(book: SheetBook) -> PlanContents:
        rows = {name: book.rows(name, MAX_CELLS) for name in book.sheetnames}
        found = {name: header for name, below in rows.items()
                 if (header := _find_header(below)) is not None}
        if not found:
            raise WorkbookError(path, WorkbookError.NO_PLAN_SHEET, ", ".join(book.sheetnames))
        # The sheet that says the most (an overview sheet beside the actions sheet loses).
        name = max(found, key=lambda n: len(found[n][1]))
        _, columns, headings, ignored = found[name]
        contents = PlanContents(path, name, headings=headings, ignored=[
            (column_letter(index), heading) for index, heading in ignored])
        _read_rows(book, rows[name], contents, columns, principles)
        return contents

    return read_sheets(path, read)


def _read_rows(book: SheetBook, rows: Iterator[tuple[int, list[object]]],
               contents: PlanContents, columns: dict[str, int], principles: Vocabulary) -> None:
    """Every row below the header, where `rows` stands."""
    pillars: dict[str, dict[str, list[ActionRecord]]] = {}
    contents.letters = {key: column_letter(index) for key, index in columns.items()}
    # A formula is refused in every column read, also one whose result looks right.
    formulas = book.formulas(contents.sheet)
    formula_rows = {row for row, _ in formulas}
    pillar = goal = ""
    filled = 0  # rows that hold something: a formatted empty cell far below is no row
    for number, values in rows:
        cells = {key: values[i] if i < len(values) else None for key, i in columns.items()}
        text = {key: text_of(v, escaped=False) for key, v in cells.items()}
        in_formula = [key for key, i in columns.items()
                      if (number, i) in formulas] if number in formula_rows else []
        if not in_formula and not any(text.values()):
            continue
        filled += 1
        if filled > MAX_ROWS:
            raise WorkbookError(contents.path, WorkbookError.TOO_LARGE, f"{filled} rows")
        pillar, goal = text["pillar"] or pillar, text["goal"] or goal
        problem = _reporter(contents, columns, number, text)
        if in_formula:
            for key in in_formula:
                shown = formulas[number, columns[key]]
                text[key] = text[key] if shown is None else str(shown)
                problem(key, Problems.FORMULA)
            continue

        for key, have in (("pillar", pillar), ("goal", goal), ("action", text["action"])):
            if not have:
                problem(key, Problems.REQUIRED)
        if not (pillar and goal and text["action"]):
            continue
        dates: dict[str, date | None] = {}
        for key in ("starts_on", "due_on", "validated_on"):
            value = date_of(cells.get(key))
            if value is False:
                problem(key, Problems.NOT_A_DATE, Problems.A_DATE)
            dates[key] = value if isinstance(value, date) else None
        moscow = None
        if text.get("moscow"):
            term = MOSCOW.find(text["moscow"]) or next(
                (t for t in MOSCOW if normalise(text["moscow"]) == t.key[0]), None)
            if term is None:
                problem("moscow", Problems.NOT_MOSCOW, Problems.MOSCOW_WORDS)
            moscow = term.key if term else None
        chosen = {}
        for key, vocabulary in (("bs", ALL_BS), ("principles", principles)):
            chosen[key], known = _terms(vocabulary, text.get(key, ""))
            if not known:
                problem(key, Problems.NOT_IN_LIST, "; ".join(t.nl for t in vocabulary))
        status = ACTION_STATUSES.find(text["status"]) if text.get("status") else None
        if text.get("status") and status is None:
            problem("status", Problems.NOT_IN_LIST, "; ".join(t.nl for t in ACTION_STATUSES))
        action_id = str(uuid.uuid4())
        contents.rows[action_id] = number
        contents.barrier_titles[action_id] = tuple(
            t.strip() for t in text.get("barriers", "").split(";") if t.strip())
        pillars.setdefault(pillar, {}).setdefault(goal, []).append(ActionRecord(
            id=action_id, title=text["action"],
            concrete=points(text.get("concrete", "")), risks=points(text.get("risks", "")),
            needs=points(text.get("needs", "")),
            owner=text.get("owner", ""),
            partners=tuple(p.strip() for p in re.split(r"[,;\n]", text.get("partners", ""))
                           if p.strip()),
            starts_on=dates["starts_on"], due_on=dates["due_on"],
            means=text.get("means", ""), indicator=text.get("indicator", ""), moscow=moscow,
            bs=chosen["bs"], principles=chosen["principles"],
            validated_on=dates["validated_on"], validation=text.get("validation", ""),
            reported_back=text.get("reported_back", ""),
            history=(StatusStep(str(uuid.uuid4()), status.key, date.today()),)
            if status is not None and status.key != "not_started" else ()))
    contents.pillars = [
        PillarRecord(str(uuid.uuid4()), title, tuple(
            GoalRecord(str(uuid.uuid4()), goal_title, 0, tuple(actions))
            for goal_title, actions in goals.items()))
        for title, goals in pillars.items()]


def _reporter(contents: PlanContents, columns: dict[str, int], row: int,
              text: dict[str, str]):
    """Records a problem with a cell of this row: sheet, row, column and what it holds."""
    def problem(key: str, what: str, allowed: str = "") -> None:
        contents.problems.append(CellProblem(
            contents.sheet, row, column_letter(columns[key]), contents.headings[key],
            text[key], what, allowed))
    return problem


def _terms(vocabulary, text: str) -> tuple[tuple[str, ...], bool]:
    """The keys a cell names (separated by commas or semicolons), and whether it named only
    terms of the vocabulary. A label may hold a comma ("Bekend, herkenbaar en zichtbaar"): of
    the pieces between commas, the longest run that names a term is taken first."""
    terms = []
    for part in re.split(r"[;\n]", text):
        pieces = part.split(",")
        start = 0
        while start < len(pieces):
            if not pieces[start].strip():
                start += 1
                continue
            end = next((end for end in range(len(pieces), start, -1)
                        if vocabulary.find(",".join(pieces[start:end])) is not None), start + 1)
            terms.append(vocabulary.find(",".join(pieces[start:end])))
            start = end
    keys = tuple(dict.fromkeys(t.key for t in terms if t is not None))
    return keys, None not in terms


#: A day with its month in Dutch, written out or cut short ("31 december 2027", "15 mrt.
#: 2026"); a follow-up report may leave out the year.
WORDED_DATE = re.compile(r"(\d{1,2})\s*([a-z]+)\.?(?:\s+(\d{4}))?")
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
#: The hyphens and dashes a word processor writes for "-" ("31\u201112\u20112027").
DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2212", "-----")


def month_number(word: str) -> int:
    """The number of a Dutch month, written out or cut short ("maart", "mrt", "sept"); 0 when
    `word` is none."""
    if word == "mrt":
        return 3
    return next((number for number, name in enumerate(DUTCH_MONTHS, start=1)
                 if len(word) >= 3 and name.startswith(word)), 0)


def date_of(value: object) -> date | bool | None:
    """A date from a date cell or from text (31-12-2027, 31/12/27, 2027-12-31, 31 december
    2027); None when empty, False when it is not a date."""
    if value is None or str(value).strip() == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip().translate(DASHES)
    for pattern in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%y", "%d/%m/%y",
                    "%d.%m.%y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    worded = WORDED_DATE.fullmatch(text.casefold())
    if worded and worded[3] and (month := month_number(worded[2])):
        try:
            return date(int(worded[3]), month, int(worded[1]))
        except ValueError:
            return False
    return False
