"""The demo trajectory: a fictional Flemish region well into its drempelmeter trajectory, dated
back from the day the demo is made."""

from __future__ import annotations

import os
from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from ..domain.ids import new_id
from ..store.database import TrajectoryDatabase
from ..store.errors import FileAlreadyExists
from . import decisions, partners, phases, signals, workshops
from .demo_barriers import add_demo_barriers, barrier_of
from .demo_followup import add_demo_followup
from .demo_indicators import add_demo_indicators
from .demo_measurement import add_demo_measurement
from .demo_plan import add_demo_plan, signal_status
from .demo_policy import add_demo_policy
from .demo_signals import BRUG, SIGNALS
from .demo_steering import add_demo_steering
from .demo_words import add_demo_words
from .demo_workshop import add_demo_workshops
from .records import (
    AgendaEntry,
    DecisionRecord,
    ParticipantRecord,
    PartnerRecord,
    PhaseStatus,
    SessionRecord,
    SignalRecord,
    TrajectoryRecord,
)
from .trajectory import create_trajectory


@dataclass(frozen=True)
class Timeline:
    """The demo's calendar, counted back from the day it is made: the work falls on working
    days and nothing is dated after `today`; only deadlines lie ahead."""

    today: date

    def ago(self, days: int) -> date:
        """The working day `days` before today (a Saturday or Sunday moves back to Friday)."""
        return _working_day(self.today - timedelta(days=days))

    def later(self, start: date, days: int) -> date:
        """The working day `days` after `start`, never after today."""
        return min(_working_day(start + timedelta(days=days)), self.today)

    def month_end(self, days: int) -> date:
        """A deadline: the last day of the month `days` from today (negative: in the past)."""
        day = self.today + timedelta(days=days)
        return day.replace(day=monthrange(day.year, day.month)[1])


def _working_day(day: date) -> date:
    return day - timedelta(days=max(0, day.weekday() - 4))


#: How many days before the demo is made the trajectory started.
STARTED = 700
COACH = "Sofie Wuytack"

# (name, kind, type)
PARTNERS = (
    ("Sociaal Huis Demerstad", "core", "local_government"),
    ("OCMW Heuvelgem", "core", "local_government"),
    ("CAW Demervallei", "core", "caw"),
    ("DMW Ziekenfonds Zorgzaam", "core", "dmw"),
    ("DMW Ziekenfonds Samenhuis", "core", "dmw"),
    ("Huis van het Kind Demerstad", "cooperating", "huis_van_het_kind"),
    ("Kind en Gezin, regioteam Demervallei", "cooperating", "kind_en_gezin"),
    (BRUG, "cooperating", "poverty_association"),
)

# (name, role, partner name or None, groups); people with lived experience go by first name and
# initial only.
PARTICIPANTS = (
    (COACH, "process_coach", None, ("steering", "working")),
    ("Marc Deleersnijder", "policy_worker", "Sociaal Huis Demerstad", ("steering",)),
    ("Hilde Vanoirbeek", "policy_worker", "OCMW Heuvelgem", ("steering",)),
    ("Koen Bastiaensen", "policy_worker", "CAW Demervallei", ("steering",)),
    ("Nadia Bouhaddi", "policy_worker", "DMW Ziekenfonds Zorgzaam", ("steering",)),
    ("Peter Lauwerys", "policy_worker", "DMW Ziekenfonds Samenhuis", ("steering",)),
    ("Lien Verstrepen", "front_line_worker", "Sociaal Huis Demerstad", ("working",)),
    ("Tom Dierckx", "front_line_worker", "OCMW Heuvelgem", ("working",)),
    ("Ayse Korkmaz", "front_line_worker", "CAW Demervallei", ("working",)),
    ("Greet Coppenolle", "front_line_worker", "DMW Ziekenfonds Zorgzaam", ("working",)),
    ("Bart Meulemans", "front_line_worker", "DMW Ziekenfonds Samenhuis", ("working",)),
    ("Evi Lenskens", "front_line_worker", "Huis van het Kind Demerstad", ("working",)),
    ("Joke Vanderwaeren", "front_line_worker", "Kind en Gezin, regioteam Demervallei",
     ("working",)),
    ("Rita V.", "lived_experience", BRUG, ("working", "sounding_board")),
    ("Ahmed B.", "lived_experience", None, ("sounding_board",)),
    ("Martine D.", "lived_experience", None, ("sounding_board",)),
    ("Yusuf Demirci", "bridge_figure", "Huis van het Kind Demerstad", ("working", "sounding_board")),
)
#: Who votes and places barriers in phase 4: the working group, without the coach who leads it.
WORKING_GROUP = tuple(name for name, _role, _partner, groups in PARTICIPANTS
                      if "working" in groups and name != COACH)

STEERING = (COACH, "Marc Deleersnijder", "Hilde Vanoirbeek", "Koen Bastiaensen", "Nadia Bouhaddi",
            "Peter Lauwerys")

# phase number: (state, started, finished (days before today), checklist keys done while the phase
# runs, notes per checklist key)
PHASE_STATES: dict[int, tuple[str, int, int | None, tuple[str, ...], dict[str, str]]] = {
    1: ("done", STARTED, 647, (), {
        "privacy_agreed": "Afgesproken: signalen nooit herleidbaar tot één persoon, ook niet via "
                          "een zeldzame combinatie van kenmerken.",
        "start_approved": "Beslist op de stuurgroep, unaniem.",
    }),
    2: ("done", 644, 560, (), {
        "bundles_received": "Elke partner leverde een bundel; de armoedevereniging deed dat "
                            "mondeling, de coach noteerde.",
    }),
    3: ("done", 500, 445, (), {
        "questionnaire_chosen": "Standaardvragenlijst, met eenvoudige taal voor cliënten.",
    }),
    4: ("done", 440, 388, (), {
        "priorities_set": "Rangorde uit de plaatsing op impact en inspanning, na de "
                          "stippenstemming; het bezwaar van de ervaringsdeskundigen is "
                          "meegenomen.",
    }),
    5: ("done", 385, 347, (), {}),
    6: ("in_progress", 340, None, ("actions_followed", "reported_back"), {
        "actions_followed": "De werkgroep overloopt de stand van de acties op elke "
                            "opvolgingsvergadering.",
    }),
}

# (phase, days before today, title, location, agenda [(text, minutes)], notes, attendee names)
SESSIONS = (
    (1, 692, "Startmoment stuurgroep", "Sociaal Huis Demerstad, zaal Linde",
     [("Welkom en kennismaking", 15), ("Wat is de drempelmeter?", 30),
      ("Afbakening: doelgroepen en partners", 45), ("Afspraken en kalender", 30)],
     "De stuurgroep wil vooral zicht krijgen op drempels bij de doorverwijzing tussen partners. "
     "Vraag om de armoedevereniging vanaf het begin te betrekken.", STEERING),
    (1, 678, "Kennismaking werkgroep", "CAW Demervallei, onthaalruimte",
     [("Kennismakingsronde", 20), ("Wat is een signaal, en wat niet?", 40),
      ("Verwachtingen en bezorgdheden", 40), ("Volgende stappen", 10)],
     "Bezorgdheid bij basiswerkers: wordt dit extra registratiewerk? Afgesproken dat de bundel "
     "kort blijft en dat de coach helpt bij het invullen.", (COACH, *WORKING_GROUP)),
    (1, 650, "Buikgevoel en startbeslissing", "Stadhuis Demerstad",
     [("Buikgevoel per B: stemronde", 30), ("Bespreking van de uitslag", 30),
      ("Beslissing over de start", 15)],
     "Laagste buikgevoel voor begrijpbaarheid en bekendheid. Start goedgekeurd.",
     (*STEERING, "Rita V.")),
    (2, 615, "Signalen verzamelen", "OCMW Heuvelgem, polyvalente zaal",
     [("Uitleg bij de signalenbundel", 20), ("In duo's: signalen uit de praktijk", 60),
      ("Terugkoppeling in groep", 30)],
     "Veel signalen rond brieven en formulieren, en rond het telefonisch bereik over de middag.",
     (COACH, "Lien Verstrepen", "Tom Dierckx", "Ayse Korkmaz", "Greet Coppenolle",
      "Bart Meulemans", "Evi Lenskens", "Rita V.")),
    (2, 594, "Het pad van de cliënt uittekenen", "Huis van het Kind Demerstad",
     [("Vóór de deur", 30), ("Aan de deur", 30), ("Na de deur", 30), ("Wat valt op?", 20)],
     "De klankgroep tekende mee. Opvallend: wie één keer werd doorverwezen en geen antwoord "
     "kreeg, komt zelden terug.",
     (COACH, "Evi Lenskens", "Joke Vanderwaeren", "Yusuf Demirci", "Rita V.", "Ahmed B.",
      "Martine D.")),
    (2, 566, "Signalen bundelen tot drempels", "CAW Demervallei, zaal Eik",
     [("Overzicht van alle bundels", 20), ("Clusteren op de muur", 60),
      ("Namen geven aan de clusters", 30)],
     "Kandidaat-drempels benoemd en beschreven in de woorden van de werkgroep; signalen die "
     "nergens bij passen, blijven opgemerkt voor een volgende ronde.",
     (COACH, "Lien Verstrepen", "Tom Dierckx", "Ayse Korkmaz", "Greet Coppenolle",
      "Bart Meulemans", "Joke Vanderwaeren", "Rita V.")),
    (3, 492, "Voorbereiding nulmeting", "Sociaal Huis Demerstad, zaal Linde",
     [("Vragenlijsten overlopen", 45), ("Wie bevraagt wie, en wanneer?", 30),
      ("Afspraken over anonimiteit", 15)],
     "Elke partner bevraagt zijn medewerkers en leidinggevenden; cliënten vullen de vragenlijst "
     "op papier in, met hulp van wie ze kennen.",
     (COACH, "Lien Verstrepen", "Tom Dierckx", "Ayse Korkmaz", "Greet Coppenolle",
      "Bart Meulemans", "Evi Lenskens")),
    (3, 471, "Bevraging klankgroep", BRUG,
     [("Uitleg en koffie", 20), ("Vragenlijst samen overlopen", 60)],
     "De vragenlijst in eenvoudige taal werkte goed; enkele vragen over betaalbaarheid waren "
     "onduidelijk en worden herschreven.",
     (COACH, "Rita V.", "Ahmed B.", "Martine D.", "Yusuf Demirci")),
    (4, 425, "Resultaten van de nulmeting duiden", "OCMW Heuvelgem, polyvalente zaal",
     [("De nulmeting per B", 30), ("Verschil tussen medewerkers en cliënten", 40),
      ("Wat herkennen we?", 30)],
     "Cliënten scoren bekendheid en begrijpbaarheid duidelijk lager dan medewerkers. Elke "
     "partner krijgt zijn eigen terugkoppeling.", (COACH, *WORKING_GROUP)),
    (4, 406, "Prioriteren: stippenstemming", "CAW Demervallei, zaal Eik",
     [("Elke drempel kort besproken", 45), ("Stippenstemming", 20), ("Bezwaarronde", 25)],
     "Na de bespreking per drempel stemde de werkgroep met stippen; de ervaringsdeskundigen "
     "maakten bezwaar bij een drempel met weinig stippen.", (COACH, *WORKING_GROUP)),
    (4, 392, "Prioriteren: impact en inspanning", "Huis van het Kind Demerstad",
     [("Terugblik op de stemming", 15), ("Drempels plaatsen op het bord", 60),
      ("Conclusie", 15)],
     "Elke drempel kreeg een plaats op het bord impact en inspanning; die rangorde geldt voor "
     "het actieplan.", (COACH, *WORKING_GROUP)),
    (5, 370, "Het actieplan uitschrijven", "Sociaal Huis Demerstad, zaal Linde",
     [("Pijlers en doelen", 40), ("Acties met de drie vragen", 60), ("Trekkers en timing", 30)],
     "Per actie de drie vragen beantwoord; de pre-mortem leverde de meeste discussie op.",
     (COACH, *WORKING_GROUP)),
    (5, 349, "Validatie van het actieplan", "Stadhuis Demerstad",
     [("Voorstelling van het actieplan", 30), ("Vragen en bijsturing", 30), ("Beslissing", 15)],
     "De stuurgroep keurt het actieplan goed en vraagt een regelmatige stand van zaken.",
     STEERING),
    (6, 250, "Eerste opvolging van de acties", "CAW Demervallei, zaal Eik",
     [("Stand per actie", 60), ("Wat loopt er mis?", 30)],
     "De meeste acties lopen; het spreekuur in de bibliotheek vond geen geschikte ruimte.",
     (COACH, *WORKING_GROUP)),
    (6, 120, "Stand van zaken voor de stuurgroep", "Stadhuis Demerstad",
     [("Stand van de acties", 30), ("Terugkoppeling aan wie signaleerde", 20),
      ("Voorbereiding eindmeting", 20)],
     "De afspraken over warme overdracht zijn rond en teruggekoppeld. De eindmeting start "
     "wanneer de acties lang genoeg lopen.", STEERING),
)

# (days before today, by, text, phase)
DECISIONS = (
    (692, "steering", "Het traject richt zich op de hele eerstelijnszone, met Demerstad en "
     "Heuvelgem als trekkende besturen.", 1),
    (692, "steering", "De armoedevereniging neemt deel aan de werkgroep als "
     "samenwerkingspartner.", 1),
    (650, "steering", "De start van het traject is goedgekeurd.", 1),
    (615, "working", "Signalen worden per partner gebundeld; de coach verzamelt de bundels.", 2),
    (566, "working", "De kandidaat-drempels gaan door naar de nulmeting en de prioritering.", 2),
    (492, "coach", "Resultaten van groepen met minder dan vijf respondenten worden niet "
     "afzonderlijk getoond.", 3),
    (392, "working", "De plaatsing op impact en inspanning geldt als prioritering; de drempel "
     "waarbij bezwaar werd gemaakt, krijgt een eigen actie.", 4),
    (349, "steering", "Het actieplan is goedgekeurd.", 5),
)


def _details(timeline: Timeline) -> TrajectoryRecord:
    started = timeline.ago(STARTED)
    return TrajectoryRecord(
        name=f"Drempelmeter Demervallei {started.year}–{timeline.today.year}",
        region="Eerstelijnszone Demervallei",
        coach=COACH,
        start_date=started,
        target_groups=("poverty", "elderly", "young_families", "newcomers", "digitally_excluded"),
        optional_bs=("betreedbaarheid", "begripvolheid"),
        suppression_threshold=5,
    )


def build_demo(path: Path, today: date | None = None) -> None:
    """Write the demo trajectory to `path` (which must not exist), complete or not at all,
    dated as if it is `today` (the day it is made)."""
    path = Path(path)
    if path.exists():
        raise FileAlreadyExists(path)
    timeline = Timeline(today or date.today())
    partial = path.with_name(f"{path.name}.demo-partial")
    partial.unlink(missing_ok=True)
    db = create_trajectory(partial, _details(timeline))
    try:
        _fill(db, timeline)
    finally:
        db.close()
    try:
        if path.exists():
            raise FileAlreadyExists(path)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _fill(db: TrajectoryDatabase, timeline: Timeline) -> None:
    partner_ids: dict[str, str] = {}
    for name, kind, type_ in PARTNERS:
        partner_ids[name] = partners.add_partner(db, PartnerRecord(new_id(), name, kind, type_)).id
    people: dict[str, str] = {}
    for name, role, partner, groups in PARTICIPANTS:
        people[name] = new_id()
        partners.add_participant(db, ParticipantRecord(
            people[name], name, role, partner_ids[partner] if partner else None, groups
        ))
    for number, (state, started, finished, done, checklist_notes) in PHASE_STATES.items():
        phases.restore_phase_state(db, PhaseStatus(
            number, state, timeline.ago(started),
            None if finished is None else timeline.ago(finished)))
        for item in phases.checklist(db, number):
            if state == "done" or item.key in done:
                phases.set_checklist_done(db, item.id, True)
            if item.key in checklist_notes:
                phases.set_checklist_note(db, item.id, checklist_notes[item.key])
    for number, days, title, location, agenda, notes, attendees in SESSIONS:
        workshops.save_session(db, SessionRecord(
            id=new_id(), phase_number=number, held_on=timeline.ago(days), title=title,
            location=location, notes=notes, agenda=tuple(AgendaEntry(t, m) for t, m in agenda),
            attendee_ids=tuple(people[a] for a in attendees),
        ))
    for days, by, text, number in DECISIONS:
        decisions.save_decision(db, DecisionRecord(new_id(), timeline.ago(days), by, text, number))
    signal_ids = [new_id() for _ in SIGNALS]
    signals.add_signals(db, [
        SignalRecord(
            id=signal_id, partner_id=partner_ids[partner], description=text, primary_b=b,
            level=level, journey_moment=moment, channel=channel, target_groups=groups,
            life_domains=domains, severity=severity, frequency=frequency,
            status=signal_status(barrier_of(number)),
            source="lived_experience" if partner == BRUG else "front_line_worker",
            created_at=_received(timeline, partner, number),
        )
        for number, (signal_id, (partner, b, level, moment, channel, groups, domains, severity,
                                 frequency, text)) in enumerate(zip(signal_ids, SIGNALS, strict=True))
    ])
    add_demo_measurement(db, partners.list_partners(db), timeline)
    add_demo_barriers(db, signal_ids, WORKING_GROUP, timeline)
    add_demo_policy(db, timeline)
    add_demo_plan(db, timeline)
    add_demo_indicators(db, timeline)
    add_demo_followup(db, timeline)
    add_demo_workshops(db)
    add_demo_steering(db, timeline)
    add_demo_words(db)


def _received(timeline: Timeline, partner: str, number: int) -> datetime:
    """When a signal came in: with its partner's bundle, between the session that asked for the
    bundles and the one that clustered them."""
    order = [name for name, _kind, _type in PARTNERS].index(partner)
    return datetime.combine(timeline.ago(610 - 5 * order), time(9), UTC) + timedelta(minutes=number)
