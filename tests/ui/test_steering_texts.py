"""What the coach writes for the steering group, driven in the window: a proposal in a phase's
decision log and its decision, the report texts (duiding per chapter, key findings) and what
changes next year for an action; each an undoable edit that the file keeps."""

from __future__ import annotations

from datetime import date

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drempelmeter.domain.plan import all_actions
from drempelmeter.domain.steering import DECIDED, FINDING_LIMIT, NOT_ACCEPTED, PROPOSED
from drempelmeter.services import decisions, plan, steering
from drempelmeter.ui.record_dialogs import DecisionDialog
from drempelmeter.ui.steering_texts import ReportTextsDialog
from drempelmeter.ui.workspace import PLAN

from .test_accessibility import problems


def test_a_proposal_is_put_forward_then_decided_and_undone(window, demo_file, qtbot):
    window.open_path(demo_file)
    window.workspace.show_phase(6)
    page = window.workspace.phase_page
    db = window.document.db
    before = len(decisions.open_proposals(db))
    assert not page.decide_button.isEnabled()
    page.propose_button.click()
    dialog = page.findChild(DecisionDialog)
    assert dialog.state.currentData() == PROPOSED and not dialog.decided_on.isEnabled()
    dialog.text.setPlainText("Een budget voor tolken in elk onthaal")
    dialog.accept()
    proposals = decisions.open_proposals(db)
    assert len(proposals) == before + 1
    new = next(p for p in proposals if p.text.startswith("Een budget voor tolken"))
    assert new.proposed_on == date.today() and new.decided_on is None

    page.decisions.select(new.id)
    assert page.decide_button.isEnabled()
    page.decide_button.click()
    dialog = [d for d in page.findChildren(DecisionDialog) if d.isVisible()][-1]
    assert dialog.state.currentData() == DECIDED and dialog.decided_on.isEnabled()
    dialog.state.setCurrentIndex(dialog.state.findData(NOT_ACCEPTED))
    dialog.accept()
    decided = next(d for d in decisions.decision_log(db) if d.id == new.id)
    assert (decided.state, decided.decided_on, decided.proposed_on) == (
        NOT_ACCEPTED, date.today(), date.today())
    window.undo_action.trigger()  # a proposal again, open
    assert next(d for d in decisions.open_proposals(db) if d.id == new.id).decided_on is None
    window.undo_action.trigger()
    assert len(decisions.open_proposals(db)) == before


def test_the_report_texts_are_written_in_one_edit_and_undone(window, demo_file, qtbot):
    window.open_path(demo_file)
    db = window.document.db
    before = steering.report_texts(db)
    action = window.findChild(type(window.report_action), "actionReportTexts")
    action.trigger()
    dialog = window.findChild(ReportTextsDialog)
    assert problems(dialog) == []  # every control named and reached by the keyboard
    assert dialog.findings.toPlainText().splitlines() == list(before.findings)
    dialog.findings.setPlainText("Eerste bevinding\n\nTweede bevinding")
    dialog.chapter.setCurrentIndex(dialog.chapter.findData("signals"))
    assert dialog.note.toPlainText() == before.notes["signals"]
    dialog.note.setPlainText("Nieuwe duiding van de signalen")
    dialog.chapter.setCurrentIndex(dialog.chapter.findData("measurement"))
    dialog.note.setPlainText("")  # removes the measurement's duiding
    dialog.accept()
    after = steering.report_texts(db)
    assert after.findings == ("Eerste bevinding", "Tweede bevinding")
    assert after.notes["signals"] == "Nieuwe duiding van de signalen"
    assert "measurement" not in after.notes and after.notes["plan"] == before.notes["plan"]
    window.undo_action.trigger()
    assert steering.report_texts(db) == before


def test_what_changes_next_year_is_kept_per_action_and_year(window, demo_file, qtbot):
    window.open_path(demo_file)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    db = window.document.db
    action = all_actions(plan.read_plan(db))[1]  # 1.2: the demo wrote nothing for it
    item = next(i for i in page.tree.findItems(
        "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        if i.text(0).startswith(f"{action.number} "))
    page.tree.setCurrentItem(item)
    fields = page.editor.year_note
    assert fields.year.value() == date.today().year and fields.text.toPlainText() == ""
    assert fields.text.accessibleName() == "What changes next year:"
    fields.text.setFocus()
    qtbot.keyClicks(fields.text, "Ook in de tweede gemeente")
    page.editor.title.setFocus()  # leaving the field commits it
    QApplication.processEvents()
    year = date.today().year
    assert steering.year_note(db, action.id, year) == "Ook in de tweede gemeente"
    fields.year.setValue(year - 1)
    assert fields.text.toPlainText() == ""  # another year, another note
    fields.year.setValue(year)
    assert fields.text.toPlainText() == "Ook in de tweede gemeente"
    window.undo_action.trigger()
    assert steering.year_note(db, action.id, year) == ""


def test_the_yearly_report_is_written_from_the_window(window, demo_file, qtbot, answers,
                                                      tmp_path):
    window.open_path(demo_file)
    year = date.today().year
    answers.choices = ["The whole region",
                       "The yearly realisation report per action, as an Excel workbook",
                       str(year)]
    answers.save_path = tmp_path / "jaar.xlsx"
    writer = window.write_report()
    assert writer is not None
    with qtbot.waitSignal(writer.done, timeout=60_000) as done:
        pass
    assert done.args == [True] and answers.errors == []
    sheet = openpyxl.load_workbook(tmp_path / "jaar.xlsx")[f"Acties {year}"]
    assert [r[0].value for r in sheet.iter_rows(min_row=2)] == [
        a.number for a in all_actions(plan.read_plan(window.document.db))]


def test_a_refused_report_text_keeps_the_dialog_open_with_what_was_written(window, demo_file,
                                                                          qtbot, answers):
    window.open_path(demo_file)
    db = window.document.db
    before = steering.report_texts(db)
    window.findChild(type(window.report_action), "actionReportTexts").trigger()
    dialog = window.findChild(ReportTextsDialog)
    dialog.chapter.setCurrentIndex(dialog.chapter.findData("signals"))
    dialog.note.setPlainText("Een lange duiding die de coach niet wil kwijtraken")
    written = "Eerste bevinding\n" + "x" * (FINDING_LIMIT + 1)
    dialog.findings.setPlainText(written)
    dialog.accept()
    assert answers.errors  # told why
    assert dialog.isVisible() and dialog.findings.toPlainText() == written
    assert dialog.note.toPlainText() == "Een lange duiding die de coach niet wil kwijtraken"
    assert steering.report_texts(db) == before
    dialog.findings.setPlainText("Eerste bevinding")
    dialog.accept()
    assert not dialog.isVisible()
    assert steering.report_texts(db).findings == ("Eerste bevinding",)
