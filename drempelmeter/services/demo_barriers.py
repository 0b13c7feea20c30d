"""The demo's phase 4: barriers bundled from its signals, a closed dot vote and, a fortnight
later, a closed impact/effort placement, in the working group's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store.database import TrajectoryDatabase
from . import barriers, prioritisation

if TYPE_CHECKING:
    from .demo import Timeline

#: title, description, indexes into demo_signals.SIGNALS
BARRIERS = (
    ("Lange wachttijd voor een eerste gesprek",
     "Wie hulp vraagt, wacht weken op een eerste gesprek; ondertussen groeit het probleem en "
     "haakt een deel van de mensen af.", (3, 8, 13, 19, 53)),
    ("Brieven en formulieren in moeilijke taal",
     "Officiële brieven en aanvraagformulieren zijn te ingewikkeld; mensen laten ze liggen of "
     "weten niet wat ze moeten doen.", (2, 9, 14, 28, 36, 60)),
    ("Aanvragen die enkel digitaal kunnen",
     "Premies, documenten en afspraken lopen via websites en apps; wie digitaal niet mee kan, "
     "is afhankelijk van anderen.", (5, 29, 47)),
    ("Rechten die niet gekend zijn of niet vanzelf worden toegekend",
     "Mensen kennen hun recht op een tegemoetkoming of toeslag niet, en wie het niet vraagt, "
     "krijgt het niet.", (0, 25, 37, 45)),
    ("Doorverwijzing zonder warme overdracht",
     "Na een doorverwijzing valt de opvolging weg en moeten mensen hun verhaal opnieuw doen.",
     (21, 48, 51, 55)),
    ("Bereikbaar enkel tijdens de kantooruren",
     "Loketten en telefoonlijnen zijn open wanneer werkende mensen en ouders niet kunnen.",
     (1, 10, 26, 34, 42)),
    ("Schrik voor controle en gevolgen",
     "Mensen vrezen dat hun verhaal gevolgen heeft (verblijf, melding, adviserend arts) en "
     "houden hun vraag voor zich.", (4, 31, 43, 49, 59)),
    ("Kosten die hulp doen uitstellen",
     "Remgeld, attesten en bijdragen moeten eerst betaald worden; wie dat niet kan, stelt uit.",
     (7, 16, 23, 30, 32)),
)
#: participant → barrier numbers they gave a dot (two dots each for eight barriers)
DOTS = {
    "Lien Verstrepen": (3, 0), "Tom Dierckx": (3, 1), "Ayse Korkmaz": (0, 4),
    "Greet Coppenolle": (3, 4), "Bart Meulemans": (3, 4), "Evi Lenskens": (3, 0),
    "Joke Vanderwaeren": (0, 4), "Rita V.": (7, 6), "Yusuf Demirci": (6, 2),
}
OBJECTIONS = {
    6: "Rita V. en Yusuf Demirci: deze drempel treft vooral nieuwkomers en gezinnen in armoede; "
       "met weinig stippen verdwijnt hij, terwijl hij voor hen alles tegenhoudt. Afgesproken: "
       "een eigen actie in het actieplan.",
}
#: barrier number → (impact, effort)
PLACEMENT = {0: (5, 4), 1: (4, 2), 2: (4, 3), 3: (5, 2), 4: (4, 2), 5: (3, 3), 6: (4, 4),
             7: (3, 4)}
#: Days before the demo is made: the dot vote, and the impact/effort placement a fortnight later.
DOT_VOTE, PLACED = 406, 392


def demo_barrier_ids() -> list[str]:
    return [f"demo-barrier-{n}" for n in range(1, len(BARRIERS) + 1)]


def barrier_of(signal: int) -> int | None:
    """The number of the barrier a signal (its index in demo_signals.SIGNALS) was bundled in."""
    return next((n for n, (_title, _text, chosen) in enumerate(BARRIERS) if signal in chosen),
                None)


def add_demo_barriers(db: TrajectoryDatabase, signal_ids: list[str], working_group: tuple[str, ...],
                      timeline: Timeline) -> None:
    """The barriers, then the working group's dot vote and its placement on impact and effort
    (the round closed last, which the plan follows)."""
    ids = demo_barrier_ids()
    for barrier_id, (title, description, chosen) in zip(ids, BARRIERS, strict=True):
        barriers.create_barrier(db, barrier_id, title, [signal_ids[i] for i in chosen],
                                description)
    voted, placed = timeline.ago(DOT_VOTE), timeline.ago(PLACED)
    prioritisation.start_round(db, "demo-dots", "dots", voted, list(working_group), ids,
                               {"budget": 2})
    for number, barrier_id in enumerate(ids):
        votes = {person: 1 for person, chosen in DOTS.items() if number in chosen}
        inputs: dict[str, object] = {"votes": votes}
        if number in OBJECTIONS:
            inputs["objection"] = OBJECTIONS[number]
        prioritisation.set_inputs(db, "demo-dots", barrier_id, inputs)
    prioritisation.close_round(
        db, "demo-dots", "Stippenstemming in de werkgroep na een discussieronde per drempel. "
        "Bezwaar genoteerd bij ‘Schrik voor controle en gevolgen’.", voted)
    prioritisation.start_round(db, "demo-impact", "impact_effort", placed, list(working_group),
                               ids)
    for number, barrier_id in enumerate(ids):
        impact, effort = PLACEMENT[number]
        prioritisation.set_inputs(db, "demo-impact", barrier_id,
                                  {"impact": impact, "effort": effort})
    prioritisation.close_round(db, "demo-impact", "Plaatsing op het bord impact en inspanning, "
                               "met de stemming en het bezwaar in gedachten.", placed)
