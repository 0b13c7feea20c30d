"""Plain, immutable records that services hand to the UI and CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..domain.signal_line import SignalLine as SignalLine  # a listed signal's columns
from ..domain.steering import DECIDED

# The records an import and the opening of a file use, set up apart (see base_records):
from .base_records import ParticipantRecord as ParticipantRecord
from .base_records import PartnerRecord as PartnerRecord
from .base_records import RemovedParticipant as RemovedParticipant
from .base_records import RemovedPartner as RemovedPartner
from .base_records import SignalRecord as SignalRecord
from .base_records import TrajectoryRecord as TrajectoryRecord

if TYPE_CHECKING:
    from .prioritisation import RoundResult


@dataclass(frozen=True)
class PhaseStatus:
    number: int
    state: str
    started_on: date | None = None
    finished_on: date | None = None
    done_count: int = 0
    item_count: int = 0


@dataclass(frozen=True)
class ChecklistEntry:
    id: str
    phase_number: int
    position: int
    key: str | None
    text: str
    done: bool
    note: str


@dataclass(frozen=True)
class AgendaEntry:
    text: str
    minutes: int | None = None


@dataclass(frozen=True)
class SessionRecord:
    id: str
    phase_number: int
    held_on: date
    title: str
    location: str = ""
    notes: str = ""
    agenda: tuple[AgendaEntry, ...] = ()
    attendee_ids: tuple[str, ...] = field(default=())
    #: What running it in workshop mode recorded: filled by removing the session, so that
    #: saving the record again (undo) puts it back; None leaves what the session holds. Not
    #: compared: a record is the session as listed.
    run: SessionRun | None = field(default=None, compare=False)


@dataclass(frozen=True)
class DecisionRecord:
    """An entry of the decision log; a proposal (`state` "proposed") has no decision date yet
    and `decided_by` names the group it is put to."""

    id: str
    decided_on: date | None
    decided_by: str
    text: str
    phase_number: int | None = None
    state: str = DECIDED
    proposed_on: date | None = None


@dataclass(frozen=True)
class RoundRecord:
    id: str
    kind: str
    name: str
    started_on: date
    questionnaire_id: str
    questionnaire_version: str
    closed_on: date | None = None
    #: The items the round asked, as (item id, B), in questionnaire order.
    items: tuple[tuple[str, str], ...] = ()
    respondent_count: int = 0

    @property
    def closed(self) -> bool:
        return self.closed_on is not None


@dataclass(frozen=True)
class RespondentRecord:
    """One anonymous questionnaire; answers are (item id, value 1–5 or None, special or None)."""

    id: str
    round_id: str
    partner_id: str
    group: str
    answers: tuple[tuple[str, int | None, str | None], ...] = ()


@dataclass(frozen=True)
class BarrierRecord:
    """A barrier with its signals; `partner_ids` None means: the partners of its signals."""

    id: str
    title: str
    primary_b: str
    description: str = ""
    level: str | None = None
    journey_moment: str | None = None
    severity: int | None = None
    frequency: str | None = None
    influence: str | None = None
    partner_ids: tuple[str, ...] | None = None
    status: str = "candidate"
    signal_ids: tuple[str, ...] = ()
    #: The partners that recognise it: set by the coach, or else those of its signals.
    recognised_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaptureRecord:
    """What the coach captured in a session: a draft signal, idea, concern or action point
    (`kind`), with a B when given; reviewed into a record (`result_id`) or discarded."""

    id: str
    session_id: str
    kind: str
    text: str
    b: str | None = None
    state: str = "draft"
    result_id: str | None = None
    position: int = 0
    created_at: datetime | None = None


@dataclass(frozen=True)
class PremortemNote:
    """One anonymous note of an action's pre-mortem: a risk (with its cluster) or a need."""

    id: str
    session_id: str
    action_id: str
    stage: str
    text: str
    cluster: str = ""
    position: int = 0


@dataclass(frozen=True)
class PollItem:
    """One B of the gut-feeling poll, with the question the room answers."""

    item_id: str
    b: str
    question: str


@dataclass(frozen=True)
class Poll:
    """The gut-feeling poll as the room sees it: its title, its B's and its answers as
    (answer key as counted, Dutch label), the scale first."""

    title: str
    items: tuple[PollItem, ...]
    answers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SessionRun:
    """Everything running a session in workshop mode recorded on it."""

    started_at: datetime | None = None
    closed_at: datetime | None = None
    summary: str = ""
    prompts: tuple[str, ...] = ()
    #: Seconds each agenda item took, in agenda order.
    kept_seconds: tuple[int | None, ...] = ()
    captures: tuple[CaptureRecord, ...] = ()
    #: (B, answer, count) of the gut-feeling poll.
    poll: tuple[tuple[str, str, int], ...] = ()
    premortem: tuple[PremortemNote, ...] = ()


@dataclass(frozen=True)
class ClosedBefore:
    """A session's close as it was before closing it again, so that undo can put it back."""

    closed_at: datetime | None
    summary: str


@dataclass(frozen=True)
class SessionSummary:
    """Everything a session held when it closed: what its summary and minutes say."""

    session: SessionRecord
    started_at: datetime | None
    closed_at: datetime | None
    attendees: tuple[str, ...]
    #: (item, planned minutes, seconds it really took) in agenda order.
    agenda_kept: tuple[tuple[str, int | None, int | None], ...]
    captures: tuple[CaptureRecord, ...]
    #: B: answer: count, of the B's with any count.
    poll: dict[str, dict[str, int]]
    premortem: tuple[PremortemNote, ...]
    #: Decisions of the session's phase taken on the session's day.
    decisions: tuple[DecisionRecord, ...]
    #: Prioritisation rounds held on the session's day.
    rounds: tuple[RoundResult, ...]
    prompts: tuple[str, ...]
    #: What closing wrote (or the coach's rewording of it); empty while the session is open.
    summary: str = ""
