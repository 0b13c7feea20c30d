"""How an edit of a region's theme keeps its questions' ids: a question kept keeps its id
wherever it moves, a question reworded where it stood keeps the id of the one it replaces, and a
question added elsewhere never takes the id (and so the answers) of one taken out."""

from __future__ import annotations

from drempelmeter.domain.region_themes import ThemeItem, keep_keys

OLD = (ThemeItem("dig-1", "a"), ThemeItem("dig-2", "b"), ThemeItem("dig-3", "c"))


def keys(texts):
    return [i.key for i in keep_keys("digitale_toegang", OLD, texts, {"dig-9"})]


def test_a_question_added_at_the_end_does_not_take_the_answers_of_one_taken_out():
    assert keys(["b", "c", "d"]) == ["dig-2", "dig-3", "dig-4"]


def test_a_question_reworded_in_its_place_keeps_its_id():
    assert keys(["a", "b2", "c"]) == ["dig-1", "dig-2", "dig-3"]
    assert keys(["a", "b2", "c", "d"]) == ["dig-1", "dig-2", "dig-3", "dig-4"]


def test_moved_questions_keep_their_ids():
    assert keys(["c", "a", "b"]) == ["dig-3", "dig-1", "dig-2"]
    assert keys(["c", "a", "x", "b"]) == ["dig-3", "dig-1", "dig-4", "dig-2"]
