"""Phase 1's gut-feeling poll: the B's of buikgevoel.yaml and a tally per answer kept on the
session, each change undoable, in a real trajectory file."""

from __future__ import annotations

import pytest

from drempelmeter.domain.workshop import POLL_ANSWERS
from drempelmeter.services import polls, workshops
from drempelmeter.services.errors import InvalidInput

from .workshop_setup import a_session


def test_the_poll_asks_every_b_of_the_bundled_file_on_its_scale():
    poll = polls.poll_items()
    assert poll.title == "Buikgevoel per B"
    assert [i.b for i in poll.items][:2] == ["bekendheid", "bereikbaarheid"]
    assert len(poll.items) == 9 and all(i.question.endswith("?") for i in poll.items)
    assert poll.answers[0] == ("1", "Heel zwak") and poll.answers[4] == ("5", "Heel goed")
    assert [a for a, _label in poll.answers] == list(POLL_ANSWERS)


def test_counts_are_kept_per_b_and_answer_and_each_change_returns_the_old(new_db):
    session_id = a_session(new_db, phase_number=1)
    assert polls.tally(new_db, session_id) == {}
    assert polls.set_count(new_db, session_id, "bekendheid", "2", 4) == 0
    assert polls.set_count(new_db, session_id, "bekendheid", "2", 5) == 4
    assert polls.set_count(new_db, session_id, "bekendheid", "dont_know", 1) == 0
    assert polls.set_count(new_db, session_id, "begrijpbaarheid", "1", 3) == 0
    assert polls.tally(new_db, session_id) == {
        "bekendheid": {"2": 5, "dont_know": 1}, "begrijpbaarheid": {"1": 3}}
    assert polls.set_count(new_db, session_id, "begrijpbaarheid", "1", 0) == 3  # undo
    assert polls.tally(new_db, session_id) == {"bekendheid": {"2": 5, "dont_know": 1}}
    other = a_session(new_db, phase_number=1)
    assert polls.tally(new_db, other) == {}


@pytest.mark.parametrize("b, answer, count", [
    ("bananen", "1", 1), ("bekendheid", "6", 1), ("bekendheid", "1", -1),
    ("bekendheid", "1", polls.COUNT_MAX + 1), ("bekendheid", "1", 2.5),
    ("bekendheid", "1", True), ("bekendheid", "1", "3")])
def test_an_unknown_b_answer_or_a_count_out_of_range_is_refused(new_db, b, answer, count):
    session_id = a_session(new_db, phase_number=1)
    with pytest.raises(InvalidInput):
        polls.set_count(new_db, session_id, b, answer, count)
    assert polls.tally(new_db, session_id) == {}


def test_the_tally_goes_with_its_session(new_db):
    session_id = a_session(new_db, phase_number=1)
    polls.set_count(new_db, session_id, "bekendheid", "3", 2)
    workshops.remove_session(new_db, session_id)
    assert polls.tally(new_db, session_id) == {}
    with pytest.raises(InvalidInput):
        polls.set_count(new_db, session_id, "bekendheid", "3", 2)
