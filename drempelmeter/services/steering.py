"""The steering group's report texts: the coach's duiding per chapter, the key findings, what
changes next year per action; and the report's part for the steering group (texts, open
proposals, decisions, the sessions' summaries). Free text is screened for personal data."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ..domain.ids import new_id
from ..domain.steering import (
    CHAPTERS,
    FINDING_LIMIT,
    NOTE_LIMIT,
    PROPOSED,
    DecisionLine,
    ReportTexts,
    SessionSummary,
    SteeringPart,
)
from ..domain.terms import Vocabulary
from ..domain.vocabularies import Vocabularies, report_labels
from ..store.database import TrajectoryDatabase
from . import decisions, personal_data, vocabularies
from .records import DecisionRecord
from .validation import clean_text, existing, known_key

# The ORM models and the queries on them are imported in the functions that use them: the
# first window (its menu) imports this module, and their set-up is a sixth of the start (#14).


def report_texts(db: TrajectoryDatabase) -> ReportTexts:
    """The duiding per chapter and the key findings, as written."""
    from ..store import steering_rows
    with db.session() as session:
        return ReportTexts(steering_rows.chapter_notes(session),
                           tuple(text for _id, text in steering_rows.key_findings(session)))


def save_chapter_note(db: TrajectoryDatabase, chapter: str, text: str) -> None:
    """Write the duiding of `chapter` (a key of domain.steering.CHAPTERS); empty removes it."""
    from ..store import queries, steering_rows
    known_key("chapter", CHAPTERS, chapter)
    text = clean_text("text", text, limit=NOTE_LIMIT)
    with db.session() as session:
        row_id = steering_rows.chapter_note_id(session, chapter) or new_id()
        personal_data.check(session, "chapter_note", row_id, "text", text)
        steering_rows.set_chapter_note(session, queries.trajectory(session).id, chapter, text,
                                       row_id)


def key_findings(db: TrajectoryDatabase) -> list[tuple[str, str]]:
    """(id, text) of the key findings, in order."""
    from ..store import steering_rows
    with db.session() as session:
        return steering_rows.key_findings(session)


#: The bullet or number a list pasted from a word processor puts before each line ("•\t",
#: "- ", "3.\t"): the report numbers the findings itself.
_LIST_MARK = re.compile(r"^(?:[•◦▪▫●○■□‣⁃∙·➢➤✓✔*–—-]|\d{1,2}[.)])\s+")


def save_key_findings(db: TrajectoryDatabase, findings: list[tuple[str, str]]) -> None:
    """Replace the key findings by `findings` (id, text) in that order, each without a pasted
    list's bullet or number; empty texts dropped."""
    from ..store import queries, steering_rows
    cleaned = [(row_id, _LIST_MARK.sub("", clean_text("finding", text, limit=FINDING_LIMIT)))
               for row_id, text in findings]
    with db.session() as session:
        for row_id, text in cleaned:
            personal_data.check(session, "key_finding", row_id, "text", text)
        steering_rows.set_key_findings(session, queries.trajectory(session).id,
                                       [(i, t) for i, t in cleaned if t])


def year_note(db: TrajectoryDatabase, action_id: str, year: int) -> str:
    """What changes after `year` for the action ("" when nothing is written)."""
    from ..store import steering_rows
    with db.session() as session:
        return steering_rows.year_notes(session, year).get((action_id, year), "")


def save_year_note(db: TrajectoryDatabase, action_id: str, year: int, text: str) -> None:
    """Write what changes after `year` for the action; an empty text removes it."""
    from ..store import steering_rows
    from ..store.models import PlanAction

    text = clean_text("text", text, limit=NOTE_LIMIT)
    with db.session() as session:
        existing(session, PlanAction, action_id)
        row_id = steering_rows.year_note_id(session, action_id, year) or new_id()
        personal_data.check(session, "action_year_note", row_id, "text", text)
        steering_rows.set_year_note(session, action_id, year, text, row_id)


def decision_line(record: DecisionRecord, lists: Vocabularies) -> DecisionLine:
    """A decision log entry in the region's words (`lists`: the trajectory's own)."""
    return DecisionLine(
        record.text, report_labels(lists.decision_makers).get(record.decided_by,
                                                              record.decided_by),
        record.state, record.proposed_on, record.decided_on,
        f"Fase {record.phase_number}: {lists.phase_title(record.phase_number, 'nl')}"
        if record.phase_number else "")


def session_summaries(db: TrajectoryDatabase, start: date | None,
                      end: date) -> tuple[SessionSummary, ...]:
    """The summaries of the sessions held from `start` (None: the beginning) to `end`, each
    with the groups most of its attendees belong to, and its poll's small groups hidden as
    the trajectory hides them now (services.polls.summary_suppressed)."""
    from ..store import steering_rows
    from . import polls, trajectory
    with db.session() as session:
        rows = [row for row in steering_rows.session_summaries(session, end)
                if start is None or row[1] >= start]
    lists = vocabularies.effective(db)
    threshold = trajectory.get_trajectory(db).suppression_threshold
    return tuple(
        SessionSummary(held_on, f"Fase {number}: {lists.phase_title(number, 'nl')}",
                       _groups(members, lists.groups), title,
                       polls.summary_suppressed(summary, polls.tally(db, sid), threshold)
                       if polls.SUMMARY_HEADING in summary else summary)
        for sid, held_on, number, title, summary, members in rows)


def _groups(members: list[list[str]], groups: Vocabulary) -> str:
    """The groups at least half of the attendees belong to (else the most common one), in the
    order of the trajectory's list of groups."""
    counts = Counter(g for member_of in members for g in set(member_of))
    if not counts:
        return ""
    common = ([g for g, n in counts.items() if 2 * n >= len(members)]
              or [counts.most_common(1)[0][0]])
    labels = report_labels(groups)
    return ", ".join(labels[g] for g in groups.ordered_keys() if g in common)


def report_part(db: TrajectoryDatabase, today: date) -> SteeringPart:
    """What the regional report shows the steering group: the coach's texts, the open
    proposals, what was decided (or not accepted) up to `today`, and the sessions' summaries."""
    log = decisions.decision_log(db)
    lists = vocabularies.effective(db)
    return SteeringPart(
        texts=report_texts(db),
        proposals=tuple(decision_line(d, lists) for d in log if d.state == PROPOSED),
        decisions=tuple(decision_line(d, lists) for d in log
                        if d.state != PROPOSED and d.decided_on and d.decided_on <= today),
        sessions=session_summaries(db, None, today))
