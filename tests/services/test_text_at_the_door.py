"""Text pasted from a word processor is cleaned by every service before it is saved: no bell or
vertical tab, line breaks as LF, NFC, trimmed (domain.text.clean)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from drempelmeter.domain.plan import ActionRecord, GoalRecord, PillarRecord, all_actions
from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import (
    barriers,
    decisions,
    follow_up,
    measurement,
    partners,
    phases,
    plan,
    prioritisation,
    signals,
    trajectory,
    workshops,
)
from drempelmeter.services.records import (
    AgendaEntry,
    DecisionRecord,
    ParticipantRecord,
    PartnerRecord,
    SessionRecord,
    SignalRecord,
    TrajectoryRecord,
)


def pasted(tag: str) -> str:
    """A text as pasted from a word processor: a bell, a vertical tab (its Shift+Enter), CR LF,
    a decomposed é and a unit separator, between spaces."""
    return f" \x07{tag} Wacht\x0blijst e\u0301\r\nlang\x1f "


def cleaned(tag: str) -> str:
    """What is saved of `pasted(tag)`: the vertical tab a line break, as Word meant it."""
    return f"{tag} Wacht\nlijst é\nlang"


@pytest.fixture
def db(new_db):
    partners.add_partner(new_db, PartnerRecord("p", pasted("P"), "core", "caw"))
    signals.add_signal(new_db, SignalRecord("s", "p", pasted("S"), "bekendheid"))
    barriers.create_barrier(new_db, "b", pasted("B"), ["s"], description=pasted("BD"))
    return new_db


def test_the_trajectory_partners_and_participants(db):
    trajectory.update_trajectory(db, TrajectoryRecord(pasted("T"), region=pasted("R"),
                                                      coach=pasted("C")))
    details = trajectory.get_trajectory(db)
    assert (details.name, details.region, details.coach) == (cleaned("T"), cleaned("R"),
                                                             cleaned("C"))
    partners.add_participant(db, ParticipantRecord("an", pasted("An"), "policy_worker", "p"))
    assert [p.name for p in partners.list_partners(db)] == [cleaned("P")]
    assert [p.name for p in partners.list_participants(db)] == [cleaned("An")]


def test_signals_and_barriers(db):
    [signal] = signals.list_signals(db)
    assert signal.description == cleaned("S")
    signals.update_signal(db, replace(signal, description=pasted("S2")))
    assert signals.list_signals(db)[0].description == cleaned("S2")
    barrier = barriers.get_barrier(db, "b")
    assert (barrier.title, barrier.description) == (cleaned("B"), cleaned("BD"))
    barriers.update_barrier(db, replace(barrier, title=pasted("B2")))
    assert barriers.get_barrier(db, "b").title == cleaned("B2")


def test_the_action_plan_typed_and_imported(db):
    plan.add_pillar(db, "p1", pasted("P"))
    plan.add_goal(db, "g1", "p1", pasted("G"))
    plan.add_action(db, "a1", "g1", pasted("A"))
    [action] = all_actions(plan.read_plan(db))
    assert action.title == cleaned("A")
    plan.update_action(db, replace(action, concrete=(pasted("1"), "\x0b"), risks=(pasted("2"),),
                                   needs=(pasted("3"),), owner=pasted("O"),
                                   partners=(pasted("W"),), means=pasted("M"),
                                   indicator=pasted("I"), validation=pasted("V"),
                                   reported_back=pasted("RB")))
    plan.rename(db, "goal", "g1", pasted("G2"))
    plan.add_plan(db, [PillarRecord("p2", pasted("P2"), (GoalRecord("g2", pasted("G3"), 0, (
        ActionRecord("a2", pasted("A2"), concrete=(pasted("4"),)),)),))])
    pillars = plan.read_plan(db)
    assert [p.title for p in pillars] == [cleaned("P"), cleaned("P2")]
    assert [g.title for p in pillars for g in p.goals] == [cleaned("G2"), cleaned("G3")]
    first, second = all_actions(pillars)
    assert (first.concrete, first.risks, first.needs) == ((cleaned("1"),), (cleaned("2"),),
                                                          (cleaned("3"),))
    assert (first.owner, first.partners, first.means, first.indicator, first.validation,
            first.reported_back) == (cleaned("O"), (cleaned("W"),), cleaned("M"), cleaned("I"),
                                     cleaned("V"), cleaned("RB"))
    assert (second.title, second.concrete) == (cleaned("A2"), (cleaned("4"),))
    follow_up.add_status(db, "st", "a1", "adjusted", date(2027, 1, 1), pasted("N"))
    assert all_actions(plan.read_plan(db))[0].history[0].note == cleaned("N")


def test_phases_sessions_and_decisions(db):
    item = phases.checklist(db, 1)[0]
    phases.set_checklist_note(db, item.id, pasted("N"))
    phases.add_checklist_item(db, "own", 1, pasted("T"))
    entries = {e.id: e for e in phases.checklist(db, 1)}
    assert (entries[item.id].note, entries["own"].text) == (cleaned("N"), cleaned("T"))
    workshops.save_session(db, SessionRecord(
        "s", 2, date(2026, 4, 1), pasted("T"), location=pasted("L"), notes=pasted("N"),
        agenda=(AgendaEntry(pasted("A"), 30),)))
    [session] = workshops.list_sessions(db)
    assert (session.title, session.location, session.notes, session.agenda[0].text) == (
        cleaned("T"), cleaned("L"), cleaned("N"), cleaned("A"))
    decisions.save_decision(db, DecisionRecord("d", date(2026, 4, 1), "coach", pasted("D")))
    assert decisions.list_decisions(db)[0].text == cleaned("D")


def test_measurement_and_prioritisation_rounds(db):
    measurement.start_round(db, "m", "baseline", pasted("M"), date(2026, 9, 1),
                            read_questionnaire(questionnaires_dir() / "standaard.yaml"))
    assert measurement.get_round(db, "m").name == cleaned("M")
    prioritisation.start_round(db, "r", "dots", date(2026, 12, 1), [pasted("An")], ["b"],
                               {"note": pasted("N")})
    prioritisation.set_inputs(db, "r", "b", {"votes": {cleaned("An"): 1},
                                             "objection": pasted("O")})
    prioritisation.set_settings(db, "r", {**prioritisation.get_round(db, "r").settings,
                                          "note": pasted("N2")})
    prioritisation.close_round(db, "r", pasted("R"), date(2026, 12, 2))
    result = prioritisation.get_round(db, "r")
    assert result.participants == (cleaned("An"),)
    assert result.entries[0].inputs["objection"] == cleaned("O")
    assert (result.settings["note"], result.rationale) == (cleaned("N2"), cleaned("R"))
