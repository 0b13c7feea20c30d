"""A region's own questionnaire themes: added, edited, retired, restored and undone; asked by a
new round, scored with the suppression of small groups, named in the report, carried to the
next cycle, screened for personal data, and on the response form under a header of their own,
written and read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from drempelmeter.domain.scoring import ALL
from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.exchange.response_form import ANSWERS_SHEET, B_HEADER, CODE_HEADER, THEME_HEADER
from drempelmeter.exchange.vocabulary_file import VocabularyFileError
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import (
    measurement,
    next_cycle,
    partners,
    privacy_scan,
    questionnaire_themes,
    questionnaires,
    report,
    trajectory,
)
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.personal_data import PersonalDataFound, confirmed
from drempelmeter.services.records import PartnerRecord, RespondentRecord
from drempelmeter.services.response_forms import export_form, import_form

NAME = "Digitale toegang"
ITEMS = ["Ik vind de website van de dienst makkelijk.", "Ik kan online een afspraak maken."]
#: Each person's answer to the theme's first item: CAW's two clients are a small group
#: (threshold 3), hidden with what would give them away; OCMW's cells stay shown.
PEOPLE = {("caw", "staff"): [4, 5, 3], ("caw", "clients"): [2, 1],
          ("ocmw", "staff"): [2, 2, 2], ("ocmw", "clients"): [1, 2, 3],
          ("dmw", "staff"): [3, 3, 3], ("dmw", "clients"): [4, 4, 5]}


def b_only():
    """The standard questionnaire with one B's section: a small round."""
    standard = read_questionnaire(questionnaires_dir() / "standaard.yaml")
    return replace(standard, sections=standard.sections[:1])


@pytest.fixture
def db(new_db):
    for key, name, kind in (("caw", "CAW Midden", "caw"), ("ocmw", "OCMW Stad",
                                                            "local_government"),
                            ("dmw", "DMW Zuid", "dmw")):
        partners.add_partner(new_db, PartnerRecord(key, name, "core", kind))
    trajectory.update_trajectory(new_db, replace(trajectory.get_trajectory(new_db),
                                                 suppression_threshold=3))
    return new_db


def test_add_edit_retire_restore_and_undo(db):
    key = questionnaire_themes.add_theme(db, NAME, "Vinden mensen de weg online?", ITEMS)
    [theme] = questionnaire_themes.themes(db)
    assert (theme.key, theme.name, [i.text for i in theme.items]) == (
        "digitale_toegang", NAME, ITEMS)
    assert theme.items[0].key == "dig-1"
    assert questionnaire_themes.terms(db).label(key, "nl") == NAME
    # The first question kept, the second reworded, a third added: ids follow the texts.
    before = questionnaire_themes.edit_theme(db, key, "Digitaal", "", [
        ITEMS[0], "Ik kan een afspraak maken via de website.", "Ik krijg hulp bij formulieren."])
    edited = questionnaire_themes.stored(db, key)
    assert [i.key for i in edited.items] == [i.key for i in theme.items] + ["dig-3"]
    assert (edited.name, edited.explanation) == ("Digitaal", "")
    questionnaire_themes.put_back(db, key, before)  # undo the edit
    assert questionnaire_themes.stored(db, key) == theme
    retired = questionnaire_themes.retire_theme(db, key)
    assert retired == theme and questionnaire_themes.stored(db, key).retired
    assert questionnaire_themes.terms(db)[key].retired
    questionnaire_themes.retire_theme(db, key, False)
    assert not questionnaire_themes.stored(db, key).retired
    questionnaire_themes.put_back(db, key, None)  # undo the add
    assert questionnaire_themes.themes(db) == []


@pytest.mark.parametrize(("name", "items", "field"), [
    ("", ITEMS, "name"), (NAME, [], "items"), (NAME, ["Een vraag", "Een vraag"], "items"),
    ("Bereikbaarheid", ITEMS, "name"),  # a B's name: the tables would name two alike
    ("Het gebouw", ITEMS, "name"), (NAME, ["x" * 501], "items")])
def test_a_theme_is_refused_with_the_field_named(db, name, items, field):
    with pytest.raises(InvalidInput) as refused:
        questionnaire_themes.add_theme(db, name, "", items)
    assert refused.value.field == field
    assert questionnaire_themes.themes(db) == []


def test_a_question_is_screened_for_personal_data(db):
    with pytest.raises(PersonalDataFound):
        questionnaire_themes.add_theme(db, NAME, "", ["Bel Jan op 0471 23 45 67"])
    assert questionnaire_themes.themes(db) == []
    with confirmed(["0471 23 45 67"]):
        questionnaire_themes.add_theme(db, NAME, "", ["Bel Jan op 0471 23 45 67"])
    found = [f for f in privacy_scan.scan(db) if f.record == "questionnaire_theme_item"]
    assert [(f.field, f.kept) for f in found] == [("text", True)]


def answer_theme(db, round_id: str, item: str) -> None:
    measurement.add_respondents(db, [
        RespondentRecord(f"{p}-{g}-{n}", round_id, p, g, ((item, v, None),))
        for (p, g), values in PEOPLE.items() for n, v in enumerate(values)])


def test_a_new_round_asks_it_and_scores_it_hidden_like_a_b(db, tmp_path):
    key = questionnaire_themes.add_theme(db, NAME, "", ITEMS)
    measurement.start_round(db, "r1", "baseline", "Nulmeting", date(2026, 9, 1), b_only())
    record = measurement.get_round(db, "r1")
    assert [(i, b) for i, b in record.items if b == key] == [
        ("dig-1", key), ("dig-2", key)]
    answer_theme(db, "r1", "dig-1")
    scores = measurement.round_scores(db, "r1")
    assert scores.get("ocmw", "staff", key).mean == 2.0
    assert scores.get("caw", "clients", key).suppressed
    assert scores.get("caw", "staff", key).suppressed  # else CAW's total gives them away
    # Retired, its answers stay readable: scored, and named in the report as no longer used.
    measurement.close_round(db, "r1", date(2026, 9, 30))
    questionnaire_themes.retire_theme(db, key)
    region = measurement.round_scores(db, "r1").get(ALL, ALL, key)
    assert region.mean == pytest.approx(49 / 17, abs=0.01)
    part = report.gather(db, date(2026, 10, 1)).measurement
    assert part.theme_labels == [f"{NAME} (niet meer in gebruik)"]
    assert part.own_themes == [(NAME, "")]
    report.write_report(db, date(2026, 10, 1), pdf=tmp_path / "rapport.pdf")
    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(tmp_path / "rapport.pdf").pages)
    assert f"Eigen thema van de regio: “{NAME}”." in text
    # ... and a round started now no longer asks it, nor can adding it be undone.
    measurement.start_round(db, "r2", "interim", "Tussenmeting", date(2026, 10, 1), b_only())
    assert key not in {b for _i, b in measurement.get_round(db, "r2").items}
    with pytest.raises(InvalidInput):
        questionnaire_themes.put_back(db, key, None)


def test_the_response_form_gives_theme_questions_their_own_header_and_reads_back(db, tmp_path):
    key = questionnaire_themes.add_theme(db, NAME, "", ITEMS)
    measurement.start_round(db, "r1", "baseline", "Nulmeting", date(2026, 9, 1), b_only())
    out = tmp_path / "form.xlsx"
    export_form(db, out, "r1", "ocmw", "staff")
    book = openpyxl.load_workbook(out)
    sheet = book[ANSWERS_SHEET]
    rows = [[c.value for c in row[:3]] for row in sheet.iter_rows()]
    assert rows[0] == [CODE_HEADER, B_HEADER, "Vraag"]
    at = rows.index([CODE_HEADER, THEME_HEADER, "Vraag"])
    assert rows[at + 1:] == [["dig-1", NAME, ITEMS[0]],
                             ["dig-2", NAME, ITEMS[1]]]
    assert all(row[0] != CODE_HEADER and not row[0].startswith("dig-")
               for row in rows[1:at])  # the B's questions above it, under "B"
    sheet.cell(row=at + 2, column=4, value=4)
    sheet.cell(row=at + 3, column=4, value="weet niet")
    sheet.cell(row=2, column=4, value=2)
    book.save(out)
    done = import_form(db, out)
    assert (done.added, done.problems) == (1, ())
    [respondent] = measurement.list_respondents(db, "r1")
    assert set(respondent.answers) == {(rows[1][0], 2, None), ("dig-1", 4, None),
                                       ("dig-2", None, "dont_know")}
    assert measurement.round_scores(db, "r1", None).get("ocmw", "staff", key) is not None


def test_a_question_taken_out_after_a_round_asked_it_keeps_its_wording_there(db, tmp_path):
    key = questionnaire_themes.add_theme(db, NAME, "", ITEMS)
    measurement.start_round(db, "r1", "baseline", "Nulmeting", date(2026, 9, 1), b_only())
    answer_theme(db, "r1", "dig-1")
    before = questionnaire_themes.edit_theme(db, key, NAME, "", ITEMS[1:])
    theme = questionnaire_themes.stored(db, key)
    assert [(i.key, i.text) for i in theme.items] == [("dig-2", ITEMS[1])]
    assert [(i.key, i.text) for i in theme.removed] == [("dig-1", ITEMS[0])]
    out = tmp_path / "form.xlsx"
    export_form(db, out, "r1", "ocmw", "staff")
    rows = [[c.value for c in row[:3]] for row in openpyxl.load_workbook(out)[ANSWERS_SHEET]]
    assert rows[-2:] == [["dig-1", NAME, ITEMS[0]], ["dig-2", NAME, ITEMS[1]]]
    asked = [i for i, _b in measurement.get_round(db, "r1").items]  # what the grid words
    words = {i.id: i.wording("staff").nl
             for i in questionnaire_themes.for_round(db, b_only(), asked).items()}
    assert (words["dig-1"], words["dig-2"]) == (ITEMS[0], ITEMS[1])
    assert measurement.round_scores(db, "r1").get("ocmw", "staff", key).mean == 2.0
    shared = tmp_path / "themas.yaml"
    questionnaire_themes.export_file(db, shared)
    assert ITEMS[0] not in shared.read_text(encoding="utf-8")
    # The next cycle carries it removed; a new round never asks it.
    made = next_cycle.start_next_cycle(db, tmp_path / "cyclus 2.drempel", next_cycle.NextCycle(
        "Cyclus 2", (), date(2027, 1, 15)))
    new = trajectory.open_trajectory(made.path, back_up=False)
    try:
        assert questionnaire_themes.themes(new) == [theme]
    finally:
        new.close()
    measurement.start_round(db, "r2", "interim", "Tussenmeting", date(2026, 10, 1), b_only())
    r2 = [i for i, b in measurement.get_round(db, "r2").items if b == key]
    assert r2 == ["dig-2"]
    questionnaire_themes.put_back(db, key, before)  # the undo: dig-1 is a question again
    again = questionnaire_themes.stored(db, key)
    assert (again.items, again.removed) == (before.items, ())
    # Worded again as it was, a removed question takes its id (and its answers) back.
    questionnaire_themes.edit_theme(db, key, NAME, "", ITEMS[1:])
    one = questionnaire_themes.edit_theme(db, key, NAME, "", [ITEMS[1], "Nieuw", ITEMS[0]])
    assert [i.key for i in questionnaire_themes.stored(db, key).items] == [
        "dig-2", "dig-3", "dig-1"]
    # Questions a round asked since stay when undo takes away the edit that added them.
    measurement.start_round(db, "r3", "interim", "Derde", date(2026, 11, 1), b_only())
    questionnaire_themes.put_back(db, key, one)
    after = questionnaire_themes.stored(db, key)
    assert [i.key for i in after.items] == ["dig-2"]
    assert [i.key for i in after.removed] == ["dig-1", "dig-3"]


def test_the_paper_questionnaire_of_a_round_asks_the_theme_with_its_explanation(db, tmp_path):
    questionnaire_themes.add_theme(db, NAME, "Vinden mensen de weg online?", ITEMS)
    measurement.start_round(db, "r1", "baseline", "Nulmeting", date(2026, 9, 1), b_only())
    asked = [i for i, _b in measurement.get_round(db, "r1").items]
    out = tmp_path / "vragenlijst.pdf"
    questionnaires.write_paper_form(out, questionnaire_themes.for_round(db, b_only(), asked),
                                    "staff")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert f"{NAME} Vinden mensen de weg online?" in text
    assert "dig-1" in text and ITEMS[1] in text


def test_the_next_cycle_takes_the_regions_themes(db, tmp_path):
    key = questionnaire_themes.add_theme(db, NAME, "Online", ITEMS)
    gone = questionnaire_themes.add_theme(db, "Wachttijden", "", ["Ik moest niet lang wachten."])
    questionnaire_themes.retire_theme(db, gone)
    made = next_cycle.start_next_cycle(db, tmp_path / "cyclus 2.drempel", next_cycle.NextCycle(
        "Cyclus 2", (), date(2027, 1, 15)))
    new = trajectory.open_trajectory(made.path, back_up=False)
    try:
        assert questionnaire_themes.themes(new) == questionnaire_themes.themes(db)
        measurement.start_round(new, "r1", "baseline", "Nulmeting", date(2027, 2, 1), b_only())
        asked = {b for _i, b in measurement.get_round(new, "r1").items}
        assert key in asked and gone not in asked
    finally:
        new.close()


def test_the_themes_go_to_another_trajectory_in_a_yaml_file_and_back(db, tmp_path):
    key = questionnaire_themes.add_theme(db, NAME, "Online", ITEMS)
    gone = questionnaire_themes.add_theme(db, "Wachttijden", "", ["Ik moest niet lang wachten."])
    questionnaire_themes.retire_theme(db, gone)
    shared = tmp_path / "themas.yaml"
    assert questionnaire_themes.export_file(db, shared) == 2
    other = trajectory.create_trajectory(tmp_path / "ander.drempel",
                                         trajectory.TrajectoryRecord(name="Ander"))
    try:
        assert questionnaire_themes.import_file(other, shared, dry_run=True) == (
            questionnaire_themes.ThemeImport((NAME, "Wachttijden"), (), False))
        assert questionnaire_themes.themes(other) == []
        assert questionnaire_themes.import_file(other, shared).written
        assert questionnaire_themes.themes(other) == questionnaire_themes.themes(db)
        assert not questionnaire_themes.import_file(other, shared).written  # nothing new
        # The file edited by hand: one question reworded, a theme added; the kept question
        # keeps its id, the one in its place takes the id it had.
        text = shared.read_text(encoding="utf-8").replace(ITEMS[1],
                                                          "Online een afspraak maken")
        shared.write_text(text + "- key: bereik_online\n  name: Bereik online\n  questions:\n"
                                 "  - Ik vind de dienst via een zoekmachine.\n",
                          encoding="utf-8")
        done = questionnaire_themes.import_file(other, shared)
        assert (done.added, done.changed) == (("Bereik online",), (NAME,))
        theme = questionnaire_themes.stored(other, key)
        assert [(i.key, i.text) for i in theme.items] == [
            ("dig-1", ITEMS[0]), ("dig-2", "Online een afspraak maken")]
        # ber-1 to ber-4 are the standard questionnaire's (Bereikbaarheid): never taken
        assert [i.key for i in questionnaire_themes.stored(other, "bereik_online").items] == [
            "ber-5"]
        # A broken file is refused whole, with its line.
        shared.write_text(text.replace("- key: digitale_toegang", "- key: gebouw"),
                          encoding="utf-8")
        with pytest.raises(VocabularyFileError) as refused:
            questionnaire_themes.import_file(other, shared)
        assert "'gebouw'" in refused.value.message
        assert refused.value.line == text.splitlines().index("- key: digitale_toegang") + 1
        assert len(questionnaire_themes.themes(other)) == 3
    finally:
        other.close()
