"""The records a bundle import and the opening of a file hand around (the trajectory, partners,
participants, signals): apart from services.records, which re-exports them, so that a bundle
import on the command line sets up six dataclasses rather than all twenty-one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class TrajectoryRecord:
    name: str
    region: str = ""
    coach: str = ""
    start_date: date | None = None
    target_groups: tuple[str, ...] = ()
    optional_bs: tuple[str, ...] = ()
    suppression_threshold: int = 5
    id: str = ""
    #: The klankgroep's rhythm: every how many months it evaluates an action under way.
    evaluation_months: int = 6


@dataclass(frozen=True)
class PartnerRecord:
    id: str
    name: str
    kind: str
    type: str
    position: int = 0


@dataclass(frozen=True)
class ParticipantRecord:
    id: str
    name: str
    role: str
    partner_id: str | None = None
    groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class RemovedPartner:
    """What removing a partner changed, so that undo can put it all back."""

    partner: PartnerRecord
    participant_ids: tuple[str, ...]


@dataclass(frozen=True)
class RemovedParticipant:
    participant: ParticipantRecord
    session_ids: tuple[str, ...]


@dataclass(frozen=True)
class SignalRecord:
    """A signal as the UI, the CLI and the Excel exchange see it: keys of the taxonomy."""

    id: str
    partner_id: str
    description: str
    primary_b: str
    secondary_b: str | None = None
    level: str | None = None
    non_take_up: str | None = None
    journey_moment: str | None = None
    channel: str | None = None
    gbo_function: str | None = None
    gbo_principle: str | None = None
    life_domains: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    source: str | None = None
    severity: int | None = None
    frequency: str | None = None
    influence: str | None = None
    status: str = "noticed"
    #: Personal-data findings the user confirmed to keep (their text).
    kept_findings: tuple[str, ...] = ()
    created_at: datetime | None = None
    #: Imported with text that looks like personal data and nobody confirmed: left out of
    #: reports and exports until the coach reviews it (an edit in the window clears it).
    to_review: bool = False
