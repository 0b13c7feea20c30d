"""Every questionnaire file is checked; a malformed one is refused naming file and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drempelmeter.domain.questionnaire import MEASURED, PERSPECTIVES, POLL, QUESTIONNAIRE
from drempelmeter.domain.taxonomy import ALL_BS
from drempelmeter.exchange.questionnaire_file import (
    QuestionnaireError,
    read_folder,
    read_questionnaire,
)
from drempelmeter.paths import questionnaires_dir

FILES = sorted(questionnaires_dir().glob("*.yaml"))
STANDARD = questionnaires_dir() / "standaard.yaml"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_shipped_file_is_sound(path):
    questionnaire = read_questionnaire(path)
    items = list(questionnaire.items())
    assert items and len({i.id for i in items}) == len(items)
    for item in items:
        assert item.b in MEASURED
        for _, text in item.wordings:
            assert text.nl.strip() and text.nl == text.nl.strip()


def test_the_standard_questionnaire_measures_every_b_from_three_sides():
    standard = read_questionnaire(STANDARD)
    assert standard.kind == QUESTIONNAIRE
    for term in ALL_BS:
        items = [i for i in standard.items() if i.b == term.key]
        assert len(items) >= 4, term.key
        for item in items:
            assert [p for p, _ in item.wordings] == list(PERSPECTIVES)
            assert item.wording("client").easy_nl, item.id
            assert len({item.wording(p).nl for p in PERSPECTIVES}) == 3, item.id
    assert standard.scale.points[0].nl == "Helemaal niet akkoord"


def test_the_gut_feeling_poll_asks_one_question_per_b():
    poll = read_questionnaire(questionnaires_dir() / "buikgevoel.yaml")
    assert poll.kind == POLL
    assert sorted(i.b for i in poll.items()) == sorted(ALL_BS.ordered_keys())


def broken(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    text = STANDARD.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "kapot.yaml"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def line_of(path: Path, fragment: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if fragment in line)


@pytest.mark.parametrize(("old", "new", "marker", "words"), [
    ("    b: begrijpbaarheid", "    b: begrijpbaarhijd", "begrijpbaarhijd", "unknown B"),
    ("      - id: bek-2", "      - id: bek-1", "      - id: bek-1\n", "is used twice"),
    ("        staff:\n          nl: \"Andere diensten",
     "        staff:\n          en: \"Andere diensten", "en: \"Andere diensten",
     "needs 'nl'"),
    ("          easy_nl: \"Ik wist dat ik hier hulp kon vragen.\"", "",
     "Ik wist dat ik bij deze dienst", "needs 'easy_nl'"),
    ("        level: organisation\n        journey_moment: before_door\n        staff:\n"
     "          nl: \"Cliënten weten dat ze bij",
     "        level: organisation\n         journey_moment: before_door\n        staff:\n"
     "          nl: \"Cliënten weten dat ze bij", "         journey_moment", "not valid YAML"),
    ("format_version: 1", "format_version: 2", "format_version: 2", "newer Drempelmeter"),
    ("        journey_moment", "        journey_momnt", "journey_momnt", "unknown key"),
])
def test_a_malformed_file_names_file_and_line(tmp_path, old, new, marker, words):
    path = broken(tmp_path, old, new)
    with pytest.raises(QuestionnaireError) as caught:
        read_questionnaire(path)
    error = caught.value
    assert error.path == path and words in error.message, error
    if marker == "      - id: bek-1\n":
        expected = [n for n, line in enumerate(path.read_text().splitlines(), 1)
                    if line == "      - id: bek-1"][1]
    elif marker.startswith("Ik wist dat ik bij"):
        expected = line_of(path, marker) - 1  # the 'client:' mapping starts one line above
    else:
        expected = line_of(path, marker)
    assert abs(error.line - expected) <= 1, (error.line, expected)
    assert str(error).startswith(f"{path}:{error.line}: ")


def test_a_broken_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "goed.yaml").write_text(STANDARD.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "kapot.yaml").write_text("format: [onaf\n", encoding="utf-8")
    (tmp_path / "notities.txt").write_text("geen vragenlijst", encoding="utf-8")
    found, errors = read_folder(tmp_path)
    assert [q.id for q in found] == ["standaard"]
    assert [e.path.name for e in errors] == ["kapot.yaml"]


def test_the_command_line_check(tmp_path):
    def check(path: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "drempelmeter", "questionnaire", "check",
                               str(path)], capture_output=True, text=True, timeout=60)

    good = check(STANDARD)
    assert good.returncode == 0 and "12 sections, 48 items" in good.stdout
    bad = check(broken(tmp_path, "    b: bekendheid", "    b: bekendhijd"))
    assert bad.returncode == 1
    assert bad.stderr.strip().startswith(f"{tmp_path / 'kapot.yaml'}:")
    assert "unknown B 'bekendhijd'" in bad.stderr and "Traceback" not in bad.stderr
