"""What the minutes of workshop sessions hold, as plain data in the region's language: filled by
services.minutes, laid out by exchange.minutes_pdf."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Attendee:
    name: str
    organisation: str
    role: str


@dataclass(frozen=True)
class AgendaLine:
    text: str
    planned_minutes: int | None
    kept_seconds: int | None


@dataclass(frozen=True)
class CaptureLine:
    text: str
    b: str
    #: What became of it: "signaal", "geschrapt", "nog een klad", ...
    outcome: str


@dataclass(frozen=True)
class PollLine:
    b: str
    counts: tuple[int, ...]  # in the order of `SessionMinutes.poll_answers`
    mean: float | None  # of the answers 1 to 5
    #: Fewer than the trajectory's threshold answered from 1 to 5 (domain.workshop.poll_hidden):
    #: the counts and the mean are not printed.
    hidden: bool = False


@dataclass(frozen=True)
class PremortemPart:
    action: str
    #: One point per cluster ("cluster: note; note"), a note in no cluster alone.
    risks: tuple[str, ...]
    needs: tuple[str, ...]


@dataclass(frozen=True)
class RoundPart:
    method: str
    participants: int
    closed: bool
    #: (rank, barrier, why) of the first places.
    top: tuple[tuple[int, str, str], ...]
    rationale: str
    #: (barrier, why) of each objection made in the round, in the order of the ranking.
    objections: tuple[tuple[str, str], ...] = ()
    #: The discussion note kept with the round.
    note: str = ""


@dataclass(frozen=True)
class SessionMinutes:
    title: str
    phase: str
    held_on: date
    location: str
    started_at: datetime | None  # local time
    closed_at: datetime | None
    attendees: tuple[Attendee, ...]
    agenda: tuple[AgendaLine, ...]
    prompts: tuple[str, ...]
    #: (kind, its captured items), in the order of the kinds.
    captures: tuple[tuple[str, tuple[CaptureLine, ...]], ...]
    poll_answers: tuple[str, ...]
    poll: tuple[PollLine, ...]
    #: Why a line of `poll` is hidden, in words ("" when none is).
    poll_note: str
    premortem: tuple[PremortemPart, ...]
    rounds: tuple[RoundPart, ...]
    #: (date, by whom, what).
    decisions: tuple[tuple[date, str, str], ...]
    notes: str


@dataclass(frozen=True)
class Minutes:
    trajectory: str
    region: str
    coach: str
    made_on: date
    sessions: tuple[SessionMinutes, ...]
