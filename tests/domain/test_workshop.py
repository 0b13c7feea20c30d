"""Workshop mode's rules: prompts and an agenda for every phase, and how pre-mortem notes become
an action's risks and needs."""

from __future__ import annotations

from drempelmeter.domain.phases import PHASE_NUMBERS
from drempelmeter.domain.workshop import (
    appended,
    default_agenda,
    default_prompts,
    premortem_points,
)


def test_every_phase_has_four_to_seven_questions_and_a_timed_agenda():
    for number in PHASE_NUMBERS:
        prompts = default_prompts(number)
        assert 4 <= len(prompts) <= 7 and all(p.endswith("?") for p in prompts)
        agenda = default_agenda(number)
        assert agenda and all(text and minutes > 0 for text, minutes in agenda)


def test_risks_become_one_point_per_cluster_in_the_order_they_came():
    notes = [("risk", "Niemand komt", ""), ("risk", "Gezien worden", "Privacy"),
             ("need", "Een aparte ruimte", "Privacy"), ("risk", "Geen ruimte", "Privacy"),
             ("risk", "Te duur", "Geld")]
    assert premortem_points(notes) == (
        ["Niemand komt", "Privacy: Gezien worden; Geen ruimte", "Geld: Te duur"],
        ["Een aparte ruimte"])
    assert premortem_points([]) == ([], [])


def test_points_are_appended_once():
    assert appended(["a", "b"], ["b", "c", "c"]) == ["a", "b", "c"]
