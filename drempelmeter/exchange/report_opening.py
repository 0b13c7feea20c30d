"""The report's opening chapters: the cover, (in a partner's report) what became of its own
signals, the summary and the trajectory."""

from __future__ import annotations

from collections import Counter

from ..domain.plan import ACTION_STATUSES
from ..domain.prioritisation import top_count
from ..domain.report import EMPTY, NOT_BUNDLED, OUTCOMES, BarrierLine
from ..domain.taxonomy import ALL_BS
from .pdf_story import day
from .report_policy import in_summary
from .report_writer import ReportWriter
from .signal_fates import barrier_facts


def cover(w: ReportWriter) -> None:
    from reportlab.platypus import PageBreak, Spacer

    data = w.data
    w.story.append(Spacer(1, 120))
    title = (f"Terugkoppeling aan {data.partner}" if data.partner
             else "Drempelmeter: regionaal rapport")
    w.text(title, w.styles.cover)
    w.text(data.title, w.styles.h2)
    for line in (f"Regio: {data.region}" if data.region else "",
                 f"Procescoach: {data.coach}" if data.coach else "",
                 f"Gemaakt op {day(data.made_on)}"):
        if line:
            w.text(line)
    if data.partner:
        w.text("Dit rapport begint met wat er met elk signaal van deze partner gebeurde, "
               "en toont dan de eigen signalen en meting van de partner naast de "
               "cijfers van de hele regio, en de drempels die de partner herkent.")
    w.story.append(PageBreak())
    w.contents_at = len(w.story)  # the contents pages go here, once counted


def fates(w: ReportWriter) -> None:
    """A partner's report leads with what became of each of its own signals."""
    bundle = w.data.fates
    if bundle is None:
        return
    w.chapter("Wat gebeurde met uw signalen")
    count = len(bundle.signals)
    w.text(f"{count} {'signaal' if count == 1 else 'signalen'} van {bundle.partner}, "
           "elk met de drempel waarin het gebundeld werd, de plaats van die drempel, "
           "de actie die hem aanpakt, of waarom hij (nog) niet werd opgenomen. "
           + bundle.round_note)
    for barrier in bundle.barriers:
        start = len(w.story)
        w.heading(f"Drempel: {barrier.title}", 1)
        w.table([], barrier_facts(barrier), wrap=(1,))
        w.keep_with_heading(start)
        w.bullets([s.text for s in bundle.signals if s.barrier_id == barrier.barrier_id],
                  keep=False)
    loose = [s.text for s in bundle.signals if s.barrier_id is None]
    if loose:
        w.heading(NOT_BUNDLED, 1)
        w.bullets(loose)
    w.text("Wat de uitkomsten betekenen", w.styles.h3)
    found = {s.outcome for s in bundle.signals}
    w.bullets([f"{outcome}: {meaning}" for outcome, meaning in OUTCOMES
               if outcome in found], keep=False)


def summary(w: ReportWriter) -> None:
    data = w.data
    w.chapter("Samenvatting")
    actions = [a for p in data.plan for a in p.all_actions()]
    states = Counter(a.status for a in actions)  # every status, so the counts add up
    by_state = ", ".join(f"{states[t.key]} {t.label('nl').lower()}" for t in ACTION_STATUSES
                         if states[t.key])
    top = data.barriers[:top_count([b.rank for b in data.barriers])]
    points = [
        f"{len(data.partners)} partners, {data.signal_total} signalen"
        + (f" van {data.partner}" if data.partner else "") + ".",
        f"{len(data.barriers)} drempels" + (" die de partner herkent" if data.partner
                                           else "") + "; de eerste drie volgens "
        + ("de prioriteringsronde" if top[0].round_rank != EMPTY else "de score") + ": "
        + _first_places(top) + "." if top
        else "Nog geen drempels gebundeld.",
        f"Actieplan: {len(data.plan)} pijlers, {len(actions)} acties"
        + (f" ({by_state})" if by_state else "") + f"; {len(data.overdue)} te laat.",
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
    if data.policy:
        points.append(in_summary(data.policy))
    w.bullets(points)


#: The most barriers the summary names when the third place is shared; past it, those sharing
#: that place are counted (a province's score ties a hundred barriers at once).
NAMED_AT_MOST = 6


def _first_places(top: list[BarrierLine]) -> str:
    """"1. title; 2. title; …" of the first places, every barrier sharing the last of them
    named, or counted when they would be more than NAMED_AT_MOST."""
    if len(top) <= NAMED_AT_MOST:
        return "; ".join(f"{b.rank}. {b.title}" for b in top)
    shared = top[-1].rank
    named = [f"{b.rank}. {b.title}" for b in top if b.rank != shared]
    tied = len(top) - len(named)
    return "; ".join([*named, f"{tied} drempels delen plaats {shared} (zie Geprioriteerde "
                      "drempels)"])


def trajectory(w: ReportWriter) -> None:
    data = w.data
    w.chapter("Het traject")
    w.heading("Fasen", 1)
    w.table(["Fase", "Stand", "Periode"], data.phases, wrap=(0,))
    w.heading("Partners", 1)
    w.table(["Partner", "Soort"], data.partners, wrap=(0,))
    w.heading("Sessies", 1)
    w.table(["Datum", "Fase", "Sessie"], [(day(d), p, t) for d, p, t in data.sessions],
            wrap=(2,))

