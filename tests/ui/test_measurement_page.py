"""The measurement page, driven as a coach entering paper forms: keyboard only, then the radar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from drempelmeter.domain.scoring import DONT_KNOW, NOT_APPLICABLE
from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import measurement, partners, trajectory
from drempelmeter.services.records import PartnerRecord, RespondentRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.ui.workspace import MEASUREMENT

STANDARD = read_questionnaire(questionnaires_dir() / "standaard.yaml")
ITEMS = [item.id for item in STANDARD.items()]


@pytest.fixture
def small_round(tmp_path):
    """One partner, threshold 3, two clients already entered: their group is still hidden."""
    path = tmp_path / "meting.drempel"
    db = create_trajectory(path, TrajectoryRecord(name="Meting"))
    trajectory.update_trajectory(db, replace(trajectory.get_trajectory(db),
                                             suppression_threshold=3))
    partners.add_partner(db, PartnerRecord("caw", "CAW Midden", "core", "caw"))
    measurement.start_round(db, "r1", "baseline", "Nulmeting", date(2026, 9, 1), STANDARD)
    measurement.add_respondents(db, [
        RespondentRecord(f"c{i}", "r1", "caw", "client", tuple((item, 2, None) for item in ITEMS))
        for i in range(2)])
    db.close()
    return path


def open_measurement(window, path):  # type: ignore[no-untyped-def]
    window.open_path(path)
    window.workspace.show_section(MEASUREMENT)
    page = window.workspace.measurement_page
    page.select_group("client")
    return page


def radar_row(page, group_row: int) -> list[str]:  # type: ignore[no-untyped-def]
    table = page.scores.radar.table
    return [table.item(group_row, c).text() for c in range(table.columnCount())]


def radar_lines(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The groups drawn; none when the chart says it has not enough answers yet."""
    chart = page.scores.radar
    if not chart.empty.isHidden():
        assert chart.empty.text().startswith("Not enough answers yet")
        return []
    return [line.get_label() for line in chart.canvas.figure.axes[0].get_lines()]


def test_enter_a_paper_form_with_the_keyboard_and_see_the_radar_change(window, small_round,
                                                                       qtbot):
    page = open_measurement(window, small_round)
    page.tabs.setCurrentIndex(1)  # the radar
    clients = 2  # row of the client group in the radar's table
    assert set(radar_row(page, clients)) == {"hidden"}
    assert "Clients and lived-experience experts" not in radar_lines(page)

    page.focus_entry()
    grid = page.grid
    assert page.answers.rowCount() == 3 and page.answers.is_new_row(2)
    grid.setCurrentIndex(page.answers.index(2, 0))
    # The third form: 5 for every item, but "weet niet" on the second and n.v.t. on the third;
    # the fourth is skipped with Enter and then filled by going back with the arrow key.
    keys = "5wn"
    for key in keys:
        qtbot.keyClick(grid, key)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, "4")
    for _ in ITEMS[4:]:
        qtbot.keyClick(grid, "5")
    assert page.answers.rowCount() == 4  # a new empty row waits for the next form
    assert grid.currentIndex().row() == 3 and grid.currentIndex().column() == 0

    [*_, typed] = measurement.list_respondents(window.document.db, "r1", "caw", "client")
    answers = dict((item, (value, special)) for item, value, special in typed.answers)
    assert answers[ITEMS[0]] == (5, None)
    assert answers[ITEMS[1]] == (None, DONT_KNOW)
    assert answers[ITEMS[2]] == (None, NOT_APPLICABLE)
    assert answers[ITEMS[3]] == (4, None) and answers[ITEMS[-1]] == (5, None)
    assert page.answers.index(2, 1).data() == "w"

    page.tabs.setCurrentIndex(1)
    assert "Clients and lived-experience experts" in radar_lines(page)
    awareness = radar_row(page, clients)[0]
    # bek-1..bek-4: two forms of four 2s, and 5, (weet niet), (n.v.t.), 4 → (16 + 5 + 4) / 10
    assert awareness.replace(",", ".") == f"{(2 * 2 * 4 + 5 + 4) / 10:.2f}"

    page.focus_entry()
    grid.setCurrentIndex(page.answers.index(2, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert page.answers.index(2, 0).data() == ""
    for _ in range(len(ITEMS) + 1):  # the delete, and every answer of the form
        window.undo_action.trigger()
    window.redo_action.trigger()  # the form is back with its first answer only
    assert [r.answers for r in measurement.list_respondents(
        window.document.db, "r1", "caw", "client")][-1] == ((ITEMS[0], 5, None),)
    window.undo_action.trigger()
    page.tabs.setCurrentIndex(1)
    assert set(radar_row(page, clients)) == {"hidden"}


def test_a_closed_round_takes_no_keys(window, demo_file, qtbot, answers):
    window.open_path(demo_file)
    window.workspace.show_section(MEASUREMENT)
    page = window.workspace.measurement_page
    page.round_combo.setCurrentIndex(page.round_combo.findText("Nulmeting", Qt.MatchFlag.MatchStartsWith))
    assert page.current_round().closed and not page.close_round_button.isEnabled()
    grid = page.grid
    grid.setCurrentIndex(page.answers.index(0, 0))
    before = page.answers.index(0, 0).data()
    qtbot.keyClick(grid, "1" if before != "1" else "2")
    assert page.answers.index(0, 0).data() == before
    assert not page.answers.is_new_row(page.answers.rowCount() - 1)


def test_start_and_close_a_round(window, small_round, qtbot, answers):
    page = open_measurement(window, small_round)
    page.on_new_round()
    from drempelmeter.ui.round_dialog import RoundDialog

    dialog = page.findChild(RoundDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("end"))
    assert dialog.name.text().startswith("Eindmeting")
    dialog.accept()
    assert page.current_round().kind == "end" and page.round_combo.count() == 2
    window.undo_action.trigger()
    assert page.round_combo.count() == 1
    window.redo_action.trigger()
    assert page.round_combo.count() == 2
    page.on_close_round()
    assert answers.questions and page.current_round().closed
    assert not window.undo_action.isEnabled()


def test_a_broken_questionnaire_file_is_named_and_the_others_are_offered(window, small_round,
                                                                        isolated_user_dirs):
    from drempelmeter.services.questionnaires import user_questionnaires_dir
    from drempelmeter.ui.round_dialog import RoundDialog

    (user_questionnaires_dir() / "kapot.yaml").write_text(
        "id: kapot\nversion: '1'\nkind: questionnaire\n  title: oeps\n", encoding="utf-8")
    page = open_measurement(window, small_round)
    page.on_new_round()
    dialog = page.findChild(RoundDialog)
    problems = dialog.findChild(QLabel, "questionnaireProblems")
    assert "kapot.yaml" in problems.text() and "line 4" in problems.text()
    assert dialog.questionnaire.count() >= 1
    dialog.reject()


def test_export_a_form_fill_it_and_drop_it_back_on_the_window(window, small_round, tmp_path,
                                                             qtbot, answers):
    import openpyxl
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from drempelmeter.ui.import_report import ImportReportDialog

    page = open_measurement(window, small_round)
    form = tmp_path / "clients.xlsx"
    page.on_export_form(form)
    assert "2 questionnaires filled in" in page.round_info.text()
    book = openpyxl.load_workbook(form)
    sheet = book["Antwoorden"]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row=row, column=6, value=4)
    sheet["G2"] = "zes"
    book.save(form)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(form))])
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None
                    and window.findChild(ImportReportDialog).isVisible(), timeout=10_000)
    dialog = window.findChild(ImportReportDialog)
    assert dialog.problems.rowCount() == 1 and dialog.problems.item(0, 2).text() == "zes"
    assert dialog.import_button.text() == "Import the valid questionnaires"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.answers.rowCount() == 4, timeout=10_000)  # 3 forms + new row
    assert page.answers.index(2, 0).data() == "4"
    page.tabs.setCurrentIndex(1)
    assert "Clients and lived-experience experts" in radar_lines(page)


def test_print_the_questionnaire_of_the_round_for_the_chosen_group(window, small_round,
                                                                   tmp_path):
    from pypdf import PdfReader

    page = open_measurement(window, small_round)
    assert page.print_button.isEnabled()
    out = tmp_path / "papier.pdf"
    page.on_print(out)
    first_page = PdfReader(out).pages[0].extract_text()
    assert "cliënten" in first_page and "CAW Midden · Nulmeting" in first_page
    assert str(out) in page.round_info.text()


def test_the_numbers_tab_shows_every_count_and_hides_small_groups(window, demo_file):
    window.open_path(demo_file)
    window.workspace.show_section(MEASUREMENT)
    page = window.workspace.measurement_page
    page.round_combo.setCurrentIndex(page.round_combo.findText("Nulmeting",
                                                               Qt.MatchFlag.MatchStartsWith))
    page.partner_combo.setCurrentIndex(page.partner_combo.findText("Armoedevereniging Het Heuvelhuis"))
    page.tabs.setCurrentIndex(5)
    table = page.scores.details
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    management = [row for row in rows if row[0] == "Management"]
    assert management and all(set(row[1:]) == {"hidden"} for row in management)  # a group of 2
    tips = {table.item(r, c).toolTip() for r in range(table.rowCount())
            for c in range(table.columnCount()) if table.item(r, c).text() == "hidden"}
    assert "Hidden: fewer people gave a score from 1 to 5 here than the smallest group shown." in tips
    assert all(tip.startswith("Hidden:") for tip in tips)  # every hidden cell says why
    notes = [label.text() for label in page.findChildren(QLabel)
             if label.text().startswith("“hidden”: ") and label.isVisibleTo(page)]
    assert notes and "cells where fewer than 5 people gave a score from 1 to 5" in notes[0]
    everyone = [row for row in rows if row[0] == "All groups"]
    assert everyone and all(row[1].isdigit() and int(row[1]) >= 5 for row in everyone)
    assert all(sum(map(int, row[4:9])) == int(row[2]) for row in everyone)
