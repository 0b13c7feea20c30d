"""A save the service refuses keeps the record dialog open with what was typed, says why next
to the form and puts the focus on the field; fixed, the same OK saves it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableWidgetItem

from drempelmeter.domain.plan import all_actions
from drempelmeter.services import (
    barriers,
    decisions,
    partners,
    policy_signals,
    signals,
    trajectory,
    vocabularies,
    workshops,
)
from drempelmeter.services.indicators import NOTE_MAX
from drempelmeter.services.signals import DESCRIPTION_MAX
from drempelmeter.services.validation import TEXT_MAX
from drempelmeter.ui.app_dialogs import NewTrajectoryDialog
from drempelmeter.ui.barrier_dialog import BarrierDialog
from drempelmeter.ui.indicator_dialogs import EvaluationDialog, ValueDialog
from drempelmeter.ui.next_cycle_dialog import NextCycleDialog
from drempelmeter.ui.plan_page import StatusDialog
from drempelmeter.ui.policy_dialog import MakePolicySignalDialog
from drempelmeter.ui.record_dialogs import (
    DecisionDialog,
    ParticipantDialog,
    RecordDialog,
    SessionDialog,
)
from drempelmeter.ui.signal_dialog import SignalDialog
from drempelmeter.ui.vocabulary_dialog import TermDialog, VocabularyDialog
from drempelmeter.ui.workshop.review_dialog import ReviewDialog
from drempelmeter.ui.workspace import BARRIERS, PARTNERS, PLAN

from .test_indicator_view import cell, choose, open_panel
from .test_signals_page import open_signals


def press_ok(dialog: RecordDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def assert_refused(dialog: RecordDialog, field, typed: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert dialog.isVisible() and dialog.result() == 0
    assert field.toPlainText() == typed
    assert dialog.refusal.isVisible() and words in dialog.refusal.text()
    assert dialog.focusWidget() is field


def test_a_decision_over_the_limit_stays_typed_and_then_saves(window, demo_file, answers):
    window.open_path(demo_file)
    page = window.workspace.phase_page
    page.on_add_decision()
    dialog = page.findChild(DecisionDialog)
    typed = "B" * 10_001
    dialog.text.setPlainText(typed)
    press_ok(dialog)
    assert_refused(dialog, dialog.text, typed, "Decision: Text is too long.")
    assert answers.errors == ["Text is too long."]  # the window says it too
    dialog.text.setPlainText("B" * 10_000)
    press_ok(dialog)
    assert not dialog.isVisible() and dialog.result() == 1
    assert any(d.text == "B" * 10_000 for d in decisions.list_decisions(window.document.db))


def test_a_session_agenda_item_over_the_limit_keeps_the_notes(window, demo_file, answers):
    window.open_path(demo_file)
    page = window.workspace.phase_page
    page.on_add_session()
    dialog = page.findChild(SessionDialog)
    dialog.title.setText("Klankbordgroep")
    dialog.notes.setPlainText("Wat we afspraken.")
    dialog.agenda.setItem(0, 0, QTableWidgetItem("A" * (TEXT_MAX + 1)))
    press_ok(dialog)
    assert dialog.isVisible() and dialog.notes.toPlainText() == "Wat we afspraken."
    assert dialog.refusal.text() == "Agenda: The agenda is too long."
    assert dialog.focusWidget() is dialog.agenda
    dialog.agenda.item(0, 0).setText("Welkom")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert [s.title for s in workshops.list_sessions(window.document.db)
            if s.title == "Klankbordgroep"] == ["Klankbordgroep"]


def test_a_signal_over_the_limit_stays_typed_and_then_saves(window, demo_file, answers):
    page = open_signals(window, demo_file)
    page.on_add()
    dialog = page.findChild(SignalDialog)
    typed = "Het onthaal is vaak dicht. " + "x" * DESCRIPTION_MAX
    dialog.description.setPlainText(typed)
    press_ok(dialog)
    assert_refused(dialog, dialog.description, typed, "Description: The description is too long.")
    dialog.description.setPlainText("Het onthaal is vaak dicht.")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert any(s.description == "Het onthaal is vaak dicht."
               for s in signals.list_signals(window.document.db))


def test_an_evaluation_reason_over_the_limit_stays_typed_and_then_saves(window, demo_file,
                                                                         answers):
    panel = open_panel(window, demo_file)
    choose(panel, "1.2")
    panel.evaluate.click()
    dialog = panel.findChild(EvaluationDialog)
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("not"))
    typed = "R" * (NOTE_MAX + 1)
    dialog.reason.setPlainText(typed)
    press_ok(dialog)
    assert_refused(dialog, dialog.reason, typed,
                   "Why (needed unless it works): The reason is too long.")
    dialog.reason.setPlainText("Te lang.")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert panel.evaluations.item(0).text().endswith("Te lang.")


def test_a_policy_request_over_the_limit_stays_typed_and_then_saves(window, demo_file, answers):
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    db = window.document.db
    local = next(r for r in barriers.list_barriers(db) if r.influence != "supralocal")
    page.table.selectRow(next(row for row in range(page.model.rowCount())
                              if page.model.record(row).id == local.id))
    page.policy_button.click()
    dialog = window.findChild(MakePolicySignalDialog)
    typed = "Breng de buslijn terug. " + "x" * 4000
    dialog.request.setPlainText(typed)
    press_ok(dialog)
    assert_refused(dialog, dialog.request, typed, "is too long.")
    assert [r for r in policy_signals.list_policy_signals(db) if r.barrier_id == local.id] == []
    dialog.request.setPlainText("Breng de buslijn terug naar elk uur.")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert [r.request for r in policy_signals.list_policy_signals(db)
            if r.barrier_id == local.id] == ["Breng de buslijn terug naar elk uur."]


def test_a_barrier_description_over_the_limit_stays_typed_and_then_saves(window, demo_file,
                                                                          answers):
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.table.selectRow(0)
    [chosen] = page.selected_ids()
    page.edit_button.click()
    dialog = page.findChild(BarrierDialog)
    typed = "D" * 4001
    dialog.description.setPlainText(typed)
    press_ok(dialog)
    assert_refused(dialog, dialog.description, typed,
                   "Description: The description is too long.")
    dialog.description.setPlainText("D" * 4000)
    press_ok(dialog)
    assert not dialog.isVisible()
    assert barriers.get_barrier(window.document.db, chosen).description == "D" * 4000


def test_a_term_already_in_the_list_stays_typed_and_then_saves(window, demo_file, answers):
    window.open_path(demo_file)
    window.findChild(type(window.save_copy_action), "actionVocabularies").trigger()
    lists = window.findChild(VocabularyDialog)
    lists.choice.setCurrentIndex(lists.choice.findData("target_groups"))
    seen: list[str] = []

    def answer() -> None:
        form = QApplication.activeModalWidget()
        if not isinstance(form, TermDialog):
            QTimer.singleShot(20, answer)
            return
        try:  # whatever goes wrong, the form must close, or the test hangs
            form.nl.setText("Gezinnen met schulden")
            press_ok(form)
            seen.extend([str(form.isVisible()), form.nl.text(), form.refusal.text()])
            form.nl.setText("Kwetsbare jongvolwassenen")
            press_ok(form)
            seen.append(str(form.isVisible()))
        finally:
            form.reject()

    QTimer.singleShot(0, answer)
    lists.add.click()
    assert seen == ["True", "Gezinnen met schulden",
                    "Name “Gezinnen met schulden” is already in use.", "False"]
    assert "kwetsbare_jongvolwassenen" in vocabularies.effective(window.document.db).target_groups


def test_a_participant_with_a_phone_number_not_confirmed_stays_typed_then_saves(
        window, demo_file, answers):
    window.open_path(demo_file)
    window.workspace.show_section(PARTNERS)
    page = window.workspace.partners_page
    page.on_add_participant()
    dialog = page.findChild(ParticipantDialog)
    typed = "Onthaal, bel 0470 12 34 56"
    dialog.name.setText(typed)
    press_ok(dialog)  # the user goes back (the default answer)
    assert answers.personal == [("0470 12 34 56",)]
    assert dialog.isVisible() and dialog.name.text() == typed
    dialog.name.setText("Onthaalmedewerker")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert "Onthaalmedewerker" in [p.name for p in partners.list_participants(window.document.db)]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen beamer
def test_in_a_workshop_a_refused_signal_and_session_keep_what_was_typed(window, demo_file,
                                                                        qtbot, answers):
    assert window.open_path(demo_file)
    assert window.start_workshop(4)
    control = window.workshop.control
    qtbot.keyClicks(control.line, "Loket enkel open tijdens de werkuren")
    qtbot.keyClick(control.line, Qt.Key.Key_Return)
    control.review()
    review = control.findChild(ReviewDialog)
    review.list.setCurrentRow(0)
    review.to_signal()
    editor = review.editor
    typed = "Loket dicht. " + "x" * DESCRIPTION_MAX
    editor.description.setPlainText(typed)
    press_ok(editor)
    assert_refused(editor, editor.description, typed, "The description is too long.")
    editor.description.setPlainText("Loket enkel open tijdens de werkuren")
    press_ok(editor)
    assert review.editor is None and review.list.count() == 0

    control.edit_details()
    details = control.findChild(SessionDialog)
    details.agenda.setItem(0, 0, QTableWidgetItem("A" * (TEXT_MAX + 1)))
    press_ok(details)
    assert details.isVisible() and details.agenda.item(0, 0).text() == "A" * (TEXT_MAX + 1)
    details.agenda.item(0, 0).setText("Welkom")
    press_ok(details)
    assert not details.isVisible()


def test_a_value_note_over_the_limit_stays_typed_and_then_saves(window, demo_file, answers):
    panel = open_panel(window, demo_file)
    choose(panel, "3.1")
    panel.buttons["value"].click()
    dialog = panel.findChild(ValueDialog)
    dialog.value.setText("9.5")
    typed = "N" * (NOTE_MAX + 1)
    dialog.note.setText(typed)
    press_ok(dialog)
    assert dialog.isVisible() and dialog.note.text() == typed
    assert dialog.refusal.text() == "Note: The note is too long."
    assert dialog.focusWidget() is dialog.note
    dialog.note.setText("Telling van maart.")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert cell(panel.table, 0, "Latest") == "9.5"


def test_a_stopped_action_without_a_reason_stays_chosen_and_then_saves(window, demo_file,
                                                                        answers):
    window.open_path(demo_file)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    page.tabs.setCurrentIndex(2)
    page.follow.selectRow(1)  # 1.2, not started
    page.status_button.click()
    dialog = page.findChild(StatusDialog)
    dialog.status.setCurrentIndex(dialog.status.findData("stopped"))
    dialog.on.setDate(QDate(2026, 3, 2))
    press_ok(dialog)  # the service's rule: stopping needs a reason
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.status.currentData() == "stopped" and dialog.on.date() == QDate(2026, 3, 2)
    assert dialog.refusal.isVisible() and dialog.refusal.text().startswith("Note (why")
    assert dialog.focusWidget() is dialog.note
    dialog.note.setText("Geen vormingsbudget gevonden.")
    press_ok(dialog)
    assert not dialog.isVisible()
    action = all_actions(page.plan)[1]
    assert (action.status, action.history[-1].on, action.history[-1].note) == (
        "stopped", date(2026, 3, 2), "Geen vormingsbudget gevonden.")


def test_a_new_trajectory_on_a_taken_file_stays_typed_then_is_made(window, tmp_path, answers):
    taken = tmp_path / "bezet.drempel"
    taken.write_bytes(b"iets anders")
    answers.save_path = taken
    window.new_trajectory()
    dialog = window.findChild(NewTrajectoryDialog)
    dialog.name.setText("Drempelmeter Zuiderkempen")
    dialog.region.setText("Zuiderkempen")
    dialog.coach.setText("An Peeters")
    press_ok(dialog)
    assert dialog.isVisible() and dialog.result() == 0 and window.document is None
    assert (dialog.name.text(), dialog.region.text(), dialog.coach.text()) == (
        "Drempelmeter Zuiderkempen", "Zuiderkempen", "An Peeters")
    assert dialog.refusal.isVisible() and dialog.refusal.text()
    assert answers.errors == []  # said under the form, not in a box after it closed
    assert taken.read_bytes() == b"iets anders"
    answers.save_path = tmp_path / "Zuiderkempen.drempel"
    press_ok(dialog)
    assert not dialog.isVisible() and window.document is not None
    assert trajectory.get_trajectory(window.document.db).coach == "An Peeters"


def test_a_next_cycle_on_a_taken_file_stays_chosen_then_is_written(window, demo_file, tmp_path,
                                                                  answers, qtbot):
    window.open_path(demo_file)
    taken = tmp_path / "bezet.drempel"
    taken.write_bytes(b"iets anders")
    window.findChild(type(window.save_copy_action), "actionNextCycle").trigger()
    dialog = window.findChild(NextCycleDialog)
    dialog.path.setText(str(taken))
    dialog.name.setText("Demervallei 2027-2029")
    dialog.start.setDate(QDate(2027, 2, 1))
    press_ok(dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert (dialog.name.text(), dialog.start.date()) == ("Demervallei 2027-2029",
                                                         QDate(2027, 2, 1))
    assert dialog.refusal.isVisible() and dialog.refusal.text()
    assert dialog.focusWidget() is dialog.path and answers.errors == []
    assert taken.read_bytes() == b"iets anders" and window.document.db.path == demo_file
    dialog.path.setText(str(tmp_path / "Cyclus twee"))
    press_ok(dialog)
    qtbot.waitUntil(lambda: window.document.db.path.name == "Cyclus twee.drempel")
    assert not dialog.isVisible()
    details = trajectory.get_trajectory(window.document.db)
    assert (details.name, details.start_date) == ("Demervallei 2027-2029", date(2027, 2, 1))
