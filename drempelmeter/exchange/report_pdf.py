"""The report as a PDF (reportlab), in the region's language and its plan's familiar shape.

Cover, contents, (in a partner's report first what became of its own signals,) summary, the
trajectory, signals, measurement, prioritised barriers, the action plan (an overview table per
pillar, then each action with its three questions as bullets), follow-up and an annex on method.
Every chart is a vector drawing with its table beside it; hidden measurement cells print as a
word, never a number. User text is escaped everywhere
(reportlab reads paragraphs as markup). Written to a temporary name and renamed when complete.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from ..charts import PARETO_BARS
from ..domain.plan import ACTION_STATUSES, QUESTIONS
from ..domain.prioritisation import MOSCOW, cumulative_shares, top_count
from ..domain.report import EMPTY, NOT_BUNDLED, OUTCOMES, ReportData, Value
from ..domain.taxonomy import ALL_BS, GBO_PRINCIPLES
from .atomic import write_atomically
from .markup import EMOJI, OTHER, markup, printable
from .pdf_contents import Contents, document_with_contents
from .pdf_figures import figure_drawing
from .pdf_tables import TABLE_LAYOUTS, column_widths, text_width, upright_heading
from .questionnaire_pdf import BOLD, FONT, register_fonts
from .signal_fates import barrier_facts

#: Progress callback: (steps done, steps in all, what is being done).
ProgressCallback = Callable[[int, int, str], None]
STEPS = ("De grafieken tekenen", "De pagina's opmaken", "Het bestand schrijven")
OVERVIEW_COLUMNS = 4


def write_report_pdf(path: Path, data: ReportData, progress: ProgressCallback | None = None) -> None:
    """Write the regional report (or a partner's, when `data.partner` is set) to `path`."""
    write_atomically(Path(path), lambda target: _build(target, data, progress or _quiet))


def _quiet(_done: int, _total: int, _what: str) -> None:
    """No progress to show (the command line)."""


def _number(value: Value, places: int = 2) -> str:
    """A mean in Dutch notation, or the word that stands in for it."""
    return value if isinstance(value, str) else f"{value:.{places}f}".replace(".", ",")


def day(value: date | None) -> str:
    """A date as the region writes it (30-11-2026), or the dash that stands in for none."""
    return f"{value:%d-%m-%Y}" if value else EMPTY


def _unnumbered(title: str, number: object, word: str) -> str:
    """`title` without a copy of its own number in front ("Actie 1.1: ...", "1.1 ...", "Doel
    2. ..."), which a plan copied from a document often keeps: the report prints the number."""
    prefix = re.compile(rf"\s*(?:{word}\s*)?{re.escape(str(number))}(?![\d.]\d)\.?\s*[:.\-–—)]?\s*",
                        re.IGNORECASE)
    match = prefix.match(title)
    return title[match.end():] if match and match.end() < len(title) else title


class Styles:
    """The report's paragraph styles; the PDFs that take its layout share them."""

    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=4)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10, spaceAfter=0)
        self.cell = ParagraphStyle("cell", base, fontSize=7.5, leading=9.5, spaceAfter=0)
        self.header = ParagraphStyle("header", self.cell, splitLongWords=0)
        self.h1 = ParagraphStyle("h1", base, fontName=BOLD, fontSize=16, leading=20,
                                 spaceBefore=6, spaceAfter=10, keepWithNext=1,
                                 textColor=colors.HexColor("#1F3864"))
        self.h2 = ParagraphStyle("h2", base, fontName=BOLD, fontSize=12.5, leading=16,
                                 spaceBefore=10, spaceAfter=6, keepWithNext=1,
                                 textColor=colors.HexColor("#1F3864"))
        self.h3 = ParagraphStyle("h3", base, fontName=BOLD, fontSize=10.5, leading=14,
                                 spaceBefore=8, spaceAfter=4, keepWithNext=1)
        self.question = ParagraphStyle("question", base, fontName=BOLD, fontSize=9.5,
                                       spaceBefore=4, spaceAfter=2, keepWithNext=1)
        self.cover = ParagraphStyle("cover", base, fontName=BOLD, fontSize=26, leading=32,
                                    spaceAfter=18, textColor=colors.HexColor("#1F3864"))
        self._tables = {self.cell.fontSize: (self.cell, self.header)}

    def table(self, size: float):
        """The styles of a table's cells and headings at type size `size`, made once each."""
        from reportlab.lib.styles import ParagraphStyle

        if size not in self._tables:
            self._tables[size] = (
                ParagraphStyle("smaller", self.cell, fontSize=size, leading=size + 2),
                ParagraphStyle("smaller header", self.header, fontSize=size, leading=size + 2))
        return self._tables[size]


class StoryWriter:
    """Collects the flowables of a PDF in the report's layout: text, headings that go into the
    contents and bookmarks, bulleted lists and tables."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.styles = Styles()
        self.story: list = []

    # ---- building blocks ---------------------------------------------------------------

    def text(self, text: str, style=None) -> None:
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(markup(text), style or self.styles.body))

    def heading(self, text: str, level: int) -> None:
        """A heading that goes into the contents and the PDF's bookmarks."""
        from reportlab.platypus import Paragraph

        style = (self.styles.h1, self.styles.h2, self.styles.h3)[level]
        paragraph = Paragraph(markup(text), style)
        paragraph.toc_entry = (level, text)
        self.story.append(paragraph)

    def bullets(self, points: Sequence[str], empty: str = "Nog niet ingevuld.",
                keep: bool = True) -> None:
        """A bulleted list; with `keep`, on the page of the heading just before it."""
        from reportlab.platypus import ListFlowable, ListItem, Paragraph

        if not points:
            self.text(empty, self.styles.small)
            return
        start = len(self.story)
        self.story.append(ListFlowable(
            [ListItem(Paragraph(markup(p), self.styles.body), leftIndent=14) for p in points],
            bulletType="bullet", start="•", bulletFontName=FONT, leftIndent=14))
        if keep and start and self.story[start - 1].getKeepWithNext():
            self.keep_with_heading(start)

    def keep_with_heading(self, start: int) -> None:
        """The story from `start` as one KeepTogether with the headings just before it:
        reportlab keeps a heading (keepWithNext) with a paragraph or a table, but not with a
        KeepTogether or a list."""
        from reportlab.platypus import KeepTogether

        while start and self.story[start - 1].getKeepWithNext():
            start -= 1
        self.story[start:] = [KeepTogether(self.story[start:])]

    def table(self, columns: Sequence[str], rows: Sequence[Sequence[object]],
              wrap: Sequence[int] = ()) -> None:
        """A table as wide as the page with a header row repeated on every page (none when
        `columns` is empty); columns in `wrap` hold user text and wrap at spaces (as escaped
        paragraphs), the others are short values. Each column is as wide as its content asks
        (see `column_widths`), so no word is broken in the middle."""
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Table, TableStyle

        if not rows:
            self.text("Geen gegevens.", self.styles.small)
            return
        texts = [[printable(str(v)) for v in row] for row in rows]
        headers = [printable(c) for c in columns]
        for padding, size in TABLE_LAYOUTS:
            measure = text_width(size)
            widths, upright, fits = column_widths(headers, texts, wrap, self.width, size,
                                                   padding, measure)
            if fits:
                break
        cell, head = self.styles.table(size)
        rooms = [w - 2 * padding for w in widths]

        def wrapped(text: str, room: float):
            # A text that fits on one line is set as a plain string, the line a paragraph would
            # set (white space made single), without parsing markup or breaking lines.
            line = " ".join(text.split())
            return line if measure(line) <= room else Paragraph(escape(text), cell)

        body = [[wrapped(t, rooms[n]) if n in wrap else t for n, t in enumerate(row)]
                for row in texts]
        header = [[upright_heading(c, size) if n in upright else Paragraph(escape(c), head)
                   for n, c in enumerate(headers)]] if columns else []
        table = Table([*header, *body], colWidths=widths, repeatRows=len(header))
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, size, cell.leading),
            *([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1"))] if header else []),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9BB1CC")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F5F7FA")]),
        ]))
        self.story.append(table)


class _Writer(StoryWriter):
    """Collects the flowables of the report, section by section."""

    def __init__(self, data: ReportData, width: float) -> None:
        super().__init__(width)
        self.data = data
        self.section = 0
        self.contents_at = 0

    def chapter(self, text: str) -> None:
        from reportlab.platypus import PageBreak

        self.section += 1
        self.story.append(PageBreak())
        self.heading(f"{self.section}. {text}", 0)

    def per_b(self, first: str, b_labels: Sequence[str],
              rows: Sequence[tuple[str, Sequence[object]]]) -> None:
        """A table of a name and a number per B (counts, or means in Dutch notation)."""
        self.table([first, *b_labels],
                   [(name, *(_number(v) if isinstance(v, float | str) else v for v in values))
                    for name, values in rows], wrap=(0,))

    def figure(self, figure) -> None:
        from reportlab.platypus import Spacer

        self.story.append(figure_drawing(figure, self.width))
        self.story.append(Spacer(1, 4))

    # ---- the sections ------------------------------------------------------------------

    def cover(self) -> None:
        from reportlab.platypus import PageBreak, Spacer

        data = self.data
        self.story.append(Spacer(1, 120))
        title = (f"Terugkoppeling aan {data.partner}" if data.partner
                 else "Drempelmeter: regionaal rapport")
        self.text(title, self.styles.cover)
        self.text(data.title, self.styles.h2)
        for line in (f"Regio: {data.region}" if data.region else "",
                     f"Procescoach: {data.coach}" if data.coach else "",
                     f"Gemaakt op {day(data.made_on)}"):
            if line:
                self.text(line)
        if data.partner:
            self.text("Dit rapport begint met wat er met elk signaal van deze partner gebeurde, "
                      "en toont dan de eigen signalen en meting van de partner naast de "
                      "cijfers van de hele regio, en de drempels die de partner herkent.")
        self.story.append(PageBreak())
        self.contents_at = len(self.story)  # the contents pages go here, once counted

    def fates(self) -> None:
        """A partner's report leads with what became of each of its own signals."""
        bundle = self.data.fates
        if bundle is None:
            return
        self.chapter("Wat gebeurde met uw signalen")
        count = len(bundle.signals)
        self.text(f"{count} {'signaal' if count == 1 else 'signalen'} van {bundle.partner}, "
                  "elk met de drempel waarin het gebundeld werd, de plaats van die drempel, "
                  "de actie die hem aanpakt, of waarom hij (nog) niet werd opgenomen. "
                  + bundle.round_note)
        for barrier in bundle.barriers:
            start = len(self.story)
            self.heading(f"Drempel: {barrier.title}", 1)
            self.table([], barrier_facts(barrier), wrap=(1,))
            self.keep_with_heading(start)
            self.bullets([s.text for s in bundle.signals if s.barrier_id == barrier.barrier_id],
                         keep=False)
        loose = [s.text for s in bundle.signals if s.barrier_id is None]
        if loose:
            self.heading(NOT_BUNDLED, 1)
            self.bullets(loose)
        self.text("Wat de uitkomsten betekenen", self.styles.h3)
        found = {s.outcome for s in bundle.signals}
        self.bullets([f"{outcome}: {meaning}" for outcome, meaning in OUTCOMES
                      if outcome in found], keep=False)

    def summary(self) -> None:
        data = self.data
        self.chapter("Samenvatting")
        actions = [a for p in data.plan for a in p.all_actions()]
        done = sum(a.status == "done" for a in actions)
        running = sum(a.status == "running" for a in actions)
        top = data.barriers[:top_count([b.rank for b in data.barriers])]
        points = [
            f"{len(data.partners)} partners, {data.signal_total} signalen"
            + (f" van {data.partner}" if data.partner else "") + ".",
            f"{len(data.barriers)} drempels" + (" die de partner herkent" if data.partner
                                               else "") + "; de eerste drie volgens "
            + ("de prioriteringsronde" if top[0].round_rank != EMPTY else "de score") + ": "
            + "; ".join(f"{b.rank}. {b.title}" for b in top) + "." if top
            else "Nog geen drempels gebundeld.",
            f"Actieplan: {len(data.plan)} pijlers, {len(actions)} acties; {done} uitgevoerd, "
            f"{running} lopend, {len(data.overdue)} over de deadline.",
        ]
        if data.measurement:
            points.append(f"Meting: {data.measurement.round_name}. Groepen met minder dan "
                          f"{data.measurement.threshold} mensen met een score van 1 tot 5 "
                          "worden niet getoond.")
        gaps = data.coverage
        if gaps.bs_without_action:
            points.append("B's zonder actie: " + ", ".join(
                ALL_BS.label(b, "nl") for b in gaps.bs_without_action) + ".")
        if gaps.barriers_without_action:
            points.append(f"{len(gaps.barriers_without_action)} prioritaire drempels hebben "
                          "nog geen actie.")
        self.bullets(points)

    def trajectory(self) -> None:
        data = self.data
        self.chapter("Het traject")
        self.heading("Fasen", 1)
        self.table(["Fase", "Stand", "Periode"], data.phases, wrap=(0,))
        self.heading("Partners", 1)
        self.table(["Partner", "Soort"], data.partners, wrap=(0,))
        self.heading("Sessies", 1)
        self.table(["Datum", "Fase", "Sessie"], [(day(d), p, t) for d, p, t in data.sessions],
                   wrap=(2,))

    def signals(self) -> None:
        from ..charts.signal_charts import partner_b_heatmap, signals_per_level

        data = self.data
        self.chapter("Signalen")
        if not data.signal_total:
            self.text("Er zijn nog geen signalen.")
            return
        self.text(f"{data.signal_total} signalen, geteld per partner en per B (de toegankelijkheid"
                  " die ze raken). Signalen zijn waarnemingen, geen personen.")
        self.figure(partner_b_heatmap(data.signal_partners, data.b_labels, data.signal_grid,
                                      "Signalen per partner en B", size=(8, 4.5)))
        self.per_b("Partner", data.b_labels, list(zip(data.signal_partners, data.signal_grid,
                                                       strict=True)))
        self.heading("Per niveau", 1)
        self.figure(signals_per_level([n for n, _c in data.levels], [c for _n, c in data.levels],
                                      "Signalen per niveau", size=(8, 3)))
        self.table(["Niveau", "Signalen"], data.levels, wrap=(0,))

    def measurement(self) -> None:
        from ..charts.measurement_charts import radar, round_comparison

        part = self.data.measurement
        self.chapter("Meting van de toegankelijkheid")
        if part is None:
            self.text("Er is nog geen meting afgesloten.")
            return
        self.text(f"Meting: {part.round_name}. Gemiddelde score van 1 (helemaal niet akkoord) "
                  f"tot 5 (helemaal akkoord) per B. “verborgen”: minder dan {part.threshold} "
                  "mensen gaven een score van 1 tot 5, of tonen zou met de totalen erbij laten "
                  f"uitrekenen wat zo’n kleine groep antwoordde. {part.hidden_note}")
        whose = self.data.partner or "De regio"
        self.figure(radar(part.b_labels, part.groups, f"{whose} per groep van bevraagden",
                          size=(7, 5)))
        self.per_b("Groep", part.b_labels, part.groups)
        self.heading("Per partner", 1)
        self.per_b("Partner", part.b_labels, part.rows)
        if part.detail:
            self.heading("Per partner en groep", 1)
            self.per_b("Partner · groep", part.b_labels, part.detail)
        if part.comparison:
            (first, last), before, after = part.comparison
            self.heading("Nulmeting en herhaalmeting", 1)
            self.figure(round_comparison(part.b_labels, before, after, (first, last),
                                         "De regio: nulmeting tegenover herhaalmeting",
                                         size=(8, 4), decimal=","))
            self.table(["B", first, last],
                       [(b, _number(x), _number(y)) for b, x, y in zip(
                           part.b_labels, before, after, strict=True)])

    def barriers(self) -> None:
        from ..charts.barrier_charts import pareto

        data = self.data
        self.chapter("Geprioriteerde drempels")
        self.text(data.round_note)
        lines = data.barriers
        if lines:
            by_score = sorted(lines, key=lambda b: b.score, reverse=True)
            scores = [b.score for b in by_score]
            shares = cumulative_shares(scores)
            shown = by_score[:PARETO_BARS]
            title = ("Drempels volgens score" if len(lines) <= PARETO_BARS else
                     f"De {PARETO_BARS} drempels met de hoogste score, van {len(lines)}")
            self.figure(pareto([b.title for b in shown], scores[:PARETO_BARS],
                               shares[:PARETO_BARS], title, size=(8, 4.5)))
        self.table(["Plaats", "Drempel", "B", "Signalen", "Herkend door", "Score",
                    "Plaats in ronde", "Waarop"],
                   [(b.rank, b.title, b.b, b.signals, b.partners, f"{b.score:g}", b.round_rank,
                     b.basis) for b in lines],
                   wrap=(1, 2, 4, 7))

    def plan(self) -> None:
        data = self.data
        self.chapter("Het actieplan")
        if not data.plan:
            self.text("Er is nog geen actieplan.")
            return
        self.heading("Overzicht per pijler en doel", 1)
        for pillar in data.plan:
            self.text(f"Pijler: {pillar.title}", self.styles.h3)
            goals = list(pillar.goals)
            for start in range(0, len(goals), OVERVIEW_COLUMNS):
                chunk = goals[start:start + OVERVIEW_COLUMNS]
                depth = max((len(g.actions) for g in chunk), default=0)
                rows = [(f"Actie {n + 1}", *(_action_title(g.actions[n])
                                             if n < len(g.actions) else "" for g in chunk))
                        for n in range(depth)]
                self.table(["Doel", *(_goal_title(g) for g in chunk)], rows,
                           wrap=tuple(range(1, len(chunk) + 1)))
        self.heading("De acties uitgewerkt", 1)
        for pillar in data.plan:
            for goal in pillar.goals:
                for action in goal.actions:
                    self.action(pillar.title, goal, action)

    def action(self, pillar: str, goal, action) -> None:
        """An action's heading, its facts (the empty ones named once, not printed as rows of
        dashes) and its three questions, kept on one page when they fit on one."""
        titles = self.data.barrier_titles
        dates = (f"{day(action.starts_on)} – {day(action.due_on)}"
                 if action.starts_on or action.due_on else "")
        validation = (f"{day(action.validated_on)}: {action.validation}".rstrip(": ")
                      if action.validated_on else action.validation)
        facts = [
            ("Pijler en doel", f"{pillar} · {_goal_title(goal)}"),
            ("Trekker", action.owner),
            ("Betrokken partners", ", ".join(action.partners)),
            ("Start en deadline", dates),
            ("Middelen", action.means),
            ("Indicator", action.indicator),
            ("Drempels", "; ".join(titles[b] for b in action.barrier_ids)),
            ("B's", ", ".join(ALL_BS.label(b, "nl") for b in action.bs)),
            ("GBO-principes", ", ".join(GBO_PRINCIPLES.label(p, "nl")
                                        for p in action.principles)),
            ("MoSCoW", MOSCOW.label(action.moscow, "nl") if action.moscow else ""),
            ("Validatie stuurgroep", validation),
            ("Stand", ACTION_STATUSES.label(action.status, "nl")),
        ]
        start = len(self.story)
        self.heading(f"Actie {action.number}: {_action_title(action)}", 2)
        self.table([], [(name, value) for name, value in facts if value], wrap=(1,))
        empty = [name for name, value in facts if not value]
        if empty:
            self.text("Nog niet ingevuld: " + ", ".join(
                [empty[0], *map(_in_sentence, empty[1:])]) + ".", self.styles.small)
        for term, points in zip(QUESTIONS, (action.concrete, action.risks, action.needs),
                                strict=True):
            self.text(term.nl, self.styles.question)
            self.bullets(points, keep=False)  # the action is kept together as a whole
        self.keep_with_heading(start)

    def follow_up(self) -> None:
        from ..charts.plan_charts import progress_per_pillar

        data = self.data
        self.chapter("Opvolging")
        if not data.plan:
            self.text("Er is nog geen actieplan om op te volgen.")
            return
        statuses = ACTION_STATUSES.ordered_keys()
        labels = [ACTION_STATUSES.label(s, "nl") for s in statuses]
        counts = [[p.counts.get(s, 0) for s in statuses] for _t, p in data.progress]
        self.figure(progress_per_pillar([t for t, _p in data.progress], labels, counts, "Acties",
                                        "Voortgang per pijler", size=(8, 3.2)))
        done = statuses.index("done")
        self.table(["Pijler", *labels, "Over de deadline"],
                   [(t, *(f"{c} ({p.done_share:.0f} %)" if n == done else c
                          for n, c in enumerate(row)), p.overdue)
                    for (t, p), row in zip(data.progress, counts, strict=True)], wrap=(0,))
        self.heading("Over de deadline", 1)
        self.table(["Actie", "Titel", "Deadline", "Stand", "Trekker"],
                   [(a.number, _action_title(a), day(a.due_on), ACTION_STATUSES.label(a.status, "nl"),
                     a.owner) for a in data.overdue], wrap=(1, 4))
        self.heading("Verloop per actie", 1)
        history = [(a.number, day(s.on), ACTION_STATUSES.label(s.status, "nl"), s.note)
                   for p in data.plan for a in p.all_actions() for s in a.history]
        self.table(["Actie", "Datum", "Stand", "Toelichting"], history,
                   wrap=(3,))
        reported = [(a.number, a.reported_back) for p in data.plan for a in p.all_actions()
                    if a.reported_back]
        self.heading("Teruggekoppeld aan de partners", 1)
        self.table(["Actie", "Wat werd teruggekoppeld"], reported, wrap=(1,))
        self.heading("Wat het plan nog niet dekt", 1)
        gaps = data.coverage
        by_id = {a.id: a for p in data.plan for a in p.all_actions()}
        self.bullets([
            *(f"Prioritaire drempel zonder actie: {data.barrier_titles.get(b, b)}"
              for b in gaps.barriers_without_action),
            *(f"B zonder actie: {ALL_BS.label(b, 'nl')}" for b in gaps.bs_without_action),
            *(f"GBO-principe zonder actie: {GBO_PRINCIPLES.label(p, 'nl')}"
              for p in gaps.principles_without_action),
            *(f"Actie {by_id[a].number} heeft geen trekker" for a in gaps.actions_without_owner),
            *(f"Actie {by_id[a].number} heeft geen deadline"
              for a in gaps.actions_without_deadline),
        ], empty="Het plan dekt alle prioritaire drempels, B's en principes.")

    def annex(self) -> None:
        threshold = self.data.measurement.threshold if self.data.measurement else 5
        self.chapter("Bijlage: werkwijze")
        for text in (
            "Signalen zijn waarnemingen van medewerkers, ervaringsdeskundigen en partners over "
            "wat mensen tegenhoudt. Ze worden nooit aan een persoon gekoppeld; vrije tekst wordt "
            "bij het invoeren nagekeken op persoonsgegevens.",
            "De meting vraagt per B hoe toegankelijk de dienstverlening is, aan medewerkers, "
            "leidinggevenden en cliënten. Scores zijn gemiddelden van 1 tot 5. Een groep met "
            f"minder dan {threshold} mensen die een score van 1 tot 5 gaven wordt niet getoond. "
            "Daarnaast worden zoveel andere cellen verborgen dat in geen enkele rij of kolom "
            "met een getoond totaal de verborgen cellen samen minder mensen tellen dan die "
            "drempel: zo is een kleine groep nooit uit de andere cijfers af te leiden.",
            "De score van een drempel is ernst × frequentie × bereik (het aantal partners dat "
            "de drempel herkent). De werkgroep legt daarnaast de volgorde vast in een "
            "prioriteringsronde: stippenstemming met een bezwaarronde, impact en inspanning, "
            "of MoSCoW. De rangorde en de motivering worden bewaard.",
            "Het actieplan volgt de vorm pijler, doel, actie; elke actie beantwoordt drie "
            "vragen: hoe het idee er concreet uitziet, hoe het kan mislukken en wat er nodig is "
            "om het te doen slagen.",
            f"Een teken dat het lettertype van dit rapport niet heeft, staat er als {EMOJI} "
            f"(voor de meeste emoji) of als {OTHER}; Arabisch en Hebreeuws staan van rechts "
            "naar links.",
        ):
            self.text(text)


def _in_sentence(name: str) -> str:
    """A field's name inside a sentence: "Trekker" → "trekker", but "B's", "MoSCoW" stay."""
    word = name.split()[0]
    return name[0].lower() + name[1:] if word[1:].isalpha() and word[1:].islower() else name


def _action_title(action) -> str:
    return _unnumbered(action.title, action.number, "actie")


def _goal_title(goal) -> str:
    return f"{goal.number}. {_unnumbered(goal.title, goal.number, 'doel')}"


def page_frame():
    """The text frame of every page: A4 with 20 mm margins, room above and below for the
    running lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame

    margin = 20 * mm
    return Frame(margin, 18 * mm, A4[0] - 2 * margin, A4[1] - 36 * mm, leftPadding=0,
                 rightPadding=0, topPadding=0, bottomPadding=0, id="body")


def running_lines(title: str, made_on: date | None):
    """What a page after the cover carries (a PageTemplate's onPage): the title above, the date
    and the page number below."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    margin = 20 * mm

    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillGray(0.35)
        canvas.drawString(margin, A4[1] - 12 * mm, printable(title[:110]))
        canvas.drawRightString(A4[0] - margin, 10 * mm, f"Pagina {doc.page}")
        canvas.drawString(margin, 10 * mm, f"Drempelmeter · {day(made_on)}")
        canvas.restoreState()

    return draw


def _build(target: Path, data: ReportData, progress: ProgressCallback) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import NextPageTemplate, PageTemplate

    register_fonts()
    total = len(STEPS)
    progress(0, total, STEPS[0])
    frame = page_frame()
    writer = _Writer(data, frame.width)
    writer.story.append(NextPageTemplate("body"))  # from the page after the cover
    writer.cover()
    for section in (writer.fates, writer.summary, writer.trajectory, writer.signals, writer.measurement,
                    writer.barriers, writer.plan, writer.follow_up, writer.annex):
        section()
    progress(1, total, STEPS[1])
    title = (f"Terugkoppeling aan {data.partner}: {data.title}" if data.partner
             else f"Regionaal rapport: {data.title}")
    entries = sum(1 for f in writer.story if getattr(f, "toc_entry", None))
    contents = Contents(entries, frame.height)
    writer.story[writer.contents_at:writer.contents_at] = contents.pages()
    document = document_with_contents(str(target), contents, pagesize=A4, title=title,
                      author=data.coach or "Drempelmeter", subject="Drempelmeter",
                      creator="Drempelmeter", lang="nl-BE",
                      pageTemplates=[PageTemplate("cover", [frame]),
                                     PageTemplate("body", [frame],
                                                  onPage=running_lines(title, data.made_on))])
    document.build(writer.story)
    progress(total, total, STEPS[2])
