"""A refused YAML file said in the user's language: every template of the readers has a
translation with as many details, and a Dutch window names the file and line in Dutch."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QFileDialog

from drempelmeter.exchange.vocabulary_file import VocabularyFileError
from drempelmeter.exchange.yaml_words import Words, YamlProblems
from drempelmeter.services import questionnaire_themes
from drempelmeter.ui.vocabulary_dialog import VocabularyDialog
from drempelmeter.ui.yaml_messages import YAML_WORDS, describe_yaml_error

HEAD = "format: drempelmeter-vocabularies\nformat_version: 1\nvocabularies:\n"


def test_every_template_has_words_with_as_many_details():
    assert set(YamlProblems.templates()) == set(YAML_WORDS)
    for template, words in YAML_WORDS.items():
        said = {int(n) for n in re.findall(r"%(\d)", words())}
        assert said == set(range(1, template.count("{}") + 1)), template
        assert "{}" not in str(Words(template, ("§",) * template.count("{}")))


@pytest.mark.parametrize(("text", "line", "words"), [
    (HEAD + "  target_groups:\n  - key: a\n\tnl: Iets\n", 6,
     "een tab: spring alleen met spaties in (het bestand is geen geldige YAML: "),
    (HEAD + "  target_groups:\n  - key: a\n    nl: Iets\n    kleur: rood\n", 7,
     "onbekende naam “kleur” in een term van target_groups; toegestaan: key, nl, en, retired"),
    (HEAD + "  target_groups:\n  - key: a\n    nl: 12\n", 6,
     "target_groups “a”: nl moet een tekst zijn (zet hem tussen aanhalingstekens"),
    (HEAD + "  target_groups: geen lijst\n", 4,
     "target_groups moet een lijst van termen zijn ('- key: ...')"),
])
def test_a_dutch_window_refuses_a_broken_vocabularies_file_in_dutch(
        dutch, window, demo_file, tmp_path, monkeypatch, answers, text, line, words):
    window.open_path(demo_file)
    window.findChild(type(window.save_copy_action), "actionVocabularies").trigger()
    dialog = window.findChild(VocabularyDialog)
    broken = tmp_path / "gebroken.yaml"
    broken.write_text(text, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(broken), ""))
    dialog.import_.click()
    assert answers.errors[-1].startswith(
        f"Er werd niets geïmporteerd uit “gebroken.yaml”. Regel {line}: ")
    assert words in answers.errors[-1]
    dialog.close()


def test_a_themes_file_with_personal_data_is_refused_in_dutch(dutch, new_db, tmp_path):
    shared = tmp_path / "themas.yaml"
    shared.write_text("format: drempelmeter-questionnaire-themes\nformat_version: 1\nthemes:\n"
                      "- key: digitaal\n  name: Digitaal\n  questions:\n"
                      "  - Bel Jan op 0470 12 34 56\n", encoding="utf-8")
    with pytest.raises(VocabularyFileError) as refused:
        questionnaire_themes.import_file(new_db, shared, dry_run=True)
    assert describe_yaml_error(refused.value) == (
        "Er werd niets geïmporteerd uit “themas.yaml”. Regel 4: thema “digitaal”, vraag 1: "
        "lijkt persoonsgegevens te bevatten ([telefoonnummer]); vervang ze door een neutraal "
        "woord")


@pytest.mark.parametrize(("text", "line", "words"), [
    (HEAD + "  target_groups:\n  - key: a\n    nl: A\n   - key: b\n", 7,
     "deze regel springt niet even ver in als de gelijkaardige regels erboven"),
    (HEAD + "  target_groups:\n  - key: a\n    nl: @Iets\n", 6,
     "een benaming die met een teken zoals @, % of ` begint"),
    (HEAD + "  target_groups:\n  - key: a\n    nl: [Iets\n  - key: b\n    nl: B\n", 6,
     "een benaming die met een haakje begint"),
    (HEAD + "  target_groups:\n  - key: a\n    nl: *Iets\n", 6,
     "zet een benaming die met & of * begint tussen dubbele aanhalingstekens"),
    (HEAD.replace("version: 1", "version: een") + "  target_groups: []\n", 2,
     "format_version moet een geheel getal zijn"),
])
def test_a_file_edited_by_hand_is_told_what_to_do_in_dutch(dutch, tmp_path, text, line, words):
    from drempelmeter.exchange.vocabulary_file import read_vocabularies

    path = tmp_path / "met_de_hand.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyFileError) as refused:
        read_vocabularies(path, ("target_groups",))
    said = describe_yaml_error(refused.value)
    assert said.startswith(f"Er werd niets geïmporteerd uit “met_de_hand.yaml”. Regel {line}: ")
    assert words in said
