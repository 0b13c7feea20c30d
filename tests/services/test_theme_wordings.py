"""A region's theme question worded per group: stored with the theme (an edit and its undo
keep them), read by each group on the response form and the paper questionnaire (the common
wording where a group has none), carried to the next cycle and shared in the YAML file."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from drempelmeter.exchange.response_form import ANSWERS_SHEET
from drempelmeter.exchange.vocabulary_file import VocabularyFileError
from drempelmeter.services import (
    measurement,
    next_cycle,
    partners,
    questionnaire_themes,
    questionnaires,
    trajectory,
)
from drempelmeter.services.records import PartnerRecord
from drempelmeter.services.response_forms import export_form

from .test_questionnaire_themes import b_only

NAME = "Digitale toegang"
COMMON = ["Cliënten vinden op de website snel wat ze zoeken.", "Een afspraak online lukt."]
CLIENT = "Ik vond op de website snel wat ik zocht."
MANAGEMENT = "Onze website toont snel wat mensen zoeken."
WORDINGS = [{"client": CLIENT, "management": MANAGEMENT}, {}]


@pytest.fixture
def db(new_db):
    partners.add_partner(new_db, PartnerRecord("ocmw", "OCMW Stad", "core", "local_government"))
    return new_db


def theme_rows_of_form(db, tmp_path, group: str) -> list[str]:
    out = tmp_path / f"{group}.xlsx"
    export_form(db, out, "r1", "ocmw", group)
    return [row[2].value for row in openpyxl.load_workbook(out)[ANSWERS_SHEET].iter_rows()
            if str(row[0].value).startswith("dig-")]


def test_each_group_reads_its_wording_on_the_forms(db, tmp_path):
    questionnaire_themes.add_theme(db, NAME, "", COMMON, WORDINGS)
    measurement.start_round(db, "r1", "baseline", "Nulmeting", date(2026, 9, 1), b_only())
    assert theme_rows_of_form(db, tmp_path, "staff") == COMMON
    assert theme_rows_of_form(db, tmp_path, "management") == [MANAGEMENT, COMMON[1]]
    for group in ("clients", "lived_experience"):
        assert theme_rows_of_form(db, tmp_path, group) == [CLIENT, COMMON[1]]
    asked = [i for i, _b in measurement.get_round(db, "r1").items]
    out = tmp_path / "cliënten.pdf"
    questionnaires.write_paper_form(out, questionnaire_themes.for_round(db, b_only(), asked),
                                    "clients")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert CLIENT in text and COMMON[1] in text and COMMON[0] not in text


def test_an_edit_and_its_undo_keep_the_wordings_and_the_next_cycle_takes_them(db, tmp_path):
    key = questionnaire_themes.add_theme(db, NAME, "", COMMON, WORDINGS)
    first = questionnaire_themes.stored(db, key)
    assert [dict(i.wordings) for i in first.items] == WORDINGS
    before = questionnaire_themes.edit_theme(db, key, NAME, "", COMMON,
                                             [{}, {"staff": "Wij maken online afspraken."}])
    now = questionnaire_themes.stored(db, key)
    assert [i.key for i in now.items] == ["dig-1", "dig-2"]  # the same questions, answers kept
    assert [dict(i.wordings) for i in now.items] == [{}, {"staff": "Wij maken online afspraken."}]
    questionnaire_themes.put_back(db, key, before)
    assert questionnaire_themes.stored(db, key) == first
    made = next_cycle.start_next_cycle(db, tmp_path / "cyclus 2.drempel", next_cycle.NextCycle(
        "Cyclus 2", (), date(2027, 1, 15)))
    new = trajectory.open_trajectory(made.path, back_up=False)
    try:
        assert questionnaire_themes.themes(new) == [first]
    finally:
        new.close()


def test_the_yaml_file_carries_the_wordings_and_refuses_a_wrong_one_by_its_line(db, tmp_path):
    questionnaire_themes.add_theme(db, NAME, "", COMMON, WORDINGS)
    shared = tmp_path / "themas.yaml"
    questionnaire_themes.export_file(db, shared)
    written = shared.read_text(encoding="utf-8")
    assert f"text: {COMMON[0]}" in written and f"client: {CLIENT}" in written
    assert f"- {COMMON[1]}" in written  # a question without wordings stays one line
    other = trajectory.create_trajectory(tmp_path / "ander.drempel",
                                         trajectory.TrajectoryRecord(name="Ander"))
    try:
        assert questionnaire_themes.import_file(other, shared).written
        assert questionnaire_themes.themes(other) == questionnaire_themes.themes(db)
        for said, line, problem in (
                ("    klant: Ik vond het.", 8, "unknown name 'klant' in theme 'wachten': a "
                                             "question; allowed: text, staff, management"),
                ("    client: ''", 8, "theme 'wachten': client must not be empty"),
                ("    client: Bel Jan op 0471 23 45 67", 4,  # the theme's line
                 "theme 'wachten', question 1 (client): it seems to hold personal data")):
            wrong = tmp_path / "fout.yaml"
            wrong.write_text(
                "format: drempelmeter-questionnaire-themes\nformat_version: 1\nthemes:\n"
                "- key: wachten\n  name: Wachten\n  questions:\n  - text: Het gaat vlot.\n"
                f"{said}\n", encoding="utf-8")
            with pytest.raises(VocabularyFileError) as refused:
                questionnaire_themes.import_file(other, wrong)
            assert problem in str(refused.value)
            assert refused.value.line == line
        assert [t.key for t in questionnaire_themes.themes(other)] == ["digitale_toegang"]
    finally:
        other.close()


def test_an_older_file_without_wordings_clears_them_and_says_which_questions(db, tmp_path):
    """A themes file written before questions were worded per group is taken as it is (its
    questions read the same by every group), and the import names the questions that lose
    their wordings, on a dry run before anything is written."""
    key = questionnaire_themes.add_theme(db, NAME, "", COMMON, WORDINGS)
    older = tmp_path / "oud.yaml"
    older.write_text("format: drempelmeter-questionnaire-themes\nformat_version: 1\nthemes:\n"
                     f"- key: {key}\n  name: {NAME}\n  questions:\n  - {COMMON[0]}\n"
                     f"  - {COMMON[1]}\n", encoding="utf-8")
    check = questionnaire_themes.import_file(db, older, dry_run=True)
    assert check.changed == (NAME,) and check.cleared == ((NAME, COMMON[0]),)
    done = questionnaire_themes.import_file(db, older)
    assert done.written and done.cleared == ((NAME, COMMON[0]),)
    assert [i.wordings for i in questionnaire_themes.themes(db)[0].items] == [(), ()]
    shared = tmp_path / "nu.yaml"
    questionnaire_themes.add_theme(db, "Vertrouwen", "", COMMON, WORDINGS)
    questionnaire_themes.export_file(db, shared)
    assert questionnaire_themes.import_file(db, shared, dry_run=True).cleared == ()


def test_the_command_line_names_the_questions_whose_wordings_a_file_clears(db, tmp_path,
                                                                         capsys):
    from drempelmeter.cli import main

    questionnaire_themes.add_theme(db, NAME, "", COMMON, WORDINGS)
    shared = tmp_path / "themas.yaml"
    path = str(db.path)
    db.close()
    assert main(["themes", path, "--export", str(shared)]) == 0
    shared.write_text(shared.read_text(encoding="utf-8").replace(
        f"  - text: {COMMON[0]}\n    management: {MANAGEMENT}\n    client: {CLIENT}\n",
        f"  - {COMMON[0]}\n"), encoding="utf-8")
    assert main(["themes", path, "--import", str(shared), "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "0 themes would be added, 1 changed (dry run: nothing written)" in said
    assert ("The file lacks wordings per group that 1 questions have in the trajectory: the "
            "import would clear them, and those groups read the question as it is:\n"
            f"  wordings cleared: “{COMMON[0]}” ({NAME})\n") in said
    assert main(["themes", path, "--import", str(shared)]) == 0
    assert "the import cleared them" in capsys.readouterr().out
    assert main(["themes", path]) == 0
    assert capsys.readouterr().out == "digitale_toegang: Digitale toegang, 2 questions\n"
