"""Running a workshop session in the room: its start, the agenda as kept, the coach's prompts,
and its close with a summary. Each edit returns what it replaced, so the window can undo it."""

from __future__ import annotations

from datetime import datetime

from ..domain.phases import phase
from ..domain.plan import all_actions
from ..domain.prioritisation import METHODS
from ..domain.taxonomy import ALL_BS
from ..domain.vocabularies import report_labels
from ..domain.workshop import (
    CAPTURE_KINDS,
    CAPTURE_STATES,
    NEED,
    PREMORTEM_STAGES,
    RISK,
    default_prompts,
    premortem_points,
)
from ..store import workshop_rows
from ..store.database import TrajectoryDatabase
from ..store.models import WorkshopSession
from . import (
    captures,
    decisions,
    partners,
    personal_data,
    plan,
    polls,
    premortem,
    prioritisation,
    privacy_scan,
    trajectory,
    vocabularies,
    workshops,
)
from .errors import InvalidInput
from .records import ClosedBefore, SessionSummary
from .validation import TEXT_MAX, clean_text, existing

#: The longest summary a coach can write over the one closing wrote.
SUMMARY_MAX = 100_000

#: The longest an agenda item can be kept running: a whole day.
KEPT_MAX = 24 * 60 * 60

#: More questions of its own than a session can ask.
PROMPTS_MAX = 30

#: The phase whose sessions hold the prioritisation rounds of their day.
PRIORITISING = "prioritise"


def start_session(db: TrajectoryDatabase, session_id: str, now: datetime) -> datetime | None:
    """Mark the session started at `now` unless it started before; returns when it had started
    (None: not before), for undo."""
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        before = row.started_at
        if before is None:
            row.started_at = now
        return before


def restore_started(db: TrajectoryDatabase, session_id: str, value: datetime | None) -> None:
    """Put back when the session started (the undo of `start_session`)."""
    with db.session() as session:
        existing(session, WorkshopSession, session_id).started_at = value


def keep_agenda(db: TrajectoryDatabase, session_id: str,
                kept: list[int | None]) -> list[int | None]:
    """Record the seconds each agenda item really took, in agenda order (None: not kept);
    returns what was kept before, for undo."""
    for seconds in kept:
        if seconds is not None and not 0 <= seconds <= KEPT_MAX:
            raise InvalidInput("kept_seconds", InvalidInput.OUT_OF_RANGE, seconds)
    with db.session() as session:
        existing(session, WorkshopSession, session_id)
        items = workshop_rows.agenda_items(session, session_id)
        if len(kept) != len(items):
            raise InvalidInput("kept_seconds", InvalidInput.OUT_OF_RANGE, len(kept))
        before = [item.kept_seconds for item in items]
        for item, seconds in zip(items, kept, strict=True):
            item.kept_seconds = seconds
        return before


def session_prompts(db: TrajectoryDatabase, session_id: str) -> list[str]:
    """The questions for this session: its own, or else its phase's defaults."""
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        own = list(row.prompts or ())
        number = workshop_rows.phase_number(session, session_id)
    return own or list(default_prompts(number or 1))


def set_prompts(db: TrajectoryDatabase, session_id: str, prompts: list[str]) -> list[str]:
    """The session's own questions (empty: its phase's defaults again); returns its own
    before, for undo."""
    cleaned = [p for p in (clean_text("prompts", p, limit=TEXT_MAX) for p in prompts) if p]
    if len(cleaned) > PROMPTS_MAX:
        raise InvalidInput("prompts", InvalidInput.TOO_LONG, len(cleaned))
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        personal_data.check(session, "session", session_id, "prompts", cleaned)
        before = list(row.prompts or ())
        row.prompts = cleaned
        return before


def summary_of(db: TrajectoryDatabase, session_id: str) -> SessionSummary:
    """Everything the session holds: attendees, agenda planned and kept, captures, poll,
    pre-mortem, and the decisions of its phase and (the prioritising phase's) the rounds held
    on its day."""
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        started_at, closed_at, summary = row.started_at, row.closed_at, row.summary
        record = next(s for s in workshops.list_sessions(db) if s.id == session_id)
        names = {p.id: p.name for p in partners.list_participants(db)}
        kept = [item.kept_seconds for item in workshop_rows.agenda_items(session, session_id)]
        return SessionSummary(
            session=record, started_at=started_at, closed_at=closed_at,
            attendees=tuple(sorted((names[p] for p in record.attendee_ids if p in names),
                                   key=str.casefold)),
            agenda_kept=tuple((e.text, e.minutes, seconds)
                              for e, seconds in zip(record.agenda, kept, strict=True)),
            captures=tuple(captures.list_captures(db, session_id)),
            poll=polls.tally(db, session_id),
            premortem=tuple(premortem.list_notes(db, session_id)),
            decisions=tuple(d for d in decisions.list_decisions(db, record.phase_number)
                            if d.decided_on == record.held_on),
            rounds=tuple(r for r in prioritisation.list_rounds(db)
                         if r.held_on == record.held_on)
            if phase(record.phase_number).key == PRIORITISING
            and workshop_rows.rounds_held_on(session, record.held_on) else (),
            prompts=tuple(session_prompts(db, session_id)), summary=summary)


def close_session(db: TrajectoryDatabase, session_id: str, now: datetime) -> ClosedBefore:
    """Close the session at `now` and write its summary; returns its close before, for undo.

    The summary repeats texts of other fields: what the user confirmed there is not asked
    again; personal data nobody confirmed anywhere refuses the close."""
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        before = ClosedBefore(row.closed_at, row.summary)
        summary = _summary_text(db, summary_of(db, session_id), now)
        confirmed = set().union(*privacy_scan.kept_texts(session).values())
        with personal_data.confirmed(confirmed):
            personal_data.check(session, "session", session_id, "summary", summary)
        row.closed_at, row.summary = now, summary
        return before


def reopen_session(db: TrajectoryDatabase, session_id: str, before: ClosedBefore) -> None:
    """Put the session's close back as it was (the undo of `close_session`)."""
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        row.closed_at, row.summary = before.closed_at, before.summary


def set_summary(db: TrajectoryDatabase, session_id: str, summary: str) -> str:
    """The coach's own wording of the summary; returns the summary before, for undo."""
    text = clean_text("summary", summary, limit=SUMMARY_MAX)
    with db.session() as session:
        row = existing(session, WorkshopSession, session_id)
        personal_data.check(session, "session", session_id, "summary", text)
        before = row.summary
        row.summary = text
        return before


def _clock(moment: datetime | None) -> str:
    return "—" if moment is None else f"{moment.astimezone():%H:%M}"


def _minutes(seconds: int | None) -> str:
    return "niet bijgehouden" if seconds is None else f"{round(seconds / 60)} min"


#: What an accepted capture became, as the summary says it.
BECAME = {"signal": "signaal", "barrier": "drempel", "action": "actie", "decision": "beslissing"}


def _results(db: TrajectoryDatabase, summary: SessionSummary) -> dict[str, str]:
    """Capture result id: what it is (a signal, barrier, action or decision), of those still
    in the file."""
    ids = {c.result_id for c in summary.captures if c.result_id}
    if not ids:
        return {}
    with db.session() as session:
        return {key: BECAME[kind]
                for key, kind in workshop_rows.result_kinds(session, ids).items()}


def _summary_text(db: TrajectoryDatabase, summary: SessionSummary, now: datetime) -> str:
    """The summary closing writes: plain Dutch text, a heading and lines per part."""
    record = summary.session
    lines = [f"{record.title}, {record.held_on:%d-%m-%Y}"
             + (f", {record.location}" if record.location else ""),
             f"Fase {record.phase_number}: "
             f"{vocabularies.effective(db).phase_title(record.phase_number, 'nl')}",
             f"Gestart om {_clock(summary.started_at)}, afgesloten om {_clock(now)}", ""]
    lines += ["Aanwezig: " + (", ".join(summary.attendees) or "niemand genoteerd"), ""]
    if summary.agenda_kept:
        lines.append("Agenda (gepland, gehouden):")
        lines += [f"- {text}: {'—' if planned is None else f'{planned} min'}, "
                  f"{_minutes(seconds)}" for text, planned, seconds in summary.agenda_kept]
        lines.append("")
    became = _results(db, summary)
    for kind in CAPTURE_KINDS:
        taken = [c for c in summary.captures if c.kind == kind.key]
        if taken:
            lines.append(f"{kind.nl} ({len(taken)}):")
            lines += [f"- {c.text}" + (f" [{ALL_BS.label(c.b, 'nl')}]" if c.b else "")
                      + f" ({CAPTURE_STATES.label(c.state, 'nl').lower()}"
                      + (f": {became[c.result_id]}" if c.result_id in became else "") + ")"
                      for c in taken]
            lines.append("")
    if summary.poll:
        threshold = trajectory.get_trajectory(db).suppression_threshold
        lines += [*polls.summary_lines(summary.poll, threshold), ""]
    if summary.premortem:
        titles = {a.id: a.title for a in all_actions(plan.read_plan(db))}
        for action_id in dict.fromkeys(n.action_id for n in summary.premortem):
            risks, needs = premortem_points((n.stage, n.text, n.cluster)
                                            for n in summary.premortem if n.action_id == action_id)
            lines.append(f"Pre-mortem: {titles.get(action_id, '(verwijderde actie)')}")
            for stage, points in ((RISK, risks), (NEED, needs)):
                if points:
                    lines.append(PREMORTEM_STAGES.label(stage, "nl"))
                    lines += [f"- {point}" for point in points]
            lines.append("")
    if summary.rounds:
        lines.append("Prioriteringsrondes:")
        lines += [f"- {METHODS.label(r.method, 'nl')}, {len(r.participants)} "
                  + ("deelnemer" if len(r.participants) == 1 else "deelnemers")
                  + (", afgesloten" if r.closed_on else ", loopt nog")
                  + (f": {r.rationale}" if r.rationale else "") for r in summary.rounds]
        lines.append("")
    if summary.decisions:
        makers = report_labels(vocabularies.effective(db).decision_makers)
        lines.append("Beslissingen:")
        lines += [f"- {d.text} ({makers.get(d.decided_by, d.decided_by).lower()})"
                  for d in summary.decisions]
    return "\n".join(lines).strip()
