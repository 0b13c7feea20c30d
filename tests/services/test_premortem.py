"""Phase 5's pre-mortem: notes on how an action could fail, clustered, and what it needs; applied
to the action's risks and needs without duplicates; every step undoable, in a real file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from drempelmeter.domain.ids import new_id
from drempelmeter.services import personal_data, plan, premortem
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.personal_data import PersonalDataFound
from drempelmeter.services.records import PremortemNote

from .workshop_setup import a_session, action_points, an_action


def note(session_id: str, action_id: str, stage: str, text: str,
         cluster: str = "") -> PremortemNote:
    return PremortemNote(new_id(), session_id, action_id, stage, text, cluster)


def test_notes_are_kept_in_order_edited_and_removed_with_undo(new_db):
    session_id, action_id = a_session(new_db, 5), an_action(new_db)
    first = premortem.add_note(new_db, note(session_id, action_id, "risk", " Niemand komt "))
    second = premortem.add_note(new_db, note(session_id, action_id, "need", "Bekendmaking"))
    assert (first.text, first.position, second.position) == ("Niemand komt", 0, 1)
    assert premortem.list_notes(new_db, session_id) == [first, second]
    clustered = replace(first, cluster="Bereik")
    assert premortem.update_note(new_db, clustered) == first
    removed = premortem.remove_note(new_db, first.id)
    assert removed == clustered and premortem.list_notes(new_db, session_id) == [second]
    premortem.restore_note(new_db, removed)
    assert premortem.list_notes(new_db, session_id) == [clustered, second]


def test_notes_are_listed_per_action(new_db):
    session_id = a_session(new_db, 5)
    one, other = an_action(new_db, "Een"), an_action(new_db, "Twee")
    a = premortem.add_note(new_db, note(session_id, one, "risk", "Te duur"))
    b = premortem.add_note(new_db, note(session_id, other, "risk", "Te laat"))
    assert premortem.list_notes(new_db, session_id, one) == [a]
    assert premortem.list_notes(new_db, session_id, other) == [b]


def test_applied_notes_land_in_the_actions_risks_and_needs_once_and_undo_restores(new_db):
    session_id, action_id = a_session(new_db, 5), an_action(new_db)
    action = next(a for p in plan.read_plan(new_db) for g in p.goals for a in g.actions)
    plan.update_action(new_db, replace(action, risks=("Niemand komt",)))
    for stage, text, cluster in (("risk", "Mensen vrezen gezien te worden", "Privacy"),
                                 ("risk", "Niemand komt", ""),
                                 ("risk", "Geen aparte ruimte", "Privacy"),
                                 ("need", "Een aparte ruimte", ""),
                                 ("need", "Vaste gezichten", "")):
        premortem.add_note(new_db, note(session_id, action_id, stage, text, cluster))
    before = premortem.apply_to_action(new_db, session_id, action_id)
    assert before == (["Niemand komt"], [])
    applied = action_points(new_db, action_id)
    assert applied == (
        ("Niemand komt", "Privacy: Mensen vrezen gezien te worden; Geen aparte ruimte"),
        ("Een aparte ruimte", "Vaste gezichten"))
    premortem.apply_to_action(new_db, session_id, action_id)  # twice: nothing added twice
    assert action_points(new_db, action_id) == applied
    premortem.restore_action_points(new_db, action_id, *before)
    assert action_points(new_db, action_id) == (("Niemand komt",), ())


def test_a_confirmed_note_applies_without_asking_again(new_db):
    session_id, action_id = a_session(new_db, 5), an_action(new_db)
    text = "Dhr. Vermeulen komt nooit opdagen"
    with pytest.raises(PersonalDataFound):
        premortem.add_note(new_db, note(session_id, action_id, "risk", text))
    with personal_data.confirmed(["Vermeulen"]):
        premortem.add_note(new_db, note(session_id, action_id, "risk", text))
    premortem.apply_to_action(new_db, session_id, action_id)
    assert action_points(new_db, action_id) == ((text,), ())


@pytest.mark.parametrize("bad", [{"stage": "hope"}, {"text": " "}, {"cluster": "x" * 201},
                                 {"action_id": "gone"}, {"session_id": "gone"}])
def test_a_note_without_text_a_known_stage_or_its_action_is_refused(new_db, bad):
    session_id, action_id = a_session(new_db, 5), an_action(new_db)
    with pytest.raises(InvalidInput):
        premortem.add_note(new_db, replace(note(session_id, action_id, "risk", "Ok"), **bad))
    assert premortem.list_notes(new_db, session_id) == []


def test_notes_go_with_their_action(new_db):
    session_id, action_id = a_session(new_db, 5), an_action(new_db)
    premortem.add_note(new_db, note(session_id, action_id, "risk", "Te duur"))
    plan.remove(new_db, "action", action_id)
    assert premortem.list_notes(new_db, session_id) == []


@pytest.mark.parametrize("kind", ["action", "goal", "pillar"])
def test_removing_the_action_or_what_holds_it_and_undo_bring_its_notes_back(new_db, kind):
    session_id, action_id = a_session(new_db, 5), an_action(new_db)
    notes = [premortem.add_note(new_db, note(session_id, action_id, "risk", "Te duur", "Geld")),
             premortem.add_note(new_db, note(session_id, action_id, "need", "Een sponsor"))]
    pillar = plan.read_plan(new_db)[0]
    item_id = {"action": action_id, "goal": pillar.goals[0].id, "pillar": pillar.id}[kind]
    removed = plan.remove(new_db, kind, item_id)
    assert premortem.list_notes(new_db, session_id) == []
    plan.restore(new_db, removed)
    assert premortem.list_notes(new_db, session_id) == notes
