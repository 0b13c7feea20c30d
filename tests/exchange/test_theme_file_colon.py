"""A theme's question typed with ': ' in it and no quotes ("Let op: ..."), which YAML reads as
a name and its value: the refusal says to quote the question, on its line (it said "unknown
name 'Let op'", a name the user never meant)."""

from __future__ import annotations

import pytest

from drempelmeter.exchange.theme_file import read_themes
from drempelmeter.exchange.vocabulary_file import VocabularyFileError
from drempelmeter.exchange.yaml_words import YamlProblems

HEAD = ("format: drempelmeter-questionnaire-themes\nformat_version: 1\nthemes:\n"
        "- key: wachten\n  name: Wachten\n  questions:\n  - Het gaat vlot.\n")


def test_a_question_with_a_colon_unquoted_is_told_to_be_quoted(tmp_path):
    wrong = tmp_path / "themas.yaml"
    wrong.write_text(HEAD + "  - Let op: wie een formulier niet alleen invult, krijgt hulp.\n",
                     encoding="utf-8")
    with pytest.raises(VocabularyFileError) as refused:
        read_themes(wrong)
    assert refused.value.line == 8
    assert refused.value.words.template == YamlProblems.QUESTION_COLON
    assert "theme 'wachten': a question holding ': ' must be put in straight quotes" in str(
        refused.value)


def test_a_mistyped_name_of_a_wording_is_still_called_unknown(tmp_path):
    wrong = tmp_path / "themas.yaml"
    wrong.write_text(HEAD + "  - tekst: Wie hulp vraagt, krijgt ze.\n", encoding="utf-8")
    with pytest.raises(VocabularyFileError) as refused:
        read_themes(wrong)
    assert refused.value.words.template == YamlProblems.UNKNOWN_NAME
