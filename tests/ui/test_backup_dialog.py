"""File ▸ Restore a backup… in the real window: the list, restoring into a new file or over the
open one, and a dialog a keyboard and a screen reader can use."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from drempelmeter.domain.ids import new_id
from drempelmeter.services import backups, partners
from drempelmeter.services.records import PartnerRecord
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.ui.backup_dialog import BackupDialog, BackupsModel

from .test_accessibility import problems

NEW_PARTNER = "Lokaal dienstencentrum De Linde"


def open_and_edit(window, demo_file: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Open the demo (which backs it up, once the window shows it) and add a partner the backup
    does not have."""
    assert window.open_path(demo_file)
    qtbot.waitUntil(lambda: [b.reason for b in backups.list_backups(demo_file)]
                    == [backups.AT_OPENING])
    window.wait_for_opening_backup()
    partners.add_partner(window.document.db, PartnerRecord(new_id(), NEW_PARTNER, "core", "caw"))


def partner_names(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.name for p in partners.list_partners(window.document.db)}


def backup_dialog(window) -> BackupDialog:  # type: ignore[no-untyped-def]
    window.findChild(type(window.undo_action), "actionRestoreBackup").trigger()
    [dialog] = [d for d in window.findChildren(BackupDialog) if d.isVisible()]
    return dialog


def test_the_dialog_lists_the_backups_with_date_time_and_occasion(window, demo_file,
                                                                    qtbot):
    open_and_edit(window, demo_file, qtbot)
    dialog = backup_dialog(window)
    [backup] = backups.list_backups(demo_file)
    model = dialog.model
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[BackupsModel.TIME] == f"{backup.taken:%H:%M:%S}"
    assert cells[BackupsModel.OCCASION] == "When the file was opened"
    assert cells[BackupsModel.DATE] and cells[BackupsModel.SIZE]
    assert model.index(0, 0).data(BackupsModel.IdRole) == backup.name
    assert dialog.chosen() == backup
    assert dialog.into_button.isEnabled() and dialog.over_button.isEnabled()


def test_restore_into_a_new_file_and_open_it(window, demo_file, answers, tmp_path, qtbot):
    open_and_edit(window, demo_file, qtbot)
    dialog = backup_dialog(window)
    answers.save_path = tmp_path / "Terug.drempel"
    qtbot.mouseClick(dialog.into_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and answers.errors == []
    assert window.document.db.path == answers.save_path
    assert NEW_PARTNER not in partner_names(window)
    window.close_trajectory()
    assert window.open_path(demo_file)
    assert NEW_PARTNER in partner_names(window)  # the open file was left alone


def test_restore_over_the_open_file_after_asking_and_backing_it_up(window, demo_file, answers,
                                                                   qtbot):
    open_and_edit(window, demo_file, qtbot)
    answers.answer = False
    qtbot.mouseClick(backup_dialog(window).over_button, Qt.MouseButton.LeftButton)
    assert len(answers.questions) == 1 and "Demervallei.drempel" in answers.questions[0]
    assert NEW_PARTNER in partner_names(window)
    answers.answer = True
    qtbot.mouseClick(backup_dialog(window).over_button, Qt.MouseButton.LeftButton)
    assert answers.errors == []
    assert window.document.db.path == demo_file and not window.document.read_only
    assert NEW_PARTNER not in partner_names(window)
    newest = backups.list_backups(demo_file)[0]
    assert newest.reason == backups.BEFORE_RESTORE
    before = open_trajectory(newest.path, read_only=True)
    try:
        assert NEW_PARTNER in {p.name for p in partners.list_partners(before)}  # as it was
    finally:
        before.close()
    assert window.statusBar().currentMessage().startswith("Restored the backup of ")


def test_a_file_open_elsewhere_can_only_be_restored_into_a_new_file(window, demo_file):
    elsewhere = open_trajectory(demo_file)  # backs it up, and holds it for editing
    try:
        assert len(backups.list_backups(demo_file)) == 1
        assert window.open_path(demo_file, read_only=True)
        dialog = backup_dialog(window)
        assert dialog.into_button.isEnabled() and not dialog.over_button.isEnabled()
    finally:
        elsewhere.close()


def test_no_backups_yet_nothing_to_choose(qtbot):
    dialog = BackupDialog([], "Regio.drempel", True, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    assert not dialog.into_button.isEnabled() and not dialog.over_button.isEnabled()


def test_every_control_is_named_and_reachable_with_the_keyboard(window, demo_file, answers,
                                                                tmp_path, qtbot):
    open_and_edit(window, demo_file, qtbot)
    dialog = backup_dialog(window)
    assert problems(dialog) == [] and dialog.accessibleName() == "Restore a backup"
    assert dialog.view.accessibleName() == "Backups, newest first"
    answers.save_path = tmp_path / "Met het toetsenbord.drempel"
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter restores the chosen one into a copy
    assert window.document.db.path == answers.save_path


def test_the_model_passes_the_model_tester(qtmodeltester):
    from drempelmeter.services.backups import Backup

    model = BackupsModel()
    model.set_records([Backup(Path(f"2026010{n}-090000-at-opening.drempel"),
                              datetime(2026, 1, n, 9), backups.AT_OPENING, 1000 * n)
                       for n in (3, 2, 1)])
    qtmodeltester.check(model)


def test_the_dialog_speaks_dutch(dutch, window, demo_file, qtbot):
    from .test_translation import SAME_IN_BOTH, extractor, visible_texts

    open_and_edit(window, demo_file, qtbot)
    dialog = backup_dialog(window)
    english = {source.replace("&", "") for source, _ in extractor.extract()} - SAME_IN_BOTH
    seen = visible_texts(dialog) | {dialog.windowTitle()}
    assert sorted(t for t in seen if t.replace("&", "") in english) == []
    assert dialog.model.index(0, BackupsModel.OCCASION).data() == "Bij het openen van het bestand"
    assert dialog.over_button.text() == "Het huidige bestand &vervangen…"


def test_a_file_too_damaged_to_open_leads_to_its_trajectorys_backups(window, demo_file,
                                                                    answers, tmp_path, qtbot):
    """Its header gone, the file cannot say which trajectory it held: the window offers the
    backups of every trajectory on this computer, and restores one into a new file."""
    from drempelmeter.services.trajectory import get_trajectory
    from drempelmeter.ui.formats import format_moment

    open_and_edit(window, demo_file, qtbot)
    name = get_trajectory(window.document.db).name
    window.close_trajectory()
    data = bytearray(demo_file.read_bytes())
    data[16:18] = b"\x00\x03"  # an impossible page size
    demo_file.write_bytes(bytes(data))
    [(listed, kept)] = backups.every_trajectorys_backups()
    assert listed == name
    answers.choices = [f"{name} (newest backup {format_moment(kept[0].taken)})"]
    assert not window.open_path(demo_file)
    assert "is damaged" in answers.errors[-1]
    [dialog] = [d for d in window.findChildren(BackupDialog) if d.isVisible()]
    assert dialog.model.rowCount() == 1 and not dialog.over_button.isEnabled()
    answers.save_path = tmp_path / "Uit de reservekopie.drempel"
    qtbot.mouseClick(dialog.into_button, Qt.MouseButton.LeftButton)
    assert window.document is not None and window.document.db.path == answers.save_path
    assert NEW_PARTNER not in partner_names(window)
