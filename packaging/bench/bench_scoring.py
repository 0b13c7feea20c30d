"""Score a round of 100,000 answers (all partners, groups and B's, with suppression), against a
plain Python aggregation of the same numbers (counts, sums, distributions, respondents, totals).
Prints medians of both and the ratio (target <= 2x). Then the redraw of the radar from those
scores (figure built and rendered to pixels), next to matplotlib drawing the same lines on a
bare polar axes: the chart must redraw without a visible pause (well under 100 ms).

    python3 packaging/dev.py bench scoring
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from chart_timing import compare_redraws

from drempelmeter.domain.scoring import ALL, DONT_KNOW, Answer, score
from drempelmeter.domain.taxonomy import ALL_BS

ANSWERS = 100_000
RUNS = 5
TARGET = 2.0
PARTNERS = [f"partner-{i}" for i in range(8)]
GROUPS = ("staff", "management", "client")
ITEMS_PER_B = 4


def make_answers() -> list[Answer]:
    """Respondents answer every item of the questionnaire; one group has only three people."""
    rng = random.Random(7)
    bs = ALL_BS.ordered_keys()
    small = [("partner-7", "client")] * 3
    answers: list[Answer] = []
    respondent = 0
    while len(answers) < ANSWERS:
        partner, group = small.pop() if small else (
            rng.choice(PARTNERS[:7]), rng.choices(GROUPS, weights=(6, 2, 3))[0])
        respondent += 1
        for b in bs:
            for _ in range(ITEMS_PER_B):
                value = None if rng.random() < 0.08 else rng.randint(1, 5)
                answers.append(Answer(f"r{respondent}", partner, group, b, value,
                                      DONT_KNOW if value is None else None))
    return answers[:ANSWERS]


def plain(answers: list[Answer]) -> dict:  # type: ignore[type-arg]
    """The same numbers the plain way: one tally per cell in one pass, totals summed from the
    cells, no suppression."""
    cells: dict = {}
    for a in answers:
        key = (a.partner, a.group, a.b)
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = [0, 0, 0, [0, 0, 0, 0, 0], set()]
        cell[4].add(a.respondent)
        if a.value is None:
            cell[2] += 1
        else:
            cell[0] += 1
            cell[1] += a.value
            cell[3][a.value - 1] += 1
    totals: dict = {}
    for (partner, group, b), (n, total, unknown, dist, people) in cells.items():
        for key in ((partner, ALL, b), (ALL, group, b), (ALL, ALL, b)):
            merged = totals.setdefault(key, [0, 0, 0, [0, 0, 0, 0, 0], set()])
            merged[0] += n
            merged[1] += total
            merged[2] += unknown
            merged[3] = [x + y for x, y in zip(merged[3], dist, strict=True)]
            merged[4] |= people
    return {key: (c[1] / c[0] if c[0] else None, len(c[4]))
            for key, c in {**cells, **totals}.items()}


def main() -> int:
    answers = make_answers()
    base_runs, our_runs = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        reference = plain(answers)
        base_runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        result = score(answers, threshold=5)
        our_runs.append(time.perf_counter() - start)
    shown = [c for c in result.cells.values() if not c.suppressed]
    assert all(abs(reference[(c.partner, c.group, c.b)][0] - c.mean) < 0.01
               for c in shown if c.mean is not None)
    hidden = sum(c.suppressed for c in result.cells.values())
    base, ours = statistics.median(base_runs), statistics.median(our_runs)
    print(f"scoring {ANSWERS:,} answers ({len(result.cells)} cells, {hidden} suppressed), "
          f"median of {RUNS} runs")
    print(f"  baseline (plain Python aggregation):       {base * 1000:7.0f} ms")
    print(f"  drempelmeter scoring with suppression:     {ours * 1000:7.0f} ms")
    print(f"  ratio: {ours / base:.2f}x (target <= {TARGET}x)")
    redraw(result)
    return 0


def redraw(result) -> None:  # type: ignore[no-untyped-def]
    """Time the radar of one partner as the app draws it, against a bare matplotlib radar."""
    import math

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from drempelmeter.charts.measurement_charts import radar

    bs = ALL_BS.ordered_keys()
    series = [(group, [c.mean if (c := result.get("partner-0", group, b)) and c.mean else "—"
                       for b in bs]) for group in GROUPS]

    def ours() -> None:
        FigureCanvasAgg(radar(bs, series, "partner-0")).draw()

    def bare() -> None:
        figure = Figure(figsize=(6.5, 5.5))
        axes = figure.add_subplot(projection="polar")
        angles = [2 * math.pi * i / len(bs) for i in range(len(bs))]
        for _group, values in series:
            numbers = [math.nan if isinstance(v, str) else v for v in values]
            axes.plot([*angles, angles[0]], [*numbers, numbers[0]])
        FigureCanvasAgg(figure).draw()

    compare_redraws(f"radar redraw of one partner (three groups, {len(bs)} B's)", ours, bare, RUNS,
                    "radar (legend, labels)", "bare matplotlib polar plot")


if __name__ == "__main__":
    sys.exit(main())
