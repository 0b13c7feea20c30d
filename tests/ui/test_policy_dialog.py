"""Policy signals in the window: a barrier made into one from the barriers page (marked
supra-local), edited in the list with the status rules said in words, each step undoable, the
letter written; every control named and reachable; the list is a sound item model."""

from __future__ import annotations

from datetime import date, timedelta

import pypdf
from PySide6.QtCore import Qt

from drempelmeter.services import barriers, policy_signals
from drempelmeter.ui.policy_dialog import (
    MakePolicySignalDialog,
    PolicySignalModel,
    PolicySignalsDialog,
)
from drempelmeter.ui.widgets import to_qdate
from drempelmeter.ui.workspace import BARRIERS

from .test_accessibility import problems


def barriers_page(window, demo_file):  # type: ignore[no-untyped-def]
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    return window.workspace.barriers_page


def test_a_barrier_becomes_a_policy_signal_edited_and_undone(window, demo_file, qtbot, answers,
                                                            tmp_path):
    page = barriers_page(window, demo_file)
    db = window.document.db
    local = next(r for r in barriers.list_barriers(db) if r.influence != "supralocal")
    page.table.selectRow(next(row for row in range(page.model.rowCount())
                              if page.model.record(row).id == local.id))
    assert page.policy_button.isEnabled()
    qtbot.mouseClick(page.policy_button, Qt.MouseButton.LeftButton)
    make = window.findChild(MakePolicySignalDialog)
    assert make is not None and make.isVisible() and problems(make) == []
    make.level.setCurrentIndex(make.level.findData("province"))
    make.addressee.setText("Gouverneur van de provincie")
    make.request.setPlainText("Breng de buslijn terug naar elk uur.")
    make.accept()
    assert barriers.get_barrier(db, local.id).influence == "supralocal"
    made = [r for r in policy_signals.list_policy_signals(db) if r.barrier_id == local.id]
    assert [(r.number, r.level, r.status) for r in made] == [(3, "province", "draft")]
    dialog = window.findChild(PolicySignalsDialog)
    assert dialog.isVisible() and dialog.chosen().id == made[0].id
    assert problems(dialog) == []
    assert dialog.subject.text() == local.title

    # Sent without its request, then without its date: said in words, nothing stored.
    dialog.status.setCurrentIndex(dialog.status.findData("sent"))
    dialog.request.setPlainText("  ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert answers.errors[-1] == "Write down what the region asks before the letter is sent."
    dialog.request.setPlainText("Breng de buslijn terug naar elk uur.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert answers.errors[-1] == "Say when the letter was sent."
    assert policy_signals.get_policy_signal(db, made[0].id).status == "draft"
    dialog.sent.set.setChecked(True)
    dialog.sent.date.setDate(to_qdate(date.today() + timedelta(days=30)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert answers.errors[-1] == "A letter is not sent or answered after today."
    assert policy_signals.get_policy_signal(db, made[0].id).status == "draft"
    dialog.sent.date.setDate(to_qdate(date(2026, 10, 1)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    sent = policy_signals.get_policy_signal(db, made[0].id)
    assert (sent.status, sent.sent_on) == ("sent", date(2026, 10, 1))
    assert dialog.chosen().status == "sent"  # the list read it again

    # A sent letter is never a draft answered at once: the rules are said, not bypassed.
    dialog.status.setCurrentIndex(dialog.status.findData("closed"))
    dialog.status.setCurrentIndex(dialog.status.findData("answered"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert answers.errors[-1] == "Say when the answer came."

    answers.save_path = tmp_path / "brief.pdf"
    qtbot.mouseClick(dialog.letter_button, Qt.MouseButton.LeftButton)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(answers.save_path).pages)
    assert "Provincie" in text and "Gouverneur van de provincie" in " ".join(text.split())

    stack = window.document.undo_stack
    stack.undo()  # the save
    assert policy_signals.get_policy_signal(db, made[0].id).status == "draft"
    stack.undo()  # the making, with the mark
    assert [r for r in policy_signals.list_policy_signals(db) if r.barrier_id == local.id] == []
    assert barriers.get_barrier(db, local.id).influence == local.influence
    stack.redo()
    assert barriers.get_barrier(db, local.id).influence == "supralocal"


def test_the_demos_policy_signals_are_listed_and_removed_undoably(window, demo_file, qtbot,
                                                                  answers, qtmodeltester):
    window.open_path(demo_file)
    next(a for a in window.go_menu.actions() if a.objectName() == "actionPolicySignals").trigger()
    dialog = window.findChild(PolicySignalsDialog)
    assert dialog.model.rowCount() == 2 and not dialog.empty.isVisible()
    qtmodeltester.check(dialog.model)
    assert [dialog.model.index(r, 4).data() for r in range(2)] == ["Answered", "Draft"]
    assert dialog.answer.toPlainText().startswith("Het kabinet Welzijn")
    answers.answer = True
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    window.document.undo_stack.undo()
    assert dialog.model.rowCount() == 2


def test_the_model_sorts_by_number_and_dates(qtmodeltester):
    model = PolicySignalModel()
    model.set_records([
        policy_signals.PolicySignalRecord("a", None, "federal", "B", number=2),
        policy_signals.PolicySignalRecord("b", None, "vvsg", "A", status="sent",
                                          sent_on=date(2026, 1, 2), number=1)])
    qtmodeltester.check(model)
    assert model.index(1, 5).data() != "—" and model.index(0, 5).data() == "—"
    assert model.sort_key(model.record(0), 0) == 2


def test_the_barrier_dialog_marks_a_barrier_supra_local_and_its_score_halves(window, demo_file):
    from drempelmeter.ui.barrier_dialog import BarrierDialog

    page = barriers_page(window, demo_file)
    page.table.selectRow(0)
    chosen = page.selected_ids()[0]
    before = page.priorities().of(chosen).score
    assert barriers.get_barrier(window.document.db, chosen).influence != "supralocal"
    page.edit_button.click()
    dialog = page.findChild(BarrierDialog)
    dialog.influence.setCurrentIndex(dialog.influence.findData("supralocal"))
    dialog.accept()
    assert barriers.get_barrier(window.document.db, chosen).influence == "supralocal"
    assert page.priorities().of(chosen).score == before / 2
    window.undo_action.trigger()
    assert page.priorities().of(chosen).score == before


def test_policy_signals_follow_their_barrier_through_a_merge_and_a_removal(window, demo_file):
    from drempelmeter.ui import barrier_edits

    window.open_path(demo_file)
    doc, db = window.document, window.document.db

    def about() -> list[str | None]:
        return [r.barrier_id for r in policy_signals.list_policy_signals(db)]

    assert about() == ["demo-barrier-8", "demo-barrier-8"]
    assert doc.push(barrier_edits.merge_barriers(doc, "demo-barrier-1", "demo-barrier-8"))
    assert about() == ["demo-barrier-1", "demo-barrier-1"]
    doc.undo_stack.undo()
    assert about() == ["demo-barrier-8", "demo-barrier-8"]
    assert doc.push(barrier_edits.remove_barrier(doc, "demo-barrier-8"))
    assert about() == [None, None]
    letter = policy_signals.letter(db, "demo-policy-1", date(2026, 11, 30))
    assert letter.subject == "Kosten die hulp doen uitstellen" and letter.evidence.signals == 0
    doc.undo_stack.undo()
    assert about() == ["demo-barrier-8", "demo-barrier-8"]
    assert policy_signals.evidence(db, "demo-barrier-8").signals == 5


def test_the_dialog_of_a_closed_trajectory_goes_with_it(window, demo_file, tmp_path):
    import shutil

    from drempelmeter.ui.policy_dialog import show_policy_signals

    window.open_path(demo_file)
    first = show_policy_signals(window.document, window)
    other = tmp_path / "other.drempel"
    window.close_trajectory()
    shutil.copyfile(demo_file, other)
    window.open_path(other)
    second = show_policy_signals(window.document, window)
    assert second is not first and second.document is window.document
    assert window.findChildren(PolicySignalsDialog) == [second]
