"""Workshop mode's rules: the coach's prompts and a default agenda per phase, what a capture can
be, the poll's answers, and how a pre-mortem becomes an action's risks and needs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .scoring import MIN_THRESHOLD
from .terms import Term, Vocabulary

#: What the coach captures from the room, to be reviewed after the session.
CAPTURE_KINDS = Vocabulary(
    "capture_kinds",
    (
        Term("signal", "Signaal", "Signal"),
        Term("idea", "Idee", "Idea"),
        Term("concern", "Bezorgdheid", "Concern"),
        Term("action", "Actiepunt", "Action point"),
    ),
)

#: A capture is a draft until it is reviewed: accepted (it became a record) or discarded.
DRAFT = "draft"
CAPTURE_STATES = Vocabulary(
    "capture_states",
    (
        Term(DRAFT, "Ontwerp", "Draft"),
        Term("accepted", "Aanvaard", "Accepted"),
        Term("discarded", "Geschrapt", "Discarded"),
    ),
)

#: The answers of the gut-feeling poll, as counted in the room: the scale, then the two that
#: never count in a mean.
POLL_ANSWERS = ("1", "2", "3", "4", "5", "dont_know", "not_applicable")


def poll_hidden(counts: Mapping[str, int], threshold: int) -> bool:
    """Whether the poll's counts of one B are hidden wherever they are printed (beside the
    names of those present, a small room's hands are its people's votes): the reports' rule
    for a small group (domain.scoring), fewer than `threshold` gave an answer from 1 to 5."""
    return sum(n for answer, n in counts.items() if answer.isdigit()) < max(threshold,
                                                                           MIN_THRESHOLD)

#: The two rounds of a pre-mortem: how the action could fail, then what it needs to succeed.
RISK = "risk"
NEED = "need"
PREMORTEM_STAGES = Vocabulary(
    "premortem_stages",
    (
        Term(RISK, "Hoe kan het initiatief mislukken?", "How could the initiative fail?"),
        Term(NEED, "Wat is er dan nodig om het idee te doen slagen?",
             "What does the idea need to succeed?"),
    ),
)

#: The questions a coach asks in each phase, in the coach's own words (Dutch: said in the room).
DEFAULT_PROMPTS: dict[int, tuple[str, ...]] = {
    1: (
        "Wat hoopt u dat dit traject over twee jaar veranderd heeft?",
        "Welke mensen bereiken we vandaag te weinig?",
        "Waar liggen de grenzen van ons traject: welke doelgroepen en welke diensten?",
        "Wat maakt u ongerust bij de start?",
        "Welke afspraak over privacy hebben we nodig om vrij te kunnen spreken?",
        "Hoe toegankelijk zijn we vandaag, volgens uw buikgevoel?",
    ),
    2: (
        "Wanneer haakte iemand af die u wou helpen? Wat gebeurde er net daarvoor?",
        "Welke vraag krijgt u steeds opnieuw, en waarom komt ze bij u terecht?",
        "Waar loopt het vast vóór de deur, aan de deur, en na de deur?",
        "Welke initiatieven bestaan er al, ook bij andere partners?",
        "Welke signalen horen samen, en hoe noemen we die drempel?",
    ),
    3: (
        "Wie bevragen we, en hoe bereiken we wie moeilijk te bereiken is?",
        "Welke vraag zal een cliënt niet begrijpen, en hoe zeggen we het eenvoudiger?",
        "Hoe waarborgen we dat niemand herkenbaar wordt in de resultaten?",
        "Wie helpt bij het invullen zonder te sturen?",
    ),
    4: (
        "Wat herkent u in deze resultaten, en wat verrast u?",
        "Waar zien medewerkers en cliënten het anders, en waarom?",
        "Welke drempel raakt de meeste mensen het hardst?",
        "Waar kunnen we samen het snelst iets veranderen?",
        "Wie mist er een drempel in deze lijst?",
        "Kan iedereen leven met deze volgorde? Wie maakt bezwaar, en waarom?",
    ),
    5: (
        "Hoe ziet het idee er concreet uit, voor wie en waar?",
        "Stel dat het over een jaar mislukt is: wat is er dan gebeurd?",
        "Wat is er dan nodig om het idee te doen slagen?",
        "Wie trekt deze actie, en wie doet mee?",
        "Wanneer weten we dat het gelukt is?",
    ),
    6: (
        "Wat is er sinds de vorige keer gebeurd met elke actie?",
        "Wat loopt er mis, en wat hebben we daarvan geleerd?",
        "Merken de mensen die de signalen gaven al iets van de verandering?",
        "Welke actie stoppen we, en welke sturen we bij?",
        "Wat nemen we mee naar een volgende cyclus?",
    ),
}

#: A session's agenda when the coach has not made one: (item, planned minutes).
DEFAULT_AGENDAS: dict[int, tuple[tuple[str, int], ...]] = {
    1: (("Welkom en kennismaking", 15), ("Wat is de drempelmeter?", 25),
        ("Afbakening: doelgroepen en partners", 30), ("Buikgevoel per B", 20),
        ("Afspraken en volgende stappen", 15)),
    2: (("Welkom en doel van vandaag", 10), ("Signalen uit de praktijk", 45),
        ("Het pad van de cliënt", 30), ("Signalen bundelen tot drempels", 30),
        ("Volgende stappen", 5)),
    3: (("Welkom", 10), ("De vragenlijsten overlopen", 40), ("Wie bevraagt wie, en wanneer?", 25),
        ("Afspraken over anonimiteit", 15)),
    4: (("Welkom en terugblik", 10), ("De resultaten duiden", 30), ("Stippenstemming", 20),
        ("Bezwaarronde", 15), ("Impact en inspanning", 30), ("Besluit en volgende stappen", 10)),
    5: (("Welkom en de prioritaire drempels", 10), ("Van drempel naar actie", 40),
        ("Pre-mortem per actie", 40), ("Trekkers en timing", 20), ("Volgende stappen", 10)),
    6: (("Welkom", 5), ("Stand per actie", 45), ("Wat loopt er mis?", 25),
        ("Terugkoppeling aan wie signaleerde", 15), ("Volgende stappen", 10)),
}


def default_prompts(phase_number: int) -> tuple[str, ...]:
    """The questions a coach asks in this phase when a session has none of its own."""
    return DEFAULT_PROMPTS[phase_number]


def default_agenda(phase_number: int) -> tuple[tuple[str, int], ...]:
    """(item, planned minutes) of a session of this phase that has no agenda yet."""
    return DEFAULT_AGENDAS[phase_number]


def premortem_points(notes: Iterable[tuple[str, str, str]]) -> tuple[list[str], list[str]]:
    """The action's new risks and needs from pre-mortem notes given as (stage, text, cluster),
    in order: one risk per cluster ("cluster: note; note"), an unclustered risk alone; each
    need alone."""
    points: list[tuple[str, list[str]]] = []  # (cluster, its notes), or ("", [a note alone])
    clusters: dict[str, list[str]] = {}
    needs: list[str] = []
    for stage, text, cluster in notes:
        if stage == NEED:
            needs.append(text)
        elif not cluster:
            points.append(("", [text]))
        elif cluster in clusters:
            clusters[cluster].append(text)
        else:
            clusters[cluster] = [text]
            points.append((cluster, clusters[cluster]))
    return [f"{cluster}: {'; '.join(texts)}" if cluster else texts[0]
            for cluster, texts in points], needs


def appended(points: Iterable[str], new: Iterable[str]) -> list[str]:
    """`points` with each of `new` added at the end, unless it is there already."""
    result = list(points)
    for point in new:
        if point not in result:
            result.append(point)
    return result
