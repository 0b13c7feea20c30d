"""Queries of the steering group's report texts: duiding per chapter, key findings, what changes
next year per action, and the sessions' summaries."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import case, delete, select
from sqlalchemy.orm import Session

from .models import (
    ActionYearNote,
    Attendance,
    ChapterNote,
    KeyFinding,
    Participant,
    PhaseRecord,
    WorkshopSession,
)
from .slices import asked


def chapter_notes(session: Session) -> dict[str, str]:
    """The duiding per chapter key."""
    return {chapter: text for chapter, text in session.execute(
        select(ChapterNote.chapter, ChapterNote.text))}


def chapter_note_id(session: Session, chapter: str) -> str | None:
    return session.scalar(select(ChapterNote.id).where(ChapterNote.chapter == chapter))


def set_chapter_note(session: Session, trajectory_id: str, chapter: str, text: str,
                     row_id: str) -> None:
    """Write the chapter's duiding (under `row_id` when new); an empty text removes it."""
    row = session.scalars(select(ChapterNote).where(ChapterNote.chapter == chapter)).first()
    if not text:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(ChapterNote(id=row_id, trajectory_id=trajectory_id, chapter=chapter,
                                text=text))
    else:
        row.text = text


def key_findings(session: Session) -> list[tuple[str, str]]:
    """(id, text) of the key findings in the coach's order."""
    return [(row_id, text) for row_id, text in session.execute(
        select(KeyFinding.id, KeyFinding.text).order_by(KeyFinding.position, KeyFinding.id))]


def set_key_findings(session: Session, trajectory_id: str,
                     findings: list[tuple[str, str]]) -> None:
    """Replace the key findings by `findings` (id, text), in that order."""
    session.execute(delete(KeyFinding))
    session.add_all(KeyFinding(id=row_id, trajectory_id=trajectory_id, position=n, text=text)
                    for n, (row_id, text) in enumerate(findings))


def year_notes(session: Session, year: int | None = None) -> dict[tuple[str, int], str]:
    """What changes next year, per (action id, year); of one year when `year` is given."""
    query = select(ActionYearNote.action_id, ActionYearNote.year, ActionYearNote.text)
    if year is not None:
        query = query.where(ActionYearNote.year == year)
    return {(action, y): text for action, y, text in session.execute(query)}


def year_note_id(session: Session, action_id: str, year: int) -> str | None:
    return session.scalar(select(ActionYearNote.id).where(
        ActionYearNote.action_id == action_id, ActionYearNote.year == year))


def set_year_note(session: Session, action_id: str, year: int, text: str, row_id: str) -> None:
    """Write what changes after `year` for the action (under `row_id` when new); an empty
    text removes it."""
    row = session.scalars(select(ActionYearNote).where(
        ActionYearNote.action_id == action_id, ActionYearNote.year == year)).first()
    if not text:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(ActionYearNote(id=row_id, action_id=action_id, year=year, text=text))
    else:
        row.text = text


def session_summaries(session: Session, until: date) -> list[tuple[Any, ...]]:
    """(id, held on, phase number, title, summary, attendees' groups) of every session held on or
    before `until` that has a summary, oldest first; the groups as one list per attendee. The
    summary is what closing it in workshop mode wrote, else the coach's notes of the session
    (a session held without workshop mode has only those)."""
    workshop, phase = WorkshopSession.__table__.c, PhaseRecord.__table__.c
    text = case((workshop.summary != "", workshop.summary), else_=workshop.notes)
    rows = session.execute(
        select(workshop.id, workshop.held_on, phase.number, workshop.title, text)
        .join(PhaseRecord.__table__, workshop.phase_id == phase.id)
        .where(text != "", workshop.held_on <= until)
        .order_by(workshop.held_on, workshop.id)).all()
    groups: dict[str, list[list[str]]] = {}
    attendance, participant = Attendance.__table__.c, Participant.__table__.c
    query = (select(attendance.session_id, participant.groups)
             .join(Participant.__table__, attendance.participant_id == participant.id))
    for session_id, member_of in asked(lambda part: session.execute(
            query.where(attendance.session_id.in_(part))), [r[0] for r in rows]):
        groups.setdefault(session_id, []).append(list(member_of or ()))
    return [(sid, held_on, number, title, summary, groups.get(sid, []))
            for sid, held_on, number, title, summary in rows]
