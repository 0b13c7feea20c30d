"""Policy signals: a barrier the region cannot remove itself, addressed to a higher level, with
its evidence, its status and the moves between statuses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .report import Value
from .terms import Term, Vocabulary

#: The influence key of a barrier that belongs higher up (domain.taxonomy.INFLUENCE).
SUPRA_LOCAL = "supralocal"

POLICY_LEVELS = Vocabulary(
    "policy_levels",
    (
        Term("care_zone", "Eerstelijnszone / zorgraad", "Primary care zone / care council"),
        Term("province", "Provincie", "Province"),
        Term("vvsg", "VVSG", "VVSG (association of Flemish cities and municipalities)"),
        Term("flemish", "Vlaamse overheid", "Flemish government"),
        Term("federal", "Federale overheid", "Federal government"),
    ),
)


@dataclass(frozen=True)
class PolicyBody:
    """Who decides at a level, as a letter names it when no addressee is given ("Vlaamse
    Regering"), and the level in a sentence ("de oorzaak ligt in regelgeving of beleid op
    Vlaams niveau")."""

    name: str
    level: str


#: Per level (a key of POLICY_LEVELS), its body.
POLICY_BODIES = {
    "care_zone": PolicyBody("Zorgraad van de eerstelijnszone",
                            "op het niveau van de eerstelijnszone"),
    "province": PolicyBody("Provinciebestuur", "op provinciaal niveau"),
    "vvsg": PolicyBody("Vereniging van Vlaamse Steden en Gemeenten (VVSG)",
                       "bij de Vlaamse steden en gemeenten samen"),
    "flemish": PolicyBody("Vlaamse Regering", "op Vlaams niveau"),
    "federal": PolicyBody("Federale Regering", "op federaal niveau"),
}

#: How an addressee names its contact person after the body or office: "…, t.a.v. …".
_FOR_THE_ATTENTION_OF = re.compile(r",?\s+(?=t\.\s?a\.\s?v\.?\s)", re.IGNORECASE)


def address_lines(addressee: str) -> list[str]:
    """The addressee as the lines of an address: the body or office, then its contact person
    after "t.a.v." ("Kabinet Welzijn, t.a.v. de adviseur armoede" is two lines)."""
    return [line.strip() for line in _FOR_THE_ATTENTION_OF.split(addressee, maxsplit=1)
            if line.strip()]


DRAFT, SENT, ANSWERED, FOLLOW_UP, CLOSED = "draft", "sent", "answered", "follow_up", "closed"

POLICY_STATUSES = Vocabulary(
    "policy_statuses",
    (
        Term(DRAFT, "Ontwerp", "Draft"),
        Term(SENT, "Verstuurd", "Sent"),
        Term(ANSWERED, "Beantwoord", "Answered"),
        Term(FOLLOW_UP, "In opvolging", "Follow-up"),
        Term(CLOSED, "Afgesloten", "Closed"),
    ),
)

#: Where a signal can go from each status: on to the next steps, a sent letter back to draft
#: (sent by mistake), a follow-up sent again or answered again, a closed signal reopened.
TRANSITIONS: dict[str, frozenset[str]] = {
    DRAFT: frozenset({SENT, CLOSED}),
    SENT: frozenset({DRAFT, ANSWERED, FOLLOW_UP, CLOSED}),
    ANSWERED: frozenset({FOLLOW_UP, CLOSED}),
    FOLLOW_UP: frozenset({SENT, ANSWERED, CLOSED}),
    CLOSED: frozenset({FOLLOW_UP}),
}

#: What a status needs filled in: a sent letter its request and date, an answer its date and
#: words, a follow-up what is done next.
REQUEST, SENT_ON, ANSWERED_ON, ANSWER, FOLLOW_UP_TEXT, ORDER = (
    "request", "sent_on", "answered_on", "answer", "follow_up", "dates")


def can_move(before: str, after: str) -> bool:
    """Whether a policy signal may go from status `before` to `after` (staying is allowed)."""
    return before == after or after in TRANSITIONS.get(before, frozenset())


def missing(status: str, request: str, sent_on: date | None, answered_on: date | None,
            answer: str, follow_up: str) -> str | None:
    """The first thing `status` needs that is not there (one of the names above), or None. A
    letter is not sent without a request; an answer is never dated before the letter was
    sent."""
    if status != DRAFT and status != CLOSED and not request:
        return REQUEST
    if status != DRAFT and status != CLOSED and sent_on is None:
        return SENT_ON
    if status == ANSWERED and (answered_on is None or not answer):
        return ANSWERED_ON if answered_on is None else ANSWER
    if status == FOLLOW_UP and not follow_up:
        return FOLLOW_UP_TEXT
    if sent_on is not None and answered_on is not None and answered_on < sent_on:
        return ORDER
    return None


def after_today(sent_on: date | None, answered_on: date | None, today: date) -> str | None:
    """The first of the letter's dates (SENT_ON, ANSWERED_ON) that lies after `today`, or
    None: a letter is not sent or answered in the future."""
    return next((name for name, day in ((SENT_ON, sent_on), (ANSWERED_ON, answered_on))
                 if day is not None and day > today), None)


@dataclass(frozen=True)
class Evidence:
    """What the file holds about a barrier, as a letter shows it: its signals counted, the
    partners that recognise it, the B's and journey moments of its signals, a few signal texts
    as examples, and the latest measurement of its B (hidden cells as `HIDDEN`)."""

    signals: int
    partners: tuple[str, ...]
    per_b: tuple[tuple[str, int], ...]
    per_moment: tuple[tuple[str, int], ...]
    examples: tuple[str, ...]
    #: The latest closed round, the B measured and its rows (a group or a partner, the mean);
    #: empty when no round measured the barrier's B.
    round_name: str = ""
    b_label: str = ""
    measured: tuple[tuple[str, Value], ...] = ()
    threshold: int = 5
    hidden_note: str = ""


@dataclass(frozen=True)
class PolicyLetter:
    """A policy signal as its letter prints it, in the region's language."""

    number: int
    region: str
    coach: str
    trajectory: str
    partners: tuple[str, ...]
    made_on: date
    level: str
    addressee: str
    subject: str
    description: str
    b_label: str
    request: str
    status: str
    sent_on: date | None
    evidence: Evidence
    #: Not sent yet: the letter says so above its head.
    draft: bool = False
    #: Texts written with personal data nobody confirmed replaced by neutral words.
    masked: tuple[str, ...] = ()
    #: Who decides at the level (POLICY_BODIES), named when there is no addressee.
    body: PolicyBody = PolicyBody("", "")
    #: What the barrier's B asks, in the words of the taxonomy ("Kunnen mensen …?").
    b_question: str = ""


@dataclass(frozen=True)
class PolicyLine:
    """A policy signal as the regional report lists it."""

    number: int
    subject: str
    level: str
    addressee: str
    status: str
    sent_on: date | None
    answered_on: date | None
    answer: str
    follow_up: str
    barrier_id: str | None = None

    def in_words(self) -> str:
        """The policy signal in one line, as a partner reads what became of its signals:
        "Beleidssignaal 1 aan Vlaamse overheid (minister): Beantwoord, verstuurd op …"."""
        to = f"{self.level} ({self.addressee})" if self.addressee else self.level
        dated = "".join(f", {word} op {day:%d-%m-%Y}" for word, day in (
            ("verstuurd", self.sent_on), ("beantwoord", self.answered_on)) if day)
        answer = f". Antwoord: {self.answer}" if self.answer else ""
        return f"Beleidssignaal {self.number} aan {to}: {self.status}{dated}{answer}"
