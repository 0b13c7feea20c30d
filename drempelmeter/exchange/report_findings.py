"""The report's chapters on what was found: signals, the measurement and the prioritised
barriers, each chart with its table."""

from __future__ import annotations

from ..charts import PARETO_BARS
from ..domain.prioritisation import cumulative_shares
from .pdf_story import number
from .report_writer import ReportWriter


def signals(w: ReportWriter) -> None:
    from ..charts.signal_charts import busiest_partners, partner_b_heatmap, signals_per_level

    data = w.data
    w.chapter("Signalen")
    if not data.signal_total:
        w.text("Er zijn nog geen signalen.")
        return
    w.text(f"{data.signal_total} signalen, geteld per partner en per B (de toegankelijkheid"
           " die ze raken). Signalen zijn waarnemingen, geen personen.")
    # A province's hundreds of partners: the chart draws the busiest, as the window's does;
    # the table under it lists them all.
    drawn, rows = busiest_partners(data.signal_partners, data.signal_grid)
    title = "Signalen per partner en B" + (
        "" if len(drawn) == len(data.signal_partners) else
        f"\nde {len(drawn)} partners met de meeste signalen, van {len(data.signal_partners)};"
        " de tabel noemt ze allemaal")
    w.figure(partner_b_heatmap(drawn, data.b_labels, rows, title,
                               size=(8, max(4.5, 0.25 * len(drawn) + 1.5))))
    w.per_b("Partner", data.b_labels, list(zip(data.signal_partners, data.signal_grid,
                                                strict=True)))
    w.heading("Per niveau", 1)
    w.figure(signals_per_level([n for n, _c in data.levels], [c for _n, c in data.levels],
                               "Signalen per niveau", size=(8, 3)))
    w.table(["Niveau", "Signalen"], data.levels, wrap=(0,))


def measurement(w: ReportWriter) -> None:
    from ..charts.measurement_charts import mean_heatmap, radar, round_comparison

    part = w.data.measurement
    w.chapter("Meting van de toegankelijkheid")
    if part is None:
        w.text("Er is nog geen meting afgesloten.")
        return
    w.text(f"Meting: {part.round_name}. Gemiddelde score van 1 (helemaal niet akkoord) "
           f"tot 5 (helemaal akkoord) per B. “verborgen”: minder dan {part.threshold} "
           "mensen gaven een score van 1 tot 5, of tonen zou met de totalen erbij laten "
           f"uitrekenen wat zo’n kleine groep antwoordde. {part.hidden_note}")
    whose = w.data.partner or "De regio"
    w.figure(radar(part.b_labels, part.groups, f"{whose} per groep van bevraagden",
                   size=(7, 5)))
    w.per_b("Groep", part.b_labels, part.groups)
    w.heading("Per partner", 1)
    w.per_b("Partner", part.b_labels, part.rows)
    if part.detail:
        w.heading("Per partner en groep", 1)
        w.per_b("Partner · groep", part.b_labels, part.detail)
    if part.themes:
        w.heading("Thema’s naast de B’s", 1)
        start = len(w.story)
        w.text("Wat de vragenlijst naast de B’s bevroeg (zoals het gebouw, de "
               "communicatiekanalen en de participatie van kansengroepen), per groep van "
               "bevraagden en per partner, gescoord en verborgen zoals de B’s.")
        for name, explanation in part.own_themes:  # the region's: what it asked about
            w.text(f"Eigen thema van de regio: “{name}”" + (f": {explanation}" if explanation
                                                             else "."))
        w.figure(mean_heatmap([name for name, _v in part.themes], part.theme_labels,
                              [values for _name, values in part.themes],
                              f"{whose}: score per thema", size=(8, 0.35 * len(part.themes) + 2),
                              decimal=","))
        w.keep_with_heading(start)  # the heading and its words on the page of the chart
        w.per_b("Groep of partner", part.theme_labels, part.themes)
    if part.comparison:
        (first, last), before, after = part.comparison
        w.heading("Nulmeting en herhaalmeting", 1)
        w.figure(round_comparison(part.b_labels, before, after, (first, last),
                                  "De regio: nulmeting tegenover herhaalmeting",
                                  size=(8, 4), decimal=","))
        w.table(["B", first, last],
                [(b, number(x), number(y)) for b, x, y in zip(
                    part.b_labels, before, after, strict=True)])


def barriers(w: ReportWriter) -> None:
    from ..charts.barrier_charts import pareto

    data = w.data
    w.chapter("Geprioriteerde drempels")
    w.text(data.round_note)
    lines = data.barriers
    if lines:
        by_score = sorted(lines, key=lambda b: b.score, reverse=True)
        scores = [b.score for b in by_score]
        shares = cumulative_shares(scores)
        shown = by_score[:PARETO_BARS]
        title = ("Drempels volgens score" if len(lines) <= PARETO_BARS else
                 f"De {PARETO_BARS} drempels met de hoogste score, van {len(lines)}")
        w.figure(pareto([b.title for b in shown], scores[:PARETO_BARS],
                        shares[:PARETO_BARS], title, size=(8, 4.5)))
    w.table(["Plaats", "Drempel", "B", "Signalen", "Herkend door", "Score",
             "Plaats in ronde", "Waarop"],
            [(b.rank, b.title, b.b, b.signals, b.partners_in_short, f"{b.score:g}", b.round_rank,
              b.basis) for b in lines],
            wrap=(1, 2, 4, 7))

