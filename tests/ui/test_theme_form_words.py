"""A refused questionnaire theme is worded as the form names its fields (it said 'items is out
of range: 13 > 12.' and 'explanation is too long.', the services' keys)."""

from __future__ import annotations

import pytest

from drempelmeter.services import questionnaire_themes
from drempelmeter.services.errors import InvalidInput
from drempelmeter.ui.messages import describe_invalid_input


@pytest.mark.parametrize(("explanation", "items", "words"), [
    ("", [f"Vraag {n}" for n in range(13)], "The number of questions is out of range: 13 > 12."),
    ("", ["Een vraag", "Een vraag"], "A question “Een vraag” is already in use."),
    ("", ["", " "], "A question is required."),
    ("x" * 501, ["Een vraag"], "The explanation is too long.")])
def test_a_refused_theme_names_the_forms_field(qapp, new_db, explanation, items, words):
    with pytest.raises(InvalidInput) as refused:
        questionnaire_themes.add_theme(new_db, "Digitale toegang", explanation, items)
    assert describe_invalid_input(refused.value) == words
