"""The minutes of workshop sessions: which sessions, what they say in the region's language
(personal data nobody confirmed masked, like every export), written as a PDF."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from ..domain.minutes import (
    AgendaLine,
    Attendee,
    CaptureLine,
    Minutes,
    PollLine,
    PremortemPart,
    RoundPart,
    SessionMinutes,
)
from ..domain.organisation import DECISION_MAKERS
from ..domain.plan import ActionRecord, all_actions
from ..domain.prioritisation import METHODS, basis_of, explain
from ..domain.taxonomy import ALL_BS
from ..domain.vocabularies import Vocabularies, report_labels
from ..domain.workshop import CAPTURE_KINDS, DRAFT, POLL_ANSWERS, poll_hidden, premortem_points
from ..store import workshop_rows
from ..store.database import TrajectoryDatabase
from . import decisions, partners, plan, polls, trajectory, vocabularies, workshop_run, workshops
from .errors import InvalidInput
from .export_screen import Exported, export_screen
from .prioritisation import OBJECTION, ROUND_NOTE, RoundResult
from .records import (
    CaptureRecord,
    DecisionRecord,
    ParticipantRecord,
    PremortemNote,
    SessionRecord,
    SessionSummary,
)
from .validation import refuse_own_file

#: How many places of a prioritisation round the minutes show.
TOP = 5
#: The headings of the captured items, by kind.
KIND_HEADINGS = {"signal": "Signalen", "idea": "Ideeën", "concern": "Bezorgdheden",
                 "action": "Actiepunten"}


def chosen_sessions(db: TrajectoryDatabase, session_id: str | None = None,
                    phase_number: int | None = None, *,
                    closed_only: bool = True) -> list[SessionRecord]:
    """The session `session_id`, closed or not (refused when there is none such); else the
    closed sessions (every one, unless `closed_only`) of phase `phase_number` or of all
    phases; by date."""
    sessions = workshops.list_sessions(db, phase_number)
    if session_id is not None:
        chosen = [s for s in sessions if s.id == session_id]
        if not chosen:
            raise InvalidInput("session", InvalidInput.NOT_FOUND, session_id)
        return chosen
    if not closed_only:
        return sessions
    with db.session() as session:
        closed = workshop_rows.closed_session_ids(session)
    return [s for s in sessions if s.id in closed]


def gather(db: TrajectoryDatabase, session_ids: Sequence[str], today: date) -> Minutes:
    """What the minutes of `session_ids` say, in that order (unscreened)."""
    details = trajectory.get_trajectory(db)
    known = {s.id for s in workshops.list_sessions(db)}
    missing = [key for key in session_ids if key not in known]
    if missing:
        raise InvalidInput("session", InvalidInput.NOT_FOUND, missing[0])
    summaries = [workshop_run.summary_of(db, key) for key in session_ids]
    people = {p.id: p for p in partners.list_participants(db)}
    organisations = {p.id: p.name for p in partners.list_partners(db)}
    actions = {a.id: a for a in all_actions(plan.read_plan(db))}
    barrier_titles = dict(plan.barrier_titles(db))
    outcomes = _outcomes(db, summaries, actions, barrier_titles)
    answers = polls.poll_items().answers if any(s.poll for s in summaries) else ()
    lists = vocabularies.effective(db)
    return Minutes(
        trajectory=details.name, region=details.region, coach=details.coach, made_on=today,
        sessions=tuple(SessionMinutes(
            title=s.session.title,
            phase=f"{s.session.phase_number}. {lists.phase_title(s.session.phase_number, 'nl')}",
            held_on=s.session.held_on, location=s.session.location,
            started_at=_local(s.started_at), closed_at=_local(s.closed_at),
            attendees=tuple(sorted(
                (_attendee(people[p], organisations, details.coach, lists)
                 for p in s.session.attendee_ids if p in people),
                key=lambda a: a.name.casefold())),
            agenda=tuple(AgendaLine(*item) for item in s.agenda_kept),
            prompts=s.prompts,
            captures=_captures(s.captures, outcomes),
            poll_answers=tuple(f"{key}: {label}" if key.isdigit() else label
                               for key, label in answers) if s.poll else (),
            poll=_poll(s.poll, details.suppression_threshold),
            poll_note=polls.hidden_note(details.suppression_threshold)
            if any(poll_hidden(c, details.suppression_threshold) for c in s.poll.values())
            else "",
            premortem=_premortem(s.premortem, actions),
            rounds=tuple(_round(r, barrier_titles) for r in s.rounds),
            decisions=tuple(_decision(d, lists) for d in s.decisions),
            notes=s.session.notes)
            for s in summaries))


def _local(moment: datetime | None) -> datetime | None:
    """A stored moment (UTC) on the computer's clock, as the room saw it."""
    return moment.astimezone() if moment is not None else None


def _outcomes(db: TrajectoryDatabase, summaries: Sequence[SessionSummary],
              actions: dict[str, ActionRecord], barrier_titles: dict[str, str],
              ) -> dict[str, str]:
    """What each accepted capture's record is, of those still in the file: "signaal",
    "drempel: title", "actie 1.2: title", "beslissing: text"."""
    ids = {c.result_id for s in summaries for c in s.captures if c.result_id}
    if not ids:
        return {}
    with db.session() as session:
        kinds = workshop_rows.result_kinds(session, ids)
    texts = {d.id: d.text for d in decisions.list_decisions(db)}
    found = {}
    for key, kind in kinds.items():
        if kind == "barrier":
            found[key] = f"drempel: {barrier_titles.get(key, '')}"
        elif kind == "action" and key in actions:
            found[key] = f"actie {actions[key].number}: {actions[key].title}"
        elif kind == "decision":
            found[key] = f"beslissing: {texts.get(key, '')}"
        else:
            found[key] = "signaal"
    return found


def _captures(captured: Sequence[CaptureRecord], outcomes: dict[str, str],
              ) -> tuple[tuple[str, tuple[CaptureLine, ...]], ...]:
    """The captured items per kind, in the kinds' order, each with what became of it."""

    def outcome(capture: CaptureRecord) -> str:
        if capture.state == DRAFT:
            return "nog een klad: niet nagekeken"
        if capture.state != "accepted":
            return "geschrapt"
        return outcomes.get(capture.result_id or "", "aanvaard")

    return tuple(
        (KIND_HEADINGS.get(kind, CAPTURE_KINDS.label(kind, "nl")),
         tuple(CaptureLine(c.text, ALL_BS.label(c.b, "nl") if c.b else "", outcome(c))
               for c in captured if c.kind == kind))
        for kind in CAPTURE_KINDS.ordered_keys())


def _poll(tally: dict[str, dict[str, int]], threshold: int) -> tuple[PollLine, ...]:
    """A line per B counted, in the B's order, with the mean of the answers 1 to 5; a B fewer
    than `threshold` answered from 1 to 5 hidden (no counts, no mean)."""
    lines = []
    for b in (key for key in ALL_BS.ordered_keys() if key in tally):
        counts = tally[b]
        if poll_hidden(counts, threshold):
            lines.append(PollLine(ALL_BS.label(b, "nl"), (), None, hidden=True))
            continue
        scored = {int(a): n for a, n in counts.items() if a.isdigit() and n}
        total = sum(scored.values())
        lines.append(PollLine(ALL_BS.label(b, "nl"), tuple(counts.get(a, 0) for a in POLL_ANSWERS),
                              sum(a * n for a, n in scored.items()) / total if total else None))
    return tuple(lines)


def _premortem(notes: Sequence[PremortemNote],
               actions: dict[str, ActionRecord]) -> tuple[PremortemPart, ...]:
    """Per action, in the order its first note came: the risks by cluster and the needs."""
    parts = []
    for action_id in dict.fromkeys(n.action_id for n in notes):
        risks, needs = premortem_points((n.stage, n.text, n.cluster)
                                        for n in notes if n.action_id == action_id)
        action = actions.get(action_id)
        parts.append(PremortemPart(
            f"Actie {action.number}: {action.title}" if action else "(verwijderde actie)",
            tuple(risks), tuple(needs)))
    return tuple(parts)


def _attendee(person: ParticipantRecord, organisations: dict[str, str],
              coach: str, lists: Vocabularies) -> Attendee:
    """A participant as the minutes name them: the coach as the coach, others by their role."""
    role = (DECISION_MAKERS.label("coach", "nl") if person.name == coach
            else report_labels(lists.participant_roles).get(person.role, person.role))
    return Attendee(person.name, organisations.get(person.partner_id or "", ""), role)


def _decision(record: DecisionRecord, lists: Vocabularies) -> tuple[date, str, str]:
    assert record.decided_on is not None  # list_decisions leaves the open proposals out
    by = report_labels(lists.decision_makers).get(record.decided_by, record.decided_by)
    return record.decided_on, by, record.text


def _round(result: RoundResult, barrier_titles: dict[str, str]) -> RoundPart:
    top = [e for e in result.ranked() if e.rank is not None][:TOP]

    def title(barrier_id: str) -> str:
        return barrier_titles.get(barrier_id, "(verwijderde drempel)")

    return RoundPart(
        method=METHODS.label(result.method, "nl"), participants=len(result.participants),
        closed=result.closed_on is not None,
        top=tuple((e.rank or 0, title(e.barrier_id),
                   explain(basis_of(result.method, e.score, e.inputs), "nl")) for e in top),
        rationale=result.rationale,
        objections=tuple((title(e.barrier_id), e.inputs[OBJECTION]) for e in result.ranked()
                         if isinstance(e.inputs.get(OBJECTION), str) and e.inputs[OBJECTION]),
        note=note if isinstance(note := result.settings.get(ROUND_NOTE), str) else "")


def write_minutes(db: TrajectoryDatabase, out_path: Path, session_ids: Sequence[str],
                  today: date | None = None) -> Exported:
    """Write the minutes of `session_ids` to `out_path` (whole or not at all); returns how many
    sessions and the texts masked as personal data."""
    from ..exchange.minutes_pdf import write_minutes_pdf

    refuse_own_file(db, out_path)
    minutes = gather(db, session_ids, today or date.today())
    screen = export_screen(db)
    write_minutes_pdf(out_path, screen.walk(minutes))
    return Exported(len(session_ids), tuple(m.describe() for m in screen.masked))

