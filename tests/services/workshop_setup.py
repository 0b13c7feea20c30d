"""A workshop session to run, and an action for its pre-mortem, in a fresh trajectory file."""

from __future__ import annotations

from datetime import date

from drempelmeter.domain.ids import new_id
from drempelmeter.domain.plan import all_actions
from drempelmeter.services import plan, workshops
from drempelmeter.services.records import AgendaEntry, SessionRecord

DAY = date(2027, 3, 4)


def a_session(db, phase_number: int = 4, agenda=(("Welkom", 10), ("Stemmen", 20))) -> str:  # type: ignore[no-untyped-def]
    """A session of the phase on DAY with a short agenda; returns its id."""
    session_id = new_id()
    workshops.save_session(db, SessionRecord(
        session_id, phase_number, DAY, "Werksessie", "Zaal Eik",
        agenda=tuple(AgendaEntry(text, minutes) for text, minutes in agenda)))
    return session_id


def an_action(db, title: str = "Spreekuur in de wijk") -> str:  # type: ignore[no-untyped-def]
    """An action under a new pillar and goal; returns its id."""
    pillar, goal, action = new_id(), new_id(), new_id()
    plan.add_pillar(db, pillar, "Bereikbaar")
    plan.add_goal(db, goal, pillar, "Dichtbij")
    plan.add_action(db, action, goal, title)
    return action


def action_points(db, action_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:  # type: ignore[no-untyped-def]
    """The action's risks and needs."""
    action = next(a for a in all_actions(plan.read_plan(db)) if a.id == action_id)
    return action.risks, action.needs
