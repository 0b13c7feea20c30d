"""The demo's phases 5 and 6: an action plan of three pillars, six goals and twelve actions,
linked to the demo barriers, validated by the steering group, with some follow-up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..domain.ids import new_id
from ..domain.plan import all_actions
from ..store.database import TrajectoryDatabase
from . import barriers, follow_up, plan
from .demo_barriers import demo_barrier_ids
from .demo_signals import BRUG
from .plan import ActionRecord, GoalRecord, PillarRecord

if TYPE_CHECKING:
    from .demo import Timeline

#: Days before the demo is made that the steering group validated the plan.
VALIDATED = 349
DECISION = "Goedgekeurd door de stuurgroep"

#: (title, concrete, risks, needs, owner, partners, start (days after the validation), deadline
#:  (the end of the month this many days from the day the demo is made), means, indicator,
#:  barrier numbers (demo_barriers.BARRIERS), B's, principles, MoSCoW,
#:  follow-up [(status, days after the start, note)])
PLAN = (
    ("Mensen vinden zelf de weg naar hun rechten", (
        ("Rechten automatisch en proactief toekennen", (
            ("Maandelijkse rechtenverkenning op basis van gegevens van het ziekenfonds",
             ("Het ziekenfonds en het Sociaal Huis leggen maandelijks een lijst naast elkaar "
              "van gezinnen die een verhoogde tegemoetkoming hebben maar geen toeslag",
              "Een maatschappelijk werker belt of schrijft die gezinnen aan met een concreet "
              "aanbod", "De eerste zes maanden richten we ons op alleenstaande ouders"),
             ("De gegevensdeling wordt niet goedgekeurd door de functionaris voor "
              "gegevensbescherming", "Brieven worden niet gelezen of wekken wantrouwen",
              "Er is geen tijd om de lijst op te volgen"),
             ("Een verwerkingsovereenkomst tussen de partners",
              "Een eerste contact per telefoon of aan huis, niet enkel per brief",
              "Twee uur per week vrijgemaakt bij elke partner"),
             "DMW Ziekenfonds Zorgzaam", ("Sociaal Huis Demerstad", "DMW Ziekenfonds Samenhuis"),
             14, 90, "Personeelstijd; geen extra budget",
             "Aantal gezinnen dat na contact een toeslag of tegemoetkoming krijgt",
             (3,), ("bekendheid",), ("proactive",), "must",
             (("running", 28, "Eerste lijst besproken met beide ziekenfondsen."),)),
            ("Rechtenchecker op het spreekuur van elke partner",
             ("Eén korte vragenlijst die elke onthaalmedewerker overloopt",
              "De uitkomst wordt meteen met de persoon besproken"),
             ("De vragenlijst groeit tot een lang formulier",
              "Medewerkers voelen zich niet bevoegd voor rechten van een andere partner"),
             ("Een vorming van een halve dag voor alle onthaalmedewerkers",
              "Een vast aanspreekpunt per partner voor vragen"),
             "Sociaal Huis Demerstad", ("CAW Demervallei", "OCMW Heuvelgem"),
             342, 300, "Vorming: 1.200 euro",
             "Aandeel gesprekken waarin de rechtenchecker gebruikt werd",
             (3,), ("bekendheid", "begrijpbaarheid"), ("proactive", "generalist"), "should",
             ()),
        )),
        ("Brieven en formulieren die iedereen begrijpt", (
            ("Schrijfteam voor heldere brieven met ervaringsdeskundigen",
             ("Elke partner kiest de vijf brieven die het meest verstuurd worden",
              "Ervaringsdeskundigen van de armoedevereniging lezen mee en herschrijven "
              "samen met een medewerker", "De nieuwe brieven worden getest bij tien mensen"),
             ("Juridische diensten laten de eenvoudige tekst niet toe",
              "De ervaringsdeskundigen haken af omdat hun inbreng niet gebruikt wordt"),
             ("Een vergoeding voor de ervaringsdeskundigen",
              "Een afspraak met de juridische dienst over wat vast moet blijven"),
             BRUG, ("Sociaal Huis Demerstad", "OCMW Heuvelgem"),
             28, 60, "Vergoeding ervaringsdeskundigen: 2.000 euro",
             "Aantal herschreven brieven in gebruik",
             (1,), ("begrijpbaarheid",), ("participation",), "must",
             (("running", 5, ""),
              ("adjusted", 80, "Eerst drie brieven in plaats van vijf: de "
               "juridische dienst vroeg meer tijd."))),
            ("Formulieren samen invullen op vaste momenten",
             ("Elke dinsdagnamiddag een invulmoment in het Huis van het Kind",
              "Vrijwilligers en medewerkers helpen samen"),
             ("Niemand komt opdagen", "Het invulmoment wordt een loket voor alles"),
             ("Bekendmaking via scholen en de armoedevereniging",
              "Een duidelijke afbakening van wat er wel en niet kan"),
             "Huis van het Kind Demerstad", ("Kind en Gezin, regioteam Demervallei",),
             60, 150, "Zaal en koffie: 300 euro",
             "Aantal bezoekers per maand", (1, 2), ("begrijpbaarheid", "bruikbaarheid"),
             ("outreaching",), "could",
             (("running", 7, "De eerste invulmomenten lokten vooral jonge ouders."),)),
        )),
    )),
    ("Hulp die er is wanneer mensen ze nodig hebben", (
        ("Sneller een eerste gesprek", (
            ("Eén gezamenlijke onthaalpermanentie zonder afspraak",
             ("Twee voormiddagen per week zit een medewerker van een kernpartner klaar in het "
              "Sociaal Huis", "Wie binnenloopt, krijgt dezelfde dag een eerste gesprek"),
             ("De permanentie wordt overspoeld", "Partners sturen elkaar de moeilijke vragen"),
             ("Een beurtrol tussen de kernpartners",
              "Een gedeelde afsprakennota over wie wat opneemt"),
             "Sociaal Huis Demerstad",
             ("CAW Demervallei", "DMW Ziekenfonds Zorgzaam", "DMW Ziekenfonds Samenhuis"),
             45, 0, "Personeelstijd van de deelnemende partners",
             "Wachttijd tot een eerste gesprek, gemeten in de herhaalmeting",
             (0,), ("beschikbaarheid",), ("generalist", "subsidiarity", "known_visible"), "must",
             (("running", 0, "Gestart in het Sociaal Huis."),)),
            ("Telefoonlijn die terugbelt in plaats van in de wachtrij te zetten",
             ("Wie belt buiten de spreekuren, laat een nummer na",
              "Binnen twee werkdagen belt een medewerker terug"),
             ("Terugbellen lukt niet binnen twee dagen", "Mensen hebben geen belkrediet"),
             ("Een gedeeld terugbelsysteem", "Een duidelijke boodschap op het antwoordapparaat"),
             "CAW Demervallei", ("OCMW Heuvelgem",),
             120, 200, "Software: 1.500 euro per jaar",
             "Aandeel oproepen dat binnen twee werkdagen teruggebeld wordt",
             (0, 5), ("beschikbaarheid", "bereikbaarheid"), ("proactive", "persistent"), "should",
             (("running", 10, ""),)),
        )),
        ("Bereikbaar buiten de kantooruren", (
            ("Avondspreekuur op donderdag",
             ("Eén avond per week tot 20 uur open, afwisselend bij twee partners",
              "Kinderopvang tijdens het spreekuur"),
             ("Te weinig medewerkers willen 's avonds werken", "Het spreekuur is niet gekend"),
             ("Compensatie in uren voor de medewerkers", "Bekendmaking via werkgevers en scholen"),
             "OCMW Heuvelgem", ("Sociaal Huis Demerstad",),
             200, 330, "Kinderopvang: 800 euro",
             "Aantal bezoekers op het avondspreekuur", (5,), ("bereikbaarheid",),
             ("outreaching",), "should",
             (("running", 3, "Het buurthuis van Heuvelgem is de tweede plek."),)),
            ("Spreekuur op locatie in de wijken",
             ("Maandelijks een spreekuur in het buurthuis van Heuvelgem en in de bibliotheek",
              "Samen met de opbouwwerker"),
             ("Mensen vrezen gezien te worden", "De locatie is niet geschikt voor vertrouwelijke "
              "gesprekken"),
             ("Een aparte ruimte", "Vaste gezichten, zodat mensen de medewerker leren kennen"),
             "CAW Demervallei", (BRUG,),
             60, 120, "Huur: geen (gemeentelijke lokalen)",
             "Aantal gesprekken per maand op locatie", (5, 6), ("bereikbaarheid", "betreedbaarheid"),
             ("outreaching",), "could",
             (("stopped", 90, "Stopgezet in de bibliotheek: geen aparte ruimte "
               "beschikbaar. Het buurthuis komt aan bod in het avondspreekuur."),)),
        )),
    )),
    ("Samen één netwerk rond de persoon", (
        ("Warme doorverwijzing tussen de partners", (
            ("Afspraken voor een warme overdracht",
             ("Bij een doorverwijzing belt de medewerker samen met de persoon de volgende dienst",
              "Met toestemming gaat een korte samenvatting mee, zodat niemand zijn verhaal "
              "opnieuw moet doen"),
             ("Toestemming wordt niet gevraagd of niet genoteerd",
              "De volgende dienst heeft geen tijd om meteen op te nemen"),
             ("Een gezamenlijk toestemmingsformulier in eenvoudige taal",
              "Een lijst met rechtstreekse nummers per partner"),
             "CAW Demervallei", ("Sociaal Huis Demerstad", "DMW Ziekenfonds Zorgzaam",
                                 "DMW Ziekenfonds Samenhuis", "OCMW Heuvelgem"),
             14, -215, "Geen",
             "Aandeel doorverwijzingen met een warme overdracht",
             (4,), ("begripvolheid", "bruikbaarheid"), ("generalist", "continuity"), "must",
             (("running", 0, ""),
              ("done", 115, "Afsprakennota ondertekend door alle kernpartners."))),
            ("Casustafels voor vastgelopen situaties",
             ("Maandelijks een overleg waar medewerkers anoniem een situatie voorleggen",
              "De tafel zoekt samen wie wat opneemt"),
             ("De tafel wordt een praatbarak", "Er worden toch namen genoemd"),
             ("Een vaste voorzitter en een korte agenda",
              "Een duidelijke regel: nooit namen, enkel de situatie"),
             "OCMW Heuvelgem", ("CAW Demervallei", "Kind en Gezin, regioteam Demervallei"),
             45, 240, "Geen", "Aantal besproken situaties",
             (4,), ("begripvolheid",), ("subsidiarity", "goal_oriented"), "should",
             (("running", 30, "De eerste casustafel verliep zonder namen, zoals afgesproken."),)),
        )),
        ("Vertrouwen opbouwen bij wie hulp vermijdt", (
            ("Ervaringsdeskundigen als brug naar de diensten",
             ("Twee ervaringsdeskundigen gaan mee naar een eerste gesprek als de persoon dat "
              "wil", "Ze vertellen in de armoedevereniging hoe het onthaal werkt"),
             ("De ervaringsdeskundigen raken overbelast",
              "Medewerkers zien hen als tolk in plaats van als partner"),
             ("Intervisie en begeleiding voor de ervaringsdeskundigen",
              "Een vergoeding en duidelijke afspraken over hun rol"),
             BRUG, ("CAW Demervallei", "Sociaal Huis Demerstad"),
             14, 180, "Vergoeding: 3.000 euro",
             "Aantal eerste gesprekken met een ervaringsdeskundige erbij",
             (6,), ("betrouwbaarheid", "betreedbaarheid"),
             ("participation", "positive_relationship"), "must",
             (("running", 14, ""),)),
            ("Heldere uitleg over wat er met je verhaal gebeurt",
             ("Een folder en een affiche in elke wachtzaal: wat we noteren, wat niet, en wie "
              "het te zien krijgt", "Medewerkers zeggen het ook bij het begin van elk gesprek"),
             ("De uitleg is te juridisch", "De folder blijft in de rekken liggen"),
             ("Herschrijven met het schrijfteam", "Een korte zin die medewerkers altijd zeggen"),
             "DMW Ziekenfonds Samenhuis", (BRUG,),
             150, 210, "Drukwerk: 600 euro",
             "Aandeel cliënten dat in de herhaalmeting zegt te weten wat er met hun verhaal "
             "gebeurt", (6,), ("betrouwbaarheid",), ("participation",), "could",
             (("running", 20, "De folder is herschreven met het schrijfteam."),)),
        )),
    )),
)
REPORTED_BACK = {
    "Afspraken voor een warme overdracht":
        "Teruggekoppeld op de stuurgroep en per mail aan de partners die de signalen over "
        "doorverwijzing gaven.",
}


def _linked(barrier: int) -> list[tuple]:
    """The actions (as in PLAN) linked to a barrier of demo_barriers.BARRIERS."""
    return [action for _pillar, goals in PLAN for _goal, actions in goals for action in actions
            if barrier in action[10]]


def signal_status(barrier: int | None) -> str:
    """Where a signal stands, from the barrier it was bundled in and that barrier's actions:
    noticed (in no barrier), analysed (prioritised), in action, or reported back."""
    if barrier is None:
        return "noticed"
    histories = [action[-1] for action in _linked(barrier)]
    if any(action[0] in REPORTED_BACK and history and history[-1][0] == "done"
           for action, history in zip(_linked(barrier), histories, strict=True)):
        return "reported_back"
    if any(history and history[-1][0] != "stopped" for history in histories):
        return "in_action"
    return "analysed"


def add_demo_plan(db: TrajectoryDatabase, timeline: Timeline) -> None:
    """The plan, validated by the steering group and linked to the demo barriers; its actions
    start after the validation and their follow-up after their start; each barrier is in action
    once one of its actions runs."""
    barrier_ids = demo_barrier_ids()
    validated = timeline.ago(VALIDATED)
    pillars = []
    histories: list[list[tuple[str, date, str]]] = []
    for pillar_title, goals in PLAN:
        goal_records = []
        for goal_title, actions in goals:
            records = []
            for (title, concrete, risks, needs, owner, partners, start, due, means, indicator,
                 linked, bs, principles, moscow, history) in actions:
                starts_on = timeline.later(validated, start)
                records.append(ActionRecord(
                    id=new_id(), title=title, concrete=concrete, risks=risks, needs=needs,
                    owner=owner, partners=partners, starts_on=starts_on,
                    due_on=timeline.month_end(due), means=means, indicator=indicator,
                    barrier_ids=tuple(barrier_ids[i] for i in linked), bs=bs,
                    principles=principles, moscow=moscow, validated_on=validated,
                    validation=DECISION, reported_back=REPORTED_BACK.get(title, "")))
                histories.append([(status, timeline.later(starts_on, days), note)
                                  for status, days, note in history])
            goal_records.append(GoalRecord(new_id(), goal_title, 0, tuple(records)))
        pillars.append(PillarRecord(new_id(), pillar_title, tuple(goal_records)))
    plan.add_plan(db, pillars, on=validated)
    for action, steps in zip(all_actions(pillars), histories, strict=True):
        for status, on, note in steps:
            follow_up.add_status(db, new_id(), action.id, status, on, note)
    for number, barrier_id in enumerate(barrier_ids):
        stage = "in_action" if signal_status(number) != "analysed" else "prioritised"
        barriers.update_barrier(db, replace(barriers.get_barrier(db, barrier_id), status=stage))
