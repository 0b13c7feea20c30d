"""The taxonomy and phases: complete in both languages, stable keys, lookups by label."""

from datetime import date

import pytest

from drempelmeter.domain import organisation, phases, taxonomy
from drempelmeter.domain.terms import normalise

VOCABULARIES = (
    *taxonomy.ALL_VOCABULARIES, organisation.PARTNER_KINDS, organisation.PARTNER_TYPES,
    organisation.PARTICIPANT_ROLES, organisation.GROUPS, organisation.DECISION_MAKERS,
    phases.PHASE_STATES,
)


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.name)
def test_every_term_has_a_key_and_both_labels(vocabulary):
    assert len(vocabulary) >= 2
    for term in vocabulary:
        assert term.key and term.key == term.key.strip()
        assert term.nl.strip() and term.en.strip()
        assert vocabulary.find(term.nl) is term
        assert vocabulary.find(term.en) is term or vocabulary.find(term.en).en == term.en


def test_the_seven_bs_and_two_optional_ones():
    assert len(taxonomy.CORE_BS) == 7
    assert [t.key for t in taxonomy.OPTIONAL_BS] == ["betreedbaarheid", "begripvolheid"]
    assert all(t.definition_nl and t.definition_en for t in taxonomy.ALL_BS)
    assert [t.key for t in taxonomy.active_bs(["begripvolheid"])][-1] == "begripvolheid"
    assert len(taxonomy.active_bs([])) == 7


def test_find_ignores_case_accents_and_spacing():
    assert taxonomy.LEVELS.find("  relatie CLIENT–hulpverlener ").key == "relationship"
    assert taxonomy.JOURNEY_MOMENTS.find("voor de deur").key == "before_door"
    assert taxonomy.CHANNELS.find("no such channel") is None
    assert normalise("Éé  ÏË") == "ee ie"


def test_six_phases_in_order_with_checklists():
    assert [p.number for p in phases.PHASES] == [1, 2, 3, 4, 5, 6]
    keys = [p.key for p in phases.PHASES]
    assert len(set(keys)) == 6
    for phase in phases.PHASES:
        assert phase.title("nl") and phase.title("en") and phase.purpose("nl")
        assert phase.records("nl") and phase.records("en")
        assert len(phase.checklist) >= 4
        assert len({t.key for t in phase.checklist}) == len(phase.checklist)
    assert phases.phase(3).key == "baseline"


@pytest.mark.parametrize(
    ("state", "started", "finished", "expected"),
    [
        ("in_progress", None, None, (date(2026, 5, 1), None)),
        ("in_progress", date(2026, 1, 1), date(2026, 2, 1), (date(2026, 1, 1), None)),
        ("done", None, None, (date(2026, 5, 1), date(2026, 5, 1))),
        ("done", date(2026, 1, 1), None, (date(2026, 1, 1), date(2026, 5, 1))),
        ("done", date(2026, 1, 1), date(2026, 2, 1), (date(2026, 1, 1), date(2026, 2, 1))),
        ("not_started", date(2026, 1, 1), date(2026, 2, 1), (None, None)),
    ],
)
def test_phase_dates_follow_the_state(state, started, finished, expected):
    assert phases.dates_for_state(state, started, finished, date(2026, 5, 1)) == expected
