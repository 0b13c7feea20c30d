"""A region's theme question worded per group: each perspective reads its own wording or the
common one, an edit keeps the wordings given per question, and a question taken out after a
round asked it keeps its wordings for that round."""

from __future__ import annotations

from drempelmeter.domain.questionnaire import PERSPECTIVES
from drempelmeter.domain.region_themes import (
    RegionTheme,
    ThemeItem,
    own_wordings,
    sections,
    with_questions,
)

COMMON = "Cliënten vinden online wat ze zoeken."
CLIENT = "Ik vond online wat ik zocht."


def test_each_perspective_reads_its_own_wording_or_the_common_one():
    theme = RegionTheme("digitaal", "Digitaal", items=(
        ThemeItem("dig-1", COMMON, (("client", CLIENT),)), ThemeItem("dig-2", "Het werkt.")))
    first, second = sections([theme])[0].items
    assert [first.wording(p).nl for p in PERSPECTIVES] == [COMMON, COMMON, CLIENT]
    assert {second.wording(p).nl for p in PERSPECTIVES} == {"Het werkt."}


def test_only_wordings_that_differ_are_kept_in_the_perspectives_order():
    assert own_wordings(COMMON, {"client": CLIENT, "staff": COMMON, "management": ""}) == (
        ("client", CLIENT),)
    assert own_wordings(COMMON, {"client": "b", "staff": "a"}) == (("staff", "a"),
                                                                   ("client", "b"))


def test_an_edit_gives_each_question_its_wordings_and_a_round_keeps_those_it_asked():
    theme = with_questions(RegionTheme("digitaal", "Digitaal"), [COMMON, "Het werkt."], (), (),
                           [{"client": CLIENT}])
    assert [i.wordings for i in theme.items] == [(("client", CLIENT),), ()]
    later = with_questions(theme, ["Het werkt."], (), {"dig-1"}, [{"staff": "Het loopt."}])
    assert later.items == (ThemeItem("dig-2", "Het werkt.", (("staff", "Het loopt."),)),)
    assert later.removed == (ThemeItem("dig-1", COMMON, (("client", CLIENT),)),)
    asked = sections([later], asked={"dig-1"})[0].items[0]
    assert asked.wording("client").nl == CLIENT
