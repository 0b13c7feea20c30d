"""Crash-harness figures: the counts a run prints, and whether it passed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from stress_judge import CopyVerdict, Outcome

#: How many distinct failure reasons are printed (each with its count and a few kill numbers).
REASONS_SHOWN = 12
PATH = re.compile(r"(/|[A-Za-z]:\\)\S*?\.drempel\b")


def counted(values: list[str]) -> str:
    return ", ".join(f"{name} {n}" for name, n in Counter(values).most_common()) or "none"


def per_kill(outcomes: list[Outcome], test: Callable[[CopyVerdict], bool],
             every: Callable[[Iterable[bool]], bool] = all) -> int:
    """Kills for which `test` holds on every copy (or with `every=any`, on some copy)."""
    return sum(bool(o.copies) and every(test(c) for c in o.copies) for o in outcomes)


def per_copy(outcomes: list[Outcome], order: str, test: Callable[[CopyVerdict], bool]) -> int:
    return sum(test(c) for o in outcomes for c in o.copies if c.order == order)


def side_file_kind(name: str) -> str:
    if name.endswith("-journal"):
        return "-journal"
    return "lock" if name.startswith(".~lock.") else name


def common_lines(outcomes: list[Outcome], moments: dict[str, str]) -> list[str]:
    missed = sum(not o.hit for o in outcomes)
    return [
        f"  kills per kind:          {counted([o.kind for o in outcomes])}",
        f"  kills per moment:        {counted([o.moment for o in outcomes])}",
        *(f"      {name}: {text}" for name, text in moments.items()
          if any(o.moment == name for o in outcomes)),
        f"  moment not reached (killed idle at the end instead): {missed}",
        f"  -journal beside the file right after the kill: "
        f"{sum(o.journal_left != 'none' for o in outcomes)} "
        f"(complete, the commit's: {sum(o.journal_left == 'complete' for o in outcomes)}; "
        f"not synced yet: {sum(o.journal_left == 'unsynced' for o in outcomes)})",
    ]


def safe_lines(outcomes: list[Outcome], moments: dict[str, str]) -> list[str]:
    n = len(outcomes)
    imports = [o for o in outcomes if o.kind == "import" and o.copies]
    import_values = [next((c.import_value for c in o.copies if c.import_value), "unread")
                     for o in imports]
    side = [side_file_kind(name) for o in outcomes for c in o.copies for name in c.side_files]
    edited = [o for o in outcomes if o.copies]
    return [
        *common_lines(outcomes, moments),
        f"  files that opened:       {per_kill(outcomes, lambda c: c.opened)}/{n} "
        f"(opened first {per_copy(outcomes, 'open first', lambda c: c.opened)}/{n}, "
        f"opened after check {per_copy(outcomes, 'check first', lambda c: c.opened)}/{n})",
        f"  check exit 0:            {per_kill(outcomes, lambda c: c.check_exit == 0)}/{n} "
        f"(check first {per_copy(outcomes, 'check first', lambda c: c.check_exit == 0)}/{n}, "
        f"check after opening "
        f"{per_copy(outcomes, 'open first', lambda c: c.check_exit == 0)}/{n})",
        f"  edits verified:          {sum(min(c.found for c in o.copies) for o in edited)} "
        f"returned edits found on both copies in {len(edited)} kills; "
        f"lost {sum(c.lost for o in edited for c in o.copies)}, "
        f"half-done {sum(c.half_done for o in edited for c in o.copies)}",
        f"  imports:                 {len(imports)} kills: "
        f"{sum(v == 'all' for v in import_values)} with all rows, "
        f"{sum(v == 'none' for v in import_values)} with none",
        f"  partial imports found:   {per_kill(imports, lambda c: c.partial_import, any)}",
        f"  side files left:         {sum(any(c.side_files for c in o.copies) for o in outcomes)} "
        f"kills ({counted(side)})",
        f"  data read only after a plain SQLite recovery (the app refused the file): "
        f"{sum(c.recovered_by_sqlite for o in outcomes for c in o.copies)} copies",
        f"  kills failing a criterion: {sum(o.failed for o in outcomes)} of {n}",
        *reason_lines(outcomes),
    ]


def reason_lines(outcomes: list[Outcome]) -> list[str]:
    """The distinct reasons kills failed, most frequent first, with the copies and kills."""
    kills: dict[str, list[int]] = {}
    copies: dict[str, set[str]] = {}
    for outcome in outcomes:
        for order, reason in outcome.reasons:
            reason = PATH.sub("FILE", reason)
            copies.setdefault(reason, set()).add(order)
            if outcome.number not in kills.setdefault(reason, []):
                kills[reason].append(outcome.number)
    ranked = sorted(kills.items(), key=lambda item: -len(item[1]))
    lines = [f"    {len(numbers):4d} x [{', '.join(sorted(copies[reason]))}] {reason}  (kills "
             f"{', '.join(map(str, numbers[:3]))}{', ...' if len(numbers) > 3 else ''})"
             for reason, numbers in ranked[:REASONS_SHOWN]]
    if len(ranked) > REASONS_SHOWN:
        lines.append(f"    ... and {len(ranked) - REASONS_SHOWN} other reasons")
    return lines


def control_lines(outcomes: list[Outcome], moments: dict[str, str]) -> list[str]:
    found = [o for o in outcomes if o.damage_detected]
    copies = [c for o in outcomes for c in o.copies]
    return [
        *common_lines(outcomes, moments),
        f"  detections:              {len(found)} of {len(outcomes)} kills "
        f"({counted([o.kind for o in found])})",
        f"      partial imports {sum(c.partial_import for c in copies)}, "
        f"check exit != 0 {sum(c.check_exit != 0 for c in copies)}, "
        f"did not open {sum(not c.opened for c in copies)}, "
        f"lost edits {sum(c.lost for c in copies)}, "
        f"half-done edits {sum(c.half_done for c in copies)} (counted per copy)",
        *reason_lines(found),
    ]


def verdict(safe: list[Outcome], control: list[Outcome]) -> list[str]:
    """Why the run failed; an empty list when it passed."""
    problems = []
    if any(o.harness_error for o in safe + control):
        problems.append("the harness itself failed (see the reasons marked 'harness')")
    if any(o.failed for o in safe):
        problems.append(f"{sum(o.failed for o in safe)} safe-mode kills failed a criterion")
    if not any(o.damage_detected for o in control):
        problems.append("the negative control detected nothing: the harness cannot see damage")
    return problems
