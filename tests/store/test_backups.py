"""Backups in the user's data folder: verified copies, named by moment and occasion, thinned."""

from __future__ import annotations

import getpass
import os
import shutil
import sqlite3
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from drempelmeter.domain.retention import backups_to_keep
from drempelmeter.paths import user_data_dir
from drempelmeter.services.records import TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory, get_trajectory
from drempelmeter.store import backups
from drempelmeter.store.sqlite_file import integrity_problems

MOMENT = datetime(2026, 11, 30, 7, 15)


def dump(path: Path) -> list[str]:
    """Schema and every row, as SQL text: what a file holds, page layout aside."""
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


@pytest.fixture
def closed_file(tmp_path) -> Path:
    """A new trajectory in a folder of its own, closed, so nothing else lies beside it."""
    folder = tmp_path / "Gedeelde map Jan Peeters"
    folder.mkdir()
    db = create_trajectory(folder / "Regio Demer.drempel", TrajectoryRecord(name="Demer"))
    db.close()
    return folder / "Regio Demer.drempel"


def trajectory_id_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT id FROM trajectory").fetchone()[0]


def test_a_backup_is_a_verified_copy_in_the_trajectorys_own_folder(closed_file):
    backup = backups.take_backup(closed_file, backups.BEFORE_BUNDLE_IMPORT, MOMENT)
    folder = user_data_dir() / "backups" / trajectory_id_of(closed_file)
    assert backup.path == folder / "20261130-071500-before-bundle-import.drempel"
    assert (backup.taken, backup.reason, backup.name) == (
        MOMENT, "before-bundle-import", "20261130-071500-before-bundle-import.drempel")
    assert backup.size == backup.path.stat().st_size > 0
    assert dump(backup.path) == dump(closed_file)
    assert integrity_problems(backup.path) == []
    assert sorted(p.name for p in folder.iterdir()) == [backup.name]  # no temporary left
    assert sorted(p.name for p in closed_file.parent.iterdir()) == [closed_file.name]


def test_no_user_name_or_path_in_what_the_backup_folder_holds(closed_file):
    backup = backups.take_backup(closed_file, backups.AT_OPENING, MOMENT)
    stored = str(backup.path.relative_to(user_data_dir()))
    for personal in (getpass.getuser(), "Jan Peeters", "Gedeelde map", "Regio Demer"):
        assert personal not in stored


def test_the_folder_follows_the_trajectory_across_moves_and_renames(closed_file, tmp_path):
    first = backups.take_backup(closed_file, backups.AT_OPENING, MOMENT)
    moved = tmp_path / "elders" / "Andere naam.drempel"
    moved.parent.mkdir()
    shutil.move(closed_file, moved)
    second = backups.take_backup(moved, backups.AT_OPENING, MOMENT + timedelta(days=1))
    assert first.path.parent == second.path.parent
    assert [b.name for b in backups.list_backups(second.path.parent)] == [second.name, first.name]


def test_two_backups_in_one_second_both_kept_newest_listed_first(closed_file):
    one = backups.take_backup(closed_file, backups.BEFORE_FORM_IMPORT, MOMENT)
    two = backups.take_backup(closed_file, backups.BEFORE_FORM_IMPORT, MOMENT)
    three = backups.take_backup(closed_file, backups.BEFORE_FORM_IMPORT, MOMENT)
    assert two.name == "20261130-071500-before-form-import-2.drempel"
    listed = backups.list_backups(one.path.parent)
    assert [b.name for b in listed] == [three.name, two.name, one.name]
    assert {b.reason for b in listed} == {"before-form-import"}


def test_a_damaged_source_gives_no_backup_and_leaves_nothing(closed_file):
    with closed_file.open("r+b") as handle:  # garbage over an index page of the phases
        handle.seek(12 * 4096)
        handle.write(b"\x55" * 4096)
    with pytest.raises(backups.BackupFailed, match="integrity check"):
        backups.take_backup(closed_file, backups.AT_OPENING, MOMENT)
    folder = backups.folder_for(closed_file)
    assert list(folder.iterdir()) == []


def test_a_data_folder_that_cannot_be_made_is_a_failed_backup(closed_file, tmp_path,
                                                              monkeypatch):
    blocker = tmp_path / "not a folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    with pytest.raises(backups.BackupFailed):
        backups.take_backup(closed_file, backups.AT_OPENING, MOMENT)


def test_verified_copy_replaces_its_target_whole(closed_file, tmp_path):
    target = tmp_path / "doel.drempel"
    target.write_bytes(b"oud")
    backups.verified_copy(closed_file, target)
    assert dump(target) == dump(closed_file)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [closed_file.parent.name, "doel.drempel"])


def test_thinning_keeps_what_the_rules_keep_and_clears_leftovers(closed_file):
    first = backups.take_backup(closed_file, backups.AT_OPENING, MOMENT)
    folder = first.path.parent
    moments = [MOMENT - timedelta(hours=7 * n) for n in range(1, 200)]
    for moment in moments:
        shutil.copyfile(first.path, folder / f"{moment:%Y%m%d-%H%M%S}-at-opening.drempel")
    old = folder / "20260101-000000-at-opening.drempel.checking"
    old.write_bytes(b"half")
    os.utime(old, (time.time() - 2 * 86400,) * 2)
    fresh = folder / "20260101-000000-at-opening.drempel.partial"  # another run, writing now
    fresh.write_bytes(b"half")
    stranger = folder / "notities.txt"
    stranger.write_text("van de gebruiker", encoding="utf-8")
    now = MOMENT + timedelta(minutes=1)
    removed = backups.thin(folder, now)
    kept = backups_to_keep([MOMENT, *moments], now)
    assert {b.taken for b in backups.list_backups(folder)} == set(kept)
    assert len(removed) == 200 - len(kept) + 1
    assert not old.exists() and fresh.exists() and stranger.exists()


def test_the_trajectory_id_names_the_folder_even_when_odd(closed_file):
    with closing(sqlite3.connect(closed_file)) as conn:
        conn.execute("UPDATE trajectory SET id = '../../Jan/../x'")
        conn.commit()
    folder = backups.folder_for(closed_file)
    assert folder.parent == user_data_dir() / "backups"
    assert len(folder.name) == 32 and folder.name.isalnum()


def test_a_backup_opens_as_the_trajectory_it_was(closed_file):
    from drempelmeter.services.trajectory import open_trajectory

    backup = backups.take_backup(closed_file, backups.AT_OPENING, MOMENT)
    db = open_trajectory(backup.path, read_only=True)
    try:
        assert get_trajectory(db).name == "Demer"
    finally:
        db.close()
