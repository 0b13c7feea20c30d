"""A questionnaire section or item may measure a theme beside the B's (the Hasselt themes):
the standard questionnaire asks three, and a theme the app does not know is refused with file
and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drempelmeter.domain.questionnaire import PERSPECTIVES, QUESTIONNAIRE_THEMES
from drempelmeter.domain.taxonomy import ALL_BS, LIFE_DOMAIN_TAGS
from drempelmeter.exchange.questionnaire_file import QuestionnaireError, read_questionnaire
from drempelmeter.paths import questionnaires_dir

STANDARD = questionnaires_dir() / "standaard.yaml"
SECTION = "  - id: gebouw\n    theme: gebouw\n"


def edited(tmp_path: Path, old: str, new: str, source: Path = STANDARD) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "thema.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, fragment: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if fragment in line)


def test_the_themes_are_a_list_of_their_own_whose_keys_are_no_b():
    assert {"gebouw", "communicatiekanalen", "participatie_kansengroepen"} <= set(
        QUESTIONNAIRE_THEMES.ordered_keys())
    assert not set(QUESTIONNAIRE_THEMES.ordered_keys()) & set(ALL_BS.ordered_keys())
    assert not set(QUESTIONNAIRE_THEMES.ordered_keys()) & set(LIFE_DOMAIN_TAGS.ordered_keys())
    for term in QUESTIONNAIRE_THEMES:
        assert term.nl and term.en


def test_the_standard_questionnaire_asks_each_theme_from_three_sides():
    standard = read_questionnaire(STANDARD)
    for term in QUESTIONNAIRE_THEMES:
        items = [i for i in standard.items() if i.b == term.key]
        assert 3 <= len(items) <= 4, term.key
        for item in items:
            assert item.is_theme
            assert [p for p, _ in item.wordings] == list(PERSPECTIVES)
            assert item.wording("client").easy_nl, item.id
            assert len({item.wording(p).nl for p in PERSPECTIVES}) == 3, item.id
    assert not any(i.is_theme for i in standard.items() if i.b in ALL_BS)


def test_an_item_may_measure_a_theme_in_a_section_of_a_b(tmp_path):
    path = edited(tmp_path, "      - id: bek-4\n", "      - id: bek-4\n        theme: gebouw\n")
    items = {i.id: i for i in read_questionnaire(path).items()}
    assert items["bek-4"].b == "gebouw" and items["bek-4"].is_theme
    assert items["bek-3"].b == "bekendheid" and not items["bek-3"].is_theme


@pytest.mark.parametrize(("new", "marker", "words"), [
    ("  - id: gebouw\n    theme: gebow\n", "theme: gebow", "unknown theme 'gebow'"),
    ("  - id: gebouw\n    theme: gebouw\n    b: bekendheid\n", "theme: gebouw",
     "a B or a theme, not both"),
    ("  - id: gebouw\n", "  - id: gebouw", "needs 'b' or 'theme'"),
])
def test_a_wrong_theme_is_refused_with_file_and_line(tmp_path, new, marker, words):
    path = edited(tmp_path, SECTION, new)
    with pytest.raises(QuestionnaireError) as caught:
        read_questionnaire(path)
    error = caught.value
    assert error.path == path and words in error.message, error
    if words.startswith("needs"):  # said at the first item of the section without a measure
        assert error.line == line_of(path, "- id: geb-1")
    else:
        assert error.line == line_of(path, marker)


def test_a_poll_asks_about_the_bs_only(tmp_path):
    poll = questionnaires_dir() / "buikgevoel.yaml"
    path = edited(tmp_path, "        b: bekendheid\n", "        theme: gebouw\n", source=poll)
    with pytest.raises(QuestionnaireError) as caught:
        read_questionnaire(path)
    assert "poll asks about the B's only" in caught.value.message
    assert caught.value.line == line_of(path, "theme: gebouw")


def test_the_command_line_check_names_an_unknown_theme(tmp_path):
    path = edited(tmp_path, SECTION, "  - id: gebouw\n    theme: bouwwerk\n")
    done = subprocess.run([sys.executable, "-m", "drempelmeter", "questionnaire", "check",
                           str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().startswith(f"{path}:{line_of(path, 'theme: bouwwerk')}: ")
    assert "unknown theme 'bouwwerk'" in done.stderr and "gebouw" in done.stderr


@pytest.mark.parametrize("perspective", ["staff", "client"])
def test_the_paper_questionnaire_asks_the_themes_under_their_titles(tmp_path, perspective):
    from pypdf import PdfReader

    from drempelmeter.exchange.questionnaire_pdf import write_questionnaire_pdf

    standard = read_questionnaire(STANDARD)
    out = tmp_path / f"{perspective}.pdf"
    write_questionnaire_pdf(out, standard, perspective)
    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(out).pages)
    for section in standard.sections[-3:]:
        assert section.title.nl in text
        for item in section.items:
            wording = item.wording(perspective)
            asked = wording.easy_nl or wording.nl if perspective == "client" else wording.nl
            assert item.id in text and asked[:30] in text, item.id
