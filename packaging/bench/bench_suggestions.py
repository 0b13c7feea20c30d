"""Clustering suggestions for 2,000, 10,000 and 50,000 unbundled signals (varied from the demo's
as make_scaled.py varies them): ours, which compares only pairs sharing a rare-enough word,
against comparing every pair of the same B and level as the first version did (run only up to
where it stays bearable). Prints the times, the pairs compared and the ratio.

    python3 packaging/dev.py bench suggestions
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Sequence

from make_scaled import partner_names, signal_records
from results import result

from drempelmeter.domain.clustering import (
    SignalText,
    candidates,
    likeness,
    suggest_groups,
    words,
)

SIZES = (2_000, 10_000, 50_000)
#: Every pair is compared only up to this many signals (50,000 would take the better part of an
#: hour); above it the time is extrapolated from the square of the count and marked as such.
EVERY_PAIR_UP_TO = 10_000
THRESHOLD = 0.15


def every_pair(signals: Sequence[SignalText], threshold: float) -> list[tuple[str, ...]]:
    """The first version of suggest_groups: every pair of the same B and level compared."""
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


def unbundled(count: int) -> list[SignalText]:
    rng = random.Random(14)
    partner_ids = [name for name, _kind, _type in partner_names()]
    return [SignalText(r.id, r.primary_b, r.level, r.description)
            for _template, r in signal_records(rng, count, partner_ids)]


def pairs(signals: Sequence[SignalText]) -> tuple[int, int]:
    """(pairs ours compares, pairs of the same B and level) for these signals."""
    kinds: dict[tuple[str, str | None], list[frozenset[str]]] = {}
    for s in signals:
        kinds.setdefault((s.b, s.level), []).append(words(s.text))
    ours = sum(len(met) for sets in kinds.values()
               for _j, met in candidates(list(dict.fromkeys(w for w in sets if w)), THRESHOLD))
    return ours, sum(len(sets) * (len(sets) - 1) // 2 for sets in kinds.values())


def timed(function, *args) -> tuple[float, object]:
    start = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - start, value


def main() -> int:
    print(f"clustering suggestions at threshold {THRESHOLD}, unbundled signals")
    print(f"  {'signals':>8}  {'ours':>9}  {'every pair':>13}  {'ratio':>7}  "
          f"{'pairs compared':>15}  {'of all pairs':>14}  groups")
    status = 0
    base_per_pair = None
    for size in SIZES:
        signals = unbundled(size)
        mine, groups = timed(suggest_groups, signals, THRESHOLD)
        compared, total = pairs(signals)
        if size <= EVERY_PAIR_UP_TO:
            base, theirs = timed(every_pair, signals, THRESHOLD)
            base_per_pair = base / total
            shown = f"{base:9.2f} s   "
            if theirs != groups:
                print(f"  {size:>8,}: ours and every pair disagree", file=sys.stderr)
                status = 1
        else:
            base = base_per_pair * total
            shown = f"~{base:8.0f} s est"
        print(f"  {size:>8,}  {mine:7.2f} s  {shown}  {base / mine:6.1f}x  {compared:>15,}  "
              f"{total:>14,}  {len(groups):,}", flush=True)
        if size == SIZES[-1]:
            result(f"clustering suggestions, {size:,} unbundled signals (in a worker)",
                   f"{mine:.2f} s",
                   baseline=f"{'~' if size > EVERY_PAIR_UP_TO else ''}{base:.0f} s (every pair)",
                   ratio=f"{base / mine:.0f}x faster")
    return status


if __name__ == "__main__":
    sys.exit(main())
