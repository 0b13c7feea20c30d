"""The minutes of workshop sessions as a PDF (reportlab), in Dutch and the report's layout.

Per session: its facts, who attended, the agenda planned against the time it took, the questions
asked, what was captured and what became of it, the gut-feeling poll, the pre-mortem, the
prioritisation rounds of the day, the decisions and the notes. Several sessions get a title page
and contents, each session its own pages. User text is escaped everywhere (the report's
helpers); the file is written to a temporary name and renamed when complete.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.minutes import Minutes, SessionMinutes
from ..domain.report import EMPTY, HIDDEN
from ..domain.workshop import NEED, PREMORTEM_STAGES, RISK
from .atomic import write_atomically
from .pdf_contents import Contents, document_with_contents
from .pdf_story import StoryWriter, day, page_frame, running_lines
from .questionnaire_pdf import register_fonts


def write_minutes_pdf(path: Path, minutes: Minutes) -> None:
    """Write the minutes of `minutes.sessions` (one or more) to `path`."""
    write_atomically(Path(path), lambda target: _build(target, minutes))


def document_title(minutes: Minutes) -> str:
    if len(minutes.sessions) == 1:
        only = minutes.sessions[0]
        return f"Verslag: {only.title} ({day(only.held_on)})"
    return f"Verslagen van de workshops: {minutes.trajectory}"


def _kept(seconds: int | None) -> str:
    """The time an agenda item took, in whole minutes (a moment under half of one is 0)."""
    return EMPTY if seconds is None else f"{round(seconds / 60)} min"


def _difference(planned: int | None, seconds: int | None) -> str:
    if planned is None or seconds is None:
        return ""
    minutes = round(seconds / 60) - planned
    return "op tijd" if minutes == 0 else f"{minutes:+d} min".replace("-", "−")


def _people(count: int) -> str:
    return f"{count} {'deelnemer' if count == 1 else 'deelnemers'}"


def _mean(value: float | None) -> str:
    return EMPTY if value is None else f"{value:.1f}".replace(".", ",")


class _MinutesWriter(StoryWriter):
    """The story of the minutes, session by session."""

    def __init__(self, width: float) -> None:
        from reportlab.lib.styles import ParagraphStyle

        super().__init__(width)
        self.after_table = ParagraphStyle("after table", self.styles.body, spaceBefore=4)

    def section(self, text: str) -> None:
        """A section's heading (only sessions go into the contents and the bookmarks)."""
        self.text(text, self.styles.h2)

    def title_page(self, minutes: Minutes) -> None:
        from reportlab.platypus import PageBreak, Spacer

        self.story.append(Spacer(1, 120))
        self.text("Verslagen van de workshops", self.styles.cover)
        self.text(minutes.trajectory, self.styles.h2)
        for line in (f"Regio: {minutes.region}" if minutes.region else "",
                     f"Procescoach: {minutes.coach}" if minutes.coach else "",
                     f"{len(minutes.sessions)} sessies", f"Gemaakt op {day(minutes.made_on)}"):
            if line:
                self.text(line)
        self.story.append(PageBreak())

    def session(self, minutes: SessionMinutes) -> None:
        self.heading(f"Verslag: {minutes.title}", 0)
        self.story[-1].toc_entry = (0, f"{day(minutes.held_on)} · {minutes.title}")
        times = ""
        if minutes.started_at is not None:
            end = f"{minutes.closed_at:%H:%M}" if minutes.closed_at is not None else "…"
            times = f"{minutes.started_at:%H:%M} – {end}"
        facts = [("Fase", minutes.phase), ("Datum", day(minutes.held_on)),
                 ("Plaats", minutes.location), ("Tijd", times),
                 ("Aanwezig", _people(len(minutes.attendees)))]
        self.table([], [(name, value) for name, value in facts if value], wrap=(1,))
        self.attendees(minutes)
        self.agenda(minutes)
        if minutes.prompts:
            self.section("Vragen aan de groep")
            self.bullets(minutes.prompts)
        self.captures(minutes)
        if minutes.poll:
            self.section("Buikgevoel per B")
            hidden = (HIDDEN,) * (len(minutes.poll_answers) + 1)
            self.table(["B", *minutes.poll_answers, "Gemiddelde (1–5)"],
                       [(line.b, *hidden) if line.hidden else
                        (line.b, *line.counts, _mean(line.mean)) for line in minutes.poll],
                       wrap=(0,))
            if minutes.poll_note:
                self.text(minutes.poll_note, self.styles.small)
        self.premortem(minutes)
        self.rounds(minutes)
        self.section("Beslissingen")
        if minutes.decisions:
            self.table(["Datum", "Door", "Beslissing"],
                       [(day(on), by, text) for on, by, text in minutes.decisions], wrap=(2,))
        else:
            self.text("Op deze dag werd in deze fase niets beslist.", self.styles.small)
        if minutes.notes.strip():
            self.section("Notities")
            for paragraph in minutes.notes.split("\n\n"):
                self.text(paragraph.strip())

    def attendees(self, minutes: SessionMinutes) -> None:
        self.section("Aanwezigen")
        if not minutes.attendees:
            self.text("Er werd geen aanwezigheid genoteerd.", self.styles.small)
            return
        self.table(["Naam", "Organisatie", "Rol"],
                   [(a.name, a.organisation or EMPTY, a.role) for a in minutes.attendees],
                   wrap=(0, 1, 2))

    def agenda(self, minutes: SessionMinutes) -> None:
        self.section("Agenda: gepland en gehouden")
        lines = minutes.agenda
        if not lines:
            self.text("De sessie had geen agenda.", self.styles.small)
            return
        planned = [a.planned_minutes for a in lines if a.planned_minutes is not None]
        kept = [a.kept_seconds for a in lines if a.kept_seconds is not None]
        rows = [(a.text, EMPTY if a.planned_minutes is None else f"{a.planned_minutes} min",
                 _kept(a.kept_seconds), _difference(a.planned_minutes, a.kept_seconds))
                for a in lines]
        rows.append(("Totaal", f"{sum(planned)} min" if planned else EMPTY,
                     _kept(sum(kept)) if kept else EMPTY,
                     _difference(sum(planned), sum(kept)) if planned and kept else ""))
        if kept:
            self.table(["Agendapunt", "Gepland", "Gehouden", "Verschil"], rows, wrap=(0,))
        else:
            self.text("De tijd per agendapunt werd niet bijgehouden.", self.styles.small)
            self.table(["Agendapunt", "Gepland"], [row[:2] for row in rows], wrap=(0,))

    def captures(self, minutes: SessionMinutes) -> None:
        self.section("Wat werd genoteerd")
        if not any(lines for _kind, lines in minutes.captures):
            self.text("Er werd niets genoteerd.", self.styles.small)
            return
        for kind, lines in minutes.captures:
            if not lines:
                continue
            self.text(f"{kind} ({len(lines)})", self.styles.h3)
            with_b = any(line.b for line in lines)
            self.table(["Wat werd gezegd", *(["B"] if with_b else []), "Wat ermee gebeurde"],
                       [(line.text, *([line.b] if with_b else []), line.outcome)
                        for line in lines], wrap=(0, 1, 2) if with_b else (0, 1))

    def premortem(self, minutes: SessionMinutes) -> None:
        if not minutes.premortem:
            return
        self.section("Pre-mortem")
        for part in minutes.premortem:
            self.text(part.action, self.styles.h3)
            self.text(PREMORTEM_STAGES.label(RISK, "nl"), self.styles.question)
            self.bullets(list(part.risks), empty="Geen risico's genoteerd.")
            self.text(PREMORTEM_STAGES.label(NEED, "nl"), self.styles.question)
            self.bullets(list(part.needs), empty="Geen noden genoteerd.")

    def rounds(self, minutes: SessionMinutes) -> None:
        if not minutes.rounds:
            return
        self.section("Prioritering")
        for part in minutes.rounds:
            state = "afgesloten" if part.closed else "nog open"
            self.text(f"{part.method} ({_people(part.participants)}, {state})", self.styles.h3)
            self.table(["Plaats", "Drempel", "Waarop"],
                       [(str(rank), title, why) for rank, title, why in part.top], wrap=(1, 2))
            if part.objections:
                self.text("Bezwaren", self.styles.question)
                self.bullets([f"{barrier}: {why}" for barrier, why in part.objections])
            if part.note:
                self.text(f"Bespreking: {part.note}", self.after_table)
            if part.rationale:
                self.text(f"Motivering: {part.rationale}", self.after_table)


def _build(target: Path, minutes: Minutes) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import NextPageTemplate, PageBreak, PageTemplate

    register_fonts()
    frame = page_frame()
    writer = _MinutesWriter(frame.width)
    several = len(minutes.sessions) > 1
    if several:  # a title page without the running lines, then the pages with them
        writer.story.append(NextPageTemplate("body"))
        writer.title_page(minutes)
    contents_at = len(writer.story)
    for number, session in enumerate(minutes.sessions):
        if number:
            writer.story.append(PageBreak())
        writer.session(session)
    contents = Contents(len(minutes.sessions) if several else 0, frame.height)
    if several:
        writer.story[contents_at:contents_at] = [*contents.pages(), PageBreak()]
    title = document_title(minutes)
    document = document_with_contents(
        str(target), contents, pagesize=A4, title=title, author=minutes.coach or "Drempelmeter",
        subject="Drempelmeter: verslag", creator="Drempelmeter", lang="nl-BE",
        pageTemplates=[*([PageTemplate("title", [frame])] if several else []),
                       PageTemplate("body", [frame],
                                    onPage=running_lines(title, minutes.made_on))])
    document.build(writer.story)
