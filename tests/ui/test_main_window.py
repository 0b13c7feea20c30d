"""The real window, driven offscreen: open the demo, walk the phases, edit, undo, reopen."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from drempelmeter.services import partners, phases, trajectory, workshops
from drempelmeter.ui.record_dialogs import PartnerDialog, SessionDialog
from drempelmeter.ui.workspace import DETAILS


def ok_button(dialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_starts_on_the_welcome_page(window):
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "Drempelmeter"
    assert not window.save_copy_action.isEnabled()


def test_walk_the_six_phases_of_the_demo(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    workspace = window.workspace
    navigator = window.findChild(type(workspace.navigator), "phaseNavigator")
    assert navigator is workspace.navigator
    states = [p.state for p in phases.list_phases(window.document.db)]
    assert workspace.phase_page.number == states.index("in_progress") + 1  # the first not done
    navigator.setFocus()
    navigator.setCurrentIndex(workspace.navigator_model.index(0))
    seen = []
    for number in range(1, 7):
        assert workspace.phase_page.number == number
        seen.append(workspace.phase_page.title.text())
        assert workspace.phase_page.checklist_model.rowCount() >= 4
        qtbot.keyClick(navigator, Qt.Key.Key_Down)
    assert seen[0] == "Phase 1: Introduction and commitment"
    assert seen[5].startswith("Phase 6: ")
    assert len(set(seen)) == 6
    db = window.document.db
    assert workspace.phase_page.sessions.model.rowCount() == len(workshops.list_sessions(db, 6))
    window.findChild(type(window.undo_action), "actionPhase2").trigger()
    assert workspace.phase_page.number == 2
    assert workspace.phase_page.sessions.model.rowCount() == len(workshops.list_sessions(db, 2))


def test_tick_untick_undo_redo_and_reopen(window, demo_file, qtbot):
    window.open_path(demo_file)
    page = window.workspace.phase_page
    window.workspace.show_phase(6)  # the phase under way
    model = page.checklist_model
    row = next(r for r in range(model.rowCount()) if not model.entry(r).done)
    entry_id = model.entry(row).id
    navigator_text = lambda: window.workspace.navigator_model.index(5).data()  # noqa: E731
    assert "2 of 5 done" in navigator_text()

    page.checklist.setFocus()
    page.checklist.setCurrentIndex(model.index(row))
    qtbot.keyClick(page.checklist, Qt.Key.Key_Space)
    assert model.entry(row).done
    assert "3 of 5 done" in navigator_text()
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    assert not model.entry(row).done and "2 of 5 done" in navigator_text()
    window.redo_action.trigger()
    assert model.entry(row).done
    qtbot.keyClick(page.checklist, Qt.Key.Key_Space)  # untick
    assert not model.entry(row).done
    window.undo_action.trigger()
    assert model.entry(row).done

    window.close_trajectory()
    db = trajectory.open_trajectory(demo_file)
    try:
        assert next(e for e in phases.checklist(db, 6) if e.id == entry_id).done
    finally:
        db.close()


def test_add_a_partner_and_a_session_then_find_them_after_reopening(window, demo_file, qtbot):
    window.open_path(demo_file)
    window.findChild(type(window.undo_action), "actionPartners").trigger()
    page = window.workspace.partners_page
    assert window.workspace.pages.currentWidget() is page
    before = page.partners.model.rowCount()

    qtbot.mouseClick(page.partners.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(PartnerDialog)
    assert dialog is not None and dialog.isVisible()
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.name, "CAW Demervallei")  # already taken
    assert not ok_button(dialog).isEnabled()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Lokaal dienstencentrum Ter Heide")
    dialog.type.setCurrentIndex(dialog.type.findData("other"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("cooperating"))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert page.partners.model.rowCount() == before + 1

    window.workspace.show_phase(4)
    phase_page = window.workspace.phase_page
    sessions_before = phase_page.sessions.model.rowCount()
    qtbot.mouseClick(phase_page.sessions.add_button, Qt.MouseButton.LeftButton)
    session_dialog = phase_page.findChild(SessionDialog)
    qtbot.keyClicks(session_dialog.title, "Terugkoppeling aan de partners")
    session_dialog.location.setText("Stadhuis Heuvelgem")
    session_dialog.agenda.setCurrentCell(0, 0)
    qtbot.keyClick(session_dialog.agenda, Qt.Key.Key_F2)
    editor = session_dialog.agenda.findChild(QLineEdit)
    qtbot.keyClicks(editor, "Resultaten per partner")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session_dialog.agenda.item(0, 0) is not None)  # a queued commit
    session_dialog.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    session_dialog.notes.setPlainText("Goede opkomst.")
    qtbot.mouseClick(ok_button(session_dialog), Qt.MouseButton.LeftButton)
    assert phase_page.sessions.model.rowCount() == sessions_before + 1

    window.close_trajectory()
    db = trajectory.open_trajectory(demo_file)
    try:
        added = [p for p in partners.list_partners(db) if p.name.startswith("Lokaal")]
        assert [(p.kind, p.type) for p in added] == [("cooperating", "other")]
        [session] = [s for s in workshops.list_sessions(db, 4)
                     if s.title == "Terugkoppeling aan de partners"]
        assert session.location == "Stadhuis Heuvelgem"
        assert [a.text for a in session.agenda] == ["Resultaten per partner"]
        assert len(session.attendee_ids) == 1 and session.notes == "Goede opkomst."
    finally:
        db.close()


def test_a_partner_with_signals_is_not_removed(window, demo_file, answers):
    window.open_path(demo_file)
    page = window.workspace.partners_page
    page.partners.view.selectRow(0)
    kept = page.partners.selected()
    page.partners.remove_button.click()
    assert "still has signals or questionnaire responses" in answers.errors[-1]
    assert kept.name in [r.name for r in page.partners.model.records()]
    assert window.document.undo_stack.count() == 0


def test_remove_a_partner_then_undo_relinks_its_participants(window, new_db, answers):
    from drempelmeter.services.records import ParticipantRecord, PartnerRecord

    partners.add_partner(new_db, PartnerRecord("p", "Dienstencentrum Ter Heide", "cooperating",
                                               "other"))
    partners.add_participant(new_db, ParticipantRecord("q", "Mia", "bridge_figure", "p"))
    path = new_db.path
    new_db.close()
    window.open_path(path)
    page = window.workspace.partners_page
    page.partners.view.selectRow(0)
    page.partners.remove_button.click()
    assert "1 participants belong to" in answers.questions[-1]
    assert page.partners.model.rowCount() == 0
    assert page.participants.model.record(0).partner_id is None
    window.undo_action.trigger()
    assert [r.name for r in page.partners.model.records()] == ["Dienstencentrum Ter Heide"]
    assert page.participants.model.record(0).partner_id == "p"


def test_phase_state_change_is_dated_and_undoable(window, demo_file):
    window.open_path(demo_file)
    window.workspace.show_phase(4)  # done in the demo: reopened, then undone
    page = window.workspace.phase_page
    finished = page.dates.text()
    assert "Finished: —" not in finished
    page.state.setCurrentIndex(page.state.findData("in_progress"))
    page.state.activated.emit(page.state.currentIndex())
    assert "Started: —" not in page.dates.text() and "Finished: —" in page.dates.text()
    assert page.state.currentData() == "in_progress"
    window.undo_action.trigger()
    assert page.state.currentData() == "done"
    assert page.dates.text() == finished


def test_files_that_are_not_trajectories_get_a_clear_message(window, tmp_path, answers):
    text_file = tmp_path / "notities.drempel"
    text_file.write_text("geen traject\n", encoding="utf-8")
    assert not window.open_path(text_file)
    assert answers.errors == ["“notities.drempel” is not a Drempelmeter trajectory."]
    assert window.stack.currentWidget() is window.welcome
    assert text_file.read_text(encoding="utf-8") == "geen traject\n"


def test_a_file_open_elsewhere_offers_read_only(window, demo_file, answers):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import time
            from drempelmeter.services.trajectory import open_trajectory
            db = open_trajectory({str(demo_file)!r})
            print("ready", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        answers.answer = True
        assert window.open_path(demo_file)
        assert "is open in Drempelmeter by" in answers.questions[0]
        assert window.document.read_only
        assert "(read-only)" in window.windowTitle()
        page = window.workspace.phase_page
        assert not page.sessions.add_button.isEnabled()
        assert not page.state.isEnabled()
        assert not window.workspace.details_page.isEnabled()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_new_trajectory_from_the_welcome_page(window, tmp_path, answers, qtbot):
    from drempelmeter.ui.app_dialogs import NewTrajectoryDialog

    answers.save_path = tmp_path / "Zuiderkempen.drempel"
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NewTrajectoryDialog)
    qtbot.keyClicks(dialog.name, "Drempelmeter Zuiderkempen")
    qtbot.keyClicks(dialog.region, "Zuiderkempen")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert window.document is not None
    assert window.windowTitle().startswith("Drempelmeter Zuiderkempen")
    assert answers.save_path.exists()
    assert window.settings.recent_files()[0] == answers.save_path.resolve()
    window.close_trajectory()
    assert window.welcome.recent.count() == 1


def test_details_edit_is_written_and_undoable(window, demo_file, qtbot):
    window.open_path(demo_file)
    window.workspace.show_section(DETAILS)
    page = window.workspace.details_page
    page.region.setFocus()
    page.region.selectAll()
    qtbot.keyClicks(page.region, "Regio Demervallei-Noord")
    page.region.editingFinished.emit()
    db = window.document.db
    assert trajectory.get_trajectory(db).region == "Regio Demervallei-Noord"
    window.undo_action.trigger()
    assert trajectory.get_trajectory(db).region == "Eerstelijnszone Demervallei"
    assert page.region.text() == "Eerstelijnszone Demervallei"


def test_a_refused_edit_is_explained_and_not_left_on_the_undo_stack(window, demo_file, answers):
    from drempelmeter.services.records import PartnerRecord
    from drempelmeter.ui import edits

    window.open_path(demo_file)
    doc = window.document
    taken = partners.list_partners(doc.db)[0].name
    assert not doc.push(edits.add_partner(doc, PartnerRecord("dup", taken, "core", "caw")))
    assert answers.errors and "is already in use" in answers.errors[0]
    assert doc.undo_stack.count() == 0


def test_an_undo_step_that_fails_halfway_leaves_nothing_half_done(window, new_db, answers):
    """Restoring a partner re-adds it and relinks its participants: one transaction, so when
    the relinking fails the partner is not left restored without them."""
    from drempelmeter.services.records import ParticipantRecord, PartnerRecord
    from drempelmeter.ui import edits

    partners.add_partner(new_db, PartnerRecord("p", "LDC De Linde", "cooperating", "other"))
    partners.add_participant(new_db, ParticipantRecord("q", "Mia", "bridge_figure", "p"))
    path = new_db.path
    new_db.close()
    window.open_path(path)
    doc = window.document
    assert doc.push(edits.remove_partner(doc, partners.list_partners(doc.db)[0]))
    partners.remove_participant(doc.db, "q")  # gone before the undo can relink it
    doc.undo_stack.undo()
    assert answers.errors and "no longer exists" in answers.errors[-1]
    assert partners.list_partners(doc.db) == []
