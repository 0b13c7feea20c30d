"""Scores of a measurement round per partner × group × B, with small groups suppressed.

A group (the respondents of one partner and one stakeholder group) smaller than the threshold is
suppressed everywhere: never a number. Where a published total would let a reader work a hidden
group back out (the total minus the groups shown), the smallest group shown beside it is
suppressed too (complementary suppression), in both directions: within a partner, and within a
stakeholder group across partners. "Weet niet" and "niet van toepassing" never count in a mean.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: The key used for "all partners" or "all groups" in totals.
ALL = "*"
MIN_THRESHOLD = 3
DONT_KNOW = "dont_know"
NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class Answer:
    """One anonymous respondent's answer to one item: 1–5, or "weet niet" / "n.v.t."."""

    respondent: str
    partner: str
    group: str
    b: str
    value: int | None
    special: str | None = None


@dataclass(frozen=True)
class Score:
    """The numbers of one cell; all None when the cell is suppressed."""

    partner: str
    group: str
    b: str
    suppressed: bool
    respondents: int | None
    answers: int | None
    mean: float | None
    distribution: tuple[int, ...] | None
    dont_know_share: float | None
    #: Why a suppressed cell is hidden: True when too few answered it; False when it is hidden
    #: so that a small group cannot be worked out from the totals beside it.
    small_group: bool = False


class _Tally:
    __slots__ = ("answers", "dont_know", "others", "respondents", "total", "values")

    def __init__(self) -> None:
        self.values = [0, 0, 0, 0, 0]
        self.total = 0
        self.answers = 0
        self.dont_know = 0
        self.others = 0
        self.respondents: set[str] = set()

    def add(self, other: _Tally) -> None:
        for i in range(5):
            self.values[i] += other.values[i]
        self.total += other.total
        self.answers += other.answers
        self.dont_know += other.dont_know
        self.others += other.others
        self.respondents |= other.respondents


@dataclass(frozen=True)
class Scores:
    """Every cell and total of a round, keyed (partner, group, b); ALL marks a total."""

    threshold: int
    cells: dict[tuple[str, str, str], Score]

    def get(self, partner: str, group: str, b: str) -> Score | None:
        return self.cells.get((partner, group, b))

    def gap(self, partner: str, b: str, first: str = "staff", second: str = "client",
            ) -> float | None:
        """How much higher `first` scores than `second` (None when either is hidden or empty)."""
        one, two = self.get(partner, first, b), self.get(partner, second, b)
        if one is None or two is None or one.mean is None or two.mean is None:
            return None
        return round(one.mean - two.mean, 2)


def score(answers: Iterable[Answer], threshold: int = 5) -> Scores:
    """Tally every answer once, build the totals from the tallies, then suppress."""
    threshold = max(threshold, MIN_THRESHOLD)
    tallies: dict[tuple[str, str, str], _Tally] = {}
    for answer in answers:
        key = (answer.partner, answer.group, answer.b)
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = _Tally()
        tally.respondents.add(answer.respondent)
        if answer.value is not None:
            tally.values[answer.value - 1] += 1
            tally.total += answer.value
            tally.answers += 1
        elif answer.special == DONT_KNOW:
            tally.dont_know += 1
        else:
            tally.others += 1
    combined: dict[tuple[str, str, str], _Tally] = {}
    for (partner, group, b), tally in tallies.items():
        for key in ((partner, ALL, b), (ALL, group, b), (ALL, ALL, b)):
            combined.setdefault(key, _Tally()).add(tally)
    everything = {**tallies, **combined}
    hidden = _suppressed(everything, threshold)
    return Scores(threshold, {key: _score(key, tally, key in hidden, threshold)
                              for key, tally in everything.items()})


def _suppressed(tallies: dict[tuple[str, str, str], _Tally], threshold: int) -> set:  # type: ignore[type-arg]
    """Primary suppression of small groups, then complementary suppression until stable."""
    hidden = {key for key, tally in tallies.items() if len(tally.respondents) < threshold}
    changed = True
    while changed:
        changed = False
        for b in {key[2] for key in tallies}:
            # Each line is a set of cells and the published total they add up to.
            lines: dict[tuple[str, str, str], list[tuple[str, str, str]]] = {}
            for (partner, group, key_b) in tallies:
                if key_b != b or (partner, group) == (ALL, ALL):
                    continue
                key = (partner, group, b)
                if ALL not in (partner, group):
                    lines.setdefault((partner, ALL, b), []).append(key)
                    lines.setdefault((ALL, group, b), []).append(key)
                else:  # a partner total or a group total: they add up to the grand total
                    side = "partners" if group == ALL else "groups"
                    lines.setdefault((ALL, ALL, side), []).append(key)
            for line, members in lines.items():
                total = (ALL, ALL, b) if line[2] in ("partners", "groups") else line
                if total in hidden:
                    continue
                concealed = [m for m in members if m in hidden]
                shown = [m for m in members if m not in hidden]
                if len(concealed) == 1:
                    if shown:
                        smallest = min(shown, key=lambda m: (len(tallies[m].respondents), m))
                        hidden.add(smallest)
                    else:
                        hidden.add(total)
                    changed = True
    return hidden


def _score(key: tuple[str, str, str], tally: _Tally, suppressed: bool, threshold: int
           ) -> Score:
    partner, group, b = key
    if suppressed:
        return Score(partner, group, b, True, None, None, None, None, None,
                     small_group=len(tally.respondents) < threshold)
    asked = tally.answers + tally.dont_know + tally.others
    return Score(
        partner, group, b, False, len(tally.respondents), tally.answers,
        round(tally.total / tally.answers, 2) if tally.answers else None,
        tuple(tally.values), round(tally.dont_know / asked, 3) if asked else None,
    )


def change(before: Scores, after: Scores, partner: str, group: str, b: str) -> float | None:
    """How the mean moved from one round to the next (None when either side is hidden)."""
    one, two = before.get(partner, group, b), after.get(partner, group, b)
    if one is None or two is None or one.mean is None or two.mean is None:
        return None
    return round(two.mean - one.mean, 2)
