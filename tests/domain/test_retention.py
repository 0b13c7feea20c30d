"""The thinning of backups: the last 10, then 7 daily, 4 weekly and 6 monthly, counted exactly."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from drempelmeter.domain.retention import (
    DAILY,
    FUTURE,
    MONTHLY,
    RECENT,
    WEEKLY,
    Retention,
    backups_to_keep,
)


def test_a_year_of_one_backup_a_day_keeps_10_7_4_6():
    # every day at noon from Monday 2 March 2026 to Sunday 4 April 2027
    first = datetime(2026, 3, 2, 12)
    taken = [first + timedelta(days=n) for n in range(399)]
    now = taken[-1] + timedelta(hours=1)
    kept = backups_to_keep(taken, now)
    assert Counter(kept.values()) == {RECENT: 10, DAILY: 7, WEEKLY: 4, MONTHLY: 6}
    by_rule = {rule: sorted((m.date().isoformat() for m, r in kept.items() if r == rule),
                            reverse=True) for rule in (RECENT, DAILY, WEEKLY, MONTHLY)}
    assert by_rule[RECENT] == [f"2027-{d}" for d in (
        "04-04", "04-03", "04-02", "04-01", "03-31", "03-30", "03-29", "03-28", "03-27",
        "03-26")]
    assert by_rule[DAILY] == [f"2027-03-{d}" for d in ("25", "24", "23", "22", "21", "20", "19")]
    # Sundays end ISO weeks; the week of 15-21 March is covered by the daily ones
    assert by_rule[WEEKLY] == ["2027-03-14", "2027-03-07", "2027-02-28", "2027-02-21"]
    # April and March are covered, and February's last day is a weekly one
    assert by_rule[MONTHLY] == ["2027-01-31", "2026-12-31", "2026-11-30", "2026-10-31",
                                "2026-09-30", "2026-08-31"]


def test_a_period_already_kept_by_an_earlier_rule_does_not_count():
    # three backups a day for three days: the 4 newest are "recent", the days' newest next
    taken = [datetime(2026, 6, d, h) for d in (1, 2, 3) for h in (9, 13, 17)]
    kept = backups_to_keep(taken, datetime(2026, 6, 3, 18), Retention(recent=4, daily=7,
                                                                       weekly=0, monthly=0))
    assert kept == {
        datetime(2026, 6, 3, 17): RECENT, datetime(2026, 6, 3, 13): RECENT,
        datetime(2026, 6, 3, 9): RECENT, datetime(2026, 6, 2, 17): RECENT,
        datetime(2026, 6, 1, 17): DAILY,  # 2 June's newest is recent already: not counted
    }


def test_backups_dated_after_now_are_kept_and_count_for_nothing():
    now = datetime(2026, 6, 10, 12)
    future = [now + timedelta(days=300), now + timedelta(minutes=5)]
    past = [now - timedelta(hours=h) for h in range(1, 15)]
    kept = backups_to_keep(future + past, now, Retention(recent=3, daily=0, weekly=0, monthly=0))
    assert kept == {future[0]: FUTURE, future[1]: FUTURE, past[0]: RECENT, past[1]: RECENT,
                    past[2]: RECENT}


def test_nothing_taken_nothing_kept():
    assert backups_to_keep([], datetime(2026, 1, 1)) == {}
