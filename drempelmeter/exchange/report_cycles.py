"""The report's chapter on the previous cycle: its baseline per B against this cycle's closed
rounds (a chart with its table), whether its file was found, and what was carried over."""

from __future__ import annotations

from .pdf_story import number
from .report_writer import ReportWriter


def cycles(w: ReportWriter) -> None:
    """Nothing in a first cycle."""
    part = w.data.cycles
    if part is None:
        return
    from ..charts.measurement_charts import round_comparison

    previous = part.cycle_number - 1
    w.chapter("Vergelijking met de vorige cyclus")
    where = ("Het bestand van die cyclus is gevonden" if part.file_found else
             f"Op de plaats van dat bestand staat een ander traject (“{part.other_file}”): het "
             "is niet het bestand van die cyclus en wordt er niet mee vergeleken"
             if part.other_file else "Het bestand van die cyclus is niet gevonden")
    w.text(f"Dit is cyclus {part.cycle_number}; hij volgt op cyclus {previous}, "
           f"“{part.previous_name}” (bestand {part.previous_file}). {where}: de nulmeting "
           "hieronder is bewaard in dit bestand toen de cyclus begon. Gemiddelde score van 1 "
           "tot 5 per B van iedereen die antwoordde; “verborgen” waar de groep te klein was.")
    if part.b_labels:
        rounds = len(part.columns) - 1
        if rounds:
            w.figure(round_comparison(
                part.b_labels, [row[0] for row in part.rows], [row[-1] for row in part.rows],
                (part.columns[0], part.columns[-1]),
                f"De regio: cyclus {previous} tegenover cyclus {part.cycle_number}",
                size=(8, 4), decimal=","))
        else:
            w.text("In deze cyclus is nog geen meting afgesloten: de tabel toont de nulmeting "
                   "van de vorige cyclus.")
        w.table(["B", *part.columns],
                [(b, *(number(v) for v in row)) for b, row in zip(
                    part.b_labels, part.rows, strict=True)], wrap=(0,))
    else:
        w.text(f"Cyclus {previous} sloot geen meting af: er is geen nulmeting om mee te "
               "vergelijken.")
    if part.carried:
        w.heading("Overgenomen uit de vorige cyclus", 1)
        w.table(["Soort", "Titel", "Herkomst en verloop"],
                [(kind, title, summary) for kind, title, summary in part.carried],
                wrap=(1, 2))
