"""The demo's sessions as run in workshop mode: started, their agenda kept, what the coach
captured and how it was reviewed, phase 1's gut-feeling poll, a pre-mortem in phase 5, and
closed with their summary."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from ..domain.ids import new_id
from ..domain.plan import all_actions
from ..domain.workshop import POLL_ANSWERS
from ..store.database import TrajectoryDatabase
from . import captures, decisions, plan, polls, premortem, signals, workshop_run, workshops
from .records import CaptureRecord, PremortemNote

#: When the demo's sessions began, in UTC (half past nine in Belgium, winter time).
BEGAN = time(8, 30)
#: What an accepted capture became: the decision that starts so, the first signal on that B, the
#: action of that title.
SPREEKUUR = "Spreekuur op locatie in de wijken"

# session title: (minutes each agenda item really took, captures as (kind, B, text, state, what
# it became))
RUN: dict[str, tuple[tuple[int, ...], tuple[tuple[str, str | None, str, str, str], ...]]] = {
    "Buikgevoel en startbeslissing": ((35, 25, 15), (
        ("concern", None, "Wordt de armoedevereniging genoeg gehoord in de werkgroep?",
         "accepted", "decision:De armoedevereniging"),
        ("signal", "begrijpbaarheid", "Brieven van de diensten zijn voor veel mensen te "
         "moeilijk", "accepted", "signal:begrijpbaarheid"),
        ("idea", None, "De uitslag van het buikgevoel naast de nulmeting leggen", "draft", ""),
    )),
    "Prioriteren: stippenstemming": ((50, 20, 30), (
        ("concern", None, "Drempels met weinig stippen verdwijnen uit beeld", "accepted",
         "decision:De plaatsing op impact"),
        ("signal", "bereikbaarheid", "Over de middag neemt niemand de telefoon op",
         "discarded", ""),
        ("idea", None, "Een spreekuur op locatie in de wijken", "accepted", f"action:{SPREEKUUR}"),
        ("action", None, "De coach bundelt de bezwaren voor de volgende sessie", "draft", ""),
    )),
    "Het actieplan uitschrijven": ((45, 70, 25), (
        ("idea", "betreedbaarheid", "Een vaste, herkenbare ruimte voor het spreekuur",
         "accepted", f"action:{SPREEKUUR}"),
        ("concern", None, "Wie trekt de actie als de opbouwwerker vertrekt?", "draft", ""),
    )),
}

#: Phase 1's poll: per B, how many of the room gave 1 to 5 (then "don't know").
POLL_SESSION = "Buikgevoel en startbeslissing"
POLL = {
    "bekendheid": (2, 3, 1, 0, 0, 0),
    "bereikbaarheid": (0, 2, 3, 1, 0, 0),
    "beschikbaarheid": (0, 1, 3, 2, 0, 0),
    "betaalbaarheid": (0, 2, 2, 1, 0, 1),
    "begrijpbaarheid": (3, 2, 1, 0, 0, 0),
    "bruikbaarheid": (0, 1, 2, 3, 0, 0),
    "betrouwbaarheid": (0, 0, 2, 3, 1, 0),
    "betreedbaarheid": (0, 1, 3, 1, 0, 1),
    "begripvolheid": (0, 1, 2, 2, 1, 0),
}
#: Phase 5's pre-mortem of one action: (stage, note, cluster).
PREMORTEM_SESSION = "Het actieplan uitschrijven"
PREMORTEM = (
    ("risk", "Mensen vrezen gezien te worden", "Privacy op locatie"),
    ("risk", "De ruimte is niet geschikt voor een vertrouwelijk gesprek", "Privacy op locatie"),
    ("risk", "Niemand in de wijk weet dat het spreekuur bestaat", ""),
    ("need", "Een aparte ruimte", ""),
    ("need", "Vaste gezichten, zodat mensen de medewerker leren kennen", ""),
)


def _results(db: TrajectoryDatabase) -> dict[str, str]:
    """The ids of what the accepted captures became, by how RUN names them."""
    found = {}
    wanted = {became for _kept, captured in RUN.values() for *_c, became in captured if became}
    for decision in decisions.list_decisions(db):
        for name in wanted:
            if name.startswith("decision:") and decision.text.startswith(name[9:]):
                found[name] = decision.id
    for signal in signals.list_signals(db):
        found.setdefault(f"signal:{signal.primary_b}", signal.id)
    for action in all_actions(plan.read_plan(db)):
        found[f"action:{action.title}"] = action.id
    return found


def add_demo_workshops(db: TrajectoryDatabase) -> None:
    """Run the demo's phase 1, 4 and 5 sessions in workshop mode, after the fact."""
    results = _results(db)
    for session in workshops.list_sessions(db):
        if session.title not in RUN:
            continue
        kept, captured = RUN[session.title]
        start = datetime.combine(session.held_on, BEGAN, UTC)
        workshop_run.start_session(db, session.id, start)
        workshop_run.keep_agenda(db, session.id, [60 * m for m in kept])
        for n, (kind, b, text, state, became) in enumerate(captured, start=1):
            capture = captures.add_capture(db, CaptureRecord(
                new_id(), session.id, kind, text, b, created_at=start + timedelta(minutes=9 * n)))
            if state != "draft":
                captures.mark_capture(db, capture.id, state, results[became] if became else None)
        if session.title == POLL_SESSION:
            for b, counts in POLL.items():
                for answer, count in zip(POLL_ANSWERS, counts, strict=False):
                    polls.set_count(db, session.id, b, answer, count)
        if session.title == PREMORTEM_SESSION:
            for stage, text, cluster in PREMORTEM:
                premortem.add_note(db, PremortemNote(new_id(), session.id,
                                                     results[f"action:{SPREEKUUR}"], stage,
                                                     text, cluster))
        workshop_run.close_session(db, session.id, start + timedelta(minutes=sum(kept) + 5))
