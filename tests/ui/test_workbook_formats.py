"""Workbooks come into the window in LibreOffice's formats too: the open dialog offers them, and
a dropped .ods form is imported as a form."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from drempelmeter.services import measurement
from drempelmeter.ui import prompts
from drempelmeter.ui.import_report import ImportReportDialog
from drempelmeter.ui.main_window import MainWindow
from tests.exchange.response_setup import PARTNER_ID, ROUND_ID, build

FORMS = Path(__file__).resolve().parent.parent / "fixtures" / "forms"


def test_the_open_dialog_offers_every_format_and_the_save_dialog_xlsx(qapp, monkeypatch,
                                                                     tmp_path):
    offered = []

    def dialog(_parent, _title, _folder, kinds):  # type: ignore[no-untyped-def]
        offered.append(kinds)
        return "", ""

    monkeypatch.setattr(prompts.QFileDialog, "getOpenFileName", dialog)
    monkeypatch.setattr(prompts.QFileDialog, "getSaveFileName", dialog)
    assert prompts.choose_workbook_to_open(None, str(tmp_path)) is None
    prompts.choose_file_to_save(None, "", tmp_path / "bundel.xlsx", ".xlsx")
    opened, saved = offered
    assert "(*.xlsx *.xlsm *.ods *.xls)" in opened.split(";;")[0]
    assert ".ods" not in saved and "*.xlsx" in saved


def test_every_workbook_format_may_be_dropped():
    for name, taken in (("a.xlsx", True), ("a.XLSM", True), ("a.ods", True), ("a.xls", True),
                        ("a.csv", False), ("a.drempel", False)):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(f"/tmp/{name}")])
        assert (MainWindow._dropped_workbook(mime) is not None) == taken, name


def test_a_dropped_ods_form_is_imported_as_a_form(window, tmp_path, qtbot, answers):
    build(tmp_path / "t.drempel").close()
    assert window.open_path(tmp_path / "t.drempel")
    dropped = tmp_path / "formulier.ods"
    shutil.copyfile(FORMS / "caw_staff_filled_libreoffice.ods", dropped)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None
                    and window.findChild(ImportReportDialog).isVisible(), timeout=10_000)
    window.findChild(ImportReportDialog).import_button.click()
    db = window.document.db
    qtbot.waitUntil(lambda: len(measurement.list_respondents(db, ROUND_ID, PARTNER_ID,
                                                             "staff")) == 5, timeout=10_000)
    assert answers.errors == []
