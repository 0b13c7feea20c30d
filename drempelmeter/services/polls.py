"""Phase 1's gut-feeling poll in the room: the B's of `buikgevoel.yaml` and the tally of hands
or cards per answer, kept on the session."""

from __future__ import annotations

from ..domain.questionnaire import POLL
from ..domain.report import HIDDEN
from ..domain.scoring import MIN_THRESHOLD
from ..domain.taxonomy import ALL_BS
from ..domain.workshop import POLL_ANSWERS, poll_hidden
from ..exchange.questionnaire_file import POLL_PERSPECTIVE
from ..store import workshop_rows
from ..store.database import TrajectoryDatabase
from ..store.models import PollCount, WorkshopSession
from . import questionnaires
from .errors import InvalidInput
from .records import Poll, PollItem
from .validation import existing, known_key

POLL_ID = "buikgevoel"
#: More hands than any room holds: a typing slip.
COUNT_MAX = 999
#: The first line of the poll's part in a session's summary (closing a session writes it).
SUMMARY_HEADING = "Buikgevoel per B (aantal per antwoord):"


def poll_items() -> Poll:
    """The gut-feeling poll: its B's with their questions, and its answers with their labels."""
    found = next((q for q in questionnaires.available()[0]
                  if q.id == POLL_ID and q.kind == POLL), None)
    if found is None:
        raise InvalidInput("poll", InvalidInput.NOT_FOUND, POLL_ID)
    scale = found.scale
    labels = [p.nl for p in scale.points] + [scale.dont_know.nl, scale.not_applicable.nl]
    return Poll(
        found.title.nl,
        tuple(PollItem(i.id, i.b, i.wording(POLL_PERSPECTIVE).nl) for i in found.items()),
        tuple(zip(POLL_ANSWERS, labels, strict=True)))


def set_count(db: TrajectoryDatabase, session_id: str, b: str, answer: str, count: int) -> int:
    """How many in the room gave `answer` for `b`; returns the count before, for undo."""
    known_key("b", ALL_BS, b)
    if answer not in POLL_ANSWERS:
        raise InvalidInput("answer", InvalidInput.UNKNOWN_VALUE, answer)
    if type(count) is not int or not 0 <= count <= COUNT_MAX:  # not 2.5, not True
        raise InvalidInput("count", InvalidInput.OUT_OF_RANGE, count)
    with db.session() as session:
        existing(session, WorkshopSession, session_id)
        row = session.get(PollCount, (session_id, b, answer))
        before = 0 if row is None else row.count
        if row is None and count:
            session.add(PollCount(session_id=session_id, b=b, answer=answer, count=count))
        elif row is not None and count:
            row.count = count
        elif row is not None:
            session.delete(row)
        return before


def move_answers(db: TrajectoryDatabase, session_id: str,
                 moves: list[tuple[str, str | None, str | None]]) -> None:
    """People's answers counted anew: each move (b, before, answer) counts one person under
    `answer` instead of `before` (None: not counted), added to what the room counted by hands
    or cards, all in one transaction: a phone's answer in the room (services/room.py) counts
    once, and changes place; a burst of phones is one write."""
    change: dict[tuple[str, str], int] = {}
    for b, before, answer in moves:
        known_key("b", ALL_BS, b)
        for given, step in ((before, -1), (answer, 1)):
            if given is None:
                continue
            if given not in POLL_ANSWERS:
                raise InvalidInput("answer", InvalidInput.UNKNOWN_VALUE, given)
            change[b, given] = change.get((b, given), 0) + step
    with db.session() as session:
        existing(session, WorkshopSession, session_id)
        for (b, given), step in change.items():
            if not step:
                continue
            row = session.get(PollCount, (session_id, b, given))
            # the coach may have set the count lower meanwhile: it stays at 0, never below
            count = max(0, (0 if row is None else row.count) + step)
            if count > COUNT_MAX:
                raise InvalidInput("count", InvalidInput.OUT_OF_RANGE, count)
            if row is None:
                if count:
                    session.add(PollCount(session_id=session_id, b=b, answer=given,
                                          count=count))
            elif count:
                row.count = count
            else:
                session.delete(row)


def tally(db: TrajectoryDatabase, session_id: str) -> dict[str, dict[str, int]]:
    """B: answer: count of the session's poll, of every answer counted at least once."""
    found: dict[str, dict[str, int]] = {}
    with db.session() as session:
        for b, answer, count in workshop_rows.poll_counts(session, session_id):
            found.setdefault(b, {})[answer] = count
    return found


def hidden_note(threshold: int) -> str:
    """Why a B of the poll is hidden, in the words of the reports' note on small groups."""
    return (f"Verborgen: een B waarop minder dan {max(threshold, MIN_THRESHOLD)} mensen een "
            "score van 1 tot 5 gaven.")


def summary_lines(tally: dict[str, dict[str, int]], threshold: int) -> list[str]:
    """The poll's part of a session's summary: per B counted, in the B's order, its count per
    answer; a B fewer than `threshold` answered from 1 to 5 is `HIDDEN`, with a note why."""
    if not tally:
        return []
    answers = poll_items().answers
    lines = [SUMMARY_HEADING]
    hidden = False
    for b in (t.key for t in ALL_BS if t.key in tally):
        counts = tally[b]
        if poll_hidden(counts, threshold):
            hidden = True
            lines.append(f"- {ALL_BS.label(b, 'nl')}: {HIDDEN}")
            continue
        lines.append(f"- {ALL_BS.label(b, 'nl')}: " + ", ".join(
            f"{label.lower()} {counts[answer]}" for answer, label in answers if answer in counts))
    return [*lines, *([hidden_note(threshold)] if hidden else [])]


def summary_suppressed(summary: str, tally: dict[str, dict[str, int]], threshold: int) -> str:
    """A session's summary with its poll's part written anew from `tally` by `summary_lines`
    (a summary closed before small groups were hidden there, or under a lower threshold,
    printed every count); a summary without that part stays as it is."""
    lines = summary.splitlines()
    if SUMMARY_HEADING not in lines:
        return summary
    start = lines.index(SUMMARY_HEADING)
    end = start + 1
    while end < len(lines) and lines[end].startswith(("- ", "Verborgen: ")):
        end += 1
    return "\n".join([*lines[:start], *summary_lines(tally, threshold), *lines[end:]]).strip()
