"""Clustering suggestions at scale: the same groups as comparing every pair, far fewer compared."""

from __future__ import annotations

import random

from drempelmeter.domain.clustering import (
    SignalText,
    candidates,
    likeness,
    suggest_groups,
    words,
)

VOCABULARY = ("wachtlijst", "budgetbegeleiding", "energiepremie", "brieven", "moeilijke", "taal",
              "onthaal", "telefoon", "digitaal", "formulier", "huurwaarborg", "kinderopvang",
              "vervoer", "tolk", "schuldhulp", "afspraak", "loket", "website", "inkomen",
              "attest", "premie", "wijk", "bus", "avond")


def every_pair(signals: list[SignalText], threshold: float) -> list[tuple[str, ...]]:
    """The groups as the first version found them: every pair of the same B and level compared."""
    order = {s.id: i for i, s in enumerate(signals)}
    group = {s.id: {s.id} for s in signals}
    for i, one in enumerate(signals):
        for two in signals[i + 1:]:
            if ((one.b, one.level) == (two.b, two.level)
                    and likeness(words(one.text), words(two.text)) >= threshold
                    and group[one.id] is not group[two.id]):
                merged = group[one.id] | group[two.id]
                for key in merged:
                    group[key] = merged
    found = {tuple(sorted(ids, key=order.__getitem__)) for ids in group.values() if len(ids) > 1}
    return sorted(found, key=lambda ids: (-len(ids), order[ids[0]]))


def random_signals(rng: random.Random, count: int) -> list[SignalText]:
    return [SignalText(str(n), rng.choice("AB"), rng.choice(("organisation", "network", None)),
                       " ".join(rng.sample(VOCABULARY, rng.randint(0, 7))))
            for n in range(count)]


def test_the_groups_are_those_of_comparing_every_pair():
    rng = random.Random(14)
    for _ in range(60):
        signals = random_signals(rng, rng.randint(2, 40))
        for threshold in (0.0, 0.1, 0.15, 0.2, 1 / 3, 0.5, 0.75, 1.0, 1.2):
            assert suggest_groups(signals, threshold) == every_pair(signals, threshold), threshold


def candidate_pairs(sets: list[frozenset[str]], threshold: float) -> set[tuple[int, int]]:
    return {(min(i, j), max(i, j)) for j, met in candidates(sets, threshold) for i in met}


def compared(sets: list[frozenset[str]], threshold: float) -> int:
    return sum(len(met) for _j, met in candidates(sets, threshold))


def test_candidates_hold_every_alike_pair():
    rng = random.Random(7)
    sets = [words(s.text) for s in random_signals(rng, 200)]
    for threshold in (0.15, 0.3, 0.6):
        found = candidate_pairs(sets, threshold)
        alike = {(i, j) for i in range(len(sets)) for j in range(i + 1, len(sets))
                 if likeness(sets[i], sets[j]) >= threshold}
        assert alike <= found
        assert compared(sets, threshold) == len(found) < len(sets) * (len(sets) - 1) / 2


def disjoint_sets(count: int, per_topic: int) -> list[frozenset[str]]:
    """Topics of `per_topic` signals each; no word is shared across topics."""
    return [frozenset({f"onderwerp{n // per_topic}x", f"woord{n // per_topic}y{n % 3}",
                       f"eigen{n}z", "wachtlijst"})
            for n in range(count)]


def test_pairs_compared_grow_with_the_signals_not_their_square():
    small = compared(disjoint_sets(1_000, 5), 0.15)
    large = compared(disjoint_sets(10_000, 5), 0.15)
    assert small <= 1_000 * 5
    assert large <= 12 * small  # ten times the signals; all pairs would be a hundred times
    assert not compared([frozenset({f"woord{n}"}) for n in range(5_000)], 0.15)
