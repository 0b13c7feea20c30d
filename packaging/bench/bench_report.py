"""Write the regional PDF for the demo scaled up to 1,000 barriers and 200 actions, against a
fair baseline: reportlab and matplotlib alone laying out the same document (the same sections,
paragraphs and tables with the same rows and column widths, the same figures from the same
numbers, embedded the same way as SVG read by svglib), without our services, personal-data
screening, text preparation and contents. Prints medians of interleaved runs and the ratio
(target <= 1.5x).

    python3 packaging/dev.py bench report
"""

from __future__ import annotations

import io
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
    """A chart embedded as the report embeds it: matplotlib's SVG read by svglib into a
    reportlab Drawing, scaled to the frame's width."""
    import matplotlib
    from svglib.svglib import svg2rlg

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans"}):
        chart.savefig(buffer, format="svg", bbox_inches="tight", pad_inches=0.05)
    buffer.seek(0)
    drawing = svg2rlg(buffer)
    scale = width / drawing.width
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    drawing.scale(scale, scale)
    return drawing


def register_svg_fonts() -> None:
    """Tell svglib that the figures' "DejaVu Sans" is the reports' embedded font (the report
    itself draws its figures without svglib)."""
    from svglib.fonts import get_global_font_map

    from drempelmeter.exchange.questionnaire_pdf import BOLD, FONT, register_fonts
    from drempelmeter.paths import resource

    register_fonts()
    fonts = get_global_font_map()
    fonts.register_font("DejaVu Sans", str(resource("fonts", "DejaVuSans.ttf")), rlgFontName=FONT)
    fonts.register_font("DejaVu Sans", str(resource("fonts", "DejaVuSans-Bold.ttf")),
                        weight="bold", rlgFontName=BOLD)


def baseline(data: ReportData, target: Path) -> None:
    """The same document written with reportlab and matplotlib alone: the same sections,
    paragraphs, tables (same rows, same column widths, a paragraph in every cell of text),
    bullets and kept-together actions, the same figures from the same numbers embedded the same
    way; without our services, personal-data screening, text preparation (printable) or
    contents (no contents pages, no bookmarks)."""
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
    from drempelmeter.charts.measurement_charts import radar, round_comparison
    from drempelmeter.charts.plan_charts import progress_per_pillar
    from drempelmeter.charts.signal_charts import partner_b_heatmap, signals_per_level
    from drempelmeter.domain.plan import ACTION_STATUSES, QUESTIONS
    from drempelmeter.domain.prioritisation import MOSCOW, cumulative_shares
    from drempelmeter.domain.taxonomy import ALL_BS, GBO_PRINCIPLES
    from drempelmeter.exchange.pdf_story import day
    from drempelmeter.exchange.pdf_story import number as _number
    from drempelmeter.exchange.pdf_tables import TABLE_LAYOUTS, column_widths, text_width
    from drempelmeter.exchange.questionnaire_pdf import BOLD, FONT
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

    def chapter(title: str) -> None:
        story.extend([PageBreak(), Paragraph(escape(title), h[0])])

    def per_b(first, rows) -> None:  # type: ignore[no-untyped-def]
        table([first, *data.b_labels], [(n, *(_number(v) if isinstance(v, float | str) else v
                                              for v in values)) for n, values in rows], (0,))

    actions = all_actions(data.plan)
    chapter("1. Samenvatting")
    bullets([f"{len(data.partners)} partners, {data.signal_total} signalen.",
             f"{len(data.barriers)} drempels: " + "; ".join(
                 f"{b.rank}. {b.title}" for b in data.barriers[:3]) + ".",
             f"Actieplan: {len(data.plan)} pijlers, {len(actions)} acties."])
    chapter("2. Het traject")
    for heading, columns, rows, wrap in (
            ("Fasen", ["Fase", "Stand", "Periode"], data.phases, (0,)),
            ("Partners", ["Partner", "Soort"], data.partners, (0,)),
            ("Sessies", ["Datum", "Fase", "Sessie"],
             [(day(d), p, t) for d, p, t in data.sessions], (2,))):
        story.append(Paragraph(heading, h[1]))
        table(columns, rows, wrap)
    chapter("3. Signalen")
    story.append(figure(partner_b_heatmap(data.signal_partners, data.b_labels, data.signal_grid,
                                          "Signalen per partner en B", size=(8, 4.5)), width))
    per_b("Partner", list(zip(data.signal_partners, data.signal_grid, strict=True)))
    story.append(Paragraph("Per niveau", h[1]))
    story.append(figure(signals_per_level([n for n, _c in data.levels],
                                          [c for _n, c in data.levels], "Signalen per niveau",
                                          size=(8, 3)), width))
    table(["Niveau", "Signalen"], data.levels, (0,))
    chapter("4. Meting van de toegankelijkheid")
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
        if part.comparison:
            (before_name, after_name), before, after = part.comparison
            story.append(Paragraph("Nulmeting en herhaalmeting", h[1]))
            story.append(figure(round_comparison(
                part.b_labels, before, after, (before_name, after_name),
                "De regio: nulmeting tegenover herhaalmeting", size=(8, 4), decimal=","), width))
            table(["B", before_name, after_name], [(b, _number(x), _number(y)) for b, x, y in zip(
                part.b_labels, before, after, strict=True)])
    chapter("5. Geprioriteerde drempels")
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
    chapter("6. Het actieplan")
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
    chapter("7. Opvolging")
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
    chapter("8. Bijlage: werkwijze")
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


def main() -> int:
    from drempelmeter.exchange.report_pdf import write_report_pdf

    register_svg_fonts()  # once per process, for both: reportlab's and svglib's DejaVu Sans
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
            start = time.perf_counter()
            baseline(data, Path(folder) / f"bare{n}.pdf")
            b = time.perf_counter() - start
            start = time.perf_counter()
            write_report_pdf(Path(folder) / f"report{n}.pdf", data)
            m = time.perf_counter() - start
            if n:
                base.append(b)
                mine.append(m)
        pages, bare = (len(__import__("pypdf").PdfReader(Path(folder) / name).pages)
                       for name in ("report1.pdf", "bare1.pdf"))
    b, o = statistics.median(base), statistics.median(mine)
    print(f"regional PDF, {BARRIERS:,} barriers and {len(all_actions(data.plan))} actions "
          f"({pages} pages; the baseline's {bare}), median of {RUNS} runs, interleaved; "
          f"gathering the data took {gathered:.2f} s")
    print(f"  baseline (reportlab + matplotlib, the same document): {b:6.2f} s")
    print(f"  drempelmeter (write_report_pdf):                      {o:6.2f} s")
    print(f"  ratio: {o / b:.2f}x (target <= {TARGET}x)")
    result(f"regional PDF, {BARRIERS:,} barriers and {len(all_actions(data.plan))} actions",
           f"{o:.2f} s", baseline=f"{b:.2f} s", ratio=f"{o / b:.2f}x",
           target=f"<= {TARGET}x", met=o / b <= TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
