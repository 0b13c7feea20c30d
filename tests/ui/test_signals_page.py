"""The signals page, driven as a coach would: editor, filters, undo, import, drag and drop."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from drempelmeter.services import bundles, signals
from drempelmeter.ui.import_report import ImportReportDialog
from drempelmeter.ui.signal_dialog import SignalDialog
from drempelmeter.ui.workspace import SIGNALS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bundles"


def open_signals(window, demo_file):  # type: ignore[no-untyped-def]
    window.open_path(demo_file)
    window.workspace.show_section(SIGNALS)
    return window.workspace.signals_page


def test_fill_a_signal_in_the_editor_then_filter_undo_and_redo(window, demo_file, qtbot):
    page = open_signals(window, demo_file)
    total = page.model.rowCount()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(SignalDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert "never a name" in dialog.findChild(type(dialog.warning), "signalDefinition").text()
    dialog.description.insertPlainText("Cliënten")  # QTest cannot synthesise "ë" as a key
    qtbot.keyClicks(dialog.description, " uit de Molenstraat 4 vinden het loket niet.")
    assert dialog.warning.isVisible() and "Molenstraat 4" in dialog.warning.text()
    assert not ok.isEnabled()
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert dialog.description.toPlainText() == "Cliënten uit de [adres] vinden het loket niet."
    assert not dialog.warning.isVisible() and ok.isEnabled()
    dialog.partner.setCurrentIndex(dialog.partner.findText("OCMW Heuvelgem"))
    dialog.primary_b.setCurrentIndex(dialog.primary_b.findData("bereikbaarheid"))
    dialog.choices["level"].setCurrentIndex(dialog.choices["level"].findData("organisation"))
    dialog.multi["target_groups"].item(1).setCheckState(Qt.CheckState.Checked)  # older people
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == total + 1

    ocmw = next(p.id for p in page._partners if p.name == "OCMW Heuvelgem")
    page.show_partner(ocmw)
    assert page.proxy.rowCount() == sum(s.partner_id == ocmw
                                        for s in signals.list_signals(window.document.db))
    qtbot.keyClicks(page.search, "clienten LOKET")  # without accents or case
    assert page.proxy.rowCount() == 1
    assert f"1 of {total + 1} signals shown." in page.counts.text()
    added = page.proxy.records()[0]
    assert added.target_groups == ("elderly",) and added.level == "organisation"

    window.undo_action.trigger()
    assert page.model.rowCount() == total and page.proxy.rowCount() == 0
    window.redo_action.trigger()
    assert page.model.rowCount() == total + 1 and page.proxy.rowCount() == 1


def test_keeping_personal_data_needs_a_confirmation_that_is_recorded(window, demo_file, qtbot):
    page = open_signals(window, demo_file)
    page.on_add()
    dialog = page.findChild(SignalDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.description, "Het onthaal in de Kerkstraat 1 is vaak dicht.")
    assert not ok.isEnabled()
    dialog.keep.setChecked(True)
    assert ok.isEnabled()
    ok.click()
    kept = next(s for s in signals.list_signals(window.document.db)
                if s.description.startswith("Het onthaal in de Kerkstraat"))
    assert kept.kept_findings == ("Kerkstraat 1",)


def test_status_of_a_selection_and_remove_are_undoable(window, demo_file):
    page = open_signals(window, demo_file)
    page.filters["status"].setCurrentIndex(page.filters["status"].findData("analysed"))
    analysed = page.proxy.rowCount()
    page.filters["status"].setCurrentIndex(0)
    page.view.selectRow(0)
    page.view.selectionModel().select(
        page.proxy.index(1, 0), page.view.selectionModel().SelectionFlag.Select
        | page.view.selectionModel().SelectionFlag.Rows)
    chosen = page.selected()
    assert len(chosen) == 2
    page.on_status("analysed")
    statuses = {s.id: s.status for s in signals.list_signals(window.document.db)}
    assert all(statuses[s.id] == "analysed" for s in chosen)
    window.undo_action.trigger()
    statuses = {s.id: s.status for s in signals.list_signals(window.document.db)}
    assert all(statuses[s.id] == s.status for s in chosen)
    page.filters["status"].setCurrentIndex(page.filters["status"].findData("analysed"))
    assert page.proxy.rowCount() == analysed
    page.filters["status"].setCurrentIndex(0)
    page.view.selectRow(0)
    total = page.model.rowCount()
    page.remove_button.click()
    assert page.model.rowCount() == total - 1
    window.undo_action.trigger()
    assert page.model.rowCount() == total


def test_charts_show_the_numbers_of_their_tables(window, demo_file):
    page = open_signals(window, demo_file)
    page.tabs.setCurrentWidget(page.heatmap)
    table = page.heatmap.table
    assert page.heatmap.canvas is not None and page.heatmap.canvas.accessibleName()
    counts = signals.count_signals(signals.list_signals(window.document.db),
                                   [p.id for p in page._partners], page._optional_bs)
    shown = [[int(table.item(r, c).text()) for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    assert shown == [list(row) for row in counts.by_partner_and_b]
    assert sum(map(sum, shown)) == page.model.rowCount()
    page.tabs.setCurrentWidget(page.levels)
    levels = page.levels.table
    assert sum(int(levels.item(r, 0).text()) for r in range(levels.rowCount())) == len(
        signals.list_signals(window.document.db))


def run_import(window, path: Path, qtbot):  # type: ignore[no-untyped-def]
    job = window.import_workbook(path)
    assert job is not None
    return job


def test_importing_a_good_bundle_through_the_dialog(window, demo_file, tmp_path, qtbot):
    page = open_signals(window, demo_file)
    total = page.model.rowCount()
    good = tmp_path / "caw.xlsx"
    bundles.export_template(window.document.db, "CAW Demervallei", good)
    import openpyxl

    book = openpyxl.load_workbook(good)
    book["Signalen"].append([None, "Niemand belt terug na een voicemail.", "Bereikbaarheid"])
    book.save(good)
    job = run_import(window, good, qtbot)
    qtbot.waitUntil(lambda: job.report_dialog is not None and job.report_dialog.isVisible())
    dialog = job.report_dialog
    summary = dialog.findChild(QLabel, "importSummary").text()
    assert summary.startswith("New signals: 1 · updated: 0 · already in the trajectory: 8")
    assert dialog.import_button.text() == "Import" and dialog.import_button.isEnabled()
    with qtbot.waitSignal(job.done, timeout=10_000) as done:
        dialog.import_button.click()
    assert done.args == [True]
    assert page.model.rowCount() == total + 1


def test_a_bundle_with_mistakes_shows_each_problem_and_writes_nothing(window, demo_file, qtbot,
                                                                      answers):
    page = open_signals(window, demo_file)
    total = page.model.rowCount()
    job = run_import(window, FIXTURES / "caw_with_mistakes_libreoffice.xlsx", qtbot)
    qtbot.waitUntil(lambda: answers.questions != [])  # made for another trajectory: asked
    assert "another trajectory" in answers.questions[0]
    qtbot.waitUntil(lambda: job.report_dialog is not None and job.report_dialog.isVisible())
    dialog = job.report_dialog
    assert dialog.problems.rowCount() == 4
    assert dialog.problems.item(0, 1).text() == "C (B)"
    # Personal data is not a problem (it would come in to review); the row that holds it
    # also has a value not in a list, so it is not imported at all and not announced.
    assert not dialog.to_review.isVisibleTo(dialog)
    assert dialog.import_button.text() == "Import the valid rows"
    # The file's valid rows are copies of CAW's signals (3 of them changed since): they may be
    # taken on their own; cancelling writes nothing.
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(job.done, timeout=10_000):
        dialog.reject()
    assert page.model.rowCount() == total


def test_a_refused_workbook_is_explained(window, demo_file, qtbot, answers, tmp_path):
    open_signals(window, demo_file)
    notes = tmp_path / "bundel.xlsx"
    notes.write_text("Dit is een tekstbestand, geen werkmap.", encoding="utf-8")
    job = run_import(window, notes, qtbot)
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    assert "“bundel.xlsx” is a text file (such as a CSV)" in answers.errors[0]


def test_dropping_a_workbook_on_the_window_imports_it(window, demo_file, tmp_path, qtbot,
                                                      answers):
    page = open_signals(window, demo_file)
    total = page.model.rowCount()
    dropped = tmp_path / "gesleept.xlsx"
    shutil.copyfile(FIXTURES / "caw_filled_libreoffice.xlsx", dropped)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None
                    and window.findChild(ImportReportDialog).isVisible(), timeout=10_000)
    dialog = window.findChild(ImportReportDialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == total + 2, timeout=10_000)


def test_a_partners_bundle_is_the_signals_view_filtered_on_it(window, demo_file, qtbot):
    from drempelmeter.ui.workspace import PARTNERS

    window.open_path(demo_file)
    window.workspace.show_section(PARTNERS)
    partners_page = window.workspace.partners_page
    assert not partners_page.show_signals_button.isEnabled()
    partners_page.partners.view.selectRow(2)
    chosen = partners_page.partners.selected()
    qtbot.mouseClick(partners_page.show_signals_button, Qt.MouseButton.LeftButton)
    page = window.workspace.signals_page
    assert window.workspace.pages.currentWidget() is page
    assert page.partner_filter.currentData() == chosen.id
    assert page.proxy.rowCount() == sum(s.partner_id == chosen.id
                                        for s in signals.list_signals(window.document.db))
    assert {r.partner_id for r in page.proxy.records()} == {chosen.id}
