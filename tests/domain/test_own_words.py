"""A region's changes merged over the default lists, and keys made from labels."""

from __future__ import annotations

from drempelmeter.domain.taxonomy import TARGET_GROUPS
from drempelmeter.domain.vocabularies import (
    KEY_MAX,
    Change,
    Vocabularies,
    merge,
    new_key,
    report_labels,
)


def test_added_terms_come_before_other_in_their_order_and_renames_keep_the_key():
    merged = merge(TARGET_GROUPS, [
        Change("target_groups", "b_eigen", "B eigen", position=2),
        Change("target_groups", "a_eigen", "A eigen", "A own", position=1),
        Change("target_groups", "elderly", "Senioren"),
        Change("target_groups", "newcomers", retired=True),
        Change("partner_types", "zz", "Niet van deze lijst"),
    ])
    keys = merged.ordered_keys()
    assert keys[-3:] == ("a_eigen", "b_eigen", "other")
    assert "zz" not in merged
    assert merged["elderly"].nl == "Senioren" and merged["elderly"].en == "Older people"
    assert merged["b_eigen"].en == "B eigen"  # no English label: the Dutch one
    assert merged["newcomers"].retired and merged.find("Senioren").key == "elderly"
    assert report_labels(merged)["newcomers"] == "Nieuwkomers (niet meer in gebruik)"
    assert len(merged) == len(TARGET_GROUPS) + 2


def test_a_change_of_nothing_keeps_the_default_and_a_restore_overrides_it():
    lists = Vocabularies([Change("target_groups", "poverty")])
    assert lists.target_groups["poverty"] == TARGET_GROUPS["poverty"]
    restored = Vocabularies([Change("partner_types", "other", retired=False)])
    assert not restored.partner_types["other"].retired


def test_keys_from_labels_fit_their_column_and_never_collide():
    assert new_key("Éénoudergezinnen in de Kempen", ()) == "eenoudergezinnen_in_de"
    assert new_key("  !!  ", ()) == "term"
    taken = {"jongeren"}
    assert new_key("Jongeren", taken) == "jongeren_2"
    taken.add("jongeren_2")
    assert new_key("JONGEREN", taken) == "jongeren_3"
    long = new_key("x" * 80, ())
    assert len(long) <= KEY_MAX - 4 and len(new_key("x" * 80, {long})) <= KEY_MAX


def test_a_region_added_werkgroep_counts_as_a_working_group():
    lists = Vocabularies([Change("groups", "werkgroep_toeleiding", "Werkgroep toeleiding"),
                          Change("groups", "klankbord_jongeren", "Klankbord jongeren")])
    assert "werkgroep_toeleiding" in lists.working_groups
    assert "klankbord_jongeren" not in lists.working_groups
    assert "werkgroep_toeleiding" in lists.decision_makers and "coach" in lists.decision_makers
