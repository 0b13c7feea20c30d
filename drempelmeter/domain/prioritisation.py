"""Ranking barriers: the factor score, dot voting, impact/effort and MoSCoW.

Every method ends in a rank per barrier. Ties share a rank and the next rank skips (1, 2, 2, 4:
"competition ranking"), so nobody can read an order into a tie that the method did not make.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter

from .terms import Term, Vocabulary

METHODS = Vocabulary(
    "prioritisation_methods",
    (
        Term("score", "Score (ernst × frequentie × bereik)", "Score (severity × frequency × reach)"),
        Term("dots", "Stippenstemming", "Dot voting"),
        Term("impact_effort", "Impact en inspanning", "Impact and effort"),
        Term("moscow", "MoSCoW", "MoSCoW"),
    ),
)

MOSCOW = Vocabulary(
    "moscow",
    (
        Term("must", "Must: moet", "Must have"),
        Term("should", "Should: zou moeten", "Should have"),
        Term("could", "Could: kan", "Could have"),
        Term("wont", "Won't: nu niet", "Won't have this time"),
    ),
)

QUADRANTS = Vocabulary(
    "impact_effort_quadrants",
    (
        Term("quick_win", "Snelle winst", "Quick win"),
        Term("big_project", "Groot project", "Big project"),
        Term("fill_in", "Opvulling", "Fill-in"),
        Term("time_sink", "Tijdrover", "Time sink"),
    ),
)

#: Frequency keys as factors: how often a barrier is met.
FREQUENCY_FACTOR = {"rarely": 1, "monthly": 2, "weekly": 3, "daily": 4}
#: Impact and effort are placed on 1–5; 3 and above counts as high.
HIGH = 3


#: The influence factor of a barrier the region cannot remove itself (influence "supra-local or
#: policy"); within local influence it is 1. Raised to its weight: at 1 a supra-local barrier
#: scores half, at 0 influence is left out, at 2 it scores a quarter. It ranks lower in the
#: local plan and goes to the level that decides as a policy signal (domain.policy).
SUPRA_LOCAL_FACTOR = 0.5


@dataclass(frozen=True)
class Weights:
    """Exponents of the four factors: 1 is plain, 0 leaves a factor out, 2 doubles its pull."""

    severity: float = 1.0
    frequency: float = 1.0
    reach: float = 1.0
    influence: float = 1.0


@dataclass(frozen=True)
class Factors:
    """A barrier's severity (0–4), frequency (1–4), reach (partners that recognise it) and
    whether it lies beyond local influence; frequency and reach are at least 1, so a factor
    never zeroes or inverts the score."""

    severity: int
    frequency: int
    reach: int
    supra_local: bool = False

    def __post_init__(self) -> None:
        if self.frequency < 1 or self.reach < 1:
            raise ValueError(f"frequency and reach start at 1: {self}")


def factor_score(factors: Factors, weights: Weights = Weights()) -> float:
    """severity^w1 × frequency^w2 × reach^w3 × influence^w4 (influence `SUPRA_LOCAL_FACTOR`
    beyond local influence, else 1); a barrier that is no problem (severity 0) scores 0."""
    return factor_scores({"": factors}, weights)[""]


def factor_scores(factors: Mapping[str, Factors], weights: Weights = Weights()
                  ) -> dict[str, float]:
    """The factor score of every barrier, in one pass (the list re-ranks as weights change)."""
    ws, wf, wr = weights.severity, weights.frequency, weights.reach
    damped = SUPRA_LOCAL_FACTOR ** weights.influence
    return {key: f.severity ** ws * f.frequency ** wf * f.reach ** wr
            * (damped if f.supra_local else 1.0) if f.severity > 0 else 0.0
            for key, f in factors.items()}


def weighted_factors(factors: Factors, weights: Weights = Weights()
                     ) -> tuple[float, float, float, float]:
    """The four factors raised to their weights: the score is their product."""
    influence = SUPRA_LOCAL_FACTOR ** weights.influence if factors.supra_local else 1.0
    severity = factors.severity ** weights.severity if factors.severity > 0 else 0.0
    return (severity, factors.frequency ** weights.frequency, factors.reach ** weights.reach,
            influence)


def ranking(values: Mapping[str, float]) -> list[tuple[str, float, int]]:
    """(key, value, rank), highest value first (then by key); equal values share a rank and
    the next rank skips."""
    # By key, then (stable, in C) by value: ties stay in key order without a Python key function.
    ordered = sorted(sorted(values.items()), key=itemgetter(1), reverse=True)
    result: list[tuple[str, float, int]] = []
    previous_value, previous_rank = None, 0
    for position, (key, value) in enumerate(ordered, start=1):
        if value != previous_value:
            previous_value, previous_rank = value, position
        result.append((key, value, previous_rank))
    return result


def rank(values: Mapping[str, float]) -> dict[str, int]:
    """Highest value first; equal values share a rank and the next rank skips."""
    return {key: place for key, _value, place in ranking(values)}


def rank_by_score(factors: Mapping[str, Factors], weights: Weights = Weights()
                  ) -> tuple[dict[str, float], dict[str, int]]:
    scores = factor_scores(factors, weights)
    return scores, rank(scores)


def dot_budget(barriers: int) -> int:
    """Dots per participant: about a quarter of the barriers, at least one."""
    return max(1, round(barriers / 4))


class TooManyDots(ValueError):
    """A participant placed more dots than the budget allows."""

    def __init__(self, participant: str, placed: int, budget: int) -> None:
        super().__init__(f"{participant} placed {placed} dots; the budget is {budget}")
        self.participant = participant
        self.placed = placed
        self.budget = budget


def tally_dots(votes: Mapping[str, Mapping[str, int]], barriers: Iterable[str],
               budget: int) -> dict[str, int]:
    """Dots per barrier from each participant's dots (participant → barrier → dots)."""
    totals = dict.fromkeys(barriers, 0)
    for participant, placed in votes.items():
        spent = sum(placed.values())
        if spent > budget or any(n < 0 for n in placed.values()):
            raise TooManyDots(participant, spent, budget)
        for barrier, dots in placed.items():
            if barrier not in totals:
                raise KeyError(barrier)
            totals[barrier] += dots
    return totals


def quadrant(impact: int, effort: int) -> str:
    """Where a barrier lands on the 2×2: high impact and low effort is a quick win."""
    if impact >= HIGH:
        return "quick_win" if effort < HIGH else "big_project"
    return "fill_in" if effort < HIGH else "time_sink"


def rank_by_impact_effort(placements: Mapping[str, tuple[int, int]]) -> dict[str, int]:
    """Quick wins first, then big projects, fill-ins, time sinks; within a quadrant higher impact,
    then lower effort, first. Equal placements share a rank."""
    order = {key: i for i, key in enumerate(QUADRANTS.ordered_keys())}
    values = {key: -(order[quadrant(i, e)] * 100 + (5 - i) * 10 + e)
              for key, (i, e) in placements.items()}
    return rank(values)


def rank_by_moscow(choices: Mapping[str, str]) -> dict[str, int]:
    """Must before should before could before won't; the same category shares a rank."""
    order = {key: i for i, key in enumerate(MOSCOW.ordered_keys())}
    return rank({key: -order[choice] for key, choice in choices.items()})


def cumulative_shares(scores: Sequence[float], total: float | None = None) -> list[float]:
    """The running total of scores (best first) as a percentage of their sum, or of `total`
    (the sum of these and of lower scores not drawn): the Pareto line."""
    total = (sum(scores) if total is None else total) or 1
    running, shares = 0.0, []
    for score in scores:
        running += score
        shares.append(round(running / total * 100, 1))
    return shares


#: The summary of a report names the first three priorities (more when the third shares its place).
TOP = 3


@dataclass(frozen=True)
class Basis:
    """What gave a barrier its rank in a round: the dots or the score (`value`), the placement
    on impact and effort, or the MoSCoW category; None where the barrier was not placed."""

    method: str
    value: float | None = None
    impact: int | None = None
    effort: int | None = None
    moscow: str | None = None


def basis_of(method: str, score: float | None, inputs: Mapping[str, object]) -> Basis:
    """The basis of one entry of a round, from its stored score and inputs."""
    if method == "impact_effort":
        impact, effort = inputs.get("impact"), inputs.get("effort")
        if isinstance(impact, int) and isinstance(effort, int):
            return Basis(method, impact=impact, effort=effort)
        return Basis(method)
    if method == "moscow":
        choice = inputs.get("moscow")
        return Basis(method, moscow=choice if isinstance(choice, str) else None)
    return Basis(method, value=score or 0.0)


#: The one wording of a basis, in Dutch and English, as the vocabularies word their terms.
BASIS_WORDS = Vocabulary(
    "priority_basis",
    (
        Term("dot", "{value} stip", "{value} dot"),
        Term("dots", "{value} stippen", "{value} dots"),
        Term("score", "score {value}", "score {value}"),
        Term("impact_effort", "impact {impact}, inspanning {effort}: {quadrant}",
             "impact {impact}, effort {effort}: {quadrant}"),
        Term("not_placed", "niet geplaatst", "not placed"),
        Term("not_chosen", "niet gekozen", "not chosen"),
    ),
)


def explain(basis: Basis, language: str) -> str:
    """Why a barrier has its rank in the round, in words: "12 stippen", "impact 5, inspanning 2:
    Snelle winst", "Must: moet", "score 3.4"."""
    if basis.method == "moscow":
        return (MOSCOW.label(basis.moscow, language) if basis.moscow
                else BASIS_WORDS.label("not_chosen", language))
    if basis.method == "impact_effort":
        if basis.impact is None or basis.effort is None:
            return BASIS_WORDS.label("not_placed", language)
        return BASIS_WORDS.label("impact_effort", language).format(
            impact=basis.impact, effort=basis.effort,
            quadrant=QUADRANTS.label(quadrant(basis.impact, basis.effort), language))
    words = "dot" if basis.method == "dots" and basis.value == 1 else basis.method
    return BASIS_WORDS.label(words, language).format(value=f"{basis.value or 0:g}")


def order_priorities(round_ranks: Mapping[str, int | None], scores: Mapping[str, float],
                     titles: Mapping[str, str]) -> list[tuple[str, int]]:
    """(barrier, place), first priority first: the barriers ranked in the deciding round by
    that rank, then the others (not in the round, or not placed there) by their score. Equal
    ranks, and equal scores after the round, share a place and the next place skips; within a
    shared place the higher score, then the title, then the key comes first."""
    # By title and key, then stably and in C by score, highest first (a reversed sort keeps
    # equal items in their order), then the round's ranks before the rest: a sort key of five
    # made per barrier took three times as long at every weight change.
    keys = [key for _title, key in sorted((titles.get(key, "").casefold(), key)
                                          for key in scores)]
    keys.sort(key=scores.__getitem__, reverse=True)
    if round_ranks:
        placed = [key for key in keys if round_ranks.get(key) is not None]
        placed.sort(key=lambda key: round_ranks[key] or 0)
        keys = placed + [key for key in keys if round_ranks.get(key) is None]
    result: list[tuple[str, int]] = []
    previous: tuple[bool, float] | None = None
    place = 0
    for position, key in enumerate(keys, start=1):
        ranked = round_ranks.get(key)
        tie = (False, float(ranked)) if ranked is not None else (True, scores[key])
        if tie != previous:
            previous, place = tie, position
        result.append((key, place))
    return result


def top_count(places: Sequence[int], n: int = TOP) -> int:
    """How many of a list in order of place are its first `n`: a tie at the n-th place is not
    cut, so every barrier sharing that place counts too."""
    if len(places) <= n:
        return len(places)
    last = places[n - 1]
    return n + sum(1 for place in places[n:] if place == last)
