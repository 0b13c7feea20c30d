"""The yearly realisation report as a PDF (reportlab), in the shape of a region's yearly report:
the general state of affairs, then per pillar and goal each action with what was planned, what
was done in the year, its indicator values and what changes next year; the year's decisions and
sessions at the end. Written to a temporary name and renamed when complete."""

from __future__ import annotations

from pathlib import Path

from ..domain.year_report import ActionYear, YearReport
from .atomic import write_atomically
from .pdf_contents import build_with_contents
from .pdf_story import ProgressCallback, StoryWriter, day, page_frame, quiet
from .questionnaire_pdf import register_fonts
from .report_steering import decision_rows, session_summaries
from .report_writer import action_title, goal_title

ROMAN = ("I", "II", "III")


def write_year_report_pdf(path: Path, data: YearReport,
                          progress: ProgressCallback | None = None) -> None:
    write_atomically(Path(path), lambda target: _build(target, data, progress or quiet))


def title_of(data: YearReport) -> str:
    return f"Rapportering werkingsjaar {data.year}"


class _Writer(StoryWriter):
    def __init__(self, data: YearReport, width: float) -> None:
        super().__init__(width)
        self.data = data
        self.contents_at = 0
        self.section = 0

    def chapter(self, text: str) -> None:
        from reportlab.platypus import PageBreak

        self.section += 1
        self.story.append(PageBreak())
        self.heading(f"{ROMAN[self.section - 1]}. {text}", 0)

    def cover(self) -> None:
        from reportlab.platypus import PageBreak, Spacer

        data = self.data
        self.story.append(Spacer(1, 120))
        self.text(title_of(data), self.styles.cover)
        self.text(data.title, self.styles.h2)
        for line in (f"Regio: {data.region}" if data.region else "",
                     f"Procescoach: {data.coach}" if data.coach else "",
                     f"Stand van zaken op {day(data.until)}",
                     f"Gemaakt op {day(data.made_on)}"):
            if line:
                self.text(line)
        self.story.append(PageBreak())
        self.contents_at = len(self.story)

    def overview(self) -> None:
        data = self.data
        self.chapter("Algemene stand van zaken")
        actions = data.actions()
        written = sum(bool(a.next_year) for a in actions)
        if actions:
            self.text(f"Het actieplan telt {len(actions)} acties in {len(data.pillars)} "
                      f"pijlers. Zo stonden ze op {day(data.until)}:")
            self.table(["Stand", "Acties"], [row for row in data.counts if row[1]], wrap=(0,))
        else:
            self.text(f"Op {day(data.until)} telt het actieplan nog geen acties.")
        self.text(f"In {data.year}: {len(data.sessions)} sessies met een verslag, "
                  f"{len(data.decisions)} besluiten."
                  + (f" Voor {written} van de {len(actions)} acties staat beschreven wat er in "
                     f"{data.year + 1} verandert." if actions else ""))

    def actions(self) -> None:
        self.chapter("Het actieplan: realisaties per actie")
        if not self.data.actions():
            self.text("Er zijn nog geen acties om over te rapporteren.")
        for pillar in self.data.pillars:
            self.heading(f"Pijler: {pillar.title}", 1)
            for goal in pillar.goals:
                self.text(f"Doel {goal_title(goal)}", self.styles.h3)
                for action in goal.actions:
                    self.action(action)

    def action(self, action: ActionYear) -> None:
        """An action's heading and its four parts, kept on one page when they fit."""
        year = self.data.year
        start = len(self.story)
        self.heading(f"Actie {action.number}: {action_title(action)}", 2)
        self.text("Gepland", self.styles.question)
        if action.planned_note:
            self.text(action.planned_note, self.styles.small)
        rows = [(name, value) for name, value in (
            ("Trekker", action.owner), ("Betrokken partners", action.partners),
            ("Timing", action.timing), ("Middelen en budget", action.means),
            ("Indicator", action.indicator)) if value]
        if rows or not action.planned_note:
            self.table([], rows or [("Nog niet ingevuld",
                                     "trekker, partners, timing, middelen, indicator")],
                       wrap=(1,))
        self.bullets(action.planned, keep=False)
        self.text(f"Gerealiseerd in {year}", self.styles.question)
        self.text(f"Stand op {day(self.data.until)}: {action.status_at_end}.")
        if action.steps:
            self.table(["Datum", "Stand", "Toelichting"],
                       [(day(s.on), s.status, s.note) for s in action.steps], wrap=(2,))
        else:
            self.text(f"Geen wijziging van de stand in {year}.", self.styles.small)
        if action.reported_back:
            self.text(f"Teruggekoppeld aan de partners: {action.reported_back}")
        if action.indicators:
            self.text("Indicatorwaarden", self.styles.question)
            self.table(["Indicator", "Nulwaarde", "Streefwaarde", f"Gemeten in {year}",
                        "Stand eind jaar"],
                       [(i.name, i.baseline, i.target,
                         "; ".join(f"{day(on)}: {v}" for on, v, _source in i.values) or "—",
                         i.at_year_end) for i in action.indicators], wrap=(0, 3))
        self.text(f"Wat verandert er in {year + 1}", self.styles.question)
        self.text(action.next_year or "Nog niet ingevuld.",
                  None if action.next_year else self.styles.small)
        self.keep_with_heading(start)

    def year_log(self) -> None:
        data = self.data
        self.chapter(f"Besluiten en sessies in {data.year}")
        self.heading("Besluitenlijst", 1)
        if data.decisions:
            self.table(*decision_rows(data.decisions), wrap=(1, 2))
        else:
            self.text(f"In {data.year} werd niets beslist.", self.styles.small)
        self.heading("Verslagen van de sessies", 1)
        session_summaries(self, data.sessions)


def _build(target: Path, data: YearReport, progress: ProgressCallback) -> None:
    from reportlab.platypus import NextPageTemplate

    register_fonts()
    progress(0, 2, "De pagina's opmaken")
    frame = page_frame()
    writer = _Writer(data, frame.width)
    writer.story.append(NextPageTemplate("body"))
    writer.cover()
    writer.overview()
    writer.actions()
    writer.year_log()
    build_with_contents(target, writer.story, writer.contents_at, frame,
                        f"{title_of(data)}: {data.title}", data.coach, data.made_on)
    progress(2, 2, "Het bestand schrijven")
