"""Closed vocabularies: terms with a stable key and Dutch and English labels."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

LANGUAGES = ("en", "nl")


def normalise(text: str) -> str:
    """Casefold, strip accents and surrounding/inner runs of white space, for matching user text."""
    if text.isascii():
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


@dataclass(frozen=True)
class Term:
    """One value of a closed list: the key stored in files, and what users read.

    A retired term is no longer offered for new records, but stays known, so records and files
    that hold its key keep their meaning and their label."""

    key: str
    nl: str
    en: str
    definition_nl: str = ""
    definition_en: str = ""
    retired: bool = False

    def label(self, language: str) -> str:
        return self.nl if language == "nl" else self.en

    def definition(self, language: str) -> str:
        return self.definition_nl if language == "nl" else self.definition_en


class Vocabulary:
    """An ordered, closed list of terms, looked up by key or by a label in either language."""

    def __init__(self, name: str, terms: tuple[Term, ...]) -> None:
        keys = [t.key for t in terms]
        if len(set(keys)) != len(keys):
            raise ValueError(f"duplicate key in vocabulary {name}")
        self.name = name
        self.terms = terms
        self._by_key = {t.key: t for t in terms}
        self._keys = tuple(t.key for t in terms)
        self._by_text: dict[str, Term] = {}
        self._found: dict[str, Term | None] = {}
        for term in terms:
            for text in (term.key, term.nl, term.en):
                self._by_text.setdefault(normalise(text), term)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __getitem__(self, key: str) -> Term:
        return self._by_key[key]

    def offered(self) -> tuple[Term, ...]:
        """The terms a user may choose for a new record: every term but the retired ones."""
        return tuple(t for t in self.terms if not t.retired)

    def ordered_keys(self) -> tuple[str, ...]:
        return self._keys

    def find(self, text: str) -> Term | None:
        """The term whose key or label matches `text`, ignoring case, accents and spacing."""
        if text not in self._found:  # imports look up the same few values thousands of times
            if len(self._found) > 10_000:
                self._found.clear()
            self._found[text] = self._by_text.get(normalise(text))
        return self._found[text]

    def label(self, key: str, language: str) -> str:
        return self._by_key[key].label(language)
