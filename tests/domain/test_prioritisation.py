"""Each prioritisation method on small hand-computed cases, ties included."""

from __future__ import annotations

import pytest

from drempelmeter.domain.prioritisation import (
    Basis,
    Factors,
    TooManyDots,
    Weights,
    basis_of,
    dot_budget,
    explain,
    factor_score,
    order_priorities,
    quadrant,
    rank,
    rank_by_impact_effort,
    rank_by_moscow,
    rank_by_score,
    tally_dots,
    top_count,
    weighted_factors,
)


def test_ties_share_a_rank_and_the_next_rank_skips():
    assert rank({"a": 5, "b": 9, "c": 5, "d": 1}) == {"b": 1, "a": 2, "c": 2, "d": 4}
    assert rank({}) == {}
    assert rank({"x": 0.0, "y": 0.0}) == {"x": 1, "y": 1}


def test_factor_score_multiplies_and_weights_are_exponents():
    wachtlijst = Factors(severity=4, frequency=3, reach=2)  # 4 × 3 × 2
    formulier = Factors(severity=3, frequency=4, reach=2)   # 3 × 4 × 2
    website = Factors(severity=2, frequency=4, reach=5)     # 2 × 4 × 5
    geen = Factors(severity=0, frequency=4, reach=8)
    assert factor_score(wachtlijst) == 24 and factor_score(formulier) == 24
    assert factor_score(website) == 40 and factor_score(geen) == 0
    scores, ranks = rank_by_score({"w": wachtlijst, "f": formulier, "s": website, "g": geen})
    assert ranks == {"s": 1, "f": 2, "w": 2, "g": 4}
    # Severity counts double: 16×3×2 = 96, 9×4×2 = 72, 4×4×5 = 80.
    scores, ranks = rank_by_score({"w": wachtlijst, "f": formulier, "s": website},
                                  Weights(severity=2))
    assert scores == {"w": 96, "f": 72, "s": 80} and ranks == {"w": 1, "s": 2, "f": 3}
    # Reach left out: 4×3 = 12, 3×4 = 12, 2×4 = 8.
    _scores, ranks = rank_by_score({"w": wachtlijst, "f": formulier, "s": website},
                                   Weights(reach=0))
    assert ranks == {"w": 1, "f": 1, "s": 3}


def test_the_weighted_factors_multiply_to_the_score():
    website = Factors(severity=2, frequency=4, reach=5)
    assert weighted_factors(website) == (2, 4, 5, 1)
    assert weighted_factors(website, Weights(severity=2, reach=0)) == (4, 4, 1, 1)
    assert weighted_factors(Factors(0, 4, 8)) == (0, 4, 8, 1)  # no problem: the score is 0
    policy = Factors(severity=2, frequency=4, reach=5, supra_local=True)
    for factors in (website, policy):
        for weights in (Weights(), Weights(1.5, 0.5, 2, 2)):
            s, f, r, i = weighted_factors(factors, weights)
            assert s * f * r * i == pytest.approx(factor_score(factors, weights))


def test_a_supra_local_barrier_weighs_less_as_the_influence_weight_says():
    local = Factors(severity=3, frequency=3, reach=4)
    policy = Factors(severity=3, frequency=3, reach=4, supra_local=True)
    assert factor_score(policy) == factor_score(local) / 2
    assert factor_score(policy, Weights(influence=2)) == factor_score(local) / 4
    assert factor_score(policy, Weights(influence=0)) == factor_score(local)
    # A supra-local barrier that stays more pressing still ranks above a light local one.
    light = Factors(severity=1, frequency=1, reach=1)
    assert rank_by_score({"policy": policy, "light": light})[1] == {"policy": 1, "light": 2}


def test_dot_budget_is_a_quarter_of_the_barriers_and_at_least_one():
    assert [dot_budget(n) for n in (1, 2, 3, 8, 10, 12, 30)] == [1, 1, 1, 2, 2, 3, 8]


def test_dots_are_tallied_per_barrier_within_the_budget():
    votes = {"An": {"a": 2, "b": 1}, "Bert": {"b": 3}, "Chloé": {"a": 1, "c": 1, "b": 1}}
    totals = tally_dots(votes, ["a", "b", "c", "d"], budget=3)
    assert totals == {"a": 3, "b": 5, "c": 1, "d": 0}
    assert rank(totals) == {"b": 1, "a": 2, "c": 3, "d": 4}
    with pytest.raises(TooManyDots) as refused:
        tally_dots({"Dirk": {"a": 2, "b": 2}}, ["a", "b"], budget=3)
    assert (refused.value.participant, refused.value.placed) == ("Dirk", 4)


@pytest.mark.parametrize(("impact", "effort", "expected"), [
    (5, 1, "quick_win"), (3, 2, "quick_win"), (4, 4, "big_project"), (3, 3, "big_project"),
    (2, 1, "fill_in"), (1, 5, "time_sink"), (2, 3, "time_sink"),
])
def test_quadrants_split_at_three(impact, effort, expected):
    assert quadrant(impact, effort) == expected


def test_impact_effort_ranks_quick_wins_first_then_by_impact_and_effort():
    placements = {"a": (4, 2), "b": (5, 2), "c": (5, 5), "d": (2, 1), "e": (1, 5), "f": (4, 2)}
    # quick wins: b (5,2) before a and f (4,2, tied); big project c; fill-in d; time sink e
    assert rank_by_impact_effort(placements) == {"b": 1, "a": 2, "f": 2, "c": 4, "d": 5, "e": 6}


def test_moscow_ranks_by_category_with_ties():
    choices = {"a": "should", "b": "must", "c": "wont", "d": "must", "e": "could"}
    assert rank_by_moscow(choices) == {"b": 1, "d": 1, "a": 3, "e": 4, "c": 5}


def test_frequency_and_reach_start_at_one():
    with pytest.raises(ValueError):
        Factors(severity=3, frequency=0, reach=2)
    with pytest.raises(ValueError):
        Factors(severity=3, frequency=2, reach=0)


def test_priorities_follow_the_round_then_the_score_and_ties_share_a_place():
    # The round ranked a and b first together, c third; d was not placed, e not in the round.
    ranks = {"a": 1, "b": 1, "c": 3, "d": None}
    scores = {"a": 2.0, "b": 9.0, "c": 50.0, "d": 7.0, "e": 7.0}
    titles = {"a": "Alfa", "b": "Beta", "c": "Gamma", "d": "Delta", "e": "Epsilon"}
    # Within the shared first place the higher score leads; d and e tie on score: by title.
    assert order_priorities(ranks, scores, titles) == [
        ("b", 1), ("a", 1), ("c", 3), ("d", 4), ("e", 4)]
    # No round: the score alone, with the same sharing.
    assert order_priorities({}, {"x": 1.0, "y": 3.0, "z": 1.0}, {}) == [
        ("y", 1), ("x", 2), ("z", 2)]
    # A barrier removed from the round leaves no gap in the places.
    assert order_priorities({"a": 1, "c": 3}, {"a": 1.0, "c": 1.0}, {}) == [("a", 1), ("c", 2)]


def test_the_first_three_do_not_cut_a_tie():
    assert top_count([1, 2, 3, 4]) == 3
    assert top_count([1, 1, 3, 3, 5]) == 4
    assert top_count([1, 1, 1, 1, 5]) == 4
    assert top_count([2, 4]) == 2
    assert top_count([]) == 0


@pytest.mark.parametrize(("method", "score", "inputs", "nl", "en"), [
    ("dots", 12.0, {"votes": {"An": 2}}, "12 stippen", "12 dots"),
    ("dots", 1.0, {}, "1 stip", "1 dot"),
    ("score", 3.4, {}, "score 3.4", "score 3.4"),
    ("impact_effort", None, {"impact": 5, "effort": 2}, "impact 5, inspanning 2: Snelle winst",
     "impact 5, effort 2: Quick win"),
    ("impact_effort", None, {"impact": 5}, "niet geplaatst", "not placed"),
    ("moscow", None, {"moscow": "must"}, "Must: moet", "Must have"),
    ("moscow", None, {}, "niet gekozen", "not chosen"),
])
def test_one_wording_of_why_a_barrier_has_its_rank(method, score, inputs, nl, en):
    basis = basis_of(method, score, inputs)
    assert isinstance(basis, Basis)
    assert (explain(basis, "nl"), explain(basis, "en")) == (nl, en)


def test_priorities_are_ordered_as_by_one_key_of_rank_score_title_and_key():
    # The order as one sort key of (not in the round, round rank, -score, title, key) gives it,
    # on many ties of rank, score and title (in other case), some barriers not placed.
    import random

    chance = random.Random(14)
    keys = [f"k{n:03}" for n in range(300)]
    scores = {key: float(chance.choice((0, 1, 2.5, 4, 9))) for key in keys}
    titles = {key: chance.choice(("Wachtlijst", "wachtlijst", "Kosten", "Álles")) for key in keys}
    ranks = {key: chance.choice((1, 2, 2, 5, None)) for key in keys[:120]}
    expected = [item[-1] for item in sorted(
        (ranks.get(key) is None, ranks.get(key) or 0, -scores[key], titles[key].casefold(), key)
        for key in keys)]
    for round_ranks in (ranks, {}):
        if not round_ranks:
            expected = [item[-1] for item in sorted(
                (-scores[key], titles[key].casefold(), key) for key in keys)]
        assert [key for key, _place in order_priorities(round_ranks, scores, titles)] == expected
