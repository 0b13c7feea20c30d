"""Suggestions of signals that probably belong together: same B and level, similar words.

Only suggestions: the coach accepts or ignores them; nothing is clustered automatically.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from .terms import normalise

#: Words too common in signal descriptions to say anything about likeness.
STOP_WORDS = frozenset((
    "de", "het", "een", "en", "of", "van", "voor", "naar", "met", "zonder", "bij", "op", "in",
    "uit", "aan", "als", "dan", "dat", "die", "dit", "deze", "wie", "wat", "niet", "geen",
    "wel", "ook", "nog", "maar", "want", "omdat", "door", "over", "onder", "tegen", "tot", "om",
    "te", "zijn", "is", "was", "worden", "wordt", "werd", "hebben", "heeft", "had", "kunnen",
    "kan", "kon", "moeten", "moet", "moest", "zullen", "zal", "zou", "er", "hier", "daar",
    "hun", "hen", "ze", "zij", "wij", "we", "je", "jij", "u", "hij", "zich", "ons", "onze",
    "mensen", "cliënten", "clienten", "klanten", "vaak", "soms", "veel", "weinig", "the", "and",
    "for", "with",
))
MIN_LENGTH = 4
#: What is neither a letter nor a digit, nor white space: dropped from inside a word.
NOT_IN_WORDS = re.compile(r"[^\w\s]|_")


class SignalText(NamedTuple):
    """What the suggestions read of a signal (a tuple: thousands are read at a time)."""

    id: str
    b: str
    level: str | None
    text: str


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A word as likeness counts it ("" for a word that says nothing): short words and stop
    words dropped, an ending that only makes a plural cut off. Cached: signals share words."""
    if len(word) < MIN_LENGTH or word in STOP_WORDS:
        return ""
    for ending in ("en", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_LENGTH:
            return word[: -len(ending)]
    return word


def words(text: str) -> frozenset[str]:
    """The telling words of a description, without endings that only make plurals."""
    found = frozenset(map(_stem, NOT_IN_WORDS.sub("", normalise(text).replace("-", " ")).split()))
    return found - {""} if "" in found else found


def likeness(one: frozenset[str], two: frozenset[str]) -> float:
    """Shared words over all words (Jaccard): 0 nothing in common, 1 the same words."""
    if not one or not two:
        return 0.0
    return len(one & two) / len(one | two)


def _overlap_needed(share: float, size: int) -> int:
    """The fewest words, of a set this size, that a share of it asks for (at least one).

    Rounded downwards by a hair so that floating point never drops a pair the direct check keeps.
    """
    return max(1, math.ceil(share * size - 1e-9))


def candidates(word_sets: Sequence[frozenset[str]], threshold: float,
               ) -> Iterator[tuple[int, list[int]]]:
    """For each set (by index), the sets met before it that may be alike to it at the threshold:
    every pair that is alike comes out once, with few pairs that are not.

    Prefix filtering (Bayardo et al., "Scaling up all pairs similarity search"): with the words
    ordered rarest first, two sets alike at threshold t share a word among the first
    ``size - needed + 1`` words of each, where a pair needs t/(1+t) of both sizes together in
    common. Sets are visited smallest first; each probes the index with its first words and
    then indexes the fewer words a larger set can still meet. Common words therefore rarely pair
    signals up and sets without a shared rare word are never compared: the work follows the
    overlap in vocabulary, not the square of the number of signals.
    """
    threshold = max(threshold, 0.0)
    frequency = Counter(word for found in word_sets for word in found)
    index: dict[str, list[int]] = {}
    for j in sorted(range(len(word_sets)), key=lambda n: len(word_sets[n])):
        found = word_sets[j]
        if not found:
            continue
        size = len(found)
        ordered = sorted(found, key=lambda word: (frequency[word], word))
        probe = ordered[: max(0, size - _overlap_needed(threshold, size) + 1)]
        met: set[int] = set()
        for word in probe:
            met.update(index.get(word, ()))
        yield j, list(met)
        kept = max(0, size - _overlap_needed(2 * threshold / (1 + threshold), size) + 1)
        for word in ordered[:kept]:
            index.setdefault(word, []).append(j)


def digest(signals: Sequence[SignalText], threshold: float) -> str:
    """A key for what `suggest_groups` reads (each signal's id, B, level and text, in order, and
    the threshold): equal keys, equal suggestions."""
    hashed = hashlib.blake2b(repr(threshold).encode(), digest_size=20)
    for signal in signals:
        hashed.update("\x1f".join((signal.id, signal.b, signal.level or "\x1e",
                                    signal.text)).encode("utf-8", "surrogatepass") + b"\x1d")
    return hashed.hexdigest()


def _joined(word_sets: Sequence[frozenset[str]], threshold: float) -> list[int]:
    """The component of each word set when sets alike at the threshold are joined (single
    linkage): a label per set, shared by all sets of a component.

    Labels are kept flat (a smaller component takes the larger one's label when they join), so
    the many candidate pairs already in one component cost a comparison of two numbers each.
    """
    label = list(range(len(word_sets)))
    members = [[n] for n in range(len(word_sets))]
    for j, met in candidates(word_sets, threshold):
        for i in met:
            one, two = label[i], label[j]
            if one == two or likeness(word_sets[i], word_sets[j]) < threshold:
                continue
            if len(members[one]) < len(members[two]):
                one, two = two, one
            for n in members[two]:
                label[n] = one
            members[one] += members[two]
            members[two] = []
    return label


def suggest_groups(signals: Sequence[SignalText], threshold: float = 0.15,
                   ) -> list[tuple[str, ...]]:
    """Groups of two or more signals with the same B and level whose words are alike.

    Signals join a group when they are alike enough to any member (single linkage). Groups come
    largest first; each holds ids in the order given. Signals with the same words count once,
    and only candidate pairs are compared (see ``candidates``).
    """
    order = {s.id: i for i, s in enumerate(signals)}
    by_kind: dict[tuple[str, str | None], dict[frozenset[str], list[str]]] = {}
    for signal in signals:
        same = by_kind.setdefault((signal.b, signal.level), {})
        same.setdefault(words(signal.text), []).append(signal.id)
    grouped: list[list[str]] = []
    for same in by_kind.values():
        if threshold <= 0:  # every pair is alike enough, even without words
            grouped.append([key for ids in same.values() for key in ids])
            continue
        word_sets = [found for found in same if found]
        if threshold > 1:  # not even the same words are alike enough
            continue
        groups: dict[int, list[str]] = {}
        for found, label in zip(word_sets, _joined(word_sets, threshold), strict=True):
            groups.setdefault(label, []).extend(same[found])
        grouped += groups.values()
    groups_found = [tuple(sorted(ids, key=order.__getitem__)) for ids in grouped if len(ids) > 1]
    return sorted(groups_found, key=lambda ids: (-len(ids), order[ids[0]]))
