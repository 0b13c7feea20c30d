"""The yearly realisation report as a workbook to work on (openpyxl): a row per action with what
was planned, done and changes next year; the year's status steps, indicator values, decisions
and sessions. User text is stored as text, never as a formula."""

from __future__ import annotations

from pathlib import Path

from ..domain.steering import DECISION_STATES
from ..domain.year_report import YearReport
from .atomic import write_atomically
from .report_xlsx import NARROW, WIDE
from .report_xlsx import _about as about_sheet
from .report_xlsx import _sheet as sheet

ACTION_COLUMNS = ("Nummer", "Pijler", "Doel", "Actie", "Gepland", "Trekker",
                  "Betrokken partners", "Timing", "Middelen en budget", "Indicator", "Planning volgens",
                  "Stand eind jaar", "Verloop in het jaar", "Teruggekoppeld", "Indicatorwaarden",
                  "Wat verandert volgend jaar")


def write_year_report_xlsx(path: Path, data: YearReport) -> None:
    write_atomically(Path(path), lambda target: _build(target, data))


def _build(target: Path, data: YearReport) -> None:
    from openpyxl import Workbook

    book = Workbook()
    about_sheet(book, data.title, data.region, data.coach, None, data.made_on)
    rows, steps, values = [], [], []
    for pillar in data.pillars:
        for goal in pillar.goals:
            for a in goal.actions:
                rows.append((
                    a.number, pillar.title, f"{goal.number}. {goal.title}", a.title,
                    "\n".join(a.planned), a.owner, a.partners, a.timing, a.means,
                    a.indicator, a.planned_note or f"Stand op {data.until:%d-%m-%Y}",
                    a.status_at_end,
                    "\n".join(f"{s.on:%d-%m-%Y} {s.status}: {s.note}".rstrip(": ")
                              for s in a.steps),
                    a.reported_back,
                    "\n".join(f"{i.name}: {i.at_year_end}" for i in a.indicators),
                    a.next_year))
                steps += [(a.number, a.title, s.on, s.status, s.note) for s in a.steps]
                values += [(a.number, i.name, on, value, source, i.baseline, i.target)
                           for i in a.indicators for on, value, source in i.values]
    sheet(book, f"Acties {data.year}", ACTION_COLUMNS, rows,
          [9, 30, 30, 40, WIDE, 24, 30, 24, 30, 30, 40, 14, WIDE, 40, 40, WIDE])
    sheet(book, "Verloop", ["Actie", "Titel", "Datum", "Stand", "Toelichting"], steps,
          [9, 40, NARROW, 14, 60])
    sheet(book, "Indicatorwaarden", ["Actie", "Indicator", "Datum", "Waarde", "Bron",
                                     "Nulwaarde", "Streefwaarde"], values,
          [9, 40, NARROW, 16, 16, 20, 20])
    sheet(book, "Besluiten", ["Datum", "Besluit", "Beslist door", "Uitkomst", "Fase"],
          [(d.decided_on, d.text, d.by, DECISION_STATES.label(d.state, "nl"), d.phase)
           for d in data.decisions], [NARROW, 70, 24, 14, 36])
    sheet(book, "Sessies", ["Datum", "Sessie", "Fase", "Groep", "Verslag"],
          [(s.held_on, s.title, s.phase, s.group, s.summary) for s in data.sessions],
          [NARROW, 36, 30, 24, 100])
    book.save(target)
