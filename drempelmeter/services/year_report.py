"""The yearly realisation report per action: for every action of the plan, grouped by pillar and
goal, what was planned (as it stood at the end of the year, from the plan's history), what was
done in the year (its status steps, what was reported back), its indicator values and what
changes next year; with the year's sessions and decisions. Personal data nobody confirmed is
masked, as in every export."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..domain.indicators import IndicatorRecord
from ..domain.plan import ACTION_STATUSES, LIST_FIELDS, ActionRecord, PillarRecord
from ..domain.plan_history import PLANNED_FIELDS, PlannedOn, PlannedVersion, planned_on
from ..domain.report import EMPTY
from ..domain.steering import PROPOSED
from ..domain.year_report import (
    ActionYear,
    GoalYear,
    IndicatorYear,
    PillarYear,
    StepLine,
    YearReport,
)
from ..exchange.pdf_story import day
from ..store import steering_rows
from ..store.database import TrajectoryDatabase
from . import decisions, indicators, plan, plan_history, steering, trajectory, vocabularies
from .errors import InvalidInput
from .export_screen import export_screen
from .validation import refuse_own_file

#: The years a report can be asked for: a trajectory does not run for centuries.
YEARS = range(2000, 2101)
SOURCES = {"typed": "ingevoerd", "form": "opvolgformulier", "measurement": "meting"}


def gather_year(db: TrajectoryDatabase, year: int, today: date) -> YearReport:
    """Everything the yearly report of `year` shows, read on 31 December of that year (or on
    `today` while the year runs). A year before the trajectory's start or not yet begun is
    refused, naming the years there are (those the window offers)."""
    details = trajectory.get_trajectory(db)
    first = min(details.start_date.year, today.year) if details.start_date else YEARS.start
    if year not in YEARS or not first <= year <= today.year:
        raise InvalidInput("year", InvalidInput.OUT_OF_RANGE, year,
                           choices=(f"{first}–{today.year}",))
    start, until = date(year, 1, 1), min(date(year, 12, 31), today)
    current = plan.read_plan(db)
    measured = indicators.read_indicators(db)
    history = plan_history.read_history(db)
    with db.session() as session:
        next_year = steering_rows.year_notes(session, year)
    states = Counter(_status_on(a, until) for p in current for a in p.all_actions())
    log = [d for d in decisions.decision_log(db) if d.state != PROPOSED and d.decided_on
           and start <= d.decided_on <= until]
    report = YearReport(
        title=details.name, region=details.region, coach=details.coach, year=year,
        made_on=today, until=until,
        counts=tuple((t.label("nl"), states[t.key]) for t in ACTION_STATUSES),
        pillars=tuple(_pillar(p, start, until, measured, next_year, history) for p in current),
        sessions=steering.session_summaries(db, start, until),
        decisions=tuple(steering.decision_line(d, vocabularies.effective(db)) for d in log))
    screen = export_screen(db)
    report = screen.walk(report)
    return replace(report, masked=tuple(m.describe() for m in screen.masked))


def _status_on(action: ActionRecord, until: date) -> str:
    """The action's status on `until`: its last step by then, else not started."""
    steps = [s for s in action.history if s.on <= until]
    return steps[-1].status if steps else "not_started"


def _pillar(pillar: PillarRecord, start: date, until: date,
            measured: dict[str, tuple[IndicatorRecord, ...]],
            next_year: dict[tuple[str, int], str],
            history: dict[str, tuple[PlannedVersion, ...]]) -> PillarYear:
    return PillarYear(pillar.title, tuple(
        GoalYear(g.number, g.title, tuple(
            _action(a, start, until, measured.get(a.id, ()),
                    next_year.get((a.id, start.year), ""),
                    planned_on(history.get(a.id, ()), until))
            for a in g.actions))
        for g in pillar.goals))


def _planned(action: ActionRecord, planned: PlannedOn, year: int) -> tuple[dict, str]:
    """The planned fields the report shows, and a note when they are not the year's own."""
    if planned.added_on is not None:
        return ({n: () if n in LIST_FIELDS else None for n in PLANNED_FIELDS},
                f"Eind {year} nog niet in het actieplan: toegevoegd op {day(planned.added_on)}.")
    if planned.version is None:  # an action without history: only what it holds now
        return {n: getattr(action, n) for n in PLANNED_FIELDS}, ""
    values = {n: planned.version.get(n) for n in PLANNED_FIELDS}
    since = planned.history_from
    if since is None:
        return values, ""
    if planned.unchanged:
        return values, f"Zoals nu gepland; de geschiedenis van de planning begint op {day(since)}."
    return values, (f"Zoals gepland op {day(since)}, toen de geschiedenis van de planning begon; "
                    f"hoe het eind {year} gepland stond, is niet bewaard.")


def _action(action: ActionRecord, start: date, until: date,
            measured: tuple[IndicatorRecord, ...], next_year: str,
            planned: PlannedOn) -> ActionYear:
    values, note = _planned(action, planned, start.year)
    timing = (f"{day(values['starts_on'])} – {day(values['due_on'])}"
              if values["starts_on"] or values["due_on"] else "")
    return ActionYear(
        action_id=action.id, number=action.number, title=action.title,
        planned=tuple(values["concrete"]), owner=values["owner"] or "",
        partners=", ".join(values["partners"]), timing=timing,
        indicator=values["indicator"] or "", means=values["means"] or "", planned_note=note,
        status_at_end=ACTION_STATUSES.label(_status_on(action, until), "nl"),
        steps=tuple(StepLine(s.on, ACTION_STATUSES.label(s.status, "nl"), s.note)
                    for s in action.history if start <= s.on <= until),
        reported_back=action.reported_back,
        indicators=tuple(_indicator(i, start, until) for i in measured),
        next_year=next_year)


def _indicator(indicator: IndicatorRecord, start: date, until: date) -> IndicatorYear:
    def value(number: float | None, on: date | None = None) -> str:
        if number is None:
            return EMPTY
        text = f"{number:g}".replace(".", ",") + (f" {indicator.unit}" if indicator.unit else "")
        return f"{text} ({day(on)})" if on else text

    known = [v for v in indicator.values if v.on <= until]
    last = known[-1] if known else None
    return IndicatorYear(
        name=indicator.name,
        baseline=value(indicator.baseline_value, indicator.baseline_on),
        target=value(indicator.target_value, indicator.target_on),
        values=tuple((v.on, value(v.value), SOURCES.get(v.source, v.source))
                     for v in known if v.on >= start),
        at_year_end=value(last.value, last.on) if last else EMPTY)


def write_year_report(db: TrajectoryDatabase, year: int, today: date, *,
                      pdf: Path | None = None, xlsx: Path | None = None,
                      progress: Callable[[int, int, str], None] | None = None) -> YearReport:
    """Gather the year's report once and write it as a PDF and/or a workbook."""
    for path in (pdf, xlsx):
        if path is not None:
            refuse_own_file(db, path)
    data = gather_year(db, year, today)
    if pdf is not None:
        from ..exchange.year_report_pdf import write_year_report_pdf

        write_year_report_pdf(pdf, data, progress)
    if xlsx is not None:
        from ..exchange.year_report_xlsx import write_year_report_xlsx

        write_year_report_xlsx(xlsx, data)
    return data
