"""The next cycle and the actions due, in the window: File ▸ Start the next cycle… asks for the
file, name, target groups and start date and opens the new cycle; the plan's follow-up counts
the overdue and due-soon actions and the dialog lists them per owner, to copy."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from drempelmeter.domain.ids import new_id
from drempelmeter.domain.plan import ActionRecord, GoalRecord, PillarRecord
from drempelmeter.domain.vocabularies import DEFAULTS
from drempelmeter.services import next_cycle, plan, trajectory
from drempelmeter.services.records import TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.ui.cycle_view import CycleSummary
from drempelmeter.ui.due_view import DueDialog
from drempelmeter.ui.next_cycle_dialog import NextCycleDialog
from drempelmeter.ui.workspace import DETAILS, PLAN


def test_the_dialog_makes_the_next_cycle_and_opens_it(window, demo_file, qtbot, tmp_path):
    window.open_path(demo_file)
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    window.findChild(type(window.save_copy_action), "actionNextCycle").trigger()
    dialog = window.findChild(NextCycleDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text().endswith("– cyclus 2")
    assert dialog.path.text().endswith("cyclus 2.drempel")
    for widget in (dialog.path, dialog.name, dialog.target_groups, dialog.start):
        assert widget.accessibleName()
    out = tmp_path / "Cyclus twee"
    dialog.path.setText(str(out))
    dialog.name.clear()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a cycle needs a name
    qtbot.keyClicks(dialog.name, "Demervallei 2027-2029")
    assert ok.isEnabled()
    for row in range(dialog.target_groups.count()):
        item = dialog.target_groups.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                           == "carers" else Qt.CheckState.Unchecked)
    dialog.start.setDate(QDate(2027, 2, 1))
    ok.click()
    qtbot.waitUntil(lambda: window.document is not None
                    and window.document.db.path.name == "Cyclus twee.drempel")
    details = trajectory.get_trajectory(window.document.db)
    assert (details.name, details.target_groups, details.start_date) == (
        "Demervallei 2027-2029", ("carers",), date(2027, 2, 1))
    assert next_cycle.read_link(window.document.db).cycle_number == 2
    assert "Cycle 2 started" in window.statusBar().currentMessage()
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
    window.workspace.show_section(DETAILS)
    summary = window.workspace.findChild(CycleSummary)
    made = next_cycle.carried_marks(window.document.db)
    assert summary.isVisible() and summary.carried.rowCount() == len(made) > 0
    assert summary.title.text().startswith("This is cycle 2. It follows “Drempelmeter Demervallei")
    assert str(demo_file) in summary.title.text()  # found where it was
    demo_file.rename(tmp_path / "elders.drempel")  # another trajectory in its place
    create_trajectory(demo_file, TrajectoryRecord(name="Een ander traject")).close()
    summary.refresh()
    assert f"The file at {demo_file} holds another trajectory, not the previous cycle: it is " \
           "not compared with this one." in summary.title.text()


def test_a_first_cycle_shows_no_previous_cycle(window, demo_file):
    window.open_path(demo_file)
    window.workspace.show_section(DETAILS)
    assert not window.workspace.findChild(CycleSummary).isVisible()


def test_an_existing_file_is_refused_with_a_message(window, demo_file, tmp_path, answers):
    window.open_path(demo_file)
    taken = tmp_path / "bezet.drempel"
    taken.write_bytes(b"iets anders")
    from drempelmeter.ui.next_cycle_dialog import make_next_cycle

    assert not make_next_cycle(window, taken, next_cycle.NextCycle("Cyclus 2", (),
                                                                   date(2027, 1, 1)))
    assert answers.errors and window.document.db.path == demo_file
    assert taken.read_bytes() == b"iets anders"


def test_a_bare_file_name_goes_beside_the_current_file(qtbot, tmp_path):
    """Not into whatever folder the app was started from."""
    dialog = NextCycleDialog("Demervallei – cyclus 2", DEFAULTS.target_groups, (),
                             tmp_path / "Demervallei – cyclus 2.drempel", None)
    qtbot.addWidget(dialog)
    dialog.path.setText("Cyclus twee")
    assert dialog.chosen_path() == tmp_path / "Cyclus twee.drempel"
    dialog.path.setText("  sub/Cyclus twee.DREMPEL ")
    assert dialog.chosen_path() == tmp_path / "sub" / "Cyclus twee.DREMPEL"
    dialog.path.setText(str(tmp_path.parent / "elders.drempel"))
    assert dialog.chosen_path() == tmp_path.parent / "elders.drempel"


def plan_with_deadlines(db) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    plan.add_plan(db, [PillarRecord(new_id(), "Pijler", (GoalRecord(new_id(), "Doel", 0, (
        ActionRecord(new_id(), "Brieven herschrijven", owner="CAW Demervallei",
                     due_on=today - timedelta(days=3)),
        ActionRecord(new_id(), "Spreekuur in de bib", owner="OCMW Heuvelgem",
                     due_on=today + timedelta(days=10)),
        ActionRecord(new_id(), "Folder", owner="", due_on=today + timedelta(days=45)),
        ActionRecord(new_id(), "Affiche", owner="OCMW Heuvelgem"),
    )),))])


def test_the_follow_up_counts_and_the_dialog_lists_per_owner(window, new_db, qtbot):
    plan_with_deadlines(new_db)
    path = new_db.path
    new_db.close()
    window.open_path(path)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    page.tabs.setCurrentIndex(2)
    assert page.due.label.text() == ("1 overdue · 1 due within 30 days · sounding board: "
                                     "0 evaluations late · 0 to plan")  # none started
    window.findChild(type(window.save_copy_action), "actionDueActions").trigger()
    dialog = window.findChild(DueDialog)
    assert dialog.isVisible() and dialog.table.rowCount() == 2
    assert not dialog.undated.isHidden() and "no planned end date: 1.4." in dialog.undated.text()
    text = dialog.text.toPlainText()
    assert text.startswith("CAW Demervallei\n- 1.1 Brieven herschrijven: planned end ")
    assert "3 days overdue" in text and "OCMW Heuvelgem\n- 1.2 Spreekuur in de bib" in text
    assert "Folder" not in text
    dialog.days.setValue(60)
    assert dialog.table.rowCount() == 3
    assert dialog.text.toPlainText().endswith("due in 45 days (not started)")
    assert "(no owner)" in dialog.text.toPlainText()
    dialog.kind.setCurrentIndex(1)  # overdue only
    assert dialog.table.rowCount() == 1 and dialog.count.text().startswith("1 overdue")
    dialog.copy.click()
    assert QApplication.clipboard().text() == dialog.text.toPlainText()
    dialog.kind.setCurrentIndex(2)
    dialog.days.setValue(0)
    assert dialog.table.rowCount() == 0 and not dialog.copy.isEnabled()
    for widget in (dialog.kind, dialog.days, dialog.table, dialog.text, dialog.copy):
        assert widget.accessibleName()


def test_how_late_or_how_soon_in_words():
    from drempelmeter.domain.cycle import DueAction
    from drempelmeter.ui.due_view import when

    def said(days: int) -> str:
        return when(DueAction("1.1", "Actie", "CAW", date(2027, 1, 1), "running", days))

    assert [said(d) for d in (-12, -1, 0, 1, 9)] == [
        "12 days overdue", "1 day overdue", "due today", "due tomorrow", "due in 9 days"]
