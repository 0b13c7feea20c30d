"""Write the regional PDF for the demo scaled up to 1,000 barriers and 200 actions, against a
fair baseline: reportlab and matplotlib alone laying out the same document (the same chapters,
from the key findings and the proposals to the indicators, the decisions and the sessions'
summaries; the same paragraphs and tables with the same rows and column widths; the same twelve
figures from the same numbers), without our services, personal-data screening, text preparation
and contents. Prints medians of interleaved runs (wall and processor time, each after a garbage
collection), the load average and the ratio (target <= 1.5x).

The baseline embeds its figures the fastest plain way these two libraries offer that still
prints the whole figure: `savefig` to a PNG in memory at 150 dpi (about 180 dpi on paper) with a
tight box, zlib level 1, read by reportlab's `Image` without a transparency mask. Measured on
five of the figures (signals per partner and per level, the radar, the Pareto, progress per
pillar), embedded and written (processor seconds, medians of five, one process): that route
1.00; the same at 200 dpi 1.20; savefig's default PNG 1.12; matplotlib's SVG read back by
svglib 1.16; a JPEG at 200 dpi (which reportlab embeds as it is) 1.08, blurring lines and
letters; Agg drawn once and its pixels handed to reportlab, cropped to the tight box, 0.73, but
it cuts off what reaches past the figure's edge (the Pareto's slanted labels), so it is not the
same figure; the report's own route, drawing into reportlab shapes, 0.49. matplotlib's PDF
backend is left out: reportlab cannot embed a PDF page without another library.

    python3 packaging/dev.py bench report
"""

from __future__ import annotations

import gc
import io
import itertools
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from results import result

from drempelmeter.domain.plan import GoalRecord, PillarRecord, all_actions
from drempelmeter.domain.report import ReportData
from drempelmeter.services import demo, follow_up
from drempelmeter.services.report import gather
from drempelmeter.services.trajectory import open_trajectory

BARRIERS = 1_000
PILLARS, GOALS, ACTIONS = 5, 4, 10  # 200 actions
RUNS = 3
TARGET = 1.5
TODAY = date(2027, 7, 1)
DPI = 150  # the figures are 7 to 8 inches wide, printed 6.7: about 180 dpi on paper


def scaled(data: ReportData) -> ReportData:
    """The demo's report data with 1,000 barriers and a plan of 200 actions."""
    lines = [replace(line, rank=n + 1, title=f"{line.title} ({n + 1})", score=1000.0 - n)
             for n, line in zip(range(BARRIERS), _cycle(data.barriers), strict=False)]
    actions = all_actions(data.plan)
    pillars, number = [], 0
    for p in range(PILLARS):
        goals = []
        for g in range(GOALS):
            number += 1
            goals.append(GoalRecord(f"g{number}", f"Doel {number}: {data.plan[g % 3].title}",
                                    number, tuple(
                replace(actions[(number + a) % len(actions)], id=f"a{number}.{a + 1}",
                        number=f"{number}.{a + 1}") for a in range(ACTIONS))))
        pillars.append(PillarRecord(f"p{p}", f"Pijler {p + 1}", tuple(goals)))
    progress = follow_up.progress(pillars, TODAY)
    return replace(data, barriers=lines, plan=pillars,
                   progress=[(p.title, progress[p.id]) for p in pillars],
                   overdue=follow_up.overdue(pillars, TODAY))


def _cycle(items):  # type: ignore[no-untyped-def]
    while True:
        yield from items


def figure(chart, width: float):  # type: ignore[no-untyped-def]
    """A chart embedded the fastest plain way reportlab and matplotlib offer that still prints
    the whole figure: Agg's PNG at `DPI`, cropped to what is drawn (a tight box), in memory,
    read by reportlab's Image and scaled to the frame's width."""
    from PIL import Image as Picture
    from reportlab.platypus import Image

    buffer = io.BytesIO()
    chart.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight", pad_inches=0.05,
                  pil_kwargs={"compress_level": 1})
    buffer.seek(0)
    pixels_wide, pixels_high = Picture.open(buffer).size
    buffer.seek(0)
    return Image(buffer, width, width * pixels_high / pixels_wide, mask=None)


def baseline(data: ReportData, target: Path) -> None:
    """The same document written with reportlab and matplotlib alone: the same chapters,
    paragraphs, tables (same rows, same column widths, a paragraph in every cell of text),
    bullets and kept-together actions and indicators, the same figures from the same numbers (as
    PNG pictures, see `figure`); without our services, personal-data screening, text preparation
    (printable, markup) or contents (no contents pages, no bookmarks)."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        KeepTogether,
        ListFlowable,
        ListItem,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from drempelmeter.charts import PARETO_BARS
    from drempelmeter.charts.barrier_charts import pareto
    from drempelmeter.charts.indicator_charts import indicator_over_time
    from drempelmeter.charts.measurement_charts import mean_heatmap, radar, round_comparison
    from drempelmeter.charts.plan_charts import progress_per_pillar
    from drempelmeter.charts.signal_charts import partner_b_heatmap, signals_per_level
    from drempelmeter.domain.indicators import DIRECTIONS, VERDICTS, chart_rows, percent
    from drempelmeter.domain.plan import ACTION_STATUSES, QUESTIONS
    from drempelmeter.domain.prioritisation import MOSCOW, cumulative_shares
    from drempelmeter.domain.steering import CHAPTERS as STEERING_CHAPTERS
    from drempelmeter.domain.taxonomy import ALL_BS, GBO_PRINCIPLES
    from drempelmeter.exchange.pdf_story import day
    from drempelmeter.exchange.pdf_story import number as _number
    from drempelmeter.exchange.pdf_tables import TABLE_LAYOUTS, column_widths, text_width
    from drempelmeter.exchange.questionnaire_pdf import BOLD, FONT
    from drempelmeter.exchange.report_indicators import (
        CHART_LABELS,
        chart_table,
        how,
        indicator_name,
        overview_rows,
    )
    from drempelmeter.exchange.report_steering import decision_rows
    from drempelmeter.exchange.report_writer import action_title as _action_title
    from drempelmeter.exchange.report_writer import goal_title as _goal_title

    margin = 20 * mm
    width = A4[0] - 2 * margin
    blue = colors.HexColor("#1F3864")
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=4)
    small = ParagraphStyle("small", body, fontSize=8, leading=10, spaceAfter=0)
    cell = ParagraphStyle("cell", body, fontSize=7.5, leading=9.5, spaceAfter=0)
    h = [ParagraphStyle("h1", body, fontName=BOLD, fontSize=16, leading=20, spaceBefore=6,
                        spaceAfter=10, keepWithNext=1, textColor=blue),
         ParagraphStyle("h2", body, fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=10,
                        spaceAfter=6, keepWithNext=1, textColor=blue),
         ParagraphStyle("h3", body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8,
                        spaceAfter=4, keepWithNext=1)]
    question = ParagraphStyle("question", body, fontName=BOLD, spaceBefore=4, spaceAfter=2,
                              keepWithNext=1)
    story: list = [NextPageTemplate("body"), Spacer(1, 120),  # type: ignore[type-arg]
                   Paragraph("Drempelmeter: regionaal rapport", ParagraphStyle(
                       "cover", body, fontName=BOLD, fontSize=26, leading=32, spaceAfter=18,
                       textColor=blue)),
                   Paragraph(escape(data.title), h[1]), PageBreak()]

    def text(value: str, style=body) -> None:  # type: ignore[no-untyped-def]
        story.append(Paragraph(escape(value), style))

    def bullets(points) -> None:  # type: ignore[no-untyped-def]
        story.append(ListFlowable([ListItem(Paragraph(escape(p), body), leftIndent=14)
                                   for p in points], bulletType="bullet", start="•",
                                  bulletFontName=FONT, leftIndent=14))

    def table(columns, rows, wrap=()) -> None:  # type: ignore[no-untyped-def]
        texts = [[str(v) for v in row] for row in rows]
        if not texts:
            return text("Geen gegevens.", small)
        for padding, size in TABLE_LAYOUTS:
            widths, _upright, fits = column_widths(columns, texts, wrap, width, size, padding,
                                                   text_width(size))
            if fits:
                break
        style = ParagraphStyle("c", cell, fontSize=size, leading=size + 2)
        head = [[Paragraph(escape(c), style) for c in columns]] if columns else []
        grid = Table([*head, *([Paragraph(escape(t), style) if n in wrap else t
                                for n, t in enumerate(row)] for row in texts)],
                     colWidths=widths, repeatRows=len(head))
        grid.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, size, size + 2),
            *([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1"))] if head else []),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9BB1CC")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F5F7FA")])]))
        story.append(grid)

    def numbered(points) -> None:  # type: ignore[no-untyped-def]
        story.append(ListFlowable([ListItem(Paragraph(escape(p), body), leftIndent=14)
                                   for p in points], bulletType="1", bulletFontName=FONT,
                                  leftIndent=14))

    chapters = itertools.count(1)

    def chapter(title: str) -> None:
        story.extend([PageBreak(), Paragraph(escape(f"{next(chapters)}. {title}"), h[0])])
        term = STEERING_CHAPTERS.find(title)
        note = data.steering.texts.notes.get(term.key, "") if term else ""
        if note:
            story.append(Paragraph("<b>Duiding</b><br/>" + "<br/>".join(
                escape(line) for line in note.splitlines()), body))

    def per_b(first, rows, labels=data.b_labels) -> None:  # type: ignore[no-untyped-def]
        table([first, *labels], [(n, *(_number(v) if isinstance(v, float | str) else v
                                       for v in values)) for n, values in rows], (0,))

    actions = all_actions(data.plan)
    if data.steering.texts.findings:
        chapter("Kernbevindingen")
        numbered(data.steering.texts.findings)
    chapter("Samenvatting")
    bullets([f"{len(data.partners)} partners, {data.signal_total} signalen.",
             f"{len(data.barriers)} drempels: " + "; ".join(
                 f"{b.rank}. {b.title}" for b in data.barriers[:3]) + ".",
             f"Actieplan: {len(data.plan)} pijlers, {len(actions)} acties."])
    chapter("Ter beslissing")
    proposals = data.steering.proposals
    text(f"{len(proposals)} voorstellen wachten op een beslissing. Na de beslissing komt elk "
         "voorstel in de besluitenlijst, met de datum en wie besliste.")
    table(["Nr.", "Voorstel", "Te beslissen door", "Voorgesteld op", "Fase"],
          [(n, p.text, p.by, day(p.proposed_on), p.phase) for n, p in enumerate(proposals, 1)],
          (1, 2, 4))
    chapter("Het traject")
    for heading, columns, rows, wrap in (
            ("Fasen", ["Fase", "Stand", "Periode"], data.phases, (0,)),
            ("Partners", ["Partner", "Soort"], data.partners, (0,)),
            ("Sessies", ["Datum", "Fase", "Sessie"],
             [(day(d), p, t) for d, p, t in data.sessions], (2,))):
        story.append(Paragraph(heading, h[1]))
        table(columns, rows, wrap)
    chapter("Signalen")
    story.append(figure(partner_b_heatmap(data.signal_partners, data.b_labels, data.signal_grid,
                                          "Signalen per partner en B", size=(8, 4.5)), width))
    per_b("Partner", list(zip(data.signal_partners, data.signal_grid, strict=True)))
    story.append(Paragraph("Per niveau", h[1]))
    story.append(figure(signals_per_level([n for n, _c in data.levels],
                                          [c for _n, c in data.levels], "Signalen per niveau",
                                          size=(8, 3)), width))
    table(["Niveau", "Signalen"], data.levels, (0,))
    chapter("Meting van de toegankelijkheid")
    part = data.measurement
    if part is not None:
        text(f"Meting: {part.round_name}. {part.hidden_note}")
        story.append(figure(radar(part.b_labels, part.groups, "De regio per groep van "
                                  "bevraagden", size=(7, 5)), width))
        per_b("Groep", part.groups)
        story.append(Paragraph("Per partner", h[1]))
        per_b("Partner", part.rows)
        story.append(Paragraph("Per partner en groep", h[1]))
        per_b("Partner · groep", part.detail)
        if part.themes:
            story.append(Paragraph("Thema’s naast de B’s", h[1]))
            text("Wat de vragenlijst naast de B’s bevroeg, per groep van bevraagden en per "
                 "partner, gescoord en verborgen zoals de B’s.")
            for name, explanation in part.own_themes:
                text(f"Eigen thema van de regio: “{name}”: {explanation}")
            story.append(figure(mean_heatmap(
                [name for name, _v in part.themes], part.theme_labels,
                [values for _name, values in part.themes], "De regio: score per thema",
                size=(8, 0.35 * len(part.themes) + 2), decimal=","), width))
            per_b("Groep of partner", part.themes, part.theme_labels)
        if part.comparison:
            (before_name, after_name), before, after = part.comparison
            story.append(Paragraph("Nulmeting en herhaalmeting", h[1]))
            story.append(figure(round_comparison(
                part.b_labels, before, after, (before_name, after_name),
                "De regio: nulmeting tegenover herhaalmeting", size=(8, 4), decimal=","), width))
            table(["B", before_name, after_name], [(b, _number(x), _number(y)) for b, x, y in zip(
                part.b_labels, before, after, strict=True)])
    chapter("Geprioriteerde drempels")
    text(data.round_note)
    by_score = sorted(data.barriers, key=lambda b: b.score, reverse=True)
    scores = [b.score for b in by_score]
    story.append(figure(pareto([b.title for b in by_score[:PARETO_BARS]], scores[:PARETO_BARS],
                               cumulative_shares(scores)[:PARETO_BARS],
                               f"De {PARETO_BARS} drempels met de hoogste score, van "
                               f"{len(scores)}", size=(8, 4.5)), width))
    table(["Plaats", "Drempel", "B", "Signalen", "Herkend door", "Score", "Plaats in ronde",
           "Waarop"], [(b.rank, b.title, b.b, b.signals, b.partners, f"{b.score:g}",
                        b.round_rank, b.basis) for b in data.barriers], (1, 2, 4, 7))
    if data.policy:
        chapter("Beleidssignalen")
        text("Drempels die de regio zelf niet kan wegnemen, legt ze met een beleidssignaal "
             "voor aan het niveau dat erover beslist.")
        table(["Nr.", "Onderwerp", "Niveau", "Aan", "Stand", "Verstuurd", "Beantwoord"],
              [(p.number, p.subject, p.level, p.addressee, p.status, day(p.sent_on),
                day(p.answered_on)) for p in data.policy], (1, 2, 3))
        for line in data.policy:
            if line.answer or line.follow_up:
                story.append(Paragraph(escape(f"Beleidssignaal {line.number}: {line.subject}"),
                                       h[1]))
                if line.answer:
                    text(f"Antwoord ({day(line.answered_on)}): {line.answer}")
                if line.follow_up:
                    text(f"Opvolging: {line.follow_up}")
    chapter("Het actieplan")
    story.append(Paragraph("Overzicht per pijler en doel", h[1]))
    for pillar in data.plan:
        story.append(Paragraph(escape(f"Pijler: {pillar.title}"), h[2]))
        goals = list(pillar.goals)
        for start in range(0, len(goals), 4):
            chunk = goals[start:start + 4]
            table(["Doel", *(_goal_title(g) for g in chunk)],
                  [(f"Actie {n + 1}", *(_action_title(g.actions[n]) if n < len(g.actions)
                                        else "" for g in chunk))
                   for n in range(max(len(g.actions) for g in chunk))],
                  tuple(range(1, len(chunk) + 1)))
    story.append(Paragraph("De acties uitgewerkt", h[1]))
    for pillar in data.plan:
        for goal in pillar.goals:
            for action in goal.actions:
                first = len(story) - 1  # the heading "De acties uitgewerkt" goes with the first
                story.append(Paragraph(escape(f"Actie {action.number}: "
                                              f"{_action_title(action)}"), h[2]))
                facts = [("Pijler en doel", f"{pillar.title} · {_goal_title(goal)}"),
                         ("Trekker", action.owner),
                         ("Betrokken partners", ", ".join(action.partners)),
                         ("Start en deadline", f"{day(action.starts_on)} – "
                                               f"{day(action.due_on)}"),
                         ("Middelen", action.means), ("Indicator", action.indicator),
                         ("Drempels", "; ".join(data.barrier_titles[b]
                                                for b in action.barrier_ids)),
                         ("B's", ", ".join(ALL_BS.label(b, "nl") for b in action.bs)),
                         ("GBO-principes", ", ".join(GBO_PRINCIPLES.label(p, "nl")
                                                     for p in action.principles)),
                         ("MoSCoW", MOSCOW.label(action.moscow, "nl") if action.moscow else ""),
                         ("Validatie stuurgroep", action.validation),
                         ("Stand", ACTION_STATUSES.label(action.status, "nl"))]
                table([], [(k, v) for k, v in facts if v], (1,))
                for term, points in zip(QUESTIONS, (action.concrete, action.risks,
                                                    action.needs), strict=True):
                    story.append(Paragraph(escape(term.nl), question))
                    bullets(points) if points else text("Nog niet ingevuld.", small)
                if not story[first].getKeepWithNext():
                    first += 1
                story[first:] = [KeepTogether(story[first:])]
    chapter("Opvolging")
    statuses = ACTION_STATUSES.ordered_keys()
    labels = [ACTION_STATUSES.label(s, "nl") for s in statuses]
    counts = [[p.counts.get(s, 0) for s in statuses] for _t, p in data.progress]
    story.append(figure(progress_per_pillar([t for t, _p in data.progress], labels, counts,
                                            "Acties", "Voortgang per pijler", size=(8, 3.2)),
                        width))
    table(["Pijler", *labels, "Over de deadline"],
          [(t, *row, p.overdue) for (t, p), row in zip(data.progress, counts, strict=True)],
          (0,))
    story.append(Paragraph("Over de deadline", h[1]))
    table(["Actie", "Titel", "Deadline", "Stand", "Trekker"],
          [(a.number, _action_title(a), day(a.due_on), ACTION_STATUSES.label(a.status, "nl"),
            a.owner) for a in data.overdue], (1, 4))
    story.append(Paragraph("Verloop per actie", h[1]))
    table(["Actie", "Datum", "Stand", "Toelichting"],
          [(a.number, day(s.on), ACTION_STATUSES.label(s.status, "nl"), s.note)
           for a in actions for s in a.history], (3,))
    story.append(Paragraph("Teruggekoppeld aan de partners", h[1]))
    table(["Actie", "Wat werd teruggekoppeld"],
          [(a.number, a.reported_back) for a in actions if a.reported_back], (1,))
    story.append(Paragraph("Wat het plan nog niet dekt", h[1]))
    bullets([f"Prioritaire drempel zonder actie: {data.barrier_titles.get(b, b)}"
             for b in data.coverage.barriers_without_action] or ["Het plan dekt alles."])
    numbers = data.indicators
    if numbers is not None and numbers.actions:
        chapter("Voortgang in cijfers")
        text(how())
        story.append(Paragraph("Voortgang per pijler", h[1]))
        table(["Pijler", "Voortgang"], [(t, percent(share) or "—") for t, share in
                                        numbers.pillars], (0,))
        story.append(Paragraph("Voortgang per actie", h[1]))
        table(["Actie", "Titel", "Voortgang", "Op basis van", "Klankgroep"],
              overview_rows(numbers), (1, 4))
        for measured in numbers.measured:
            first = len(story)
            story.append(Paragraph(escape(f"Indicatoren van actie {measured.number}: "
                                          f"{_action_title(measured)}"), h[1]))
            for indicator, share in zip(measured.indicators, measured.shares, strict=True):
                story.append(Paragraph(escape(indicator_name(indicator)), h[2]))
                table([], [("Richting", DIRECTIONS.label(indicator.direction, "nl")),
                           ("Voortgang", percent(share) or "nog niet te berekenen"),
                           *([("Uit de meting", f"score van de regio voor "
                               f"{ALL_BS.label(indicator.b, 'nl')} (1 tot 5)")]
                             if indicator.b else [])], (1,))
                values = [r for r in chart_rows(indicator) if r.kind == "value"]
                if values or indicator.baseline_value is not None:
                    story.append(figure(indicator_over_time(
                        [r.on for r in values if r.on], [r.value for r in values if r.on],
                        (indicator.baseline_on, indicator.baseline_value)
                        if indicator.baseline_value is not None else None,
                        (indicator.target_on, indicator.target_value)
                        if indicator.target_value is not None else None,
                        CHART_LABELS, decimal=",", size=(8, 3)), width))
                table(["", "Datum", "Waarde", "Bron", "Gemeld door"], chart_table(indicator),
                      (4,))
                story[first:] = [KeepTogether(story[first:])]
                first = len(story)
        story.append(Paragraph("Evaluatie door de klankgroep", h[1]))
        table(["Actie", "Datum", "Oordeel", "Waarom"],
              [(a.number, day(e.on), VERDICTS.label(e.verdict, "nl"), e.reason)
               for a in numbers.actions for e in a.evaluations], (3,))
    chapter("Besluiten")
    story.append(Paragraph("Besluitenlijst", h[1]))
    table(*decision_rows(data.steering.decisions), (1, 2))
    story.append(Paragraph("Verslagen van de sessies", h[1]))
    for session in data.steering.sessions:
        story.append(KeepTogether([
            Paragraph(escape(f"{day(session.held_on)} · {session.title}"), h[2]),
            Paragraph(escape(" · ".join(p for p in (session.phase, session.group) if p)),
                      small)]))
        story.append(Paragraph("<br/>".join(escape(line) for line in
                                            session.summary.splitlines()), small))
    chapter("Bijlage: werkwijze")
    for _n in range(5):
        text("Signalen zijn waarnemingen van medewerkers, ervaringsdeskundigen en partners over "
             "wat mensen tegenhoudt; de meting, de score en het actieplan worden uitgelegd.")

    def running_header(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawString(margin, A4[1] - 12 * mm, f"Regionaal rapport: {data.title}")
        canvas.drawRightString(A4[0] - margin, 10 * mm, f"Pagina {doc.page}")
        canvas.restoreState()

    frame = Frame(margin, 18 * mm, width, A4[1] - 36 * mm, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    BaseDocTemplate(str(target), pagesize=A4, pageTemplates=[
        PageTemplate("cover", [frame]),
        PageTemplate("body", [frame], onPage=running_header)]).build(story)


def timed(work) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """The wall and processor seconds `work` takes, after a collection of what went before."""
    gc.collect()
    wall, processor = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - processor


def main() -> int:
    from drempelmeter.exchange.questionnaire_pdf import register_fonts
    from drempelmeter.exchange.report_pdf import write_report_pdf

    register_fonts()  # once per process, for both
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.drempel"
        demo.build_demo(path)
        db = open_trajectory(path, read_only=True)
        try:
            start = time.perf_counter()
            data = scaled(gather(db, TODAY))
            gathered = time.perf_counter() - start
        finally:
            db.close()
        base, mine = [], []
        for n in range(RUNS + 1):  # the first run of each warms imports and font caches up
            b = timed(lambda n=n: baseline(data, Path(folder) / f"bare{n}.pdf"))
            m = timed(lambda n=n: write_report_pdf(Path(folder) / f"report{n}.pdf", data))
            if n:
                base.append(b)
                mine.append(m)
        pages, bare = (len(__import__("pypdf").PdfReader(Path(folder) / name).pages)
                       for name in ("report1.pdf", "bare1.pdf"))
    (b, b_cpu), (o, o_cpu) = ((statistics.median(w for w, _c in runs),
                               statistics.median(c for _w, c in runs)) for runs in (base, mine))
    print(f"regional PDF, {BARRIERS:,} barriers and {len(all_actions(data.plan))} actions "
          f"({pages} pages; the baseline's {bare}), median of {RUNS} runs, interleaved "
          f"(load average {os.getloadavg()[0]:.1f}); gathering the data took {gathered:.2f} s")
    print(f"  baseline (reportlab + matplotlib, the same document): {b:6.2f} s "
          f"(processor {b_cpu:.2f} s)")
    print(f"  drempelmeter (write_report_pdf):                      {o:6.2f} s "
          f"(processor {o_cpu:.2f} s)")
    print(f"  ratio: {o / b:.2f}x (target <= {TARGET}x); in processor time {o_cpu / b_cpu:.2f}x")
    result(f"regional PDF, {BARRIERS:,} barriers and {len(all_actions(data.plan))} actions",
           f"{o:.2f} s", baseline=f"{b:.2f} s", ratio=f"{o / b:.2f}x",
           target=f"<= {TARGET}x", met=o / b <= TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
