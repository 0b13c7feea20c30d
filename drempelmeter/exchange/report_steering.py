"""The report's chapters for the steering group: the key findings (first), what is put to it for
a decision ("Ter beslissing"), and the decisions taken with the sessions' summaries."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.steering import DECISION_STATES, DecisionLine, SessionSummary
from .pdf_story import StoryWriter, day
from .report_writer import ReportWriter


def key_findings(w: ReportWriter) -> None:
    """The coach's key findings, in order; no chapter when there are none (a partner's report)."""
    findings = w.data.steering.texts.findings
    if not findings:
        return
    w.chapter("Kernbevindingen")
    w.numbered(findings)


def to_decide(w: ReportWriter) -> None:
    """The open proposals, each with who decides and since when it is proposed."""
    if w.data.partner:
        return
    proposals = w.data.steering.proposals
    w.chapter("Ter beslissing")
    if not proposals:
        w.text("Er liggen geen voorstellen ter beslissing.")
        return
    count = len(proposals)
    w.text(f"{count} {'voorstel wacht' if count == 1 else 'voorstellen wachten'} op een "
           "beslissing. Na de beslissing komt elk voorstel in de besluitenlijst, met de datum "
           "en wie besliste.")
    w.table(["Nr.", "Voorstel", "Te beslissen door", "Voorgesteld op", "Fase"],
            [(n, p.text, p.by, day(p.proposed_on), p.phase)
             for n, p in enumerate(proposals, 1)], wrap=(1, 2, 4))


def decisions(w: ReportWriter) -> None:
    """The decision log (decided, or not accepted) and the summaries of the sessions."""
    if w.data.partner:
        return
    part = w.data.steering
    w.chapter("Besluiten")
    w.heading("Besluitenlijst", 1)
    w.table(*decision_rows(part.decisions), wrap=(1, 2))
    w.heading("Verslagen van de sessies", 1)
    session_summaries(w, part.sessions)


def decision_rows(lines: Sequence[DecisionLine]) -> tuple[list[str], list[tuple[str, ...]]]:
    """The columns and rows of a decision list: when, what, by whom, the outcome, since when
    it was proposed (for what came in as a proposal; no such column when none did)."""
    proposed = any(d.proposed_on for d in lines)
    return (["Datum", "Besluit", "Beslist door", "Uitkomst"]
            + (["Voorgesteld op"] if proposed else []),
            [(day(d.decided_on), d.text, d.by, DECISION_STATES.label(d.state, "nl"))
             + ((day(d.proposed_on) if d.proposed_on else "",) if proposed else ())
             for d in lines])


def session_summaries(w: StoryWriter, sessions: Sequence[SessionSummary]) -> None:
    """Each session's date and title as a heading, its phase and group, and its summary."""
    if not sessions:
        w.text("Er zijn nog geen sessies met een verslag.", w.styles.small)
    for session in sessions:
        start = len(w.story)
        w.text(f"{day(session.held_on)} · {session.title}", w.styles.h3)
        w.text(" · ".join(p for p in (session.phase, session.group) if p), w.styles.small)
        w.keep_with_heading(start)
        w.lines("\n".join(_without_heading(session)), w.styles.small)


def _without_heading(session: SessionSummary) -> list[str]:
    """The summary's lines without its phase near the top, which the line under the heading
    already says (closing a session writes its title, date and place, then its phase)."""
    lines = session.summary.splitlines()
    return [line for n, line in enumerate(lines) if n > 1 or line != session.phase]
