"""The demo's texts for the steering group: the coach's duiding per chapter of the regional
report, the key findings, proposals (open, decided and not accepted) and, for this year, what
changes next year for some actions. Dutch, written for the demo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.ids import new_id
from ..domain.plan import all_actions
from ..domain.steering import DECIDED, NOT_ACCEPTED, PROPOSED
from ..store.database import TrajectoryDatabase
from . import decisions, plan, steering
from .records import DecisionRecord

if TYPE_CHECKING:
    from .demo import Timeline

NOTES = {
    "summary": "Twee jaar na de start staat er een gedragen plan met twaalf acties. Het meeste "
               "loopt; wat stilvalt, valt stil op tijd en mensen, niet op goede wil.",
    "trajectory": "De werkgroep kwam trouw samen; de armoedevereniging was er elke keer bij. "
                  "De stuurgroep haakte minder vaak aan dan gepland, wat beslissingen soms "
                  "een maand ophield.",
    "signals": "De meeste signalen gaan over begrijpen en bereiken: brieven, telefoon, "
               "openingsuren. Partners met een eigen onthaal signaleerden het meest; het "
               "ziekenfonds bracht vooral signalen over rechten die niet worden opgenomen.",
    "measurement": "Cliënten geven op bijna elke B een lagere score dan medewerkers. Het "
                   "grootste verschil zit bij begrijpbaarheid: wat wij duidelijk vinden, is "
                   "het voor onze bezoekers niet.",
    "barriers": "De volgorde uit de stippenstemming volgt grotendeels de score. De drempel "
                "over kosten kwam hoog, maar ligt grotendeels buiten de regio: hij gaat als "
                "beleidssignaal naar boven.",
    "policy": "De regio kan de automatische toekenning van rechten niet zelf regelen. We "
              "vragen het hogere niveau om beweging en volgen het antwoord op.",
    "plan": "Het plan kiest bewust voor weinig acties met een duidelijke trekker. Voor drie "
            "acties is de trekker nog een dienst en geen persoon; dat maken we dit najaar "
            "concreet.",
    "follow_up": "Het spreekuur in de wijken is stopgezet: te weinig bezoekers voor de inzet. "
                 "De schrijfploeg is bijgestuurd en werkt nu met vaste leesgroepen.",
    "decisions": "De stuurgroep besliste dit jaar vooral over middelen. Twee voorstellen "
                 "wachten nog op een beslissing; ze staan vooraan in dit rapport.",
}

FINDINGS = (
    "Cliënten scoren de toegankelijkheid lager dan medewerkers, het sterkst op "
    "begrijpbaarheid.",
    "Warme doorverwijzing werkt: de afspraken zijn uitgevoerd en partners gebruiken ze.",
    "Bereikbaarheid buiten de kantooruren blijft de zwakke plek; het avondspreekuur is een "
    "begin.",
    "Rechten die niet worden opgenomen vragen een oplossing boven de regio.",
)

#: (days ago proposed, days ago decided or None, state, who decides, text, phase)
PROPOSALS = (
    (40, None, PROPOSED, "steering",
     "Het avondspreekuur wordt na de proefperiode verlengd tot eind volgend jaar, met een "
     "tweede partner erbij.", 6),
    (20, None, PROPOSED, "steering",
     "De regio trekt uren van de procescoach vrij om de herhaalmeting in het voorjaar te "
     "begeleiden.", 6),
    (300, 285, DECIDED, "steering",
     "Elke partner duidt één vaste contactpersoon aan voor warme doorverwijzingen.", 6),
    (200, 186, NOT_ACCEPTED, "steering",
     "Het spreekuur in de wijken wordt uitgebreid naar drie wijken.", 6),
    (120, 110, DECIDED, "working",
     "De schrijfploeg werkt voortaan met een vaste leesgroep van ervaringsdeskundigen.", 6),
)

#: What changes next year for an action (by its number), written for this year's report.
NEXT_YEAR = {
    "1.1": "De verkenning wordt uitgebreid naar een tweede ziekenfonds; we meten ook hoeveel "
           "rechten daarna echt worden toegekend.",
    "2.1": "Elke partner levert twee brieven aan; de leesgroep komt vier keer per jaar samen.",
    "3.1": "De permanentie verhuist naar het nieuwe sociaal huis; de uren blijven gelijk.",
    "4.2": "Geen vervolg: de middelen gaan naar het avondspreekuur.",
    "5.1": "De afspraken worden opgenomen in de onthaalprocedure van elke nieuwe partner.",
}


def add_demo_steering(db: TrajectoryDatabase, timeline: Timeline) -> None:
    for chapter, text in NOTES.items():
        steering.save_chapter_note(db, chapter, text)
    steering.save_key_findings(db, [(new_id(), text) for text in FINDINGS])
    for proposed, decided, state, by, text, phase in PROPOSALS:
        decisions.save_decision(db, DecisionRecord(
            new_id(), None if decided is None else timeline.ago(decided), by, text, phase,
            state, timeline.ago(proposed)))
    actions = {a.number: a.id for a in all_actions(plan.read_plan(db))}
    for number, text in NEXT_YEAR.items():
        steering.save_year_note(db, actions[number], timeline.today.year, text)
