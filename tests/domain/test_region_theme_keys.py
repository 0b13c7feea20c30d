"""How an edit of a region's theme keeps its questions' ids: a question kept keeps its id
wherever it moves, a question reworded where it stood keeps the id of the one it replaces, and a
question added elsewhere never takes the id (and so the answers) of one taken out; a question
taken out that a round asked is kept removed, and worded again takes its id back."""

from __future__ import annotations

from drempelmeter.domain.region_themes import RegionTheme, ThemeItem, keep_keys, with_questions

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


def test_a_removed_question_worded_again_takes_its_id_back_unless_taken_outside():
    removed = (ThemeItem("dig-4", "d"),)
    assert [i.key for i in keep_keys("digitale_toegang", OLD, ["a", "d"], {"dig-9"},
                                     removed)] == ["dig-1", "dig-4"]
    # a question outside the theme took the id in between: the text gets a new one
    assert [i.key for i in keep_keys("digitale_toegang", OLD, ["a", "b", "c", "d"], {"dig-4"},
                                     removed)] == ["dig-1", "dig-2", "dig-3", "dig-5"]
    # nor does a question added elsewhere, or reworded, take a removed question's id
    assert keys(["a", "b", "c", "x"]) == ["dig-1", "dig-2", "dig-3", "dig-4"]
    assert [i.key for i in keep_keys("digitale_toegang", OLD, ["a", "b", "c", "x"], (),
                                     removed)] == ["dig-1", "dig-2", "dig-3", "dig-5"]


def test_a_question_a_round_asked_is_kept_removed_and_comes_back_from_there():
    theme = RegionTheme("digitale_toegang", "Digitaal", items=OLD)
    cut = with_questions(theme, ["b", "c"], (), {"dig-1"})
    assert (cut.items, cut.removed) == (OLD[1:], OLD[:1])  # dig-1 asked: kept; none else
    less = with_questions(cut, ["c"], (), ())
    assert (less.items, less.removed) == (OLD[2:], OLD[:1])  # removed stays removed
    back = with_questions(less, ["a", "c"], (), ())
    assert (back.items, back.removed) == ((OLD[0], OLD[2]), ())
