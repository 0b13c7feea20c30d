"""Policy signals (beleidssignalen): a supra-local barrier addressed to a higher level, with the
evidence the file holds, the letter, and what became of it (sent, answered, followed up).

Every change returns what it replaced, so the UI can undo it exactly.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..domain.policy import (
    DRAFT,
    POLICY_BODIES,
    POLICY_LEVELS,
    POLICY_STATUSES,
    SUPRA_LOCAL,
    Evidence,
    PolicyLetter,
    PolicyLine,
    after_today,
    can_move,
    missing,
)
from ..domain.questionnaire import shown_groups
from ..domain.report import REGION
from ..domain.scoring import ALL
from ..domain.taxonomy import ALL_BS, JOURNEY_MOMENTS
from ..store import policy_rows, queries
from ..store.database import TrajectoryDatabase
from ..store.models import PolicySignal
from . import barriers, measurement, partners, personal_data, report, trajectory
from .errors import InvalidInput
from .export_screen import ExportScreen, export_screen
from .validation import clean_text, existing, known_key, refuse_own_file

#: The free-text fields of a policy signal, screened for personal data as they are stored.
TEXT_FIELDS = ("addressee", "subject", "request", "answer", "follow_up")
#: How many signal texts a letter quotes as examples.
EXAMPLES = 3
NO_MOMENT = "Geen moment opgegeven"


@dataclass(frozen=True)
class PolicySignalRecord:
    """A policy signal as the window edits it; `number` is given when it is made."""

    id: str
    barrier_id: str | None
    level: str
    subject: str
    addressee: str = ""
    request: str = ""
    status: str = DRAFT
    sent_on: date | None = None
    answered_on: date | None = None
    answer: str = ""
    follow_up: str = ""
    number: int = 0


def list_policy_signals(db: TrajectoryDatabase) -> list[PolicySignalRecord]:
    """Every policy signal, in the order of its number (read from columns)."""
    with db.session() as session:
        return [PolicySignalRecord(**row._asdict()) for row in policy_rows.policy_fields(session)]


def get_policy_signal(db: TrajectoryDatabase, signal_id: str) -> PolicySignalRecord:
    with db.session() as session:
        found = policy_rows.policy_fields(session, signal_id)
    if not found:
        raise InvalidInput("policy_signal", InvalidInput.NOT_FOUND, signal_id)
    return PolicySignalRecord(**found[0]._asdict())


def _validated(record: PolicySignalRecord) -> PolicySignalRecord:
    """The record cleaned, its level and status known and its status complete (dates, answer)."""
    known_key("level", POLICY_LEVELS, record.level)
    known_key("status", POLICY_STATUSES, record.status)
    record = replace(
        record, subject=clean_text("subject", record.subject, required=True),
        addressee=clean_text("addressee", record.addressee),
        request=clean_text("request", record.request, limit=4000),
        answer=clean_text("answer", record.answer, limit=4000),
        follow_up=clean_text("follow_up", record.follow_up, limit=4000))
    lacking = missing(record.status, record.request, record.sent_on, record.answered_on,
                      record.answer, record.follow_up)
    if lacking is not None:
        raise InvalidInput(lacking, InvalidInput.REQUIRED, record.status)
    return record


def _write(session, record: PolicySignalRecord) -> None:
    """Screen the record's texts and write it (a new row, or over the one with its id)."""
    for field in TEXT_FIELDS:
        personal_data.check(session, "policy_signal", record.id, field, getattr(record, field))
    row = session.get(PolicySignal, record.id)
    if row is None:
        row = PolicySignal(id=record.id, trajectory_id=queries.trajectory(session).id)
        session.add(row)
    for name, value in vars(record).items():
        if name != "id":
            setattr(row, name, value)


def make_policy_signal(db: TrajectoryDatabase, signal_id: str, barrier_id: str, level: str,
                       addressee: str = "", request: str = "") -> PolicySignalRecord:
    """A draft policy signal about a supra-local barrier, with the barrier's title as its
    subject and the next number. A barrier the region can remove itself is refused."""
    barrier = barriers.get_barrier(db, barrier_id)
    if barrier.influence != SUPRA_LOCAL:
        raise InvalidInput("influence", InvalidInput.OUT_OF_RANGE, barrier.influence)
    record = _validated(PolicySignalRecord(signal_id, barrier_id, level, barrier.title,
                                           addressee, request))
    with db.session() as session:
        record = replace(record, number=policy_rows.next_number(session))
        _write(session, record)
    return record


def save_policy_signal(db: TrajectoryDatabase, record: PolicySignalRecord,
                       today: date | None = None) -> PolicySignalRecord:
    """Write the signal's level, addressee, texts, status and dates; a status may only move as
    domain.policy allows, and a letter is not sent or answered after `today` (None: the
    computer's today). Returns the record before, for undo (`restore_policy_signal`)."""
    record = _validated(record)
    late = after_today(record.sent_on, record.answered_on, today or date.today())
    if late is not None:
        raise InvalidInput(late, InvalidInput.AFTER_TODAY, getattr(record, late))
    with db.session() as session:
        existing(session, PolicySignal, record.id)
        before = PolicySignalRecord(
            **policy_rows.policy_fields(session, record.id)[0]._asdict())
        if not can_move(before.status, record.status):
            raise InvalidInput("status", InvalidInput.OUT_OF_RANGE,
                               (before.status, record.status))
        _write(session, replace(record, number=before.number, barrier_id=before.barrier_id))
        return before


def restore_policy_signal(db: TrajectoryDatabase, record: PolicySignalRecord) -> None:
    """Put a policy signal back as it was (the undo of a save, a removal or its making)."""
    record = _validated(record)
    with db.session() as session:
        _write(session, record)


def remove_policy_signal(db: TrajectoryDatabase, signal_id: str) -> PolicySignalRecord:
    """Remove a policy signal; returns it, for undo."""
    record = get_policy_signal(db, signal_id)
    with db.session() as session:
        session.delete(existing(session, PolicySignal, signal_id))
    return record


def relink(db: TrajectoryDatabase, barrier_id: str, to: str | None,
           ) -> list[PolicySignalRecord]:
    """Let the policy signals about one barrier be about another (a merge), or about none (a
    removal: the letter keeps its subject). Returns them as they were, for undo."""
    before = [r for r in list_policy_signals(db) if r.barrier_id == barrier_id]
    with db.session() as session:
        for record in before:
            existing(session, PolicySignal, record.id).barrier_id = to
    return before


def evidence(db: TrajectoryDatabase, barrier_id: str,
             screen: ExportScreen | None = None) -> Evidence:
    """What the file holds about a barrier, as a letter shows it: its signals (those waiting
    for review left out) counted per B and journey moment, the partners that recognise it, a
    few signal texts, and the latest closed measurement of its B, with small groups hidden as
    the reports hide them."""
    screen = screen or export_screen(db)
    barrier = barriers.get_barrier(db, barrier_id)
    names = {p.id: p.name for p in partners.list_partners(db)}
    with db.session() as session:
        facts = policy_rows.signal_facts(session, barrier_id)
        examples = policy_rows.example_texts(session, barrier_id, EXAMPLES)
    per_b: Counter[str] = Counter()
    per_moment: Counter[str] = Counter()
    for _partner, b, moment, count in facts:
        per_b[b] += count
        per_moment[moment or ""] += count
    found = _measured(db, barrier.primary_b, barrier.recognised_by, names)
    return Evidence(
        sum(per_b.values()), tuple(screen.text(names.get(p, p)) for p in barrier.recognised_by),
        tuple((ALL_BS.label(t.key, "nl"), per_b[t.key]) for t in ALL_BS if per_b[t.key]),
        tuple((JOURNEY_MOMENTS.label(key, "nl") if key else NO_MOMENT, per_moment[key])
              for key in (*JOURNEY_MOMENTS.ordered_keys(), "") if per_moment[key]),
        tuple(screen.text(text) for text in examples), **found)


def _measured(db: TrajectoryDatabase, b: str, partner_ids: tuple[str, ...],
              names: dict[str, str]) -> dict:
    """The latest closed round's scores of B `b`: per respondent group and per partner that
    recognises the barrier, and the region; hidden cells as the regional report hides them."""
    closed = [r for r in measurement.list_rounds(db) if r.closed]
    if not closed or b not in {item_b for _item, item_b in closed[-1].items}:
        return {}
    latest = closed[-1]
    scores = measurement.round_scores(db, latest.id)
    answered = {group for _partner, group, _b in scores.cells}
    cells = [(t.label("nl"), scores.get(ALL, t.key, b)) for t in shown_groups(answered)
             if scores.get(ALL, t.key, b) is not None]
    cells += [(names.get(p, p), scores.get(p, ALL, b)) for p in partner_ids]
    cells.append((REGION, scores.get(ALL, ALL, b)))
    return {"round_name": latest.name, "b_label": ALL_BS.label(b, "nl"),
            "measured": tuple((name, report.shown(cell)) for name, cell in cells),
            "threshold": scores.threshold,
            "hidden_note": report.hidden_note([cell for _name, cell in cells], scores.threshold)}


def letter(db: TrajectoryDatabase, signal_id: str, today: date) -> PolicyLetter:
    """The policy signal as its letter prints it, with personal data nobody confirmed masked."""
    record = get_policy_signal(db, signal_id)
    screen = export_screen(db)
    details = trajectory.get_trajectory(db)
    description, b_label, b_question = "", "", ""
    if record.barrier_id is not None:
        barrier = barriers.get_barrier(db, record.barrier_id)
        description, b_label = barrier.description, ALL_BS.label(barrier.primary_b, "nl")
        b_question = ALL_BS[barrier.primary_b].definition_nl
        found = evidence(db, record.barrier_id, screen)
    else:
        found = Evidence(0, (), (), (), ())
    made = PolicyLetter(
        record.number, details.region, details.coach, details.name,
        tuple(p.name for p in partners.list_partners(db)), today,
        POLICY_LEVELS.label(record.level, "nl"), record.addressee, record.subject, description,
        b_label, record.request, POLICY_STATUSES.label(record.status, "nl"), record.sent_on,
        found, draft=record.status == DRAFT, body=POLICY_BODIES[record.level],
        b_question=b_question)
    made = screen.walk(made)
    return replace(made, masked=tuple(m.describe() for m in screen.masked))


def lines(db: TrajectoryDatabase) -> tuple[PolicyLine, ...]:
    """Every policy signal as the reports list it (not yet screened)."""
    return tuple(PolicyLine(
        r.number, r.subject, POLICY_LEVELS.label(r.level, "nl"), r.addressee,
        POLICY_STATUSES.label(r.status, "nl"), r.sent_on, r.answered_on, r.answer, r.follow_up,
        r.barrier_id) for r in list_policy_signals(db))


def report_lines(db: TrajectoryDatabase, screen: ExportScreen) -> tuple[PolicyLine, ...]:
    """Every policy signal as the regional report lists it, its texts screened."""
    return screen.walk(lines(db))


def find_by_number(db: TrajectoryDatabase, number: int) -> PolicySignalRecord:
    """The policy signal with this number (as the letter and the report print it)."""
    found = [r for r in list_policy_signals(db) if r.number == number]
    if not found:
        raise InvalidInput("policy_signal", InvalidInput.NOT_FOUND, number,
                           tuple(str(r.number) for r in list_policy_signals(db)))
    return found[0]


def write_letter(db: TrajectoryDatabase, signal_id: str, today: date, pdf: Path,
                 ) -> PolicyLetter:
    """Write the policy signal's letter as a PDF."""
    from ..exchange.policy_letter_pdf import write_policy_letter_pdf

    refuse_own_file(db, pdf)
    made = letter(db, signal_id, today)
    write_policy_letter_pdf(pdf, made)
    return made
