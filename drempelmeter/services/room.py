"""The room's activities: what the participants' phones send during a workshop, counted into the
same records as the coach's typing (the session's poll, the open dots or MoSCoW round, the
pre-mortem notes), each behind an unguessable token, open until it closes. No HTTP here:
drempelmeter/room serves it.

A device is known only by a random cookie its browser keeps for the activity; the activity
gives it an anonymous voter name of its own (`prioritisation.DEVICE` and eight random hex
letters, never the cookie), so nothing in the file links a vote to a browser. What a device
gave is kept in memory while the activity runs, so it can change its answer and is never
counted twice; the counts themselves are written as they come (`Activity.together`: a burst of
devices in one transaction).

How devices vote in a round. A dot-voting round keeps per barrier `inputs["votes"]`, voter ->
dots. The coach's typed votes are there under each participant's name, the room's show of
hands under "tally" (counted as a whole); a device's dots go under its voter name, so the three
mix in one round and its ranks count them all. The round's budget holds per voter, by the same
rule that holds a participant (`domain.prioritisation.tally_dots`, run in the transaction that
writes): a device cannot spend more than the budget whatever it sends, and the server checks it
first to say so on the phone. Devices are not added to the round's participants: the window's
"dots left" lists the people whose dots are typed, while totals and ranks include the devices.
In a MoSCoW round a device's choice goes under `inputs["moscow_votes"]` (voter -> choice), and
the barrier's MoSCoW becomes the choice most devices made (`prioritisation.set_moscow_vote`).

The room started again on the same round (closed, then J again) is a new count from the
phones: a new activity, a new token, so a new cookie (its path is the activity's), and each
device that joins it is a new voter with the round's budget. The dots and choices the earlier
activity's devices gave stay in the round, counted once; a device of the new activity never
gets the voter name of one of them, nor of a typed participant (`Activity.taken`), so it can
neither move nor add to their votes. Nothing links a browser across activities, on purpose:
a phone that voted before and joins again votes again, as a person handed a second paper
would; a coach who wants one count per person of the whole round keeps the room open, or
starts a new round. So that no one is surprised, the start says so when the round (or the
session's poll) holds answers already (`Activity.earlier`): `drempelmeter room` on stderr, the
window on the room's panel.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from ..domain.ids import new_id
from ..domain.plan import all_actions
from ..domain.privacy import Finding, redact
from ..domain.workshop import DRAFT, POLL_ANSWERS, PREMORTEM_STAGES
from ..store.database import TrajectoryDatabase
from . import captures, personal_data, plan, polls, premortem, prioritisation, workshops
from .errors import InvalidInput
from .records import CaptureRecord, Poll, PremortemNote
from .validation import TEXT_MAX, clean_text

KINDS = ("poll", "dots", "moscow", "premortem")
#: The phase whose session an activity belongs to when none is named.
PHASE_OF = {"poll": 1, "dots": 4, "moscow": 4, "premortem": 5}
#: More devices than a room holds: the activity stops taking new ones (memory stays bounded).
DEVICES_MAX = 500
#: Texts waiting for review, at most (a device that floods is stopped by the rate limit first).
HELD_MAX = 1000
#: The kind a pre-mortem text left unreviewed is kept as among the session's captures.
UNREVIEWED_KIND = "concern"


class ActivityClosed(Exception):
    """The activity has closed: it takes nothing any more."""


class RoomFull(Exception):
    """The activity has as many devices as it takes."""


@dataclass(frozen=True)
class HeldText:
    """A pre-mortem text a device wrote, held for the coach's review: `findings` is what the
    personal-data guard flags in it, `draft_id` the draft capture it is kept as meanwhile."""

    id: str
    stage: str
    text: str
    draft_id: str
    findings: tuple[Finding, ...] = ()


@dataclass
class Device:
    voter: str
    poll: dict[str, str] = field(default_factory=dict)
    dots: dict[str, int] = field(default_factory=dict)
    moscow: dict[str, str] = field(default_factory=dict)
    #: the pre-mortem texts it sent, shown back to it alone (kept in memory only)
    texts: list[str] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        """Whether it has an answer saved (not all taken back)."""
        return bool(self.poll or self.dots or self.moscow or self.texts)


class Activity:
    """One activity in the room: its kind, its token, where it writes (the session; the round
    for dots and MoSCoW; the action and stage for the pre-mortem) and the devices that joined.
    The server calls it from one thread at a time; a lock keeps it so for the window too."""

    def __init__(self, db: TrajectoryDatabase, kind: str, session_id: str,
                 round_id: str | None = None, action_id: str | None = None,
                 stage: str = "risk", poll: Poll | None = None) -> None:
        if kind not in KINDS:
            raise InvalidInput("activity", InvalidInput.UNKNOWN_VALUE, kind)
        self.db, self.kind, self.session_id = db, kind, session_id
        self.round_id, self.action_id, self.stage = round_id, action_id, stage
        #: what the room votes on: the round's barriers as (id, title), in the list's order
        self.barriers: list[tuple[str, str]] = []
        #: dots per device in a dot-voting round
        self.budget = 0
        #: the action a pre-mortem is about
        self.action_title = ""
        #: the voter names the round has already (its typed participants, the devices of an
        #: earlier activity): a device here never gets one
        self.taken: set[str] = set()
        #: what the session or round holds already that this activity adds to (see the
        #: module's docstring): the devices that voted in the round before, or the most answers
        #: any one B of the session's poll counts (by phones or by hands)
        self.earlier = 0
        if kind == "poll":
            self.earlier = max((sum(counts.values())
                                for counts in polls.tally(db, session_id).values()), default=0)
        if round_id is not None:
            found = prioritisation.get_round(db, round_id)
            entries = {e.barrier_id for e in found.entries}
            self.barriers = [(key, title) for key, title in plan.barrier_titles(db)
                             if key in entries]
            self.budget = int(found.settings.get("budget", 1))
            self.taken = {*found.participants, *(
                voter for e in found.entries
                for key in ("votes", prioritisation.MOSCOW_VOTES)
                for voter in e.inputs.get(key, {}))}
            self.earlier = sum(1 for voter in self.taken if prioritisation.is_device(voter))
        if action_id is not None:
            # by its id, or by its number as the plan shows it (1.1)
            action = next((a for a in all_actions(plan.read_plan(db))
                           if action_id in (a.id, a.number)), None)
            if action is None:
                raise InvalidInput("action", InvalidInput.NOT_FOUND, action_id)
            self.action_id, self.action_title = action.id, action.title
        if stage not in PREMORTEM_STAGES:
            raise InvalidInput("stage", InvalidInput.UNKNOWN_VALUE, stage)
        self.token = secrets.token_urlsafe(18)
        self.is_open = True
        self.devices: dict[str, Device] = {}
        self.held: dict[str, HeldText] = {}
        #: the gut-feeling poll's questions and answers (read once, or given as the caller
        #: read them: the files are parsed, the most of a start's time)
        self.poll = (polls.poll_items() if poll is None else poll) if kind == "poll" else None
        #: `lock` guards the devices (taken briefly, by every page); `writing` the writes and
        #: what they keep in memory (a device's answers, the held texts)
        self.lock = threading.Lock()
        self.writing = threading.RLock()

    @property
    def joined(self) -> int:
        """How many devices joined (the count the coach sees)."""
        return len(self.devices)

    @property
    def answered(self) -> int:
        """How many devices have an answer saved (a page loaded is not a vote)."""
        with self.lock:
            return sum(1 for device in self.devices.values() if device.answered)

    def device(self, cookie: str) -> Device:
        """The device behind a cookie, joined on its first visit."""
        with self.lock:
            self._check_open()
            found = self.devices.get(cookie)
            if found is None:
                if len(self.devices) >= DEVICES_MAX:
                    raise RoomFull
                found = self.devices[cookie] = Device(self._new_voter())
            return found

    def _new_voter(self) -> str:
        """A voter name no one in the round has: a device's votes never land on another's."""
        while True:
            voter = prioritisation.DEVICE + secrets.token_hex(4)
            if voter not in self.taken:
                self.taken.add(voter)
                return voter

    def _check_open(self) -> None:
        if not self.is_open:
            raise ActivityClosed

    def together(self, requests: list[tuple[str, Any]]) -> list[object]:
        """What several devices sent (cookie, and what the activity's method takes: answers,
        dots, choices or a text), in one transaction, so the room's burst of votes is one write
        to the disk instead of one each. The dots of all go in at once (each device's checked
        against the budget first); the others each in a savepoint of their own, so one refused
        leaves the others. Returns each one's result, or the exception it raised. Should the
        transaction itself fail (the disk), it raises, and what the devices gave is kept in
        memory as if written: a later change moves a count that is not there, which stays at
        zero (`polls.move_answers`)."""
        with self.writing, self.db.session() as session:
            if self.kind == "dots":
                return self._dots_together(requests)
            if self.kind == "poll":
                return self._poll_together(requests)
            method: Callable[[str, Any], object] = (
                self.choose if self.kind == "moscow" else self.write)
            results: list[object] = []
            for cookie, given in requests:
                savepoint = session.begin_nested()
                try:
                    results.append(method(cookie, given))
                except Exception as exc:  # handed to the device's request
                    savepoint.rollback()
                    results.append(exc)
                else:
                    savepoint.commit()
            return results

    def _dots_together(self, requests: list[tuple[str, dict[str, int]]]) -> list[object]:
        results: list[object] = []
        placed: dict[str, dict[str, int]] = {}
        devices: dict[str, Device] = {}
        for cookie, dots in requests:
            try:
                device = self.device(cookie)
                placed[device.voter] = self._checked_dots(dots)
                devices[device.voter] = device
                results.append(None)
            except Exception as exc:  # handed to the device's request
                results.append(exc)
        if placed:
            prioritisation.set_votes_of(self.db, self._round(), placed)
            for voter, dots in placed.items():
                devices[voter].dots = dots
        return results

    def _checked_dots(self, dots: dict[str, int]) -> dict[str, int]:
        """A device's dots as the round takes them (barrier -> dots, none left out as 0),
        refused here when they exceed the budget or name a barrier not in the round."""
        known = {key for key, _ in self.barriers}
        if any(type(n) is not int or n < 0 for n in dots.values()):
            raise InvalidInput("dots", InvalidInput.OUT_OF_RANGE, dots)
        if set(dots) - known:
            raise InvalidInput("barrier", InvalidInput.NOT_FOUND, min(set(dots) - known))
        if sum(dots.values()) > self.budget:
            raise InvalidInput("dots", InvalidInput.OUT_OF_RANGE, sum(dots.values()))
        return {key: n for key, n in dots.items() if n}

    # ---- the gut-feeling poll ------------------------------------------------------------

    def answer(self, cookie: str, answers: dict[str, str | None]) -> None:
        """The device's answers per B (None: no answer): each counted once in the session's
        tally, moved when changed."""
        [outcome] = self.together([(cookie, answers)])
        if isinstance(outcome, Exception):
            raise outcome

    def _poll_together(self, requests: list[tuple[str, dict[str, str | None]]]) -> list[object]:
        """The answers of many devices, checked each, counted in one transaction."""
        assert self.poll is not None
        items = {item.b for item in self.poll.items}
        results: list[object] = []
        moves: list[tuple[str, str | None, str | None]] = []
        now: list[tuple[Device, str, str | None]] = []
        for cookie, answers in requests:
            try:
                device = self.device(cookie)
                for b, given in answers.items():
                    if b not in items or (given is not None and given not in POLL_ANSWERS):
                        raise InvalidInput("answer", InvalidInput.UNKNOWN_VALUE, given)
                results.append(None)
            except Exception as exc:  # handed to the device's request
                results.append(exc)
                continue
            for b, given in answers.items():
                before = next((a for d, key, a in reversed(now) if d is device and key == b),
                              device.poll.get(b))
                moves.append((b, before, given))
                now.append((device, b, given))
        polls.move_answers(self.db, self.session_id, moves)
        for device, b, given in now:
            if given is None:
                device.poll.pop(b, None)
            else:
                device.poll[b] = given
        return results

    # ---- dot voting and MoSCoW -----------------------------------------------------------

    def place_dots(self, cookie: str, dots: dict[str, int]) -> None:
        """All of the device's dots at once; refused whole over the round's budget (checked
        here, and again by the round's own rule as it is written)."""
        with self.writing:
            device = self.device(cookie)
            wanted = self._checked_dots(dots)
            prioritisation.set_votes_of(self.db, self._round(), {device.voter: wanted})
            device.dots = wanted

    def choose(self, cookie: str, choices: dict[str, str | None]) -> None:
        """The device's MoSCoW choice per barrier (None takes it back)."""
        with self.writing:
            device = self.device(cookie)
            for barrier_id, choice in choices.items():
                if device.moscow.get(barrier_id) == choice:
                    continue
                prioritisation.set_moscow_vote(self.db, self._round(), barrier_id,
                                               device.voter, choice)
                if choice is None:
                    device.moscow.pop(barrier_id, None)
                else:
                    device.moscow[barrier_id] = choice

    def _round(self) -> str:
        assert self.round_id is not None
        return self.round_id

    # ---- the silent pre-mortem -----------------------------------------------------------

    def write(self, cookie: str, text: str) -> HeldText:
        """A device's text, cleaned and screened, held for review (never shown before). It is
        saved at once as the draft capture `close` would keep of it (with what the guard
        flags replaced by neutral words), so a crash or a kill while it waits loses nothing:
        the coach finds it among the session's drafts, as after a close."""
        with self.writing:
            device = self.device(cookie)
            text = clean_text("text", text, required=True, limit=TEXT_MAX)
            if len(self.held) >= HELD_MAX:
                raise RoomFull
            findings = tuple(personal_data.findings_in(text))
            draft = captures.add_capture(self.db, CaptureRecord(
                new_id(), self.session_id, UNREVIEWED_KIND, redact(text, list(findings))))
            held = HeldText(new_id(), self.stage, text, draft.id, findings)
            self.held[held.id] = held
            device.texts.append(text)
            return held

    def waiting(self) -> list[HeldText]:
        """The texts waiting for review, in the order they came."""
        with self.writing:
            return list(self.held.values())

    def accept(self, held_id: str, text: str | None = None) -> PremortemNote:
        """A held text (as the coach edited it, if given) becomes a pre-mortem note of the
        action, its draft removed in the same transaction; a text the guard flags is accepted
        only as the coach confirmed it (`personal_data.confirmed`), as any other edit."""
        with self.writing:
            held = self.held[held_id]
            assert self.action_id is not None
            with self.db.session():
                note = premortem.add_note(self.db, PremortemNote(
                    new_id(), self.session_id, self.action_id, held.stage,
                    held.text if text is None else text))
                drop_draft(self.db, self.session_id, held.draft_id)
            del self.held[held_id]
            return note

    def discard(self, held_id: str) -> HeldText:
        """A held text the coach let go (or accepted as an edit of its own): its draft goes."""
        with self.writing:
            held = self.held[held_id]
            drop_draft(self.db, self.session_id, held.draft_id)
            del self.held[held_id]
            return held

    def set_stage(self, stage: str) -> None:
        """What the room writes from now on: the risks, then what is needed."""
        if stage not in PREMORTEM_STAGES:
            raise InvalidInput("stage", InvalidInput.UNKNOWN_VALUE, stage)
        self.stage = stage

    # ---- closing -------------------------------------------------------------------------

    def close(self) -> int:
        """Take nothing any more. Texts nobody reviewed stay the draft captures of the session
        they were saved as when written (a coach reviews them in the window), with what the
        guard flags replaced by neutral words: nothing unreviewed brings personal data into the
        file. Returns how many were left so."""
        with self.writing:
            self.is_open = False
            left = len(self.held)
            self.held.clear()
        return left


def drop_draft(db: TrajectoryDatabase, session_id: str, draft_id: str) -> CaptureRecord | None:
    """Remove the draft a held text was kept as, once the coach reviewed the text; returns it
    (for undo). None when it is gone or was reviewed meanwhile in the session's review (then
    it stays as the coach left it)."""
    with db.session():
        draft = next((c for c in captures.list_captures(db, session_id) if c.id == draft_id),
                     None)
        if draft is None or draft.state != DRAFT:
            return None
        return captures.remove_capture(db, draft_id)


def todays_session(db: TrajectoryDatabase, phase_number: int, today: date) -> str:
    """The id of the phase's session of the day, made and saved when there is none (as the
    window's workshop mode does)."""
    record, new = workshops.session_of_the_day(db, phase_number, today)
    if new:
        workshops.save_session(db, record)
    return record.id


def open_round(db: TrajectoryDatabase, method: str) -> str:
    """The id of the round of `method` that takes the votes (`prioritisation.open_round`)."""
    found = prioritisation.open_round(prioritisation.list_rounds(db), method)
    if found is None:
        raise InvalidInput("round", InvalidInput.NOT_FOUND, method)
    return found.id


def start(db: TrajectoryDatabase, kind: str, session_id: str | None = None,
          action_id: str | None = None, today: date | None = None,
          poll: Poll | None = None, stage: str = "risk") -> Activity:
    """An open activity of `kind`: in the session named (else today's of its phase), the open
    round of its method (dots, MoSCoW) or the action named by its id or number (pre-mortem,
    required, asking `stage`'s question); a poll with `poll` if the caller read it already
    (`polls.poll_items`)."""
    if kind not in KINDS:
        raise InvalidInput("activity", InvalidInput.UNKNOWN_VALUE, kind)
    if session_id is None:
        session_id = todays_session(db, PHASE_OF[kind], today or datetime.now(UTC).date())
    elif not any(s.id == session_id for s in workshops.list_sessions(db)):
        raise InvalidInput("session", InvalidInput.NOT_FOUND, session_id)
    round_id = open_round(db, kind) if kind in ("dots", "moscow") else None
    if kind == "premortem" and action_id is None:
        raise InvalidInput("action", InvalidInput.REQUIRED)
    return Activity(db, kind, session_id, round_id, action_id, stage, poll=poll)

