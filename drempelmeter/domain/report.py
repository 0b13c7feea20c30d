"""What a report holds, as plain data in the region's language: filled by services.report,
laid out by exchange.report_pdf and exchange.report_xlsx."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .indicators import IndicatorPart
from .plan import ActionRecord, Coverage, PillarRecord, Progress
from .steering import SteeringPart

if TYPE_CHECKING:
    from .cycle import CyclePart
    from .policy import PolicyLine

HIDDEN = "verborgen"
EMPTY = "—"
REGION = "Regio (alle partners)"

Value = float | str  # a mean, or HIDDEN / EMPTY in its place


@dataclass(frozen=True)
class MeasurementPart:
    round_name: str
    threshold: int
    b_labels: list[str]
    #: Per partner (or the one partner) and the region: the mean of all its respondents per B.
    rows: list[tuple[str, list[Value]]]
    #: Per respondent group (staff, management, client), the radar's lines: the region's in
    #: the regional report, the partner's own in a partner's report.
    groups: list[tuple[str, list[Value]]]
    #: Per partner and group ("partner · group"), in the regional report.
    detail: list[tuple[str, list[Value]]]
    #: Baseline against the latest closed round, for the region: (names, before, after).
    comparison: tuple[tuple[str, str], list[Value], list[Value]] | None
    #: What the tables above hide and why (how many cells for each reason).
    hidden_note: str
    #: The themes the questionnaire asked beside the B's (the Hasselt themes), scored alike.
    theme_labels: list[str] = field(default_factory=list)
    #: Per theme: the groups (as `groups`), each partner (as `rows`) and the region.
    themes: list[tuple[str, list[Value]]] = field(default_factory=list)
    #: The region's own themes among them: (name, its short explanation).
    own_themes: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class BarrierLine:
    rank: int
    title: str
    b: str
    signals: int
    #: The partners that recognise it, every one named (the workbook's column).
    partners: str
    score: float
    round_rank: str
    basis: str
    #: The same in the PDF's narrow column: up to PARTNERS_NAMED named, else the first three
    #: and how many more (a province's barrier is recognised by dozens).
    partners_in_short: str


#: The most partners a barrier's line in the PDF names one by one.
PARTNERS_NAMED = 5


@dataclass(frozen=True)
class ReportData:
    title: str
    region: str
    coach: str
    made_on: date
    partner: str | None
    phases: list[tuple[str, str, str]]
    partners: list[tuple[str, str]]
    sessions: list[tuple[date, str, str]]
    b_labels: list[str]
    signal_partners: list[str]
    signal_grid: list[list[int]]
    levels: list[tuple[str, int]]
    measurement: MeasurementPart | None
    barriers: list[BarrierLine]
    round_note: str
    plan: list[PillarRecord]
    barrier_titles: dict[str, str]
    progress: list[tuple[str, Progress]]
    overdue: list[ActionRecord]
    coverage: Coverage
    #: Texts written with personal data nobody confirmed replaced by neutral words: each as
    #: "kinds: “the text as written”", to tell the user what to review.
    masked: tuple[str, ...] = ()
    #: In a partner's report: its own signals and what became of them (it leads the report).
    fates: SignalBundle | None = None
    #: In the regional report: the coach's texts, open proposals, decisions, session summaries.
    steering: SteeringPart = field(default_factory=SteeringPart)
    #: The trajectory's own GBO principles: each key's Dutch label, a retired one marked.
    principle_labels: dict[str, str] = field(default_factory=dict)
    #: In the regional report: the policy signals, each with its level, status and answer.
    policy: tuple[PolicyLine, ...] = ()
    #: In a later cycle: the previous cycle's baseline against this cycle's rounds, per B.
    cycles: CyclePart | None = None
    #: The plan's progress in numbers: per pillar and action, its indicators over time,
    #: the klankgroep's evaluations.
    indicators: IndicatorPart | None = None

    @property
    def signal_total(self) -> int:
        return sum(map(sum, self.signal_grid))


#: What became of a signal, in the words a partner reads: one of these per signal.
NOT_BUNDLED = "Nog niet gebundeld in een drempel"
IN_PLAN = "In het actieplan"
PRIORITY_WITHOUT_ACTION = "Prioriteit, nog zonder actie"
SUPRA_LOCAL = "Buiten de regio: bovenlokaal signaal"
NO_PRIORITY = "Geen prioriteit deze cyclus"
NOT_YET_PRIORITISED = "Nog niet geprioriteerd"
SET_ASIDE = "Niet weerhouden"
#: Each outcome with what it means, in the order a reader meets them.
OUTCOMES = (
    (IN_PLAN, "De drempel waarin het signaal gebundeld is, wordt aangepakt door een actie van "
              "het actieplan; de stand en de trekker staan erbij."),
    (PRIORITY_WITHOUT_ACTION, "De drempel is een prioriteit van de regio, maar het actieplan "
                              "heeft er nog geen actie voor."),
    (SUPRA_LOCAL, "De drempel kan niet in de regio zelf worden opgelost: hij hoort bij "
                  "regelgeving of beleid van een hoger niveau."),
    (NO_PRIORITY, "De drempel kwam in de laatst afgesloten prioriteringsronde niet bij de "
                  "prioriteiten en heeft geen actie: hij blijft bewaard voor een volgende "
                  "cyclus."),
    (NOT_YET_PRIORITISED, "Er is nog geen prioriteringsronde afgesloten."),
    (SET_ASIDE, "De werkgroep heeft de drempel na bespreking niet weerhouden."),
    (NOT_BUNDLED, "Het signaal is nog niet met andere signalen tot een drempel gebundeld."),
)


@dataclass(frozen=True)
class FateAction:
    """An action of the plan that addresses a barrier, as a partner reads it."""

    number: str
    title: str
    status: str
    owner: str


@dataclass(frozen=True)
class BarrierFate:
    """A barrier that bundles signals, and what became of it."""

    barrier_id: str
    title: str
    b: str
    #: Its place in the region's priorities, and the round that set it (or why none did).
    place: str
    round: str
    outcome: str
    actions: tuple[FateAction, ...]
    #: How many signals it bundles, and from how many partners, in the whole region.
    signals: int
    partners: int
    #: The policy signals that took it to a level above the region, and what became of them.
    policy: tuple[str, ...] = ()


@dataclass(frozen=True)
class SignalFate:
    """One signal and what became of it; `barrier_id` None when it is not bundled."""

    signal_id: str
    text: str
    partner: str
    b: str
    status: str
    barrier_id: str | None
    outcome: str


@dataclass(frozen=True)
class SignalBundle:
    """The signals (of the region, or of one partner) with what became of each, grouped by B
    (`b_labels` in order) and by barrier (in the order of the priorities)."""

    title: str
    region: str
    coach: str
    made_on: date
    partner: str | None
    round_note: str
    b_labels: list[str]
    barriers: list[BarrierFate]
    signals: list[SignalFate]
    #: Signals left out because they wait for review (personal data nobody confirmed).
    left_out: int = 0
    masked: tuple[str, ...] = ()

    def barrier(self, barrier_id: str | None) -> BarrierFate | None:
        return next((b for b in self.barriers if b.barrier_id == barrier_id), None)
