"""A region's own words: the lists it may edit, and its changes merged over the Flemish defaults."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace

from .organisation import DECISION_MAKERS, GROUPS, PARTICIPANT_ROLES, PARTNER_KINDS, PARTNER_TYPES
from .organisation import WORKING_GROUPS as DEFAULT_WORKING_GROUPS
from .phases import PHASES
from .taxonomy import (
    ALL_BS,
    ALL_VOCABULARIES,
    GBO_PRINCIPLES,
    LIFE_DOMAIN_TAGS,
    SIGNAL_CHOICES,
    SIGNAL_MULTI_CHOICES,
    TARGET_GROUPS,
)
from .terms import Term, Vocabulary, normalise

#: The phases' titles as a list a region may rename (their number and order stay).
PHASE_LABELS = Vocabulary("phases", tuple(Term(p.key, p.title_nl, p.title_en) for p in PHASES))

#: The lists a region may change, by name, with their defaults.
EDITABLE: dict[str, Vocabulary] = {v.name: v for v in (
    GBO_PRINCIPLES, TARGET_GROUPS, PARTNER_TYPES, GROUPS, PARTICIPANT_ROLES, LIFE_DOMAIN_TAGS,
    PHASE_LABELS)}
#: Lists whose terms may be renamed only: the app's six phases are its structure.
RENAME_ONLY = frozenset({PHASE_LABELS.name})
#: The longest key: keys are stored in columns of 30 characters.
KEY_MAX = 30
#: The longest label a region may give a term.
LABEL_MAX = 200
#: What a workbook puts between the terms of one cell (a bundle's multi-value columns, the
#: plan's barriers): a label holding one would come back from the workbook as two terms.
TERM_SEPARATORS = (";", "\n")
#: Every list the app knows, by name, for lists that are not editable.
_ALL: dict[str, Vocabulary] = {v.name: v for v in (
    *ALL_VOCABULARIES, ALL_BS, PARTNER_KINDS, DECISION_MAKERS, *EDITABLE.values())}
#: How a report in Dutch marks a retired term that a record still holds.
RETIRED_NL = "{} (niet meer in gebruik)"
#: A group the region adds whose name starts with this is a working group: its members vote.
WORKING_GROUP_WORD = "werkgroep"


@dataclass(frozen=True)
class Change:
    """What a region changed about one term: a label (None keeps the default's), retired or
    restored (None keeps the default's), or a whole new term (a key not in the defaults)."""

    vocabulary: str
    key: str
    nl: str | None = None
    en: str | None = None
    retired: bool | None = None
    position: int = 0


def merge(default: Vocabulary, changes: Iterable[Change]) -> Vocabulary:
    """The list a region uses: the defaults with its labels and retirements, then the terms it
    added in their order (before a default "other", which stays last)."""
    by_key = {c.key: c for c in changes if c.vocabulary == default.name}
    terms = []
    for term in default:
        change = by_key.get(term.key)
        if change is not None:
            term = replace(term, nl=change.nl or term.nl, en=change.en or term.en,
                           retired=term.retired if change.retired is None else change.retired)
        terms.append(term)
    added = [Term(c.key, c.nl or c.en or c.key, c.en or c.nl or c.key, retired=bool(c.retired))
             for c in sorted(by_key.values(), key=lambda c: (c.position, c.key))
             if c.key not in default]
    at = next((i for i, t in enumerate(terms) if t.key == "other"), len(terms))
    return Vocabulary(default.name, (*terms[:at], *added, *terms[at:]))


class Vocabularies:
    """The lists one trajectory uses: its own for the editable ones, the defaults for the rest."""

    def __init__(self, changes: Iterable[Change] = ()) -> None:
        changes = tuple(changes)
        self.changes = changes
        self._lists = {name: merge(default, changes) for name, default in EDITABLE.items()}

    def __getitem__(self, name: str) -> Vocabulary:
        if name == DECISION_MAKERS.name:
            return self.decision_makers
        return self._lists.get(name) or _ALL[name]

    def own(self, vocabulary: Vocabulary) -> Vocabulary:
        """This trajectory's version of a list, given the default (or any list of that name)."""
        return self[vocabulary.name]

    @property
    def gbo_principles(self) -> Vocabulary:
        return self._lists[GBO_PRINCIPLES.name]

    @property
    def target_groups(self) -> Vocabulary:
        return self._lists[TARGET_GROUPS.name]

    @property
    def partner_types(self) -> Vocabulary:
        return self._lists[PARTNER_TYPES.name]

    @property
    def groups(self) -> Vocabulary:
        return self._lists[GROUPS.name]

    @property
    def participant_roles(self) -> Vocabulary:
        return self._lists[PARTICIPANT_ROLES.name]

    @property
    def phases(self) -> Vocabulary:
        return self._lists[PHASE_LABELS.name]

    @property
    def decision_makers(self) -> Vocabulary:
        """Who can take a decision: the trajectory's groups, and the coach."""
        return Vocabulary(DECISION_MAKERS.name, (*self.groups.terms, DECISION_MAKERS["coach"]))

    @property
    def working_groups(self) -> frozenset[str]:
        """The groups whose members prioritise: the default working groups and the groups the
        region added whose name starts with "Werkgroep"."""
        return DEFAULT_WORKING_GROUPS | {
            t.key for t in self.groups if t.key not in GROUPS
            and normalise(t.nl).startswith(WORKING_GROUP_WORD)}

    def phase_title(self, number: int, language: str) -> str:
        return self.phases[PHASES[number - 1].key].label(language)

    def signal_choices(self) -> dict[str, Vocabulary]:
        """The signal fields of one value of a list, and this trajectory's list."""
        return {field: self.own(v) for field, v in SIGNAL_CHOICES.items()}

    def signal_multi_choices(self) -> dict[str, Vocabulary]:
        """The signal fields of several values of a list, and this trajectory's list."""
        return {field: self.own(v) for field, v in SIGNAL_MULTI_CHOICES.items()}


DEFAULTS = Vocabularies()


def new_key(label: str, taken: Collection[str]) -> str:
    """A key made from a label ("Kwetsbare zwangeren" → "kwetsbare_zwangeren") that is none of
    `taken`: a number is added until it is free."""
    whole = re.sub(r"[^a-z0-9]+", "_", normalise(label)).strip("_")
    base = whole[:KEY_MAX - 4]
    if len(whole) > len(base) and whole[len(base)] != "_" and "_" in base:
        shorter = base.rsplit("_", 1)[0]  # a word cut off is left out, unless it is most
        base = shorter if 3 * len(shorter) >= 2 * len(base) else base
    base = base.strip("_") or "term"
    key, number = base, 1
    while key in taken:
        number += 1
        key = f"{base}_{number}"
    return key


def report_labels(vocabulary: Vocabulary) -> dict[str, str]:
    """Each key's Dutch label as a report prints it, a retired term marked."""
    return {t.key: RETIRED_NL.format(t.nl) if t.retired else t.nl for t in vocabulary}


def separator_in(label: str) -> str | None:
    """The first of `TERM_SEPARATORS` that `label` holds, or None."""
    return next((mark for mark in TERM_SEPARATORS if mark in label), None)


def label_clash(vocabulary: Vocabulary, labels: Iterable[str], except_key: str = "") -> Term | None:
    """The other term of the list that a label would be mistaken for (same key or label,
    ignoring case and accents): imports find terms by their label."""
    for label in labels:
        term = vocabulary.find(label) if label else None
        if term is not None and term.key != except_key:
            return term
    return None


def changes_by_list(changes: Iterable[Change]) -> Mapping[str, dict[str, Change]]:
    """The changes per list name, per key."""
    grouped: dict[str, dict[str, Change]] = {name: {} for name in EDITABLE}
    for change in changes:
        grouped.setdefault(change.vocabulary, {})[change.key] = change
    return grouped
