"""The regional report's chapter on policy signals: each barrier the region addressed to a
higher level, with the level, the status, the dates and the answer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..domain.policy import PolicyLine
from .pdf_story import day
from .report_writer import ReportWriter


def in_summary(lines: Sequence[PolicyLine]) -> str:
    """The policy signals in one line of the report's summary: how many, and how far each
    got ("2 beleidssignalen naar een hoger niveau: 1 beantwoord, 1 ontwerp.")."""
    count = Counter(line.status for line in lines)
    states = ", ".join(f"{n} {status.lower()}" for status, n in count.items())
    return (f"{len(lines)} {'beleidssignaal' if len(lines) == 1 else 'beleidssignalen'} naar "
            f"een hoger niveau: {states}.")


def policy(w: ReportWriter) -> None:
    """The policy signals, an overview table and then each answer and follow-up (none in a
    partner's report, or when the region sent none)."""
    lines = w.data.policy
    if not lines:
        return
    w.chapter("Beleidssignalen")
    w.text("Drempels die de regio zelf niet kan wegnemen, legt ze met een beleidssignaal voor "
           "aan het niveau dat erover beslist, met wat de signalen en metingen erover tonen. "
           "Zo vallen ze niet uit het lokale actieplan zonder dat iemand ze opneemt.")
    w.table(["Nr.", "Onderwerp", "Niveau", "Aan", "Stand", "Verstuurd", "Beantwoord"],
            [(line.number, line.subject, line.level, line.addressee, line.status,
              day(line.sent_on), day(line.answered_on)) for line in lines], wrap=(1, 2, 3))
    for line in lines:
        if not line.answer and not line.follow_up:
            continue
        w.heading(f"Beleidssignaal {line.number}: {line.subject}", 1)
        if line.answer:
            w.text(f"Antwoord ({day(line.answered_on)}): {line.answer}")
        if line.follow_up:
            w.text(f"Opvolging: {line.follow_up}")
