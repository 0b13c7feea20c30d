"""The backup at opening in the window: opening does not wait for it; it is taken once the
window shows the file, in a worker thread, said in the status bar and the log, and verified."""

from __future__ import annotations

import logging
import time

from drempelmeter.paths import user_data_dir
from drempelmeter.services import backups
from drempelmeter.services.trajectory import get_trajectory, open_trajectory
from drempelmeter.store import backups as store_backups
from drempelmeter.store.sqlite_file import integrity_problems

BACKING_UP = "Backing up…"


def test_opening_returns_first_then_the_backup_lands_verified(window, demo_file, qtbot,
                                                              caplog):
    caplog.set_level(logging.INFO, logger="drempelmeter")
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    assert window.open_path(demo_file)
    assert backups.list_backups(demo_file) == []  # the file shows before any backup is taken
    name = get_trajectory(window.document.db).name

    qtbot.waitUntil(lambda: len(backups.list_backups(demo_file)) == 1)
    qtbot.waitUntil(lambda: said[-1:] == [""])  # "Backing up…", then cleared
    assert said == [BACKING_UP, ""]
    [backup] = backups.list_backups(demo_file)
    assert backup.reason == backups.AT_OPENING
    assert integrity_problems(backup.path) == []
    copy = open_trajectory(backup.path, read_only=True)
    try:
        assert get_trajectory(copy).name == name
    finally:
        copy.close()
    assert f"backing up {demo_file} at opening" in caplog.text
    assert f"backed up {demo_file} at opening: {backup.path}" in caplog.text
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.name]  # no leftovers


def test_closing_while_the_backup_is_taken_waits_for_it(window, demo_file, qtbot, monkeypatch):
    take = store_backups.take_backup

    def slowly(*args):  # type: ignore[no-untyped-def]
        time.sleep(0.3)  # the copy of a large file takes a while
        return take(*args)

    monkeypatch.setattr(store_backups, "take_backup", slowly)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    assert window.open_path(demo_file)
    qtbot.waitUntil(lambda: BACKING_UP in said)
    window.close_trajectory()  # while the copy is being taken
    [backup] = backups.list_backups(demo_file)
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.name]
    assert integrity_problems(backup.path) == []


def test_a_backup_that_fails_is_logged_and_the_file_stays_open(window, demo_file, qtbot, caplog):
    (user_data_dir() / "backups").write_text("a file where the backup folders should go")
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    assert window.open_path(demo_file)
    qtbot.waitUntil(lambda: said[-1:] == [""])
    assert said == [BACKING_UP, ""]
    assert f"no backup of {demo_file} at opening" in caplog.text
    assert window.document is not None and not window.document.read_only
    assert get_trajectory(window.document.db).name


def test_a_file_opened_read_only_is_not_backed_up(window, demo_file, qtbot):
    assert window.open_path(demo_file, read_only=True)
    qtbot.wait(50)
    window.close_trajectory()
    assert backups.list_backups(demo_file) == []
