"""The day the test run's demo trajectory is dated: the real today, taken once when the run starts."""

from __future__ import annotations

from datetime import date

#: Every test that reads the demo counts its dates from this day, never from a fixed calendar day:
#: the demo is built as of the day the suite runs (and a run that passes midnight keeps its day).
DEMO_DAY = date.today()

#: A year wholly after the demo: a test's own calendar there (its import day, typed dates) lies
#: after everything the demo holds, whatever the day the suite runs.
LATER_YEAR = DEMO_DAY.year + 1
