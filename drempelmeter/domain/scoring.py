"""Scores of a measurement round per partner × group × B, with what is hidden and why."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

#: The key used for "all partners" or "all groups" in totals.
ALL = "*"
MIN_THRESHOLD = 3
DONT_KNOW = "dont_know"
NOT_APPLICABLE = "not_applicable"

Key = tuple[str, str, str]
Line = tuple[Key, tuple[Key, ...]]  # a published total and the cells that add up to it


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
    #: Why a suppressed cell is hidden: True when fewer than the threshold gave a valid answer
    #: (1–5) for its B; False when it is hidden so that, with the totals shown beside it, a
    #: reader cannot work out the hidden cells of its line (they hold too few people together).
    small_group: bool = False


class _Tally:
    __slots__ = ("answers", "dont_know", "others", "respondents", "total", "valid", "values")

    def __init__(self) -> None:
        self.values = [0, 0, 0, 0, 0]
        self.total = 0
        self.answers = 0
        self.dont_know = 0
        self.others = 0
        self.respondents: set[str] = set()
        self.valid: set[str] = set()  # the respondents with at least one answer from 1 to 5

    def add(self, other: _Tally) -> None:
        for i in range(5):
            self.values[i] += other.values[i]
        self.total += other.total
        self.answers += other.answers
        self.dont_know += other.dont_know
        self.others += other.others
        self.respondents |= other.respondents
        self.valid |= other.valid


@dataclass(frozen=True)
class Scores:
    """Every published cell and total of a round, keyed (partner, group, b); ALL marks a total."""

    threshold: int
    cells: dict[Key, Score]

    def get(self, partner: str, group: str, b: str) -> Score | None:
        return self.cells.get((partner, group, b))

    def gap(self, partner: str, b: str, first: str = "staff", second: str = "client",
            ) -> float | None:
        """How much higher `first` scores than `second` (None when either is hidden or empty)."""
        one, two = self.get(partner, first, b), self.get(partner, second, b)
        if one is None or two is None or one.mean is None or two.mean is None:
            return None
        return round(one.mean - two.mean, 2)


def score(answers: Iterable[Answer], threshold: int = 5,
          partners: Collection[str] | None = None) -> Scores:
    """Tally every answer once, build the totals from the tallies, then suppress.

    `partners` limits the published table to those partners' cells and the region's total (a
    partner's own report); the other partners' cells count as hidden, so that the region minus
    what is shown cannot reveal them, but their small groups hide nothing of the partner's own:
    where the region's total would give them away, the region's total is hidden instead.
    """
    threshold = max(threshold, MIN_THRESHOLD)
    tallies: dict[Key, _Tally] = {}
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
            tally.valid.add(answer.respondent)
        elif answer.special == DONT_KNOW:
            tally.dont_know += 1
        else:
            tally.others += 1
    combined: dict[Key, _Tally] = {}
    for (partner, group, b), tally in tallies.items():
        for key in ((partner, ALL, b), (ALL, group, b), (ALL, ALL, b)):
            combined.setdefault(key, _Tally()).add(tally)
    everything = {**tallies, **combined}
    published = {key for key in everything
                 if partners is None or key[0] in partners or key[:2] == (ALL, ALL)}
    counts = {key: len(tally.valid) for key, tally in everything.items()}
    own = set() if partners is None else {key for key in published if key[0] in partners}
    hidden = _suppressed(counts, set(everything) - published, threshold, own)
    return Scores(threshold, {key: _score(key, everything[key], key in hidden, threshold)
                              for key in sorted(published)})


def _lines(keys: Iterable[Key]) -> list[Line]:
    """Every line of the published tables: a total and the cells that add up to it."""
    members: dict[tuple[Key, str], list[Key]] = {}
    for key in sorted(keys):
        partner, group, b = key
        if partner != ALL and group != ALL:
            members.setdefault(((partner, ALL, b), "row"), []).append(key)
            members.setdefault(((ALL, group, b), "column"), []).append(key)
        elif (partner, group) != (ALL, ALL):  # a partner's or a group's total
            side = "partners" if group == ALL else "groups"
            members.setdefault(((ALL, ALL, b), side), []).append(key)
    return [(total, tuple(cells)) for (total, _side), cells in members.items()]


def _suppressed(counts: dict[Key, int], unpublished: set[Key], threshold: int,
                own: Collection[Key] = ()) -> set[Key]:
    """The cells to hide. People are counted by a valid answer (1–5) for the cell's B; "weet
    niet" and "n.v.t." never count in a mean nor towards the threshold. A cell under the
    threshold is hidden; then one more cell at a time until no line or column gives fewer people
    than the threshold away (see `_exposed`). The cell hidden is the smallest shown one of the
    line through which the reader knew a cell of the exposing line, or else of that line; but
    when those are all the partner's `own` cells (a partner's report) and the exposing line's
    total is not, that total is hidden: another partner's small group costs the partner none
    of its own figures."""
    hidden = {key for key, n in counts.items() if n < threshold} | unpublished
    table = _lines(counts)
    while (found := _exposed(table, counts, hidden, threshold)) is not None:
        shown = next(([m for m in members if m not in hidden] for _total, members in found
                      if any(m not in hidden for m in members)), None)
        if shown is None:  # only totals the reader knows: hide the smallest shown one instead
            b = found[-1][0][2]
            shown = [key for key in counts if key[2] == b and key not in hidden]
        total = found[-1][0]
        if own and all(k in own for k in shown) and total not in own and total not in hidden:
            shown = [total]
        hidden.add(min(shown, key=lambda key: (counts[key], key)))
    return hidden


def _exposed(table: list[Line], counts: dict[Key, int], hidden: set[Key], threshold: int,
             ) -> list[Line] | None:
    """The lines to break, the one through which a reader works out fewer people than the
    threshold last; None when there is none.

    A reader knows every shown cell, the only unknown cell of a line whose total is known (the
    total minus the rest), and a total whose cells are all known. Where a line's total is known,
    the sum of its unknown cells is known too: together they must hold the threshold. The lines
    returned first are those through which the reader knew the exposing line's hidden cells.
    """
    known = set(counts) - hidden
    source: dict[Key, Line] = {}
    changed = True
    while changed:
        changed = False
        for line in table:
            total, members = line
            unknown = [m for m in members if m not in known]
            exposed = (unknown and sum(counts[m] for m in unknown) < threshold
                       if total in known else not unknown and counts[total] < threshold)
            if exposed:
                return [source[k] for k in (total, *members) if k in source] + [line]
            learnt = (unknown[0] if len(unknown) == 1 else None) if total in known else (
                None if unknown else total)
            if learnt is not None:
                source[learnt] = line
                known.add(learnt)
                changed = True
    return None


def hidden_counts(cells: Iterable[Score | None]) -> tuple[int, int]:
    """Of the cells a table shows, how many are hidden because too few answered them, and how
    many so that those cannot be worked out from the totals."""
    hidden = [cell for cell in cells if cell is not None and cell.suppressed]
    small = sum(cell.small_group for cell in hidden)
    return small, len(hidden) - small


def _score(key: Key, tally: _Tally, hidden: bool, threshold: int) -> Score:
    partner, group, b = key
    if hidden:
        return Score(partner, group, b, True, None, None, None, None, None,
                     small_group=len(tally.valid) < threshold)
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
