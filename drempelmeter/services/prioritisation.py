"""Prioritisation rounds: a method, a date, the participants, the inputs per barrier, the ranks;
and the one reading of them (`read_priorities`) that every page and report follows.

The ranks are worked out by domain.prioritisation and stored with the inputs, so a round can
later say why a barrier came first. A closed round is frozen, with its rationale.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from ..domain.prioritisation import (
    METHODS,
    MOSCOW,
    Basis,
    Factors,
    TooManyDots,
    Weights,
    basis_of,
    dot_budget,
    factor_scores,
    order_priorities,
    rank,
    rank_by_impact_effort,
    rank_by_moscow,
    rank_by_score,
    tally_dots,
)
from ..domain.text import clean
from ..store import queries
from ..store.database import TrajectoryDatabase
from ..store.models import PriorityEntry, PriorityRound, utc_now
from . import barriers, personal_data
from .errors import InvalidInput
from .records import BarrierRecord
from .validation import clean_text, existing, known_key

#: The heaviest weight a factor of the score can get (0 leaves it out).
MAX_WEIGHT = 3.0

#: Free text a round keeps: an objection among a barrier's inputs, the discussion note among
#: the settings.
OBJECTION = "objection"
ROUND_NOTE = "note"
TEXT_KEYS = (OBJECTION, ROUND_NOTE)


#: How a phone in the room votes in a round's inputs (services/room.py): "device:" and a
#: random name the room gives it. A device is a voter like a participant, beside the people
#: whose dots are typed and the "tally" counted by hand, so paper and phones mix in one round;
#: its dots are held to the round's budget by the same rule as a participant's.
DEVICE = "device:"
#: The choices the room's devices made for a barrier in a MoSCoW round (device -> choice).
MOSCOW_VOTES = "moscow_votes"


def is_device(voter: str) -> bool:
    return voter.startswith(DEVICE) and len(voter) > len(DEVICE)


def entry_id(round_id: str, barrier_id: str) -> str:
    """How a barrier's place in a round is named where one record id is needed."""
    return f"{round_id}:{barrier_id}"


@dataclass(frozen=True)
class EntryResult:
    barrier_id: str
    inputs: dict[str, Any]
    score: float | None
    rank: int | None


@dataclass(frozen=True)
class RoundResult:
    id: str
    method: str
    held_on: date
    participants: tuple[str, ...]
    settings: dict[str, Any]
    rationale: str
    closed_on: date | None
    entries: tuple[EntryResult, ...] = field(default=())
    closed_at: datetime | None = None

    def ranked(self) -> list[EntryResult]:
        """The entries best first; those without a rank (not yet placed) last."""
        return sorted(self.entries, key=lambda e: (e.rank is None, e.rank or 0, e.barrier_id))


def start_round(db: TrajectoryDatabase, round_id: str, method: str, held_on: date,
                participants: list[str], barrier_ids: list[str],
                settings: dict[str, Any] | None = None) -> None:
    """A new round over `barrier_ids`; dot voting gets its budget, the score the saved weights
    (unless `settings` gives others)."""
    known_key("method", METHODS, method)
    people = [clean_text("participant", p, required=True) for p in participants]
    if not barrier_ids:
        raise InvalidInput("barriers", InvalidInput.REQUIRED)
    settings = _cleaned(settings or {})
    if method == "dots":
        settings.setdefault("budget", dot_budget(len(barrier_ids)))
    if method == "score":
        settings.setdefault("weights", vars(get_weights(db)))
    with db.session() as session:
        personal_data.check(session, "priority_round", round_id, "participants", people)
        _screen_settings(session, round_id, settings)
        row = PriorityRound(id=round_id, trajectory_id=queries.trajectory(session).id,
                            method=method, held_on=held_on, participants=people,
                            settings=settings, rationale="", closed_on=None,
                            entries=[PriorityEntry(barrier_id=b, inputs={}) for b in barrier_ids])
        session.add(row)
        session.flush()
        _rerank(session, row)


def remove_round(db: TrajectoryDatabase, round_id: str) -> None:
    """The undo of starting a round."""
    with db.session() as session:
        session.delete(_open(session, round_id))


def _open(session, round_id: str) -> PriorityRound:
    row = existing(session, PriorityRound, round_id)
    if row.closed_on is not None:
        raise InvalidInput("round", InvalidInput.CLOSED, round_id)
    return row


def set_inputs(db: TrajectoryDatabase, round_id: str, barrier_id: str,
               inputs: dict[str, Any]) -> dict[str, Any]:
    """What a barrier was given in this round (votes, objection, impact and effort, MoSCoW);
    the round is re-ranked at once. Returns the inputs before, for undo."""
    with db.session() as session:
        row = _open(session, round_id)
        _check_inputs(row, inputs)
        entry = next((e for e in row.entries if e.barrier_id == barrier_id), None)
        if entry is None:
            raise InvalidInput("barrier", InvalidInput.NOT_FOUND, barrier_id)
        before = dict(entry.inputs)
        entry.inputs = _cleaned(inputs)
        if isinstance(entry.inputs.get(OBJECTION), str):
            personal_data.check(session, "priority_entry", entry_id(round_id, barrier_id),
                                OBJECTION, entry.inputs[OBJECTION])
        session.flush()
        _rerank(session, row)
        return before


def set_votes_of(db: TrajectoryDatabase, round_id: str, placed: dict[str, dict[str, int]],
                 ) -> dict[str, dict[str, int]]:
    """Voters' dots in a dot-voting round, all of each voter's at once (voter -> barrier ->
    dots; a barrier left out gets none): the room's devices, many in one transaction and one
    re-ranking. Refused whole when one exceeds the budget. Returns each voter's dots before."""
    with db.session() as session:
        row = _open(session, round_id)
        if row.method != "dots":
            raise InvalidInput("method", InvalidInput.OUT_OF_RANGE, row.method)
        entries = {e.barrier_id: e for e in row.entries}
        before: dict[str, dict[str, int]] = {voter: {} for voter in placed}
        for dots in placed.values():
            unknown = set(dots) - set(entries)
            if unknown:
                raise InvalidInput("barrier", InvalidInput.NOT_FOUND, min(unknown))
        for key, entry in entries.items():
            old = entry.inputs.get("votes", {})
            votes = dict(old)
            for voter, dots in placed.items():
                if voter in votes:
                    before[voter][key] = votes.pop(voter)
                if dots.get(key):
                    votes[voter] = dots[key]
            if votes == old:
                continue  # only the entries whose dots change are written
            new = {**entry.inputs, "votes": votes}
            _check_inputs(row, new)
            entry.inputs = new
        session.flush()
        _rerank(session, row)  # refuses dots over the budget: nothing is written
        return before


def set_moscow_vote(db: TrajectoryDatabase, round_id: str, barrier_id: str, voter: str,
                    choice: str | None) -> str | None:
    """A device's MoSCoW choice for a barrier (None takes it back); the barrier's MoSCoW becomes
    the choice most devices made (on a tie, the one it had if tied, else the first in MoSCoW's
    order). The coach's choice typed later wins until the next device's vote. Returns the
    device's choice before."""
    if choice is not None:
        known_key("moscow", MOSCOW, choice)
    with db.session() as session:
        row = _open(session, round_id)
        if row.method != "moscow":
            raise InvalidInput("method", InvalidInput.OUT_OF_RANGE, row.method)
        entry = next((e for e in row.entries if e.barrier_id == barrier_id), None)
        if entry is None:
            raise InvalidInput("barrier", InvalidInput.NOT_FOUND, barrier_id)
        chosen = dict(entry.inputs.get(MOSCOW_VOTES, {}))
        before = chosen.pop(voter, None)
        if choice is not None:
            chosen[voter] = choice
        counts = {key: list(chosen.values()).count(key) for key in MOSCOW.ordered_keys()}
        most = max(counts.values())
        tied = [key for key, n in counts.items() if n == most]
        current = entry.inputs.get("moscow")
        verdict = None if not most else current if current in tied else tied[0]
        new = {**entry.inputs, MOSCOW_VOTES: chosen, "moscow": verdict}
        _check_inputs(row, new)
        entry.inputs = new
        session.flush()
        _rerank(session, row)
        return before


def set_settings(db: TrajectoryDatabase, round_id: str, settings: dict[str, Any],
                 ) -> dict[str, Any]:
    """New weights (or budget) for an open round, re-ranked at once; returns the old ones."""
    with db.session() as session:
        row = _open(session, round_id)
        before = dict(row.settings)
        row.settings = _cleaned(settings)
        _screen_settings(session, round_id, row.settings)
        _rerank(session, row)
        return before


def close_round(db: TrajectoryDatabase, round_id: str, rationale: str, closed_on: date) -> None:
    with db.session() as session:
        row = _open(session, round_id)
        row.rationale = clean_text("rationale", rationale, limit=4000)
        personal_data.check(session, "priority_round", round_id, "rationale", row.rationale)
        row.closed_on = closed_on
        row.closed_at = utc_now()


def _screen_settings(session, round_id: str, settings: dict[str, Any]) -> None:
    if isinstance(settings.get(ROUND_NOTE), str):
        personal_data.check(session, "priority_round", round_id, ROUND_NOTE, settings[ROUND_NOTE])


def _cleaned(values: dict[str, Any]) -> dict[str, Any]:
    """A copy of `values` with its free text (TEXT_KEYS) cleaned."""
    return {key: clean(value) if key in TEXT_KEYS and isinstance(value, str) else value
            for key, value in values.items()}


def _check_inputs(row: PriorityRound, inputs: dict[str, Any]) -> None:
    if row.method == "dots":
        votes = inputs.get("votes", {})
        for person, dots in votes.items():
            if person not in row.participants and person != "tally" and not is_device(person):
                raise InvalidInput("participant", InvalidInput.NOT_FOUND, person)
            if not isinstance(dots, int) or dots < 0:
                raise InvalidInput("dots", InvalidInput.OUT_OF_RANGE, dots)
    elif row.method == "impact_effort":
        for key in ("impact", "effort"):
            value = inputs.get(key)
            if value is not None and value not in (1, 2, 3, 4, 5):
                raise InvalidInput(key, InvalidInput.OUT_OF_RANGE, value)
    elif row.method == "moscow":
        if inputs.get("moscow") is not None:
            known_key("moscow", MOSCOW, inputs["moscow"])
        for voter, choice in inputs.get(MOSCOW_VOTES, {}).items():
            if not is_device(voter):
                raise InvalidInput("participant", InvalidInput.NOT_FOUND, voter)
            known_key("moscow", MOSCOW, choice)


def _rerank(session, row: PriorityRound) -> None:
    """Score and rank every entry of the round by its method; unplaced entries get no rank."""
    entries = {e.barrier_id: e for e in row.entries}
    scores: dict[str, float] = {}
    ranks: dict[str, int] = {}
    if row.method == "score":
        weights = Weights(**row.settings.get("weights", {}))
        found = {b.id: b for b in barriers.barriers_in(session, entries)}
        factors = {key: barriers.factors_of(found[key]) for key in entries}
        scores, ranks = rank_by_score(factors, weights)
    elif row.method == "dots":
        votes: dict[str, dict[str, int]] = {}
        for key, entry in entries.items():
            for person, dots in entry.inputs.get("votes", {}).items():
                votes.setdefault(person, {})[key] = dots
        tally = votes.pop("tally", {})  # counted as a whole, not per participant
        try:
            totals = tally_dots(votes, entries, int(row.settings.get("budget", 1)))
        except TooManyDots as exc:
            raise InvalidInput("dots", InvalidInput.OUT_OF_RANGE,
                               (exc.participant, exc.placed, exc.budget)) from exc
        scores = {key: float(totals[key] + tally.get(key, 0)) for key in entries}
        ranks = rank(scores)
    elif row.method == "impact_effort":
        placed = {key: (e.inputs["impact"], e.inputs["effort"]) for key, e in entries.items()
                  if e.inputs.get("impact") and e.inputs.get("effort")}
        ranks = rank_by_impact_effort(placed)
    else:
        chosen = {key: e.inputs["moscow"] for key, e in entries.items()
                  if e.inputs.get("moscow")}
        ranks = rank_by_moscow(chosen)
    for key, entry in entries.items():
        entry.score = scores.get(key)
        entry.rank = ranks.get(key)


def list_rounds(db: TrajectoryDatabase) -> list[RoundResult]:
    with db.session() as session:
        return [RoundResult(
            row.id, row.method, row.held_on, tuple(row.participants), dict(row.settings),
            row.rationale, row.closed_on,
            tuple(EntryResult(e.barrier_id, dict(e.inputs), e.score, e.rank)
                  for e in row.entries), row.closed_at)
            for row in queries.priority_rounds(session)]


def open_round(rounds: list[RoundResult], method: str) -> RoundResult | None:
    """The round of `method` that takes the votes: the open one held last (then the larger
    id); the room's phones and the presenter's view both write into it."""
    opened = [r for r in rounds if r.method == method and r.closed_on is None]
    return max(opened, key=lambda r: (r.held_on, r.id), default=None)


def latest_closed(rounds: list[RoundResult]) -> RoundResult | None:
    """The round that decides: the one closed last. Of rounds closed on the same date, the one
    closed later that day (a round closed before the file kept the time counts as earlier),
    then the one held later, then the one with the larger id."""
    closed = [r for r in rounds if r.closed_on is not None]
    return max(closed, key=lambda r: (r.closed_on, r.closed_at is not None,
                                      r.closed_at or r.held_on, r.held_on, r.id), default=None)


class Priority(NamedTuple):
    """A barrier's place in the region's priorities, its rank in the deciding round (None when
    it has none there) and why, and its factor score under the saved weights (a tuple: every
    barrier gets one at every weight change)."""

    barrier_id: str
    place: int
    round_rank: int | None
    basis: Basis | None
    score: float


@dataclass(frozen=True)
class Prioritisation:
    """The priorities as the region goes on with them: which round decided (None when no round
    is closed yet), the saved weights of the score, and every barrier, first priority first."""

    decided_by: RoundResult | None
    weights: Weights
    order: tuple[Priority, ...]

    def of(self, barrier_id: str) -> Priority:
        return next(p for p in self.order if p.barrier_id == barrier_id)


def reading(rounds: list[RoundResult], records: list[BarrierRecord], weights: Weights,
            factors: Mapping[str, Factors] | None = None) -> Prioritisation:
    """The one reading of the prioritisation: the barriers ranked in the latest closed round
    by that rank, with what produced it; then the others by their score (domain rules:
    `latest_closed`, `order_priorities`). `factors` are the records' factors when the caller
    keeps them (a page re-ranking at every weight change)."""
    decided = latest_closed(rounds)
    entries = {e.barrier_id: e for e in decided.entries} if decided else {}
    if factors is None:
        factors = {r.id: barriers.factors_of(r) for r in records}
    scores = factor_scores(factors, weights)
    ranks = {key: e.rank for key, e in entries.items()}
    order = order_priorities(ranks, scores, {r.id: r.title for r in records})
    return Prioritisation(decided, weights, tuple(
        Priority(key, place, ranks.get(key),
                 basis_of(decided.method, entries[key].score, entries[key].inputs)
                 if decided and key in entries else None, scores[key])
        for key, place in order))


def read_priorities(db: TrajectoryDatabase) -> Prioritisation:
    """The prioritisation as it stands in the file (see `reading`)."""
    with db.session():
        return reading(list_rounds(db), barriers.list_barriers(db), get_weights(db))


def get_weights(db: TrajectoryDatabase) -> Weights:
    """The weights of the factor score kept in the file (each 1 until set)."""
    with db.session() as session:
        return Weights(**(queries.trajectory(session).score_weights or {}))


def set_weights(db: TrajectoryDatabase, weights: Weights) -> Weights:
    """Keep new weights of the factor score in the file; returns the old ones, for undo."""
    for name, value in vars(weights).items():
        if not 0 <= value <= MAX_WEIGHT:
            raise InvalidInput(name, InvalidInput.OUT_OF_RANGE, value)
    with db.session() as session:
        row = queries.trajectory(session)
        before = Weights(**(row.score_weights or {}))
        row.score_weights = dict(vars(weights))
        return before


def get_round(db: TrajectoryDatabase, round_id: str) -> RoundResult:
    return next(r for r in list_rounds(db) if r.id == round_id)


def compare(first: RoundResult, second: RoundResult) -> dict[str, tuple[int | None, int | None]]:
    """Per barrier in either round: its rank in the first and in the second."""
    one = {e.barrier_id: e.rank for e in first.entries}
    two = {e.barrier_id: e.rank for e in second.entries}
    return {key: (one.get(key), two.get(key)) for key in {**one, **two}}
