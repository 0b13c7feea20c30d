"""The taxonomy and phases: complete in both languages, stable keys, lookups by label."""

from datetime import date

import pytest

from drempelmeter.domain import organisation, phases, policy, questionnaire, taxonomy
from drempelmeter.domain.terms import normalise

VOCABULARIES = (
    *taxonomy.ALL_VOCABULARIES, organisation.PARTNER_KINDS, organisation.PARTNER_TYPES,
    organisation.PARTICIPANT_ROLES, organisation.GROUPS, organisation.DECISION_MAKERS,
    phases.PHASE_STATES, questionnaire.RESPONDENT_GROUPS, policy.POLICY_LEVELS,
    policy.POLICY_STATUSES,
)

#: The keys files held before the lists were completed: each must keep its meaning.
KEYS_IN_FILES = {
    taxonomy.GBO_PRINCIPLES: ("proactive", "outreaching", "participation", "subsidiarity",
                              "strengths", "generalist"),
    taxonomy.TARGET_GROUPS: ("poverty", "elderly", "chronically_ill", "disability",
                             "mental_health", "carers", "young_families", "youth", "newcomers",
                             "low_literacy", "digitally_excluded", "homeless", "other"),
    organisation.PARTNER_TYPES: ("local_government", "caw", "dmw", "huis_van_het_kind",
                                 "kind_en_gezin", "other"),
    organisation.PARTICIPANT_ROLES: ("policy_worker", "front_line_worker", "lived_experience",
                                     "bridge_figure", "other"),
    organisation.GROUPS: ("steering", "working", "sounding_board"),
    questionnaire.RESPONDENT_GROUPS: ("staff", "management", "client"),
}


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


def test_the_default_lists_hold_the_regions_own_words():
    def labels(vocabulary):  # type: ignore[no-untyped-def]
        return {t.nl for t in vocabulary.offered()}

    assert labels(taxonomy.GBO_PRINCIPLES) == {
        "Proactief", "Outreachend", "Participatie", "Subsidiariteit", "Krachtgericht",
        "Generalistisch", "Continuïteit", "Bekend, herkenbaar en zichtbaar", "Aanklampend",
        "Positieve hulpverleningsrelatie", "Doelgericht"}
    assert {"Kwetsbare zwangeren en ouders van kinderen van 0–3 jaar", "Éénoudergezinnen",
            "Personen met een woonproblematiek", "Multiprobleemsituaties", "Jongvolwassenen",
            "Personen met een migratieachtergrond"} <= labels(taxonomy.TARGET_GROUPS)
    assert {"Armoedevereniging / doelgroeporganisatie", "Faciliterende partner", "CLB",
            "LDC (lokaal dienstencentrum)", "Samenlevingsopbouw",
            "Eerstelijnszone / zorgraad"} <= labels(organisation.PARTNER_TYPES)
    assert {"Kerngroep", "Werkgroep sociale kaart", "Werkgroep vraagverheldering",
            "Werkgroep warme doorverwijzing", "Werkgroep buurtgericht werken",
            "Expertengroep"} <= labels(organisation.GROUPS)
    assert {"Procescoach", "Leidinggevende", "Externe begeleider",
            "Signaalcoördinator"} <= labels(organisation.PARTICIPANT_ROLES)
    assert labels(questionnaire.RESPONDENT_GROUPS) == {
        "Medewerkers", "Leidinggevenden", "Cliënten", "Ervaringsdeskundigen"}
    # every themed working group prioritises like the working group itself
    assert {t.key for t in organisation.GROUPS if t.nl.startswith("Werkgroep")} == (
        organisation.WORKING_GROUPS)


@pytest.mark.parametrize("vocabulary", list(KEYS_IN_FILES), ids=lambda v: v.name)
def test_the_keys_in_existing_files_keep_their_term(vocabulary):
    assert set(KEYS_IN_FILES[vocabulary]) <= set(vocabulary.ordered_keys())


def test_clients_and_experts_are_two_groups_and_the_joint_one_is_retired_not_gone():
    groups = questionnaire.RESPONDENT_GROUPS
    joint = groups["client"]
    assert joint.retired and joint.nl == "Cliënten en ervaringsdeskundigen"
    assert joint not in groups.offered() and groups.find("client") is joint
    assert groups.find("Cliënten").key == "clients"
    assert groups.find("Ervaringsdeskundigen").key == "lived_experience"
    # the experts read the clients' questions, in standard Dutch; the clients in easy Dutch
    assert questionnaire.WORDING_OF_GROUP["lived_experience"] == "client"
    assert set(questionnaire.WORDING_OF_GROUP) == set(groups.ordered_keys())
    assert "lived_experience" not in questionnaire.EASY_LANGUAGE_GROUPS
    # tables list the retired group only where answers were stored under it
    assert "client" not in {t.key for t in questionnaire.shown_groups({"staff", "clients"})}
    assert "client" in {t.key for t in questionnaire.shown_groups({"staff", "client"})}
    assert questionnaire.clients_group({"staff", "client"}) == "client"
    assert questionnaire.clients_group({"staff", "clients"}) == "clients"


@pytest.mark.parametrize("vocabulary", list(taxonomy.SIGNAL_MULTI_CHOICES.values()),
                         ids=lambda v: v.name)
def test_a_label_of_a_multi_choice_list_holds_no_separator_a_bundle_cell_splits_on(vocabulary):
    from drempelmeter.exchange.bundle_columns import MULTI_SEPARATORS

    for term in vocabulary:
        assert not any(sep in term.nl or sep in term.en for sep in MULTI_SEPARATORS), term
