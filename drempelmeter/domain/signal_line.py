"""A listed signal's columns as plain data: what the signals list shows, filters, sorts, counts."""

from __future__ import annotations

from typing import NamedTuple


class SignalLine(NamedTuple):
    """A signal as a list shows, filters, sorts and counts it: the columns of one row, read
    without the rest."""

    id: str
    partner_id: str
    primary_b: str
    description: str
    level: str | None
    journey_moment: str | None
    target_groups: tuple[str, ...]
    severity: int | None
    status: str
    to_review: bool
    #: the description normalised (lower case, no accents) as stored: what the search reads
    search_text: str
