"""Personal data in the window: keep or go back on save, the warning as you type, the check of
the whole file, what an export masked, and imported signals that wait for review."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from drempelmeter.services import bundles, privacy_scan, trajectory
from drempelmeter.services.privacy_scan import FIELDS
from drempelmeter.ui import edits
from drempelmeter.ui.messages import FIELD_NAMES
from drempelmeter.ui.personal_data_dialog import PersonalDataDialog
from drempelmeter.ui.privacy_check import MORE_FIELDS, RECORD_WORDS, PrivacyCheckDialog
from drempelmeter.ui.privacy_hint import PrivacyHint
from drempelmeter.ui.prompts import TextPrompt
from drempelmeter.ui.prompts import confirm_personal_data as real_confirm_personal_data
from drempelmeter.ui.workspace import DETAILS, SIGNALS

CAW = "CAW Demervallei"
PHONE_ROW = "Cliënten vragen een terugbelnummer; bel 0470 12 34 56 voor een afspraak."


def answer_the_dialog(qtbot, button: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click `button` ("keep" or "back") on the personal-data dialog as soon as it shows."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PersonalDataDialog):
            QTimer.singleShot(20, click)
            return
        try:  # whatever is wrong, the dialog must close, or the test hangs
            table = dialog.findings
            seen.extend(f"{table.item(r, 0).text()}: {table.item(r, 1).text()}"
                        for r in range(table.rowCount()))
            if not dialog.back_button.isDefault():
                seen.append("going back is not the default")
        finally:
            (dialog.keep_button if button == "keep" else dialog.back_button).click()

    QTimer.singleShot(0, click)


def type_region(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    page = window.workspace.details_page
    page.region.setFocus()
    page.region.selectAll()
    qtbot.keyClicks(page.region, text)
    qtbot.keyClick(page.region, Qt.Key.Key_Return)


def test_keep_records_the_confirmation_and_the_edit_is_undoable(window, demo_file, qtbot,
                                                               answers, monkeypatch):
    from drempelmeter.ui import prompts

    monkeypatch.setattr(prompts, "confirm_personal_data", real_confirm_personal_data)
    window.open_path(demo_file)
    window.workspace.show_section(DETAILS)
    db = window.document.db
    before = trajectory.get_trajectory(db).region
    seen: list[str] = []
    answer_the_dialog(qtbot, "keep", seen)
    type_region(window, qtbot, "Regio jan.peeters@example.be")
    assert seen == ["e-mail address: jan.peeters@example.be"]
    assert trajectory.get_trajectory(db).region == "Regio jan.peeters@example.be"
    assert window.document.undo_stack.count() == 1 and answers.errors == []
    [finding] = [f for f in privacy_scan.scan(db) if f.record == "trajectory"]
    assert finding.kept and finding.field == "region" and "[e-mailadres]" in finding.excerpt

    window.undo_action.trigger()
    assert trajectory.get_trajectory(db).region == before
    asked: list[object] = []
    monkeypatch.setattr(prompts, "confirm_personal_data", lambda *a: asked.append(a) or False)
    window.redo_action.trigger()  # the keep is in the file: not asked again
    assert asked == []
    assert trajectory.get_trajectory(db).region == "Regio jan.peeters@example.be"


def test_go_back_leaves_the_file_as_it_was(window, demo_file, qtbot, answers, monkeypatch):
    from drempelmeter.ui import prompts

    monkeypatch.setattr(prompts, "confirm_personal_data", real_confirm_personal_data)
    window.open_path(demo_file)
    window.workspace.show_section(DETAILS)
    db = window.document.db
    before = trajectory.get_trajectory(db)
    findings_before = privacy_scan.scan(db)
    seen: list[str] = []
    answer_the_dialog(qtbot, "back", seen)
    type_region(window, qtbot, "Bel 0470 12 34 56")
    assert seen == ["phone number: 0470 12 34 56"]
    assert trajectory.get_trajectory(db) == before
    assert privacy_scan.scan(db) == findings_before
    assert window.document.undo_stack.count() == 0
    assert answers.errors == []  # the user chose to go back: no second message box
    assert "not saved" in window.statusBar().currentMessage()
    assert window.workspace.details_page.region.text() == before.region


def test_the_fake_prompt_keeps_on_request(window, demo_file, qtbot, answers):
    """A form of the plan: every field the same way, here through the test's answer."""
    window.open_path(demo_file)
    window.workspace.show_section(DETAILS)
    answers.keep = True
    type_region(window, qtbot, "Bel 0470 12 34 56")
    assert answers.personal == [("0470 12 34 56",)]
    assert trajectory.get_trajectory(window.document.db).region == "Bel 0470 12 34 56"


def test_the_warning_shows_as_you_type_and_replaces(window, demo_file, qtbot, answers):
    window.open_path(demo_file)
    window.workspace.show_section(DETAILS)
    page = window.workspace.details_page
    hint = page.findChild(PrivacyHint, "trajectoryRegionPrivacyHint")
    assert hint is not None and not hint.isVisible()
    page.region.setFocus()
    page.region.selectAll()
    qtbot.keyClicks(page.region, "Regio, mail jan@example.be of bel 0470 12 34 56")
    assert hint.isVisible()
    assert hint.label.text() == "Looks like personal data: e-mail address, phone number."
    assert hint.label.accessibleName() == hint.label.text()
    qtbot.mouseClick(hint.replace_button, Qt.MouseButton.LeftButton)
    assert page.region.text() == "Regio, mail [e-mailadres] of bel [telefoonnummer]"
    assert not hint.isVisible()
    assert page.region.hasFocus()  # the button left the focus where the user types
    page.region.editingFinished.emit()
    assert answers.personal == []  # nothing left to ask about
    assert trajectory.get_trajectory(window.document.db).region == page.region.text()


def test_every_free_text_field_of_a_dialog_warns_but_the_signal_dialog_its_own_way(qtbot):
    from drempelmeter.services.records import SessionRecord, SignalRecord
    from drempelmeter.ui.record_dialogs import SessionDialog
    from drempelmeter.ui.signal_dialog import SignalDialog

    dialog = SessionDialog(SessionRecord("s", 1, date(2026, 3, 2), "Startoverleg"), [], None,
                           new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setPlainText("Verslag naar an.smet@example.be")
    hint = dialog.findChild(PrivacyHint, "sessionNotesPrivacyHint")
    assert hint.isVisible() and "e-mail address" in hint.label.text()
    assert dialog.findChild(PrivacyHint, "sessionLocationPrivacyHint") is not None
    signal = SignalDialog(SignalRecord("x", "p", "Woont Kerkstraat 3.", "bekendheid"), [], (),
                          None, new=True)
    qtbot.addWidget(signal)
    assert signal.findChildren(PrivacyHint) == []


def test_a_text_prompt_warns_and_returns_what_was_typed(qtbot):
    prompt = TextPrompt(None, "Rename", "New title:")
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.keyClicks(prompt.field, "Overleg met 0470 12 34 56")
    assert prompt.hint.isVisible()
    prompt.hint.replace_button.click()
    assert prompt.text() == "Overleg met [telefoonnummer]" and not prompt.hint.isVisible()
    note = TextPrompt(None, "Close round", "Why?", "first line", multi_line=True)
    qtbot.addWidget(note)
    assert note.text() == "first line"


def import_a_bundle_with_a_phone_number(window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    bundle = tmp_path / "caw.xlsx"
    bundles.export_template(window.document.db, CAW, bundle)
    book = openpyxl.load_workbook(bundle)
    book["Signalen"].append([None, PHONE_ROW, "Bereikbaarheid"])
    book.save(bundle)
    report = bundles.import_bundle(window.document.db, bundle)
    assert report.added == 1 and len(report.to_review) == 1
    window.document.changed.emit("signals")
    return bundle


def test_the_import_report_lists_rows_to_review_apart_from_problems(window, demo_file,
                                                                   tmp_path, qtbot):
    window.open_path(demo_file)
    bundle = tmp_path / "caw.xlsx"
    bundles.export_template(window.document.db, CAW, bundle)
    book = openpyxl.load_workbook(bundle)
    book["Signalen"].append([None, PHONE_ROW, "Bereikbaarheid"])
    book.save(bundle)
    job = window.import_workbook(bundle)
    qtbot.waitUntil(lambda: job.report_dialog is not None and job.report_dialog.isVisible())
    dialog = job.report_dialog
    note = dialog.findChild(QLabel, "importToReview")
    assert note.isVisible() and not dialog.problems.isVisible()
    assert "Imported, waits for your review: row " in note.text()
    assert "looks like personal data ([telefoonnummer]) — “" in note.text()
    assert "0470" not in note.text()
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import"
    with qtbot.waitSignal(job.done, timeout=10_000) as done:
        dialog.import_button.click()
    assert done.args == [True]


def test_the_signals_page_marks_and_filters_signals_to_review(window, demo_file, tmp_path):
    window.open_path(demo_file)
    import_a_bundle_with_a_phone_number(window, tmp_path)
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    total = page.proxy.rowCount()
    assert "1 imported signals wait for review" in page.counts.text()
    page.review_filter.setChecked(True)
    assert page.proxy.rowCount() == 1 < total
    status = page.proxy.index(0, page.model.STATUS).data()
    assert status.startswith("To review · ")
    assert page.review_filter.accessibleName()
    page.review_filter.setChecked(False)
    assert page.proxy.rowCount() == total


def test_the_check_lists_a_planted_finding_and_a_confirmed_one(window, demo_file, tmp_path,
                                                              qtbot, answers):
    window.open_path(demo_file)
    import_a_bundle_with_a_phone_number(window, tmp_path)
    answers.keep = True
    window.workspace.show_section(DETAILS)
    type_region(window, qtbot, "Regio jan@example.be")
    assert window.privacy_action.isEnabled()
    window.privacy_action.trigger()
    dialog = window.findChild(PrivacyCheckDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    signal_rows = [r for r in rows if r[0] == "Signal" and r[2] == "phone number"]
    assert signal_rows and signal_rows[0][1] == "The description"
    assert "[telefoonnummer]" in signal_rows[0][3] and "0470" not in signal_rows[0][3]
    assert signal_rows[0][4] == "Imported, waits for review"
    assert ["Trajectory", "Region", "e-mail address", "Regio [e-mailadres]",
            "Confirmed as not personal data"] in rows
    kept = sum(r[4] == "Confirmed as not personal data" for r in rows)
    assert dialog.summary.text() == (f"{len(rows) - kept} findings to review, {kept} confirmed "
                                     "as not personal data.")
    assert table.accessibleName() and dialog.close_button.isEnabled()
    assert dialog.width() <= 1280 and dialog.height() <= 720
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_the_check_of_a_clean_file_says_so(window, new_db, qtbot):
    path = new_db.path
    new_db.close()
    window.open_path(path)
    window.check_personal_data()
    dialog = window.findChild(PrivacyCheckDialog)
    assert dialog.summary.text() == "No personal data found." and not dialog.table.isVisible()
    dialog.reject()


def test_an_export_says_what_it_masked(window, demo_file, tmp_path, answers):
    window.open_path(demo_file)
    import_a_bundle_with_a_phone_number(window, tmp_path)
    answers.choices = [CAW]
    answers.save_path = tmp_path / "out.xlsx"
    window.export_bundle()
    assert answers.errors == []
    [text] = answers.infos
    assert text.startswith("1 texts were written with personal data replaced by neutral words:")
    assert "[telefoonnummer]" in text and "0470" not in text
    assert "File ▸ Check for personal data…" in text
    assert "(9 signals filled in)" in window.statusBar().currentMessage() or \
        "signals filled in" in window.statusBar().currentMessage()


def test_the_menu_entry_follows_the_open_file(window, demo_file):
    assert not window.privacy_action.isEnabled()
    window.open_path(demo_file)
    assert window.privacy_action.isEnabled()
    window.close_trajectory()
    assert not window.privacy_action.isEnabled()


def test_the_new_dialogs_are_accessible_and_reachable_by_keyboard(window, demo_file, tmp_path,
                                                                  qtbot):
    from drempelmeter.domain.privacy import screen
    from drempelmeter.services.personal_data import PersonalDataFound

    from .test_accessibility import problems

    exc = PersonalDataFound("region", screen("Mail jan@example.be of bel 0470 12 34 56"))
    asked = PersonalDataDialog(exc, window)
    qtbot.addWidget(asked)
    asked.show()
    assert problems(asked) == []
    assert [asked.findings.item(r, 0).text() for r in range(2)] == ["e-mail address",
                                                                    "phone number"]
    prompt = TextPrompt(window, "Rename", "New title:", "bel 0470 12 34 56")
    qtbot.addWidget(prompt)
    prompt.show()
    assert prompt.hint.isVisible() and problems(prompt) == []
    window.open_path(demo_file)
    import_a_bundle_with_a_phone_number(window, tmp_path)
    window.check_personal_data()
    check = window.findChild(PrivacyCheckDialog)
    assert problems(check) == []


def test_a_report_says_what_it_masked(window, demo_file, tmp_path, qtbot, answers):
    """Text stored before the guard (planted in the file here) is masked in the report."""
    from sqlalchemy import select

    from drempelmeter.store.models import Barrier

    db = trajectory.open_trajectory(demo_file)
    try:
        with db.session() as session:
            barrier = session.scalars(select(Barrier).order_by(Barrier.title)).first()
            barrier.title = "Wie belt 0470 12 34 56 terug?"
    finally:
        db.close()
    window.open_path(demo_file)
    answers.choices = ["The whole region", "Excel workbook, to work on"]
    answers.save_path = tmp_path / "rapport.xlsx"
    writer = window.write_report()
    with qtbot.waitSignal(writer.done, timeout=60_000) as done:
        pass
    assert done.args == [True] and answers.errors == []
    [text] = answers.infos
    assert "[telefoonnummer]" in text and "0470" not in text


def test_a_form_asks_before_it_closes_and_going_back_keeps_what_was_typed(window, demo_file,
                                                                          qtbot, answers):
    """The decision dialog: go back leaves it open with the text; keep closes it, and the
    edit it makes is not asked about a second time."""
    from drempelmeter.services import decisions
    from drempelmeter.services.records import DecisionRecord
    from drempelmeter.ui.record_dialogs import DecisionDialog

    window.open_path(demo_file)
    db = window.document.db
    dialog = DecisionDialog(DecisionRecord("d-new", date(2026, 3, 2), "steering", ""), window,
                            new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("Afgesproken met an.smet@example.be")
    dialog.accept()  # go back (the default answer)
    assert answers.personal == [("an.smet@example.be",)]
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.text.toPlainText() == "Afgesproken met an.smet@example.be"
    answers.keep = True
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == 1
    answers.keep = False  # were the edit to ask again, it would now be refused
    assert window.document.push(edits.save_decision(window.document, None, dialog.record()))
    assert answers.personal == [("an.smet@example.be",)] * 2
    assert [d.text for d in decisions.list_decisions(db) if d.id == "d-new"] == [
        "Afgesproken met an.smet@example.be"]


def test_a_point_with_personal_data_stays_typed_until_confirmed(window, demo_file, qtbot,
                                                                answers):
    """Enter in a question's entry: going back keeps the point in the entry; keeping adds it,
    asked once."""
    from drempelmeter.domain.plan import all_actions
    from drempelmeter.services import plan
    from drempelmeter.ui.workspace import PLAN

    window.open_path(demo_file)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    first = all_actions(plan.read_plan(window.document.db))[0]
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0).child(0))
    concrete = page.editor.questions["concrete"]
    concrete.entry.setFocus()
    qtbot.keyClicks(concrete.entry, "Bel Jan op 0470 12 34 56")
    qtbot.keyClick(concrete.entry, Qt.Key.Key_Return)
    assert answers.personal == [("0470 12 34 56",)]
    assert concrete.entry.text() == "Bel Jan op 0470 12 34 56"
    assert all_actions(plan.read_plan(window.document.db))[0].concrete == first.concrete
    answers.keep = True
    qtbot.keyClick(concrete.entry, Qt.Key.Key_Return)
    assert concrete.entry.text() == "" and len(answers.personal) == 2
    assert all_actions(plan.read_plan(window.document.db))[0].concrete == (
        *first.concrete, "Bel Jan op 0470 12 34 56")


def test_every_record_and_field_the_scan_knows_is_named_in_words():
    """File ▸ Check for personal data names each finding's record and field in words, never by
    its key (a new record or field of the scan needs its words here)."""
    assert {record for record, _model, _fields in FIELDS} <= set(RECORD_WORDS)
    named = set(FIELD_NAMES) | set(MORE_FIELDS)
    assert {f for _record, _model, fields in FIELDS for f in fields} - named == set()
