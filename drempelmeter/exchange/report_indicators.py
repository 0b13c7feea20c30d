"""The report's chapter on the plan's progress in numbers: how it is computed, progress per
pillar and per action, each indicator as a chart over time against its target with its table,
and the klankgroep's evaluations. The workbook's sheets of the same figures are here too."""

from __future__ import annotations

from collections.abc import Sequence

from ..charts import local_number
from ..domain.indicators import (
    DIRECTIONS,
    SOURCES,
    STATUS_PROGRESS,
    VERDICTS,
    ActionNumbers,
    ChartRow,
    IndicatorPart,
    IndicatorRecord,
    chart_rows,
    percent,
)
from ..domain.taxonomy import ALL_BS
from .pdf_story import day
from .report_writer import ReportWriter, action_title

KINDS = {"baseline": "Nulwaarde", "value": "Gemeten", "target": "Streefwaarde"}
CHART_LABELS = ("Gemeten", "Nulwaarde", "Streefwaarde", "Gepland verloop")
BASIS = {"indicators": "indicatoren", "status": "stand"}
#: How often the klankgroep gives its views, per rhythm a trajectory may choose (in months).
RHYTHM_WORDS = {3: "Elk kwartaal", 4: "Om de vier maanden", 6: "Elk half jaar", 12: "Elk jaar"}
#: A stopped action's progress: it is left out of its pillar's mean.
NOT_COUNTED = "telt niet mee"


def how() -> str:
    """How the figures are computed, in the report's words (the window says the same)."""
    status = {key: percent(share) for key, share in STATUS_PROGRESS.items() if share is not None}
    return ("De voortgang van een indicator is (laatste waarde − nulwaarde) / (streefwaarde − "
            "nulwaarde), begrensd tussen 0% en 100%. De voortgang van een actie is het "
            "gemiddelde van haar indicatoren met een nulwaarde, een streefwaarde en een gemeten "
            "waarde; een actie zonder zo'n indicator telt volgens haar stand: niet gestart "
            f"{status['not_started']}, lopend of bijgestuurd {status['running']}, uitgevoerd "
            f"{status['done']}; een gestopte actie telt niet mee. De voortgang van een pijler "
            "is het gemiddelde van zijn acties. Een indicator die aan een B van de meting "
            "gekoppeld is, neemt de score van de regio in de afgesloten metingen; een score die "
            "verborgen blijft omdat te weinig mensen antwoordden, is geen waarde.")


def amount(value: float | None) -> str:
    """A number as the report writes it: Dutch decimal comma, as many decimals as it has."""
    return "—" if value is None else local_number(value, ",")


def indicator_name(indicator: IndicatorRecord) -> str:
    return f"{indicator.name} ({indicator.unit})" if indicator.unit else indicator.name


def latest_verdict(action: ActionNumbers) -> str:
    last = action.evaluations[-1] if action.evaluations else None
    return f"{VERDICTS.label(last.verdict, 'nl')} ({day(last.on)})" if last else ""


def overview_rows(part: IndicatorPart) -> list[tuple[str, str, str, str, str]]:
    """Per action: number, title, progress, what it is based on, the klankgroep's last view."""
    return [(a.number, action_title(a), percent(a.progress.share) or NOT_COUNTED,
             BASIS[a.progress.basis], latest_verdict(a)) for a in part.actions]


def chart_table(indicator: IndicatorRecord) -> list[tuple[str, str, str, str, str]]:
    return [(KINDS[row.kind], day(row.on), amount(row.value),
             SOURCES.label(row.source, "nl") if row.source else "", row.reporter)
            for row in chart_rows(indicator)]


def indicators(w: ReportWriter) -> None:
    """Nothing without a plan."""
    part = w.data.indicators
    if part is None or not part.actions:
        return
    w.chapter("Voortgang in cijfers")
    w.text(how())
    w.heading("Voortgang per pijler", 1)
    w.table(["Pijler", "Voortgang"],
            [(title, percent(share) or "—") for title, share in part.pillars], wrap=(0,))
    w.heading("Voortgang per actie", 1)
    w.table(["Actie", "Titel", "Voortgang", "Op basis van", "Klankgroep"], overview_rows(part),
            wrap=(1, 4))
    for action in part.measured:
        start = len(w.story)  # the action's heading stays with its first indicator
        w.heading(f"Indicatoren van actie {action.number}: {action_title(action)}", 1)
        if action.described:
            w.text(f"Indicator in het plan: {action.described}", w.styles.small)
        for indicator, share in zip(action.indicators, action.shares, strict=True):
            _indicator(w, indicator, share, start)
            start = len(w.story)
    evaluated = [(a.number, day(e.on), VERDICTS.label(e.verdict, "nl"), e.reason)
                 for a in part.actions for e in a.evaluations]
    w.heading("Evaluatie door de klankgroep", 1)
    # a rhythm not offered is in a file only by a hand's edit: said in months, not refused
    rhythm = RHYTHM_WORDS.get(part.evaluation_months, f"Om de {part.evaluation_months} maanden")
    w.text(f"{rhythm} geeft de klankgroep per actie haar oordeel: werkt, werkt gedeeltelijk of "
           "werkt niet, en waarom.")
    w.table(["Actie", "Datum", "Oordeel", "Waarom"], evaluated, wrap=(3,))


def _indicator(w: ReportWriter, indicator: IndicatorRecord, share: float | None,
               start: int) -> None:
    """The indicator's facts, chart and table on one page, with what the story holds from
    `start` on (its action's heading)."""
    from ..charts.indicator_charts import indicator_over_time

    facts = [("Richting", DIRECTIONS.label(indicator.direction, "nl")),
             ("Voortgang", percent(share) or "nog niet te berekenen")]
    if indicator.b:
        facts.append(("Uit de meting", f"score van de regio voor {ALL_BS.label(indicator.b, 'nl')}"
                                       " (1 tot 5)"))
    w.heading(indicator_name(indicator), 2)
    w.table([], facts, wrap=(1,))
    rows = chart_rows(indicator)
    values = [r for r in rows if r.kind == "value"]
    if values or indicator.baseline_value is not None:
        w.figure(indicator_over_time(
            [r.on for r in values if r.on], [r.value for r in values if r.on],
            (indicator.baseline_on, indicator.baseline_value)
            if indicator.baseline_value is not None else None,
            (indicator.target_on, indicator.target_value)
            if indicator.target_value is not None else None,
            CHART_LABELS, decimal=",", size=(8, 3)))
    w.table(["", "Datum", "Waarde", "Bron", "Gemeld door"], chart_table(indicator),
            wrap=(4,))
    w.keep_with_heading(start)


def workbook_rows(part: IndicatorPart) -> tuple[list[Sequence[object]], list[Sequence[object]]]:
    """The workbook's two sheets: every indicator with every row of its chart's table (numbers
    as numbers), and the progress per pillar and per action with the klankgroep's views."""
    values: list[Sequence[object]] = []
    for action in part.measured:
        for indicator, share in zip(action.indicators, action.shares, strict=True):
            rows: list[ChartRow | None] = [*chart_rows(indicator)] or [None]
            for row in rows:
                values.append((
                    action.number, indicator.name, indicator.unit,
                    DIRECTIONS.label(indicator.direction, "nl"),
                    ALL_BS.label(indicator.b, "nl") if indicator.b else "",
                    KINDS[row.kind] if row else "", row.on if row else None,
                    row.value if row else None,
                    SOURCES.label(row.source, "nl") if row and row.source else "",
                    row.reporter if row else "", percent(share)))
    progress: list[Sequence[object]] = [("Pijler", title, "", percent(share), "", "", "")
                                        for title, share in part.pillars]
    for action in part.actions:
        evaluations = action.evaluations or (None,)
        for e in evaluations:
            progress.append(("Actie", action.number, action.title,
                             percent(action.progress.share) or NOT_COUNTED,
                             BASIS[action.progress.basis],
                             f"{VERDICTS.label(e.verdict, 'nl')} ({day(e.on)})" if e else "",
                             e.reason if e else ""))
    return values, progress


VALUE_COLUMNS = ("Actie", "Indicator", "Eenheid", "Richting", "B", "Soort", "Datum", "Waarde",
                 "Bron", "Gemeld door", "Voortgang indicator")
PROGRESS_COLUMNS = ("Niveau", "Pijler of actie", "Titel", "Voortgang", "Op basis van",
                    "Klankgroep", "Waarom")
