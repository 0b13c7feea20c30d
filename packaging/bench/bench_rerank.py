"""Re-rank 5,000 barriers after a weight change (the scores, the ranks with ties, the table rows)
against a plain Python sort of the same scores; then redraw the Pareto (its first bars, with the
cumulative share of all) against matplotlib drawing the same bars bare. Prints medians and
ratios (target <= 2x for the re-rank; the chart must stay well under 100 ms).

    python3 packaging/dev.py bench rerank
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from chart_timing import compare_redraws

from drempelmeter.domain.prioritisation import Factors, Weights, factor_scores, ranking

BARRIERS = 5_000
RUNS = 7
TARGET = 2.0


def main() -> int:
    rng = random.Random(5)
    factors = {f"b{i:05}": Factors(rng.randint(0, 4), rng.randint(1, 4), rng.randint(1, 8))
               for i in range(BARRIERS)}
    weights = Weights(severity=2.0, frequency=1.0, reach=0.5)

    def plain() -> list[tuple[str, float]]:
        scores = {key: f.severity ** 2.0 * f.frequency * f.reach ** 0.5 if f.severity else 0.0
                  for key, f in factors.items()}
        return sorted(scores.items(), key=lambda pair: -pair[1])

    def ours() -> list[tuple[str, float, int]]:
        """What the barriers page does: every score, then the order with tied ranks."""
        return ranking(factor_scores(factors, weights))

    base, mine = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        plain()
        base.append(time.perf_counter() - start)
        start = time.perf_counter()
        ranked = ours()
        mine.append(time.perf_counter() - start)
    b, o = statistics.median(base), statistics.median(mine)
    print(f"re-ranking {BARRIERS:,} barriers after a weight change, median of {RUNS} runs")
    print(f"  baseline (plain Python score and sort):    {b * 1000:7.1f} ms")
    print(f"  drempelmeter (scores, tied ranks, order):  {o * 1000:7.1f} ms")
    print(f"  ratio: {o / b:.2f}x (target <= {TARGET}x)")
    redraw(ranked)
    return 0


def redraw(ranked: list[tuple[str, float, int]]) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from drempelmeter.charts import PARETO_BARS
    from drempelmeter.charts.barrier_charts import ParetoChart
    from drempelmeter.domain.prioritisation import cumulative_shares

    titles = [key for key, _score, _rank in ranked]
    scores = [score for _key, score, _rank in ranked]
    shares = cumulative_shares(scores)
    n = PARETO_BARS
    chart = ParetoChart(titles[:n], scores[:n], shares[:n], "Pareto")
    canvas = FigureCanvasAgg(chart.figure)
    turn = [0]

    def ours() -> None:
        """What the barriers page does when a weight changes: the chart redrawn in place."""
        turn[0] += 1
        order = slice(None) if turn[0] % 2 else slice(None, None, -1)  # other bars each time
        chart.update(titles[:n][order], scores[:n][order], shares[:n], "Pareto")
        canvas.draw()

    def bare() -> None:
        figure = Figure(figsize=(8, 4.5))
        axes = figure.add_subplot()
        axes.bar(range(n), scores[:n])
        axes.twinx().plot(range(n), shares[:n])
        FigureCanvasAgg(figure).draw()

    compare_redraws(f"Pareto redraw ({n} bars, cumulative share of all {len(scores):,})", ours,
                    bare, RUNS, "Pareto (labels, in place)", "bare matplotlib bars and line")


if __name__ == "__main__":
    sys.exit(main())
