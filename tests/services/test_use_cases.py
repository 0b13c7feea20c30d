"""Use cases on a real trajectory file: validation, and remove/restore pairs that undo relies on."""

from __future__ import annotations

from datetime import date

import pytest

from drempelmeter.services import decisions, partners, phases, trajectory, workshops
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import (
    AgendaEntry,
    DecisionRecord,
    ParticipantRecord,
    PartnerRecord,
    SessionRecord,
    TrajectoryRecord,
)


def test_a_new_trajectory_has_six_phases_with_default_checklists(new_db):
    statuses = phases.list_phases(new_db)
    assert [s.number for s in statuses] == [1, 2, 3, 4, 5, 6]
    assert all(s.state == "not_started" and s.done_count == 0 for s in statuses)
    assert statuses[0].item_count == 7
    assert all(e.key for e in phases.checklist(new_db))


def test_trajectory_details_are_validated(new_db):
    record = trajectory.get_trajectory(new_db)
    with pytest.raises(InvalidInput) as caught:
        trajectory.update_trajectory(new_db, TrajectoryRecord(name="  "))
    assert caught.value.problem == InvalidInput.REQUIRED
    with pytest.raises(InvalidInput, match="suppression"):
        trajectory.update_trajectory(new_db, TrajectoryRecord(name="X", suppression_threshold=2))
    with pytest.raises(InvalidInput, match="target_groups"):
        trajectory.update_trajectory(new_db, TrajectoryRecord(name="X", target_groups=("aliens",)))
    assert trajectory.get_trajectory(new_db) == record
    trajectory.update_trajectory(new_db, TrajectoryRecord(
        name=" Traject Zuid ", target_groups=("youth", "elderly", "youth"),
        optional_bs=("begripvolheid",), suppression_threshold=3,
    ))
    saved = trajectory.get_trajectory(new_db)
    assert saved.name == "Traject Zuid"
    assert saved.target_groups == ("elderly", "youth")  # vocabulary order, no duplicates
    assert saved.suppression_threshold == 3


def test_partner_names_are_unique_and_types_known(new_db):
    partners.add_partner(new_db, PartnerRecord("a", "CAW Midden", "core", "caw"))
    with pytest.raises(InvalidInput) as caught:
        partners.add_partner(new_db, PartnerRecord("b", "CAW Midden ", "core", "caw"))
    assert caught.value.problem == InvalidInput.DUPLICATE
    with pytest.raises(InvalidInput, match="type"):
        partners.add_partner(new_db, PartnerRecord("c", "Iets", "core", "bakery"))
    partners.update_partner(new_db, PartnerRecord("a", "CAW Midden", "cooperating", "caw"))
    assert [(p.name, p.kind) for p in partners.list_partners(new_db)] == [
        ("CAW Midden", "cooperating")
    ]


def test_removing_and_restoring_a_partner_relinks_its_participants(new_db):
    partners.add_partner(new_db, PartnerRecord("p", "OCMW Oost", "core", "local_government"))
    partners.add_participant(new_db, ParticipantRecord("an", "An", "policy_worker", "p",
                                                       ("steering",)))
    removed = partners.remove_partner(new_db, "p")
    assert partners.list_partners(new_db) == []
    assert partners.list_participants(new_db)[0].partner_id is None
    partners.restore_partner(new_db, removed)
    assert partners.list_participants(new_db)[0].partner_id == "p"
    assert partners.list_partners(new_db)[0] == removed.partner


def test_removing_and_restoring_a_participant_restores_attendance(new_db):
    partners.add_participant(new_db, ParticipantRecord("an", "An", "front_line_worker"))
    workshops.save_session(new_db, SessionRecord("s", 2, date(2026, 4, 1), "Werksessie",
                                                 attendee_ids=("an",)))
    removed = partners.remove_participant(new_db, "an")
    assert workshops.list_sessions(new_db)[0].attendee_ids == ()
    partners.restore_participant(new_db, removed)
    assert workshops.list_sessions(new_db)[0].attendee_ids == ("an",)


def test_sessions_keep_agenda_order_and_can_be_replaced_and_restored(new_db):
    record = SessionRecord(
        "s", 1, date(2026, 2, 3), "Startmoment", "Zaal 1", "Goede sfeer.",
        (AgendaEntry("Welkom", 10), AgendaEntry("  ", None), AgendaEntry("Uitleg", 30)),
    )
    workshops.save_session(new_db, record)
    saved = workshops.list_sessions(new_db, 1)[0]
    assert [a.text for a in saved.agenda] == ["Welkom", "Uitleg"]
    assert workshops.list_sessions(new_db, 2) == []
    workshops.save_session(new_db, SessionRecord("s", 1, date(2026, 2, 4), "Start", agenda=()))
    assert workshops.list_sessions(new_db)[0].agenda == ()
    removed = workshops.remove_session(new_db, "s")
    assert workshops.list_sessions(new_db) == []
    workshops.save_session(new_db, removed)
    assert workshops.list_sessions(new_db) == [removed]
    with pytest.raises(InvalidInput, match="title"):
        workshops.save_session(new_db, SessionRecord("t", 1, date(2026, 2, 4), ""))
    with pytest.raises(InvalidInput, match="id"):
        workshops.save_session(new_db, SessionRecord("t", 1, date(2026, 2, 4), "X",
                                                     attendee_ids=("ghost",)))


def test_phase_state_moves_and_restores_exactly(new_db):
    before = phases.set_phase_state(new_db, 2, "done", date(2026, 6, 1))
    status = phases.list_phases(new_db)[1]
    assert (status.state, status.started_on, status.finished_on) == (
        "done", date(2026, 6, 1), date(2026, 6, 1)
    )
    phases.restore_phase_state(new_db, before)
    status = phases.list_phases(new_db)[1]
    assert (status.state, status.started_on, status.finished_on) == ("not_started", None, None)
    with pytest.raises(InvalidInput):
        phases.set_phase_state(new_db, 7, "done", date(2026, 6, 1))
    with pytest.raises(InvalidInput):
        phases.set_phase_state(new_db, 1, "finished", date(2026, 6, 1))


def test_checklist_ticks_notes_and_own_items(new_db):
    item = phases.checklist(new_db, 1)[0]
    phases.set_checklist_done(new_db, item.id, True)
    phases.set_checklist_note(new_db, item.id, "  Gedaan op de stuurgroep. ")
    assert phases.checklist(new_db, 1)[0].done
    assert phases.checklist(new_db, 1)[0].note == "Gedaan op de stuurgroep."
    assert phases.list_phases(new_db)[0].done_count == 1
    phases.add_checklist_item(new_db, "own", 1, "Persbericht verstuurd")
    entries = phases.checklist(new_db, 1)
    assert entries[-1].text == "Persbericht verstuurd" and entries[-1].key is None
    assert phases.remove_checklist_item(new_db, "own").text == "Persbericht verstuurd"
    with pytest.raises(InvalidInput):
        phases.remove_checklist_item(new_db, item.id)  # default items stay


def test_decision_log(new_db):
    decisions.save_decision(new_db, DecisionRecord("d2", date(2026, 3, 2), "working", "Later", 2))
    decisions.save_decision(new_db, DecisionRecord("d1", date(2026, 3, 1), "steering", "Eerst"))
    assert [d.text for d in decisions.list_decisions(new_db)] == ["Eerst", "Later"]
    assert [d.id for d in decisions.list_decisions(new_db, 2)] == ["d2"]
    with pytest.raises(InvalidInput, match="decided_by"):
        decisions.save_decision(new_db, DecisionRecord("d3", date(2026, 3, 1), "mayor", "X"))
    removed = decisions.remove_decision(new_db, "d2")
    assert removed.phase_number == 2
    assert [d.id for d in decisions.list_decisions(new_db)] == ["d1"]


def test_the_demo_is_a_realistic_trajectory_halfway(demo_file):
    db = trajectory.open_trajectory(demo_file)
    try:
        kinds = {p.type for p in partners.list_partners(db)}
        assert len(partners.list_partners(db)) >= 6
        assert {"local_government", "caw", "huis_van_het_kind", "kind_en_gezin",
                "poverty_association"} <= kinds
        assert sum(p.type == "dmw" for p in partners.list_partners(db)) >= 2
        roles = {p.role for p in partners.list_participants(db)}
        assert roles == {"policy_worker", "front_line_worker", "lived_experience",
                         "bridge_figure", "process_coach"}
        states = [s.state for s in phases.list_phases(db)]
        assert states == ["done"] * 5 + ["in_progress"]  # following up its plan
        for number in (1, 2, 3, 4, 5):
            assert workshops.list_sessions(db, number)
            assert all(e.done for e in phases.checklist(db, number))
        assert all(s.notes for s in workshops.list_sessions(db))
        assert decisions.list_decisions(db)
    finally:
        db.close()


def test_the_demo_has_barriers_from_its_signals_and_a_closed_vote(demo_file):
    from drempelmeter.services import barriers, prioritisation
    from drempelmeter.services.trajectory import open_trajectory

    db = open_trajectory(demo_file)
    try:
        found = barriers.list_barriers(db)
        assert len(found) == 8 and all(len(b.signal_ids) >= 3 for b in found)
        assert all(len(b.recognised_by) >= 2 for b in found)
        dots, placement = prioritisation.list_rounds(db)
        assert dots.method == "dots" and dots.closed_on and dots.rationale
        titles = {b.id: b.title for b in found}
        ranked = [(titles[e.barrier_id], e.score, e.rank) for e in dots.ranked()]
        assert ranked[0] == ("Rechten die niet gekend zijn of niet vanzelf worden toegekend",
                             5.0, 1)
        assert [r for _t, _s, r in ranked] == [1, 2, 2, 4, 5, 5, 5, 8]  # ties share a rank
        assert any("objection" in e.inputs for e in dots.entries)
        assert placement.method == "impact_effort" and placement.closed_on
        assert all(e.rank is not None for e in placement.entries)
    finally:
        db.close()
