"""Follow-up forms from the window: exported for a trekker from the File menu, a filled one
dropped on the window is recognised and imported after its report, and the follow-up view says
who reported each step."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QListWidget

from drempelmeter.domain.plan import all_actions
from drempelmeter.services import plan
from drempelmeter.ui.import_report import ImportReportDialog
from drempelmeter.ui.plan_page import PlanPage
from drempelmeter.ui.workspace import PLAN
from tests.exchange.followup_fixture_setup import ACTIONS, FIXTURES, REPORTER, build


def test_export_drop_import_and_see_who_reported(window, tmp_path, qtbot, answers):
    build(tmp_path / "t.drempel").close()
    assert window.open_path(tmp_path / "t.drempel")
    assert window.followup_action.isEnabled()
    answers.choices = ["Trekker: Sociaal Huis Bilzen"]
    answers.save_path = tmp_path / "opvolging.xlsx"
    window.findChild(type(window.followup_action), "actionExportFollowUp").trigger()
    assert answers.save_path.exists() and answers.errors == []

    dropped = tmp_path / "ingevuld.ods"
    shutil.copyfile(FIXTURES / "trekker_filled_libreoffice.ods", dropped)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None
                    and window.findChild(ImportReportDialog).isVisible(), timeout=10_000)
    dialog = window.findChild(ImportReportDialog)
    changes = dialog.findChild(QListWidget, "importChanges")
    assert changes.accessibleName() and changes.count() == 3  # two actions, one value
    assert "Done" in changes.item(0).text()
    dialog.import_button.click()
    db = window.document.db
    qtbot.waitUntil(lambda: all_actions(plan.read_plan(db))[0].history != (), timeout=10_000)
    assert answers.errors == []

    window.workspace.show_section(PLAN)
    page = window.findChild(PlanPage)
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.follow.rowCount() == 4, timeout=10_000)
    row = next(n for n, a in enumerate(all_actions(page.plan)) if a.id == ACTIONS[0][0])

    def chosen_with_its_history() -> bool:
        """The page may read the plan once more after the import (the document's change, between
        events), choosing its first action again: the action is chosen until its history shows."""
        followed = page.followed_action()
        if followed is None or followed.id != ACTIONS[0][0]:
            page.follow.selectRow(row)
        return page.history.count() > 0

    qtbot.waitUntil(chosen_with_its_history, timeout=10_000)
    lines = page.history.item(page.history.count() - 1).text().splitlines()
    assert REPORTER in lines[0] and "Sociaal Huis Bilzen" in lines[0]
    assert any(line.strip().startswith("Done: Lijst van 42 gezinnen") for line in lines)
