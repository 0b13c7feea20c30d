"""The barrier taxonomy of DOMAIN.md: the B's, levels and every other closed signal field."""

from __future__ import annotations

from .terms import Term, Vocabulary

#: The seven accessibility dimensions every trajectory uses.
CORE_BS = Vocabulary(
    "core_bs",
    (
        Term(
            "bekendheid", "Bekendheid", "Awareness",
            "Weten mensen dat het aanbod bestaat en wat ze er kunnen vragen?",
            "Do people know the service exists and what they can ask for?",
        ),
        Term(
            "bereikbaarheid", "Bereikbaarheid", "Reachability",
            "Kunnen mensen de dienst bereiken, op de plaats en op het uur dat voor hen haalbaar is?",
            "Can people reach the service, at a place and time that works for them?",
        ),
        Term(
            "beschikbaarheid", "Beschikbaarheid", "Availability",
            "Is er hulp wanneer ze nodig is, zonder wachtlijsten of administratieve hindernissen?",
            "Is help there when it is needed, without waiting lists or paperwork hurdles?",
        ),
        Term(
            "betaalbaarheid", "Betaalbaarheid", "Affordability",
            "Kunnen mensen de kosten dragen, ook de verborgen en de psychologische?",
            "Can people bear the cost, including hidden and psychological costs?",
        ),
        Term(
            "begrijpbaarheid", "Begrijpbaarheid", "Understandability",
            "Zijn informatie, brieven en gesprekken helder voor wie ze krijgt?",
            "Are information, letters and conversations clear to those who receive them?",
        ),
        Term(
            "bruikbaarheid", "Bruikbaarheid", "Usability",
            "Past het aanbod bij wat mensen echt nodig hebben?",
            "Does the service fit what people actually need?",
        ),
        Term(
            "betrouwbaarheid", "Betrouwbaarheid", "Trustworthiness",
            "Vertrouwen mensen de dienst en de mensen die er werken?",
            "Do people trust the service and the people who work there?",
        ),
    ),
)

#: The two B's a trajectory may switch on.
OPTIONAL_BS = Vocabulary(
    "optional_bs",
    (
        Term(
            "betreedbaarheid", "Betreedbaarheid", "Enterability",
            "Durven en kunnen mensen het gebouw binnenstappen?",
            "Do people dare and manage to step into the building?",
        ),
        Term(
            "begripvolheid", "Begripvolheid", "Empathy",
            "Voelen mensen zich met begrip en respect ontvangen?",
            "Do people feel received with understanding and respect?",
        ),
    ),
)

#: Every B, core first.
ALL_BS = Vocabulary("all_bs", CORE_BS.terms + OPTIONAL_BS.terms)


def active_bs(optional_keys: tuple[str, ...] | list[str]) -> tuple[Term, ...]:
    """The B's in use for a trajectory that switched on `optional_keys`."""
    return CORE_BS.terms + tuple(t for t in OPTIONAL_BS if t.key in optional_keys)


LEVELS = Vocabulary(
    "levels",
    (
        Term("policy", "Regelgeving en beleid", "Regulation and policy"),
        Term("organisation", "Organisatie en aanbod", "Organisation and services"),
        Term("network", "Samenwerkingsverband en netwerk", "Partnership and network"),
        Term("relationship", "Relatie cliënt–hulpverlener", "Client–worker relationship"),
        Term("client", "Cliënt en vraagzijde", "Client and demand side"),
        Term("society", "Maatschappelijke context", "Societal context"),
    ),
)

NON_TAKE_UP_TYPES = Vocabulary(
    "non_take_up_types",
    (
        Term("not_known", "Niet kennen", "Not known"),
        Term("not_asked", "Niet vragen", "Not asked for"),
        Term("not_received", "Niet ontvangen", "Not received"),
        Term("not_offered", "Niet aangeboden", "Not offered"),
        Term("not_referred", "Niet toegeleid", "Not referred"),
    ),
)

JOURNEY_MOMENTS = Vocabulary(
    "journey_moments",
    (
        Term(
            "before_door", "Vóór de deur", "Before the door",
            "Zoeken, vinden en contact leggen.", "Searching, finding and making contact.",
        ),
        Term(
            "at_door", "Aan de deur", "At the door",
            "Onthaal, wachten en het eerste gesprek.", "Reception, waiting and the first talk.",
        ),
        Term(
            "after_door", "Na de deur", "After the door",
            "Vraag verhelderen, rechten, doorverwijzen en opvolgen.",
            "Clarifying the question, rights, referral and follow-up.",
        ),
    ),
)

CHANNELS = Vocabulary(
    "channels",
    (
        Term("desk", "Loket", "Front desk"),
        Term("phone", "Telefoon", "Telephone"),
        Term("email", "E-mail", "E-mail"),
        Term("online", "Website en online", "Website and online"),
        Term("letters", "Brieven en formulieren", "Letters and forms"),
        Term("outreach", "Huisbezoek en outreach", "Home visit and outreach"),
        Term("via_partner", "Via partner", "Through a partner"),
    ),
)

GBO_FUNCTIONS = Vocabulary(
    "gbo_functions",
    (
        Term("inform", "Informeren", "Informing"),
        Term("clarify", "Vraag verhelderen", "Clarifying the question"),
        Term("rights", "Rechten verkennen en realiseren", "Exploring and realising rights"),
        Term("refer", "Doorverwijzen en toeleiden", "Referring and guiding"),
        Term("overview", "Overzicht houden en terugvalbasis", "Keeping overview, fallback base"),
    ),
)

GBO_PRINCIPLES = Vocabulary(
    "gbo_principles",
    (
        Term("proactive", "Proactief", "Proactive"),
        Term("outreaching", "Outreachend", "Outreaching"),
        Term("participation", "Participatie", "Participation"),
        Term("subsidiarity", "Subsidiariteit", "Subsidiarity"),
        Term("strengths", "Krachtgericht", "Strengths-based"),
        Term("generalist", "Generalistisch", "Generalist"),
        Term("continuity", "Continuïteit", "Continuity"),
        Term("known_visible", "Bekend, herkenbaar en zichtbaar", "Known, recognisable and visible"),
        Term("persistent", "Aanklampend", "Persistent outreach"),
        Term("positive_relationship", "Positieve hulpverleningsrelatie",
             "Positive helping relationship"),
        Term("goal_oriented", "Doelgericht", "Goal-oriented"),
    ),
)

LIFE_DOMAINS = Vocabulary(
    "life_domains",
    (
        Term("income", "Inkomen", "Income"),
        Term("housing", "Wonen", "Housing"),
        Term("health", "Gezondheid", "Health"),
        Term("family", "Gezin", "Family"),
        Term("education", "Onderwijs", "Education"),
        Term("work", "Werk", "Work"),
        Term("leisure", "Vrije tijd", "Leisure"),
        Term("social_services", "Maatschappelijke dienstverlening", "Social services"),
        Term("participation", "Participatie", "Participation"),
    ),
)

#: Cross-cutting tags that go with the life domains.
LIFE_DOMAIN_TAGS = Vocabulary(
    "life_domain_tags",
    (
        Term("mobility", "Mobiliteit", "Mobility"),
        Term("digital_inclusion", "Digitale inclusie", "Digital inclusion"),
    ),
)

TARGET_GROUPS = Vocabulary(
    "target_groups",
    (
        Term("poverty", "Personen in armoede", "People in poverty"),
        Term("elderly", "Ouderen", "Older people"),
        Term("chronically_ill", "Chronisch zieken", "Chronically ill people"),
        Term("disability", "Personen met een handicap", "People with a disability"),
        Term("mental_health", "Psychisch kwetsbaren", "People with mental-health needs"),
        Term("carers", "Mantelzorgers", "Informal carers"),
        Term("young_families", "Gezinnen met jonge kinderen", "Families with young children"),
        Term("pregnant_and_infants", "Kwetsbare zwangeren en ouders van kinderen van 0–3 jaar",
             "Vulnerable pregnant women and parents of children aged 0–3"),
        Term("single_parents", "Éénoudergezinnen", "Single-parent families"),
        Term("youth", "Jongeren", "Young people"),
        Term("young_adults", "Jongvolwassenen", "Young adults"),
        Term("newcomers", "Nieuwkomers", "Newcomers"),
        Term("migration_background", "Personen met een migratieachtergrond",
             "People with a migration background"),
        Term("low_literacy", "Laaggeletterden", "People with low literacy"),
        Term("digitally_excluded", "Digitaal uitgeslotenen", "Digitally excluded people"),
        Term("homeless", "Dak- en thuislozen", "Homeless people"),
        Term("housing_problems", "Personen met een woonproblematiek",
             "People with housing problems"),
        Term("multi_problem", "Multiprobleemsituaties", "Multi-problem situations"),
        Term("other", "Andere", "Other"),
    ),
)

OBSERVATION_SOURCES = Vocabulary(
    "observation_sources",
    (
        Term("front_line_worker", "Basiswerker", "Front-line worker"),
        Term("client_via_worker", "Cliënt via basiswerker", "Client through a worker"),
        Term("sounding_board", "Klankgroep", "Sounding board"),
        Term("lived_experience", "Ervaringsdeskundige", "Lived-experience expert"),
        Term("policy_worker", "Beleidsmedewerker", "Policy worker"),
        Term("other", "Andere", "Other"),
    ),
)

SEVERITY = Vocabulary(
    "severity",
    (
        Term("0", "0 – geen probleem", "0 – no problem"),
        Term("1", "1 – cosmetisch", "1 – cosmetic"),
        Term("2", "2 – klein", "2 – minor"),
        Term("3", "3 – groot", "3 – major"),
        Term("4", "4 – blokkeert de toegang", "4 – blocks access"),
    ),
)

FREQUENCY = Vocabulary(
    "frequency",
    (
        Term("rarely", "Zelden", "Rarely"),
        Term("monthly", "Maandelijks", "Monthly"),
        Term("weekly", "Wekelijks", "Weekly"),
        Term("daily", "Dagelijks of structureel", "Daily or structural"),
    ),
)

INFLUENCE = Vocabulary(
    "influence",
    (
        Term("internal", "Intern oplosbaar", "Solvable within the organisation"),
        Term("partnership", "Binnen het samenwerkingsverband", "Within the partnership"),
        Term("supralocal", "Bovenlokaal of beleid", "Supra-local or policy"),
    ),
)

SIGNAL_STATUSES = Vocabulary(
    "signal_statuses",
    (
        Term("noticed", "Opgemerkt", "Noticed"),
        Term("bundled", "Gebundeld", "Bundled"),
        Term("analysed", "Geanalyseerd", "Analysed"),
        Term("in_action", "In actie", "In action"),
        Term("reported_back", "Teruggekoppeld", "Reported back"),
    ),
)

BARRIER_STATUSES = Vocabulary(
    "barrier_statuses",
    (
        Term("candidate", "Kandidaat", "Candidate"),
        Term("validated", "Gevalideerd", "Validated"),
        Term("prioritised", "Geprioriteerd", "Prioritised"),
        Term("in_action", "In actie", "In action"),
        Term("set_aside", "Niet weerhouden", "Set aside"),
    ),
)

#: The signal fields that take one value of a closed list, and the list.
SIGNAL_CHOICES: dict[str, Vocabulary] = {
    "level": LEVELS, "non_take_up": NON_TAKE_UP_TYPES, "journey_moment": JOURNEY_MOMENTS,
    "channel": CHANNELS, "gbo_function": GBO_FUNCTIONS, "gbo_principle": GBO_PRINCIPLES,
    "source": OBSERVATION_SOURCES, "frequency": FREQUENCY, "influence": INFLUENCE,
}
#: The signal fields that take several values of a closed list, and the list.
SIGNAL_MULTI_CHOICES: dict[str, Vocabulary] = {
    "life_domains": LIFE_DOMAINS, "tags": LIFE_DOMAIN_TAGS, "target_groups": TARGET_GROUPS,
}

#: The longest description a signal may have: a signal is short; details stay with the partner.
SIGNAL_DESCRIPTION_MAX = 2000

#: Every closed list of the taxonomy, for tests and exports that walk them all.
ALL_VOCABULARIES: tuple[Vocabulary, ...] = (
    CORE_BS, OPTIONAL_BS, LEVELS, NON_TAKE_UP_TYPES, JOURNEY_MOMENTS, CHANNELS, GBO_FUNCTIONS,
    GBO_PRINCIPLES, LIFE_DOMAINS, LIFE_DOMAIN_TAGS, TARGET_GROUPS, OBSERVATION_SOURCES, SEVERITY,
    FREQUENCY, INFLUENCE, SIGNAL_STATUSES,
)
