"""Suggestions of signals that probably belong together: same B and level, similar words.

Only suggestions: the coach accepts or ignores them; nothing is clustered automatically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True)
class SignalText:
    id: str
    b: str
    level: str | None
    text: str


def words(text: str) -> frozenset[str]:
    """The telling words of a description, without endings that only make plurals."""
    found = set()
    for word in normalise(text).replace("-", " ").split():
        word = "".join(ch for ch in word if ch.isalnum())
        if len(word) < MIN_LENGTH or word in STOP_WORDS:
            continue
        for ending in ("en", "s"):
            if word.endswith(ending) and len(word) - len(ending) >= MIN_LENGTH:
                word = word[: -len(ending)]
                break
        found.add(word)
    return frozenset(found)


def likeness(one: frozenset[str], two: frozenset[str]) -> float:
    """Shared words over all words (Jaccard): 0 nothing in common, 1 the same words."""
    if not one or not two:
        return 0.0
    return len(one & two) / len(one | two)


def suggest_groups(signals: Sequence[SignalText], threshold: float = 0.15,
                   ) -> list[tuple[str, ...]]:
    """Groups of two or more signals with the same B and level whose words are alike.

    Signals join a group when they are alike enough to any member (single linkage). Groups come
    largest first; each holds ids in the order given.
    """
    order = {s.id: i for i, s in enumerate(signals)}
    parent = {s.id: s.id for s in signals}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    by_kind: dict[tuple[str, str | None], list[tuple[str, frozenset[str]]]] = {}
    for signal in signals:
        by_kind.setdefault((signal.b, signal.level), []).append((signal.id, words(signal.text)))
    for members in by_kind.values():
        for i, (one, one_words) in enumerate(members):
            for two, two_words in members[i + 1:]:
                if likeness(one_words, two_words) >= threshold:
                    parent[root(two)] = root(one)
    groups: dict[str, list[str]] = {}
    for signal in signals:
        groups.setdefault(root(signal.id), []).append(signal.id)
    found = [tuple(sorted(ids, key=order.__getitem__)) for ids in groups.values() if len(ids) > 1]
    return sorted(found, key=lambda ids: (-len(ids), order[ids[0]]))
