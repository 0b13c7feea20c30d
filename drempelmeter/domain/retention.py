"""Which backups to keep: the newest few, then the newest of each recent day, week and month."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime

RECENT, DAILY, WEEKLY, MONTHLY, FUTURE = "recent", "daily", "weekly", "monthly", "future"

#: Each period rule and how it names the period a moment falls in.
PERIODS: tuple[tuple[str, Callable[[datetime], Hashable]], ...] = (
    (DAILY, lambda moment: moment.date()),
    (WEEKLY, lambda moment: moment.isocalendar()[:2]),
    (MONTHLY, lambda moment: (moment.year, moment.month)),
)


@dataclass(frozen=True)
class Retention:
    """How many backups each rule keeps."""

    recent: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 6


#: The last 10, plus 7 daily, 4 weekly and 6 monthly.
DEFAULT_RETENTION = Retention()


def backups_to_keep(
    taken: Iterable[datetime], now: datetime, rules: Retention = DEFAULT_RETENTION
) -> dict[datetime, str]:
    """The moments to keep, each with the rule that keeps it; every other backup may go.

    The rules apply in turn, as borg's prune does: the `recent` newest backups, then the newest
    backup of each of the `daily` latest days that have one, then of weeks, then of months. A
    period whose newest backup an earlier rule already keeps does not count, so the numbers add
    up (at most 10 + 7 + 4 + 6 by default). Backups dated after `now` (taken while the clock was
    wrong) are kept as FUTURE and count for no rule.
    """
    moments = sorted(set(taken), reverse=True)
    kept = {moment: FUTURE for moment in moments if moment > now}
    past = [moment for moment in moments if moment <= now]
    kept.update((moment, RECENT) for moment in past[:rules.recent])
    for rule, period_of in PERIODS:
        wanted, counted, last = getattr(rules, rule), 0, None
        for moment in past:
            if counted == wanted:
                break
            period = period_of(moment)
            if period == last:
                continue
            last = period
            if moment not in kept:
                kept[moment] = rule
                counted += 1
    return kept
