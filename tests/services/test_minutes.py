"""Which sessions get minutes, in a real trajectory file."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from drempelmeter.services import minutes, workshop_run

from ..orm_loads import objects_loaded
from .workshop_setup import a_session

NOW = datetime(2027, 3, 4, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize("size", [2, 8])
def test_choosing_the_closed_sessions_reads_columns_whatever_their_number(new_db, size):
    """The window asks twice before the minutes dialog opens: no session is read whole (its
    summary, agenda objects, captures) just to see whether it was closed."""
    ids = [a_session(new_db) for _ in range(size)]
    for session_id in ids[::2]:
        workshop_run.close_session(new_db, session_id, NOW)
    with objects_loaded() as loaded:
        chosen = minutes.chosen_sessions(new_db)
    assert {s.id for s in chosen} == set(ids[::2]) and len(chosen) == len(ids[::2])
    assert sum(loaded.values()) == 0
