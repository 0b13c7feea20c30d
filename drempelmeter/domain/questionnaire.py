"""The questionnaire model: sections per B or theme, items worded per perspective, the scale."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from .taxonomy import ALL_BS
from .terms import Term, Vocabulary

#: Who answers: staff (front-line workers), management, clients or lived-experience experts.
PERSPECTIVES = ("staff", "management", "client")
QUESTIONNAIRE = "questionnaire"
POLL = "poll"
KINDS = (QUESTIONNAIRE, POLL)
SCALE_VALUES = (1, 2, 3, 4, 5)

#: What a questionnaire may measure beside the B's: the themes of the Hasselt drempelmeter.
#: A list of its own, not the life-domain tags: those say which part of life a signal touches,
#: these are measured and scored like a B. No key is a B's key, so a score's key says which.
QUESTIONNAIRE_THEMES = Vocabulary(
    "questionnaire_themes",
    (
        Term("gebouw", "Het gebouw", "The building"),
        Term("communicatiekanalen", "Communicatiekanalen", "Communication channels"),
        Term("participatie_kansengroepen", "Participatie van kansengroepen",
             "Participation of disadvantaged groups"),
    ),
)
#: Everything an item may measure: the B's, then the themes.
MEASURED = Vocabulary("measured", ALL_BS.terms + QUESTIONNAIRE_THEMES.terms)


@dataclass(frozen=True)
class Text:
    """One text in Dutch (required), English (optional) and easy Dutch (for clients)."""

    nl: str
    en: str = ""
    easy_nl: str = ""


@dataclass(frozen=True)
class Scale:
    """Five points, plus "don't know" and "not applicable", which never count in a mean."""

    points: tuple[Text, ...]
    dont_know: Text
    not_applicable: Text


@dataclass(frozen=True)
class Item:
    """One question; `b` is the key of what it measures: a B, or a theme of
    QUESTIONNAIRE_THEMES (its answers are scored under that key like a B's)."""

    id: str
    b: str
    wordings: tuple[tuple[str, Text], ...]
    level: str | None = None
    journey_moment: str | None = None
    channel: str | None = None

    def wording(self, perspective: str) -> Text:
        return dict(self.wordings)[perspective]

    @property
    def is_theme(self) -> bool:
        return self.b in QUESTIONNAIRE_THEMES


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    items: tuple[Item, ...]
    #: A short explanation printed under the title (a region's own theme has one).
    intro: Text = Text("")


@dataclass(frozen=True)
class Questionnaire:
    """A questionnaire (items per perspective) or a poll (one question per item)."""

    id: str
    version: str
    kind: str
    title: Text
    scale: Scale
    sections: tuple[Section, ...]

    def items(self) -> Iterator[Item]:
        for section in self.sections:
            yield from section.items


#: The kinds of measurement round, in trajectory order.
ROUND_KINDS = Vocabulary(
    "round_kinds",
    (
        Term("baseline", "Nulmeting", "Baseline measurement"),
        Term("interim", "Tussenmeting", "Interim measurement"),
        Term("end", "Eindmeting", "End measurement"),
    ),
)

#: The stakeholder groups respondents belong to (their only attribute besides the partner).
#: "client" once held clients and lived-experience experts together; as the experts are often
#: staff, they are two perspectives now, and "client" is retired: the answers stored under it
#: were given by both, so they keep that label rather than being counted as either.
RESPONDENT_GROUPS = Vocabulary(
    "respondent_groups",
    (
        Term("staff", "Medewerkers", "Staff"),
        Term("management", "Leidinggevenden", "Management"),
        Term("client", "Cliënten en ervaringsdeskundigen", "Clients and lived-experience experts",
             retired=True),
        Term("clients", "Cliënten", "Clients"),
        Term("lived_experience", "Ervaringsdeskundigen", "Lived-experience experts"),
    ),
)

#: The questionnaire wording (a key of PERSPECTIVES) each respondent group reads: the experts
#: answer from their lived experience, so they read the clients' wording.
WORDING_OF_GROUP = {"staff": "staff", "management": "management", "client": "client",
                    "clients": "client", "lived_experience": "client"}
#: The groups that read a question in easy Dutch where the questionnaire has it.
EASY_LANGUAGE_GROUPS = ("client", "clients")


def themes_of(measured: Collection[str], themes: Vocabulary = QUESTIONNAIRE_THEMES) -> list[str]:
    """The theme keys among what a round measured, in the themes' order (`themes`: the fixed
    ones, or a trajectory's with the region's own)."""
    return [t.key for t in themes if t.key in measured]


def shown_groups(present: Collection[str]) -> tuple[Term, ...]:
    """The groups a table of scores lists: every group offered, and a retired one only where
    answers were stored under it (`present`: the group keys of the stored answers)."""
    return tuple(t for t in RESPONDENT_GROUPS if not t.retired or t.key in present)


def clients_group(present: Collection[str]) -> str:
    """The group staff are compared with in a gap: the clients, or in a round entered before
    the split, the retired group of clients and lived-experience experts."""
    return "client" if "client" in present and "clients" not in present else "clients"
