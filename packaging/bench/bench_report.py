"""Write the regional PDF for the demo scaled up to 1,000 barriers and 200 actions, against a
bare baseline: reportlab writing the same tables and bullet lists in one pass, plus matplotlib
rendering the same figures to PDF on their own. Prints medians and the ratio (target <= 2x).

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

from drempelmeter.domain.plan import GoalRecord, PillarRecord, all_actions
from drempelmeter.domain.report import ReportData
from drempelmeter.services import demo, follow_up
from drempelmeter.services.report import gather
from drempelmeter.services.trajectory import open_trajectory

BARRIERS = 1_000
PILLARS, GOALS, ACTIONS = 5, 4, 10  # 200 actions
RUNS = 3
TARGET = 2.0
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


def figures(data: ReportData) -> list:  # type: ignore[type-arg]
    """The same figures the report draws, from the same data."""
    from drempelmeter.charts.barrier_charts import pareto
    from drempelmeter.charts.measurement_charts import radar
    from drempelmeter.charts.plan_charts import progress_per_pillar
    from drempelmeter.charts.signal_charts import partner_b_heatmap, signals_per_level
    from drempelmeter.domain.prioritisation import cumulative_shares

    scores = [b.score for b in data.barriers]
    return [
        partner_b_heatmap(data.signal_partners, data.b_labels, data.signal_grid, size=(8, 4.5)),
        signals_per_level([n for n, _c in data.levels], [c for _n, c in data.levels],
                          size=(8, 3)),
        radar(data.measurement.b_labels, data.measurement.groups, size=(7, 5)),
        pareto([b.title for b in data.barriers[:25]], scores[:25],
               cumulative_shares(scores)[:25], size=(8, 4.5)),
        progress_per_pillar([t for t, _p in data.progress], ["a", "b", "c", "d", "e"],
                            [[1, 2, 3, 4, 0]] * len(data.progress), "Acties", size=(8, 3.2)),
    ]


def baseline(data: ReportData, target: Path) -> None:
    """reportlab writing the same tables and bullets once, matplotlib the same figures."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Table

    from drempelmeter.exchange.questionnaire_pdf import FONT, register_fonts

    register_fonts()
    for figure in figures(data):
        figure.savefig(io.BytesIO(), format="pdf")
    style = ParagraphStyle("b", fontName=FONT, fontSize=7.5, leading=9.5)
    story: list = [Table([[b.rank, Paragraph(b.title, style), b.b, b.signals,  # type: ignore[type-arg]
                           Paragraph(b.partners, style), b.score, b.round_rank,
                           Paragraph(b.basis, style)] for b in data.barriers], repeatRows=0)]
    for action in all_actions(data.plan):
        story.append(Paragraph(action.title, style))
        story.append(Table([[Paragraph(k, style), Paragraph(v, style)] for k, v in (
            ("Trekker", action.owner), ("Partners", ", ".join(action.partners)),
            ("Middelen", action.means), ("Indicator", action.indicator))]))
        for points in (action.concrete, action.risks, action.needs):
            story.append(ListFlowable([Paragraph(p, style) for p in points]))
    SimpleDocTemplate(str(target), pagesize=A4).build(story)


def main() -> int:
    from drempelmeter.exchange.report_pdf import write_report_pdf

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
        pages = len(__import__("pypdf").PdfReader(Path(folder) / "report1.pdf").pages)
    b, o = statistics.median(base), statistics.median(mine)
    print(f"regional PDF, {BARRIERS:,} barriers and {len(all_actions(data.plan))} actions "
          f"({pages} pages), median of {RUNS} runs; gathering the data took {gathered:.2f} s")
    print(f"  baseline (reportlab tables once + matplotlib figures): {b:6.2f} s")
    print(f"  drempelmeter (whole report, one layout pass):        {o:6.2f} s")
    print(f"  ratio: {o / b:.2f}x (target <= {TARGET}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
