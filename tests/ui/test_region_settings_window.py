"""A region's own settings in the window: the sounding board's rhythm chosen on the trajectory
details page (undoable; the plan's follow-up counts the evaluations due from it), and a theme's
question worded per group in its form (kept through a reword in its place, read by each group
in the entry grid)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialog

from drempelmeter.services import due_actions, measurement, partners, questionnaire_themes
from drempelmeter.services.records import PartnerRecord
from drempelmeter.ui.theme_dialog import ThemeDialog, ThemesDialog
from drempelmeter.ui.workspace import DETAILS, MEASUREMENT, PLAN

from ..services.test_evaluation_due import small_plan
from .test_accessibility import problems
from .test_measurement_page import STANDARD

COMMON = "Cliënten vinden op de website snel wat ze zoeken."
CLIENT = "Ik vond op de website snel wat ik zocht."


def test_the_rhythm_is_chosen_on_the_details_page_and_counts_the_evaluations(window, new_db):
    small_plan(new_db, date.today())  # 1.1 evaluated 200 days ago: late at 6 months
    path = new_db.path
    new_db.close()
    window.open_path(path)
    window.workspace.show_section(DETAILS)
    page = window.workspace.details_page
    assert problems(page) == []
    rhythm = page.rhythm
    assert rhythm.accessibleName() == "Sounding board meets every:"
    assert [rhythm.itemText(i) for i in range(rhythm.count())] == [
        "3 months", "4 months", "6 months", "12 months"]
    assert rhythm.currentText() == "6 months"
    rhythm.setCurrentIndex(rhythm.findData(12))
    assert due_actions.rhythm(window.document.db) == 12
    window.workspace.show_section(PLAN)
    window.workspace.plan_page.tabs.setCurrentIndex(2)  # the follow-up
    due = window.workspace.plan_page.due
    assert due.label.text().endswith("sounding board: 0 evaluations late · 1 to plan")
    assert "every 12 months" in due.label.toolTip()
    window.document.undo_stack.undo()
    assert due_actions.rhythm(window.document.db) == 6
    assert rhythm.currentText() == "6 months"
    window.workspace.show_section(DETAILS)
    window.workspace.show_section(PLAN)
    assert due.label.text().endswith("sounding board: 1 evaluations late · 1 to plan")


def test_a_theme_question_worded_per_group_in_its_form_and_read_in_the_grid(window, new_db,
                                                                             monkeypatch):
    partners.add_partner(new_db, PartnerRecord("caw", "CAW Midden", "core", "caw"))
    path = new_db.path
    new_db.close()
    window.open_path(path)
    window.findChild(type(window.save_copy_action), "actionQuestionnaireThemes").trigger()
    themes = window.findChild(ThemesDialog)
    forms: list[ThemeDialog] = []

    def execute(form: ThemeDialog) -> QDialog.DialogCode:
        forms.append(form)
        form.name.setText("Digitale toegang")
        form.items.setPlainText(f"{COMMON}\nEen afspraak online lukt.")
        table = form.wording
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
            COMMON, "Een afspraak online lukt."]
        assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
            "Question", "Staff", "Management", "Clients"]
        table.item(0, 3).setText(CLIENT)
        # a question reworded in its place keeps the wordings typed for it
        form.items.setPlainText(f"{COMMON}\nEen afspraak online maken lukt.")
        assert table.item(0, 3).text() == CLIENT and table.rowCount() == 2
        form.accept()
        return QDialog.DialogCode(form.result())

    monkeypatch.setattr(ThemeDialog, "exec", execute)
    themes.add.click()
    assert problems(forms[0]) == []
    db = window.document.db
    [theme] = questionnaire_themes.themes(db)
    assert [dict(i.wordings) for i in theme.items] == [{"client": CLIENT}, {}]
    assert f"• {COMMON}\n    Clients: {CLIENT}\n• Een afspraak" in themes.explanation.text()
    themes.close()
    measurement.start_round(db, "r1", "baseline", "Nulmeting", date(2026, 9, 1),
                            replace(STANDARD, sections=STANDARD.sections[:1]))
    window.document.changed.emit("measurement")
    window.workspace.show_section(MEASUREMENT)
    page = window.workspace.measurement_page
    assert dict(page.answers.items)["dig-1"] == COMMON  # staff read the common wording
    page.group_combo.setCurrentIndex(page.group_combo.findData("clients"))
    assert dict(page.answers.items)["dig-1"] == CLIENT
