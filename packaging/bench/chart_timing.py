"""Time a chart as the app draws it against a bare matplotlib chart of the same data."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def compare_redraws(what: str, ours: Callable[[], None], bare: Callable[[], None],
                    runs: int, ours_label: str, bare_label: str) -> None:
    """Warm both up (fonts and caches, as the app has after its first chart), then print the
    median of `runs` redraws of each and the ratio."""
    ours(), bare()
    times = {}
    for name, draw in (("bare", bare), ("ours", ours)):
        spent = []
        for _ in range(runs):
            start = time.perf_counter()
            draw()
            spent.append(time.perf_counter() - start)
        times[name] = statistics.median(spent)
    print(f"{what}, median of {runs} runs")
    print(f"  baseline ({bare_label}):".ljust(45) + f"{times['bare'] * 1000:7.0f} ms")
    print(f"  drempelmeter {ours_label}:".ljust(45) + f"{times['ours'] * 1000:7.0f} ms")
    print(f"  ratio: {times['ours'] / times['bare']:.2f}x (must stay well under 100 ms)")
