"""The demo's phase 4: barriers bundled from its signals, a closed dot vote and an impact/effort
placement, in the working group's own words."""

from __future__ import annotations

from datetime import date

from ..store.database import TrajectoryDatabase
from . import barriers, prioritisation

#: title, description, indexes into demo_signals.SIGNALS
BARRIERS = (
    ("Lange wachttijd voor een eerste gesprek",
     "Wie hulp vraagt, wacht weken op een eerste gesprek; ondertussen groeit het probleem en "
     "haakt een deel van de mensen af.", (3, 10, 18, 58)),
    ("Brieven en formulieren in moeilijke taal",
     "Officiële brieven en aanvraagformulieren zijn te ingewikkeld; mensen laten ze liggen of "
     "weten niet wat ze moeten doen.", (2, 11, 27, 35)),
    ("Aanvragen die enkel digitaal kunnen",
     "Premies, documenten en afspraken lopen via websites en apps; wie digitaal niet mee kan, "
     "is afhankelijk van anderen.", (5, 28, 51)),
    ("Rechten die niet gekend zijn of niet vanzelf worden toegekend",
     "Mensen kennen hun recht op een tegemoetkoming of toeslag niet, en wie het niet vraagt, "
     "krijgt het niet.", (0, 24, 37, 48)),
    ("Doorverwijzing zonder warme overdracht",
     "Na een doorverwijzing valt de opvolging weg en moeten mensen hun verhaal opnieuw doen.",
     (20, 52, 56, 60)),
    ("Bereikbaar enkel tijdens de kantooruren",
     "Loketten en telefoonlijnen zijn open wanneer werkende mensen en ouders niet kunnen.",
     (1, 25, 33, 44)),
    ("Schrik voor controle en gevolgen",
     "Mensen vrezen dat hun verhaal gevolgen heeft (verblijf, melding, adviserend arts) en "
     "houden hun vraag voor zich.", (4, 30, 45, 53)),
    ("Kosten die hulp doen uitstellen",
     "Remgeld, attesten en bijdragen moeten eerst betaald worden; wie dat niet kan, stelt uit.",
     (7, 14, 22, 29, 54)),
)
WORKING_GROUP = ("Sofie Claes", "Lien Maes", "Tom Hermans", "Ayse Yilmaz", "Greet Smets",
                 "Bart Willems", "Evi Goossens", "Joke Aerts", "Rita V.", "Yusuf Demir")
#: participant → barrier numbers they gave a dot (two dots each for eight barriers)
DOTS = {
    "Sofie Claes": (3, 4), "Lien Maes": (0, 3), "Tom Hermans": (0, 1), "Ayse Yilmaz": (4, 0),
    "Greet Smets": (3, 1), "Bart Willems": (4, 3), "Evi Goossens": (0, 3), "Joke Aerts": (1, 4),
    "Rita V.": (7, 6), "Yusuf Demir": (6, 2),
}
OBJECTIONS = {
    6: "Rita V. en Yusuf Demir: deze drempel treft vooral nieuwkomers en gezinnen in armoede; "
       "met weinig stippen verdwijnt hij, terwijl hij voor hen alles tegenhoudt. Afgesproken: "
       "meenemen in het actieplan, naast de top drie.",
}
#: barrier number → (impact, effort)
PLACEMENT = {0: (5, 4), 1: (4, 2), 2: (4, 3), 3: (5, 2), 4: (4, 2), 5: (3, 3), 6: (4, 4),
             7: (3, 4)}


def demo_barrier_ids() -> list[str]:
    return [f"demo-barrier-{n}" for n in range(1, len(BARRIERS) + 1)]


def add_demo_barriers(db: TrajectoryDatabase, signal_ids: list[str]) -> None:
    ids = demo_barrier_ids()
    for barrier_id, (title, description, members) in zip(ids, BARRIERS, strict=True):
        barriers.create_barrier(db, barrier_id, title, [signal_ids[i] for i in members],
                                description)
    prioritisation.start_round(db, "demo-dots", "dots", date(2026, 12, 8), list(WORKING_GROUP),
                               ids, {"budget": 2})
    for number, barrier_id in enumerate(ids):
        votes = {person: 1 for person, chosen in DOTS.items() if number in chosen}
        inputs: dict[str, object] = {"votes": votes}
        if number in OBJECTIONS:
            inputs["objection"] = OBJECTIONS[number]
        prioritisation.set_inputs(db, "demo-dots", barrier_id, inputs)
    prioritisation.close_round(
        db, "demo-dots", "Stippenstemming in de werkgroep na een discussieronde per drempel. "
        "Bezwaar genoteerd bij ‘Schrik voor controle en gevolgen’.", date(2026, 12, 8))
    prioritisation.start_round(db, "demo-impact", "impact_effort", date(2026, 12, 8),
                               list(WORKING_GROUP), ids)
    for number, barrier_id in enumerate(ids):
        impact, effort = PLACEMENT[number]
        prioritisation.set_inputs(db, "demo-impact", barrier_id,
                                  {"impact": impact, "effort": effort})
    prioritisation.close_round(db, "demo-impact", "Plaatsing op het bord impact en inspanning, "
                               "aansluitend op de stemming.", date(2026, 12, 8))
