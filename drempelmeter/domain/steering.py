"""What a steering group reads and decides on: the report's chapters that carry the coach's
duiding, the states of a proposal in the decision log, and the report texts as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .terms import Term, Vocabulary

#: The chapters of the regional report that carry the coach's duiding (interpretation), in the
#: report's order; the key is stored in the file.
CHAPTERS = Vocabulary("report_chapters", (
    Term("summary", "Samenvatting", "Summary"),
    Term("trajectory", "Het traject", "The trajectory"),
    Term("signals", "Signalen", "Signals"),
    Term("measurement", "Meting van de toegankelijkheid", "Measurement of accessibility"),
    Term("barriers", "Geprioriteerde drempels", "Prioritised barriers"),
    Term("policy", "Beleidssignalen", "Policy signals"),
    Term("plan", "Het actieplan", "The action plan"),
    Term("follow_up", "Opvolging", "Follow-up"),
    Term("decisions", "Besluiten", "Decisions"),
))

PROPOSED = "proposed"
DECIDED = "decided"
NOT_ACCEPTED = "not_accepted"
#: An entry of the decision log: a proposal put to a group, then decided or not accepted.
DECISION_STATES = Vocabulary("decision_states", (
    Term(PROPOSED, "Ter beslissing", "Proposed"),
    Term(DECIDED, "Beslist", "Decided"),
    Term(NOT_ACCEPTED, "Niet aanvaard", "Not accepted"),
))

#: How long a key finding may be: one line of a list, not a chapter.
FINDING_LIMIT = 500
#: How long a duiding or a year's note may be.
NOTE_LIMIT = 10_000


@dataclass(frozen=True)
class ReportTexts:
    """What the coach wrote for the regional report: the duiding per chapter key (only the
    chapters that have one) and the key findings in order."""

    notes: dict[str, str] = field(default_factory=dict)
    findings: tuple[str, ...] = ()


@dataclass(frozen=True)
class DecisionLine:
    """An entry of the decision log as a report prints it."""

    text: str
    by: str
    state: str
    proposed_on: date | None
    decided_on: date | None
    phase: str


@dataclass(frozen=True)
class SessionSummary:
    """A workshop session's summary as the report prints it."""

    held_on: date
    phase: str
    group: str
    title: str
    summary: str


@dataclass(frozen=True)
class SteeringPart:
    """The regional report's parts for the steering group: texts, open proposals, the decisions
    taken (decided or not accepted) and the sessions' summaries, all within the period."""

    texts: ReportTexts = field(default_factory=ReportTexts)
    proposals: tuple[DecisionLine, ...] = ()
    decisions: tuple[DecisionLine, ...] = ()
    sessions: tuple[SessionSummary, ...] = ()
