"""A shared themes file refused as the coach can act on it: personal data in a theme is named
with the file's line, the theme and the text that holds it, for the dry run and the import
alike, and nothing is written."""

from __future__ import annotations

import pytest

from drempelmeter.exchange.vocabulary_file import VocabularyFileError
from drempelmeter.services import questionnaire_themes

FILE = """format: drempelmeter-questionnaire-themes
format_version: 1
themes:
- key: eerste
  name: Eerste
  questions:
  - Een gewone vraag
- key: digitale_toegang
  name: Digitale toegang
  questions:
  - Vind je de website makkelijk?
  - Bel Jan op 0470 12 34 56 als de website niet werkt
"""


@pytest.mark.parametrize("dry_run", [True, False])
def test_personal_data_in_a_question_is_refused_with_its_line_and_question(new_db, tmp_path,
                                                                          dry_run):
    shared = tmp_path / "themas.yaml"
    shared.write_text(FILE, encoding="utf-8")
    with pytest.raises(VocabularyFileError) as refused:
        questionnaire_themes.import_file(new_db, shared, dry_run=dry_run)
    assert refused.value.line == 8
    assert refused.value.message == (
        "theme 'digitale_toegang', question 2: it seems to hold personal data "
        "([telefoonnummer]); replace it with a neutral word")
    assert questionnaire_themes.themes(new_db) == []


def test_a_question_twice_in_a_theme_is_named(new_db, tmp_path):
    shared = tmp_path / "themas.yaml"
    shared.write_text(FILE.replace("  - Vind je de website makkelijk?",
                                   "  - Een gewone vraag\n  - Een gewone vraag"), encoding="utf-8")
    with pytest.raises(VocabularyFileError) as refused:
        questionnaire_themes.import_file(new_db, shared, dry_run=True)
    assert (refused.value.line, refused.value.message) == (
        8, "theme 'digitale_toegang': the question 'Een gewone vraag' appears twice")
