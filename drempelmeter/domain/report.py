"""What a report holds, as plain data in the region's language: filled by services.report,
laid out by exchange.report_pdf and exchange.report_xlsx."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .plan import ActionRecord, Coverage, PillarRecord, Progress

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


@dataclass(frozen=True)
class BarrierLine:
    rank: int
    title: str
    b: str
    signals: int
    partners: str
    score: float
    round_rank: str
    basis: str


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

    @property
    def signal_total(self) -> int:
        return sum(map(sum, self.signal_grid))
