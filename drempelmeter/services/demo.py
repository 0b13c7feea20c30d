"""The demo trajectory: a fictional Flemish region halfway through its drempelmeter trajectory."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from ..domain.ids import new_id
from ..store.database import TrajectoryDatabase
from ..store.errors import FileAlreadyExists, FileLocked
from ..store.lock import FileLock
from . import decisions, partners, phases, signals, workshops
from .demo_barriers import add_demo_barriers, demo_barrier_ids
from .demo_measurement import add_demo_measurement
from .demo_plan import add_demo_plan
from .demo_signals import SIGNALS
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

DEMO_NAME = "Demervallei (demo).drempel"

DETAILS = TrajectoryRecord(
    name="Drempelmeter Demervallei 2026–2027",
    region="Eerstelijnszone Demervallei",
    coach="Sofie Claes",
    start_date=date(2026, 2, 2),
    target_groups=("poverty", "elderly", "young_families", "newcomers", "digitally_excluded"),
    optional_bs=("betreedbaarheid", "begripvolheid"),
    suppression_threshold=5,
)

# (name, kind, type)
PARTNERS = (
    ("Sociaal Huis Demerstad", "core", "local_government"),
    ("OCMW Heuvelgem", "core", "local_government"),
    ("CAW Demervallei", "core", "caw"),
    ("DMW Ziekenfonds Zorgzaam", "core", "dmw"),
    ("DMW Ziekenfonds Samenhuis", "core", "dmw"),
    ("Huis van het Kind Demerstad", "cooperating", "huis_van_het_kind"),
    ("Kind en Gezin, regioteam Demervallei", "cooperating", "kind_en_gezin"),
    ("Armoedevereniging De Brug", "cooperating", "other"),
)

# (name, role, partner name or None, groups)
PARTICIPANTS = (
    ("Sofie Claes", "other", None, ("steering", "working")),
    ("Marc Peeters", "policy_worker", "Sociaal Huis Demerstad", ("steering",)),
    ("Hilde Wouters", "policy_worker", "OCMW Heuvelgem", ("steering",)),
    ("Koen Janssens", "policy_worker", "CAW Demervallei", ("steering",)),
    ("Nadia El Amrani", "policy_worker", "DMW Ziekenfonds Zorgzaam", ("steering",)),
    ("Peter Vos", "policy_worker", "DMW Ziekenfonds Samenhuis", ("steering",)),
    ("Lien Maes", "front_line_worker", "Sociaal Huis Demerstad", ("working",)),
    ("Tom Hermans", "front_line_worker", "OCMW Heuvelgem", ("working",)),
    ("Ayse Yilmaz", "front_line_worker", "CAW Demervallei", ("working",)),
    ("Greet Smets", "front_line_worker", "DMW Ziekenfonds Zorgzaam", ("working",)),
    ("Bart Willems", "front_line_worker", "DMW Ziekenfonds Samenhuis", ("working",)),
    ("Evi Goossens", "front_line_worker", "Huis van het Kind Demerstad", ("working",)),
    ("Joke Aerts", "front_line_worker", "Kind en Gezin, regioteam Demervallei", ("working",)),
    ("Rita V.", "lived_experience", "Armoedevereniging De Brug", ("working", "sounding_board")),
    ("Ahmed B.", "lived_experience", None, ("sounding_board",)),
    ("Martine D.", "lived_experience", None, ("sounding_board",)),
    ("Yusuf Demir", "bridge_figure", "Huis van het Kind Demerstad", ("working", "sounding_board")),
)

# phase number: (state, started, finished, notes per checklist key)
PHASE_STATES = {
    1: ("done", date(2026, 2, 2), date(2026, 3, 20), {
        "privacy_agreed": "Afgesproken: signalen nooit herleidbaar tot één persoon, ook niet via "
                          "een zeldzame combinatie van kenmerken.",
        "start_approved": "Stuurgroep van 17 maart, unaniem.",
    }),
    2: ("done", date(2026, 3, 23), date(2026, 6, 12), {
        "bundles_received": "Alle acht partners leverden een bundel; de armoedevereniging "
                            "deed dat mondeling, de coach noteerde.",
    }),
    3: ("in_progress", date(2026, 9, 14), None, {
        "questionnaire_chosen": "Standaardvragenlijst, met eenvoudige taal voor cliënten.",
    }),
}
PHASE_3_DONE = ("questionnaire_chosen", "staff_surveyed")

# (phase, date, title, location, agenda [(text, minutes)], notes, attendee names)
SESSIONS = (
    (1, date(2026, 2, 10), "Startmoment stuurgroep", "Sociaal Huis Demerstad, zaal Linde",
     [("Welkom en kennismaking", 15), ("Wat is de drempelmeter?", 30),
      ("Afbakening: doelgroepen en partners", 45), ("Afspraken en kalender", 30)],
     "De stuurgroep wil vooral zicht krijgen op drempels bij de doorverwijzing tussen partners. "
     "Vraag om de armoedevereniging vanaf het begin te betrekken.",
     ("Sofie Claes", "Marc Peeters", "Hilde Wouters", "Koen Janssens", "Nadia El Amrani",
      "Peter Vos")),
    (1, date(2026, 2, 24), "Kennismaking werkgroep", "CAW Demervallei, onthaalruimte",
     [("Kennismakingsronde", 20), ("Wat is een signaal, en wat niet?", 40),
      ("Verwachtingen en bezorgdheden", 40), ("Volgende stappen", 10)],
     "Bezorgdheid bij basiswerkers: wordt dit extra registratiewerk? Afgesproken dat de bundel "
     "kort blijft en dat de coach helpt bij het invullen.",
     ("Sofie Claes", "Lien Maes", "Tom Hermans", "Ayse Yilmaz", "Greet Smets", "Bart Willems",
      "Evi Goossens", "Joke Aerts", "Rita V.", "Yusuf Demir")),
    (1, date(2026, 3, 17), "Buikgevoel en startbeslissing", "Stadhuis Demerstad",
     [("Buikgevoel per B: stemronde", 30), ("Bespreking van de uitslag", 30),
      ("Beslissing over de start", 15)],
     "Laagste buikgevoel voor begrijpbaarheid en bekendheid. Start goedgekeurd.",
     ("Sofie Claes", "Marc Peeters", "Hilde Wouters", "Koen Janssens", "Nadia El Amrani",
      "Peter Vos", "Rita V.")),
    (2, date(2026, 4, 21), "Signalen verzamelen", "OCMW Heuvelgem, polyvalente zaal",
     [("Uitleg bij de signalenbundel", 20), ("In duo's: signalen uit de praktijk", 60),
      ("Terugkoppeling in groep", 30)],
     "Veel signalen rond brieven en formulieren, en rond het telefonisch bereik over de middag.",
     ("Sofie Claes", "Lien Maes", "Tom Hermans", "Ayse Yilmaz", "Greet Smets", "Bart Willems",
      "Evi Goossens", "Rita V.")),
    (2, date(2026, 5, 12), "Het pad van de cliënt uittekenen", "Huis van het Kind Demerstad",
     [("Vóór de deur", 30), ("Aan de deur", 30), ("Na de deur", 30), ("Wat valt op?", 20)],
     "De klankgroep tekende mee. Opvallend: wie één keer werd doorverwezen en geen antwoord "
     "kreeg, komt zelden terug.",
     ("Sofie Claes", "Evi Goossens", "Joke Aerts", "Yusuf Demir", "Rita V.", "Ahmed B.",
      "Martine D.")),
    (2, date(2026, 6, 9), "Signalen bundelen tot drempels", "CAW Demervallei, zaal Eik",
     [("Overzicht van alle bundels", 20), ("Clusteren op de muur", 60),
      ("Namen geven aan de clusters", 30)],
     "Elf kandidaat-drempels; de meeste worden door drie of meer partners herkend.",
     ("Sofie Claes", "Lien Maes", "Tom Hermans", "Ayse Yilmaz", "Greet Smets", "Bart Willems",
      "Joke Aerts", "Rita V.")),
    (3, date(2026, 9, 22), "Voorbereiding nulmeting", "Sociaal Huis Demerstad, zaal Linde",
     [("Vragenlijsten overlopen", 45), ("Wie bevraagt wie, en wanneer?", 30),
      ("Afspraken over anonimiteit", 15)],
     "Elke partner bevraagt minstens vijf medewerkers; cliënten worden bevraagd via de "
     "armoedevereniging en het Huis van het Kind, op papier.",
     ("Sofie Claes", "Lien Maes", "Tom Hermans", "Ayse Yilmaz", "Greet Smets", "Bart Willems",
      "Evi Goossens")),
    (3, date(2026, 10, 13), "Bevraging klankgroep", "Armoedevereniging De Brug",
     [("Uitleg en koffie", 20), ("Vragenlijst samen overlopen", 60)],
     "Vragenlijst in eenvoudige taal werkte goed; twee vragen over betaalbaarheid waren "
     "onduidelijk en worden herschreven.",
     ("Sofie Claes", "Rita V.", "Ahmed B.", "Martine D.", "Yusuf Demir")),
)

# (date, by, text, phase)
DECISIONS = (
    (date(2026, 2, 10), "steering",
     "Het traject richt zich op de hele eerstelijnszone, met Demerstad en Heuvelgem als "
     "trekkende besturen.", 1),
    (date(2026, 2, 10), "steering",
     "De armoedevereniging De Brug neemt deel aan de werkgroep als samenwerkingspartner.", 1),
    (date(2026, 3, 17), "steering", "De start van het traject is goedgekeurd.", 1),
    (date(2026, 4, 21), "working",
     "Signalen worden per partner gebundeld; de coach verzamelt ze uiterlijk eind mei.", 2),
    (date(2026, 6, 9), "working",
     "Elf kandidaat-drempels gaan door naar de nulmeting en de prioritering.", 2),
    (date(2026, 9, 22), "coach",
     "Resultaten van groepen met minder dan vijf respondenten worden niet afzonderlijk "
     "getoond.", 3),
)


def build_demo(path: Path) -> None:
    """Write the demo trajectory to `path` (which must not exist), complete or not at all."""
    path = Path(path)
    if path.exists():
        raise FileAlreadyExists(path)
    partial = path.with_name(f"{path.name}.demo-partial")
    partial.unlink(missing_ok=True)
    db = create_trajectory(partial, DETAILS)
    try:
        _fill(db)
    finally:
        db.close()
    try:
        if path.exists():
            raise FileAlreadyExists(path)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def fresh_demo(folder: Path) -> Path:
    """A new copy of the demo in `folder`, replacing the previous copy unless it is open."""
    target = folder / DEMO_NAME
    if target.exists():
        lock = FileLock(target.resolve())
        try:
            lock.acquire()
        except FileLocked:
            target = folder / f"{target.stem} {datetime.now():%Y%m%d-%H%M%S}{target.suffix}"
        else:
            target.unlink()
            lock.release()
    build_demo(target)
    return target


def _fill(db: TrajectoryDatabase) -> None:
    partner_ids: dict[str, str] = {}
    for name, kind, type_ in PARTNERS:
        partner_ids[name] = partners.add_partner(db, PartnerRecord(new_id(), name, kind, type_)).id
    people: dict[str, str] = {}
    for name, role, partner, groups in PARTICIPANTS:
        people[name] = new_id()
        partners.add_participant(db, ParticipantRecord(
            people[name], name, role, partner_ids[partner] if partner else None, groups
        ))
    for number, (state, started, finished, notes) in PHASE_STATES.items():
        phases.restore_phase_state(db, PhaseStatus(number, state, started, finished))
        for item in phases.checklist(db, number):
            if state == "done" or item.key in PHASE_3_DONE:
                phases.set_checklist_done(db, item.id, True)
            if item.key in notes:
                phases.set_checklist_note(db, item.id, notes[item.key])
    for number, held_on, title, location, agenda, notes, attendees in SESSIONS:
        workshops.save_session(db, SessionRecord(
            id=new_id(), phase_number=number, held_on=held_on, title=title, location=location,
            notes=notes, agenda=tuple(AgendaEntry(t, m) for t, m in agenda),
            attendee_ids=tuple(people[a] for a in attendees),
        ))
    for decided_on, by, text, number in DECISIONS:
        decisions.save_decision(db, DecisionRecord(new_id(), decided_on, by, text, number))
    signal_ids = [new_id() for _ in SIGNALS]
    signals.add_signals(db, [
        SignalRecord(
            id=signal_id, partner_id=partner_ids[partner], description=text, primary_b=b,
            level=level, journey_moment=moment, channel=channel, target_groups=groups,
            life_domains=domains, severity=severity, frequency=frequency, status=status,
            source="front_line_worker" if partner != "Armoedevereniging De Brug"
            else "lived_experience",
        )
        for signal_id, (partner, b, level, moment, channel, groups, domains, severity, frequency,
                        status, text) in zip(signal_ids, SIGNALS, strict=True)
    ])
    add_demo_measurement(db, partners.list_partners(db))
    add_demo_barriers(db, signal_ids)
    add_demo_plan(db, demo_barrier_ids())
