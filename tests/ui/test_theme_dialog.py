"""Edit ▸ Questionnaire themes…: a region's own theme added, edited, retired and restored as
undoable edits; a refused one keeps its form open; a new round asks it and the measurement
page shows it on the Themes tab, its question worded in the entry grid (a question taken out
since too); the themes exported to a YAML file and imported."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from drempelmeter.services import measurement, partners, questionnaire_themes
from drempelmeter.services.records import PartnerRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.ui import theme_dialog
from drempelmeter.ui.theme_dialog import ThemesDialog
from drempelmeter.ui.workspace import MEASUREMENT

from .test_accessibility import problems
from .test_measurement_page import STANDARD

NAME = "Digitale toegang"
ITEMS = "Op de website is snel te vinden wat je zoekt.\n\nJe kunt online een afspraak maken.\n"


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "thema.drempel"
    db = create_trajectory(path, TrajectoryRecord(name="Thema's"))
    partners.add_partner(db, PartnerRecord("caw", "CAW Midden", "core", "caw"))
    db.close()
    return path


@pytest.fixture
def dialog(window, small):  # type: ignore[no-untyped-def]
    window.open_path(small)
    action = window.findChild(type(window.save_copy_action), "actionQuestionnaireThemes")
    action.trigger()
    found = window.findChild(ThemesDialog)
    assert found is not None and found.isVisible()
    return found


def answer_theme(monkeypatch, name: str, explanation: str, items: str,
                 seen: list | None = None) -> None:  # type: ignore[type-arg]
    """The theme form, filled in and accepted as a user would; `seen` gets the forms."""
    def execute(form) -> QDialog.DialogCode:  # type: ignore[no-untyped-def]
        if seen is not None:
            seen.append(form)
        form.name.setText(name)
        form.explanation.setPlainText(explanation)
        form.items.setPlainText(items)
        form.accept()  # OK: saves, or stays open on a refusal
        return QDialog.DialogCode(form.result())

    monkeypatch.setattr(theme_dialog.ThemeDialog, "exec", execute)


def rows(dialog) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(table.rowCount())]


def test_add_edit_retire_restore_and_undo(dialog, window, monkeypatch):
    assert problems(dialog) == [] and dialog.accessibleName() == "Questionnaire themes"
    assert [r[2] for r in rows(dialog)] == ["Fixed"] * 3
    dialog.table.selectRow(0)
    assert not dialog.edit.isEnabled() and not dialog.retire.isEnabled()
    answer_theme(monkeypatch, NAME, "Online de weg vinden.", ITEMS)
    dialog.add.click()
    assert rows(dialog)[3] == (NAME, "2", "Added by the region")
    assert "Online de weg vinden." in dialog.explanation.text()
    assert dialog.edit.isEnabled() and dialog.retire.text() == "&Retire"
    answer_theme(monkeypatch, "Digitaal", "", ITEMS + "Wie het niet alleen kan, krijgt hulp.")
    dialog.edit.click()
    assert rows(dialog)[3] == ("Digitaal", "3", "Added by the region")
    dialog.retire.click()
    assert rows(dialog)[3][2] == "Retired" and dialog.retire.text() == "Rest&ore"
    stack = window.document.undo_stack
    stack.undo()
    assert rows(dialog)[3][2] == "Added by the region"
    stack.undo()
    stack.undo()
    assert len(rows(dialog)) == 3 and questionnaire_themes.themes(window.document.db) == []
    stack.redo()
    assert rows(dialog)[3] == (NAME, "2", "Added by the region")


def test_a_refused_theme_keeps_its_form_open_with_the_reason(dialog, monkeypatch):
    seen: list = []  # type: ignore[type-arg]
    answer_theme(monkeypatch, "Het gebouw", "", ITEMS, seen)
    dialog.add.click()
    form = seen[0]
    assert form.result() != QDialog.DialogCode.Accepted
    assert "Name:" in form.refusal.text() and "already in use" in form.refusal.text()
    assert len(rows(dialog)) == 3
    assert problems(form) == []


def test_a_new_round_asks_it_and_the_page_shows_it(dialog, window, monkeypatch):
    answer_theme(monkeypatch, NAME, "", ITEMS)
    dialog.add.click()
    dialog.close()
    db = window.document.db
    one_b = replace(STANDARD, sections=STANDARD.sections[:1])  # a small round
    measurement.start_round(db, "r1", "baseline", "Nulmeting", date(2026, 9, 1), one_b)
    window.document.changed.emit("measurement")
    window.workspace.show_section(MEASUREMENT)
    page = window.workspace.measurement_page
    questions = dict(page.answers.items)
    assert questions["dig-1"] == "Op de website is snel te vinden wat je zoekt."
    page.tabs.setCurrentWidget(page.scores._tabs[5])
    chart = page.scores.themes
    columns = [chart.table.horizontalHeaderItem(c).text()
               for c in range(chart.table.columnCount())]
    assert columns[-1] == NAME


def test_a_question_taken_out_keeps_its_wording_in_the_round_that_asked_it(dialog, window,
                                                                            monkeypatch):
    answer_theme(monkeypatch, NAME, "", ITEMS)
    dialog.add.click()
    db = window.document.db
    one_b = replace(STANDARD, sections=STANDARD.sections[:1])
    measurement.start_round(db, "r1", "baseline", "Nulmeting", date(2026, 9, 1), one_b)
    answer_theme(monkeypatch, NAME, "", "Je kunt online een afspraak maken.")
    dialog.edit.click()
    assert rows(dialog)[3] == (NAME, "1", "Added by the region")
    assert "zoekt" not in dialog.explanation.text()  # not one of its questions now
    dialog.close()
    window.document.changed.emit("measurement")
    window.workspace.show_section(MEASUREMENT)
    page = window.workspace.measurement_page
    assert dict(page.answers.items)["dig-1"] == "Op de website is snel te vinden wat je zoekt."
    window.document.undo_stack.undo()
    assert [i.key for i in questionnaire_themes.themes(db)[0].items] == ["dig-1", "dig-2"]


def test_export_and_import_the_themes_as_a_file(dialog, window, monkeypatch, answers, tmp_path):
    answer_theme(monkeypatch, NAME, "Online de weg vinden.", ITEMS)
    dialog.add.click()
    shared = tmp_path / "themas.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(shared), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(shared), ""))
    dialog.export.click()
    assert shared.is_file() and "1 themes written" in answers.infos[-1]
    window.document.undo_stack.undo()  # the theme is gone; the file brings it back
    assert len(rows(dialog)) == 3 and not dialog.export.isEnabled()
    dialog.import_.click()
    assert "adds 1 themes and changes 0" in answers.questions[-1]
    assert rows(dialog)[3] == (NAME, "2", "Added by the region")
    assert window.document.undo_stack.count() == 0
    shared.write_text("format: drempelmeter-questionnaire-themes\nformat_version: 1\n"
                      "themes:\n- key: x\n  name: X\n", encoding="utf-8")
    dialog.import_.click()
    assert answers.errors[-1] == (
        "Nothing was imported from “themas.yaml”. Line 4: 'questions' is missing")


def test_the_form_says_a_reworded_question_keeps_its_answers(dialog, monkeypatch):
    """Rewording a question a round asked moves its answers to the new words: the form says so
    before the coach rewrites a question into another one."""
    seen: list = []  # type: ignore[type-arg]
    answer_theme(monkeypatch, NAME, "", ITEMS, seen)
    dialog.add.click()
    hints = [label.text() for label in seen[0].findChildren(QLabel)]
    assert any("reworded in its place, keeps its answers" in h and "a line of its own" in h
               for h in hints)


def question_before_import(dialog, monkeypatch, answers, tmp_path,  # type: ignore[no-untyped-def]
                           themes: str) -> str:
    """What the dialog asks before importing a file of these themes (answered No)."""
    shared = tmp_path / "themas.yaml"
    shared.write_text("format: drempelmeter-questionnaire-themes\nformat_version: 1\n"
                      f"themes:\n{themes}", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(shared), ""))
    answers.answer = False
    dialog.import_.click()
    return answers.questions[-1]


def test_importing_over_a_theme_names_it_and_what_its_answers_do(dialog, monkeypatch, answers,
                                                                  tmp_path):
    """A file's theme with the key of one the trajectory has replaces its questions: the
    question before the import names that theme and says where its answers go."""
    answer_theme(monkeypatch, NAME, "", ITEMS)
    dialog.add.click()
    asked = question_before_import(dialog, monkeypatch, answers, tmp_path,
                                   "- key: digitale_toegang\n  name: Digitale toegang\n"
                                   "  questions:\n  - Een heel andere vraag\n")
    assert asked.endswith(
        "Changed: Digitale toegang. A question worded otherwise takes the answers given to the "
        "question in its place.")
    assert [i.text for i in questionnaire_themes.themes(dialog.document.db)[0].items] == [
        "Op de website is snel te vinden wat je zoekt.", "Je kunt online een afspraak maken."]


def test_an_older_file_says_which_questions_lose_their_wordings(dialog, monkeypatch, answers,
                                                               tmp_path):
    """A themes file without wordings per group (written before they existed) clears them: the
    question before the import names the questions that lose theirs."""
    key = questionnaire_themes.add_theme(dialog.document.db, NAME, "", ITEMS.split("\n\n"),
                                         [{"client": "Ik vond snel wat ik zocht."}])
    asked = question_before_import(dialog, monkeypatch, answers, tmp_path,
                                   f"- key: {key}\n  name: {NAME}\n  questions:\n"
                                   "  - Op de website is snel te vinden wat je zoekt.\n")
    assert asked.endswith(
        "The file lacks wordings per group that 1 questions have here: importing clears them, "
        "and those groups then read the question as it is:\n• “Op de website is snel te "
        "vinden wat je zoekt.” (Digitale toegang)")
