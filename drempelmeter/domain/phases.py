"""The six phases of the drempelmeter trajectory, with purpose, default checklist and records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .terms import Term, Vocabulary

PHASE_STATES = Vocabulary(
    "phase_states",
    (
        Term("not_started", "Niet gestart", "Not started"),
        Term("in_progress", "Bezig", "In progress"),
        Term("done", "Afgerond", "Done"),
    ),
)


@dataclass(frozen=True)
class Phase:
    """One phase: what it is for, what it should deliver and what it records."""

    number: int
    key: str
    title_nl: str
    title_en: str
    purpose_nl: str
    purpose_en: str
    checklist: tuple[Term, ...]
    records_nl: str
    records_en: str

    def title(self, language: str) -> str:
        return self.title_nl if language == "nl" else self.title_en

    def purpose(self, language: str) -> str:
        return self.purpose_nl if language == "nl" else self.purpose_en

    def records(self, language: str) -> str:
        return self.records_nl if language == "nl" else self.records_en


PHASES: tuple[Phase, ...] = (
    Phase(
        1, "kickoff", "Kennismaking en draagvlak", "Introduction and commitment",
        "De partners leren het instrument kennen, bakenen samen het traject af en geven de "
        "procescoach een duidelijk mandaat.",
        "The partners get to know the instrument, agree together on the scope of the trajectory "
        "and give the process coach a clear mandate.",
        (
            Term("instrument_presented", "Instrument voorgesteld aan stuur- en werkgroep",
                 "Instrument presented to the steering and working group"),
            Term("scope_agreed", "Afbakening en doelgroepen afgesproken",
                 "Scope and target groups agreed"),
            Term("partners_confirmed", "Partners en hun mandaat bevestigd",
                 "Partners and their mandate confirmed"),
            Term("privacy_agreed", "Afspraken over privacy en beroepsgeheim gemaakt",
                 "Agreements on privacy and professional secrecy made"),
            Term("calendar_set", "Kalender van de zes fasen vastgelegd",
                 "Calendar of the six phases set"),
            Term("gut_feeling_polled", "Buikgevoel per B gepeild", "Gut feeling per B polled"),
            Term("start_approved", "Beslissing: de start is goedgekeurd",
                 "Decision: the start is approved"),
        ),
        "Trajectcharter, deelnemers per rol, verwachtingen en bezorgdheden, buikgevoel per B, "
        "startbeslissing.",
        "Trajectory charter, participants by role, expectations and concerns, gut feeling per B, "
        "decision to start.",
    ),
    Phase(
        2, "inventory", "Inventaris en signalen", "Inventory and signals",
        "Elke partner brengt zijn signalenbundel binnen; samen brengen we bestaande initiatieven "
        "en het pad van de cliënt in kaart en bundelen we signalen tot drempels.",
        "Each partner brings in its signal bundle; together we map existing initiatives and the "
        "client journey, and cluster signals into barriers.",
        (
            Term("bundles_sent", "Signalenbundel naar elke partner verstuurd",
                 "Signal bundle sent to every partner"),
            Term("bundles_received", "Ingevulde bundels van alle partners ontvangen",
                 "Filled bundles received from all partners"),
            Term("initiatives_mapped", "Bestaande initiatieven in kaart gebracht",
                 "Existing initiatives mapped"),
            Term("journey_mapped", "Pad van de cliënt uitgetekend", "Client journey mapped"),
            Term("signals_clustered", "Signalen gebundeld tot mogelijke drempels",
                 "Signals clustered into candidate barriers"),
        ),
        "Signalen per partner, bestaande initiatieven, kandidaat-drempels.",
        "Signals per partner, existing initiatives, candidate barriers.",
    ),
    Phase(
        3, "baseline", "Nulmeting", "Baseline measurement",
        "Medewerkers, leidinggevenden en cliënten vullen een vragenlijst in; de scores per B "
        "vormen de nulmeting waaraan we later afmeten.",
        "Staff, management and clients fill in a questionnaire; the scores per B form the "
        "baseline we measure against later.",
        (
            Term("questionnaire_chosen", "Vragenlijst per doelgroep gekozen",
                 "Questionnaire chosen per stakeholder group"),
            Term("staff_surveyed", "Medewerkers en leidinggevenden bevraagd",
                 "Staff and management surveyed"),
            Term("clients_surveyed", "Cliënten en ervaringsdeskundigen bevraagd",
                 "Clients and lived-experience experts surveyed"),
            Term("responses_entered", "Alle antwoorden ingevoerd", "All responses entered"),
            Term("baseline_frozen", "Nulmeting afgesloten en bevroren",
                 "Baseline closed and frozen"),
        ),
        "Anonieme antwoorden per groep, scores per B, bevroren nulmeting.",
        "Anonymous responses per group, scores per B, frozen baseline.",
    ),
    Phase(
        4, "prioritise", "Duiding, terugkoppeling en prioritering",
        "Interpretation, feedback and prioritisation",
        "De resultaten gaan terug naar elke organisatie, we duiden ze samen en kiezen de drempels "
        "waar de regio mee aan de slag gaat.",
        "The results go back to each organisation, we interpret them together and choose the "
        "barriers the region will work on.",
        (
            Term("feedback_per_partner", "Resultaten teruggekoppeld aan elke partner",
                 "Results fed back to every partner"),
            Term("results_interpreted", "Resultaten samen geduid", "Results interpreted together"),
            Term("method_chosen", "Methode van prioriteren gekozen",
                 "Prioritisation method chosen"),
            Term("priorities_set", "Prioritaire drempels vastgelegd met motivering",
                 "Priority barriers recorded with their rationale"),
        ),
        "Terugkoppeling per partner, geprioriteerde lijst van drempels met methode en motivering.",
        "Feedback per partner, prioritised barrier list with method and rationale.",
    ),
    Phase(
        5, "action_plan", "Actieplan", "Action plan",
        "De prioritaire drempels worden een gedragen actieplan: pijlers, doelen en acties met een "
        "trekker, timing en indicator.",
        "The priority barriers become a supported action plan: pillars, goals and actions with an "
        "owner, timing and indicator.",
        (
            Term("pillars_goals", "Pijlers en doelen bepaald", "Pillars and goals set"),
            Term("actions_worked_out", "Acties uitgewerkt met de drie vragen",
                 "Actions worked out with the three questions"),
            Term("owners_set", "Trekker, timing en indicator per actie",
                 "Owner, timing and indicator per action"),
            Term("plan_validated", "Actieplan gevalideerd door de stuurgroep",
                 "Action plan validated by the steering group"),
        ),
        "Pijler → doel → actie, elke actie met de drie vragen, trekker, timing en indicator.",
        "Pillar → goal → action, each action with the three questions, owner, timing and "
        "indicator.",
    ),
    Phase(
        6, "follow_up", "Uitvoering, opvolging en hermeting", "Delivery, follow-up and re-measurement",
        "We volgen de acties op, meten opnieuw, vergelijken met de nulmeting en koppelen terug "
        "aan wie de signalen gaf.",
        "We follow the actions up, measure again, compare with the baseline and report back to "
        "those who raised the signals.",
        (
            Term("actions_followed", "Stand van de acties regelmatig opgevolgd",
                 "Progress of the actions followed up regularly"),
            Term("end_measurement", "Eindmeting uitgevoerd", "End measurement carried out"),
            Term("comparison_made", "Eindmeting vergeleken met de nulmeting",
                 "End measurement compared with the baseline"),
            Term("reported_back", "Teruggekoppeld aan wie de signalen gaf",
                 "Reported back to those who raised the signals"),
            Term("lessons_learned", "Lessen en volgende cyclus besproken",
                 "Lessons and next cycle discussed"),
        ),
        "Statusgeschiedenis van de acties, eindmeting, vergelijking met de nulmeting, lessen.",
        "Status history of the actions, end measurement, comparison with the baseline, lessons.",
    ),
)

PHASE_NUMBERS = tuple(p.number for p in PHASES)


def phase(number: int) -> Phase:
    """The phase with this number (1–6)."""
    return PHASES[number - 1]


def dates_for_state(
    state: str, started_on: date | None, finished_on: date | None, today: date
) -> tuple[date | None, date | None]:
    """The (started, finished) dates a phase gets when it moves to `state` on `today`.

    Starting keeps an earlier start date; finishing also starts a phase that never started;
    going back to "not started" or "in progress" clears what no longer holds.
    """
    if state == "not_started":
        return None, None
    started = started_on or today
    if state == "in_progress":
        return started, None
    return started, finished_on or today
