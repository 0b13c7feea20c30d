"""Suggestions of signals that belong together: same B and level, alike in words."""

from __future__ import annotations

from drempelmeter.domain.clustering import SignalText, likeness, suggest_groups, words


def test_words_drop_stop_words_short_words_and_plural_endings():
    assert words("De wachtlijsten voor budgetbegeleiding zijn te lang.") == {
        "wachtlijst", "budgetbegeleiding", "lang"}
    assert words("Wachtlijst budgetbegeleiding") == {"wachtlijst", "budgetbegeleiding"}


def test_likeness_is_shared_over_all_words():
    assert likeness(frozenset({"a", "b"}), frozenset({"b", "c"})) == 1 / 3
    assert likeness(frozenset(), frozenset({"a"})) == 0.0


def test_alike_signals_of_the_same_b_and_level_are_suggested_together():
    signals = [
        SignalText("1", "beschikbaarheid", "organisation",
                   "Lange wachtlijst voor budgetbegeleiding bij het OCMW."),
        SignalText("2", "beschikbaarheid", "organisation",
                   "De wachtlijsten voor budgetbegeleiding lopen op tot drie maanden."),
        SignalText("3", "beschikbaarheid", "network",  # another level: never with 1 and 2
                   "Wachtlijst budgetbegeleiding, doorverwijzing loopt vast."),
        SignalText("4", "begrijpbaarheid", "organisation",
                   "Brieven over de energiepremie zijn in moeilijke taal."),
        SignalText("5", "begrijpbaarheid", "organisation",
                   "Moeilijke taal in de brieven van de energiepremie."),
        SignalText("6", "begrijpbaarheid", "organisation", "Het onthaal sluit te vroeg."),
        SignalText("7", "beschikbaarheid", "organisation",
                   "Budgetbegeleiding: lange wachtlijst, ook voor dringende dossiers."),
    ]
    assert suggest_groups(signals) == [("1", "2", "7"), ("4", "5")]
    assert suggest_groups(signals, threshold=0.9) == [("4", "5")]  # the same words only
