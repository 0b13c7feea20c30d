"""Opening trajectory files: pragmas, refusals with clear reasons, locks, crashes, write failures."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from contextlib import closing
from pathlib import Path

import pytest

from drempelmeter.services import partners
from drempelmeter.services.records import PartnerRecord, TrajectoryRecord
from drempelmeter.services.trajectory import (
    check_file,
    create_trajectory,
    get_trajectory,
    open_trajectory,
)
from drempelmeter.store.errors import (
    FileDamaged,
    FileLocked,
    FileMissing,
    FileUnreadable,
    NewerFile,
    NotATrajectory,
    WriteFailed,
)
from drempelmeter.store.lock import lock_path
from drempelmeter.store.sqlite_file import integrity_problems


def test_connections_use_a_self_contained_durable_journal(new_db):
    with new_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_closing_leaves_no_side_files(tmp_path, new_db):
    partners.add_partner(new_db, PartnerRecord("p1", "CAW", "core", "caw"))
    assert lock_path(new_db.path).exists()
    new_db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.drempel"]


def test_edits_are_on_disk_at_once(new_db):
    partners.add_partner(new_db, PartnerRecord("p1", "CAW Oost", "core", "caw"))
    with closing(sqlite3.connect(new_db.path)) as other:
        assert other.execute("SELECT name FROM partner").fetchall() == [("CAW Oost",)]


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"", NotATrajectory, "is empty"),
        (b"Dit is een tekstbestand.\n", NotATrajectory, "not a database file"),
        (b"SQLite format 3\x00" + b"\x07" * 200, FileDamaged, "damaged"),
    ],
)
def test_files_that_are_not_trajectories_are_refused(tmp_path, content, error, words):
    path = tmp_path / "x.drempel"
    path.write_bytes(content)
    with pytest.raises(error, match=words):
        open_trajectory(path)
    assert path.read_bytes() == content
    assert not lock_path(path).exists()


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "contacts.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE contact (name TEXT)")
        conn.commit()
    before = path.read_bytes()
    with pytest.raises(NotATrajectory, match="not a Drempelmeter trajectory"):
        open_trajectory(path)
    assert path.read_bytes() == before


def test_missing_files_and_folders_are_refused(tmp_path):
    with pytest.raises(FileMissing):
        open_trajectory(tmp_path / "nope.drempel")
    assert not (tmp_path / "nope.drempel").exists()
    with pytest.raises(FileUnreadable, match="folder"):
        open_trajectory(tmp_path)


def make_newer(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042'")
        conn.execute("UPDATE app_meta SET value = '7.3.0' WHERE key = 'written_by'")
        conn.commit()


def test_a_file_from_a_newer_version_says_which_version_made_it(demo_file):
    make_newer(demo_file)
    before = demo_file.read_bytes()
    with pytest.raises(NewerFile, match=r"Drempelmeter 7\.3\.0 \(schema 0042\)"):
        open_trajectory(demo_file)
    with pytest.raises(NewerFile):
        check_file(demo_file)
    assert demo_file.read_bytes() == before


HOLDER = textwrap.dedent(
    """
    import sys, time
    from drempelmeter.services import partners
    from drempelmeter.services.records import PartnerRecord, TrajectoryRecord
    from drempelmeter.services.trajectory import open_trajectory
    db = open_trajectory(sys.argv[1])
    mode = sys.argv[2]
    print("ready", flush=True)
    if mode == "hold":
        time.sleep(60)
    else:
        i = 0
        while True:
            partners.add_partner(db, PartnerRecord(f"id-{i}", f"Partner {i}", "core", "caw"))
            print(i, flush=True)
            i += 1
    """
)


def start_holder(path: Path, mode: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), mode], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def stop(proc: subprocess.Popen[str]) -> None:
    """Kill the process the hard way (as a crash would) and close its pipe."""
    proc.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    proc.wait()
    assert proc.stdout is not None
    proc.stdout.close()


def test_a_second_opening_is_told_who_has_it_and_can_read(demo_file):
    holder = start_holder(demo_file, "hold")
    try:
        with pytest.raises(FileLocked) as caught:
            open_trajectory(demo_file)
        owner = caught.value.owner
        assert owner.pid == holder.pid and owner.user and owner.host
        assert "is open in Drempelmeter by" in str(caught.value)
        reader = open_trajectory(demo_file, read_only=True)
        try:
            assert reader.read_only
            assert get_trajectory(reader).name.startswith("Drempelmeter Demervallei")
            with pytest.raises(WriteFailed, match="readonly"):
                partners.add_partner(reader, PartnerRecord("x", "Nieuw", "core", "caw"))
        finally:
            reader.close()
        assert lock_path(demo_file).exists()  # the reader left the holder's lock alone
    finally:
        stop(holder)


def test_killing_mid_edit_loses_at_most_the_edit_in_flight(demo_file):
    """SIGKILL a writer mid-stream: the file is sound, holds every edit it reported, and the
    crashed run's stale lock is taken over."""
    writer = start_holder(demo_file, "write")
    assert writer.stdout is not None
    reported = -1
    deadline = time.monotonic() + 20
    while reported < 30 and time.monotonic() < deadline:
        reported = int(writer.stdout.readline())
    stop(writer)
    assert integrity_problems(demo_file) == []
    db = open_trajectory(demo_file)
    try:
        assert db.took_over_from is not None and db.took_over_from.pid == writer.pid
        written = {p.id for p in partners.list_partners(db) if p.id.startswith("id-")}
        assert {f"id-{i}" for i in range(reported + 1)} <= written
        assert len(written) <= reported + 2
    finally:
        db.close()


def test_a_full_disk_is_reported_and_the_file_keeps_its_last_state(demo_file):
    db = open_trajectory(demo_file)
    try:
        with db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        before = [p.name for p in partners.list_partners(db)]
        with pytest.raises(WriteFailed, match="full"):
            for i in range(200):
                partners.add_partner(db, PartnerRecord(f"f{i}", f"Partner {'x' * 150} {i}",
                                                       "core", "caw"))
        names = [p.name for p in partners.list_partners(db)]
        assert names[: len(before)] == before
    finally:
        db.close()
    assert integrity_problems(demo_file) == []


def test_save_a_copy_is_a_sound_trajectory(demo_file, tmp_path):
    db = open_trajectory(demo_file)
    try:
        copy = tmp_path / "kopie.drempel"
        db.save_copy(copy)
    finally:
        db.close()
    report = check_file(copy)
    assert report.sound and not report.upgrade_needed
    assert not (tmp_path / "kopie.drempel.partial").exists()


@pytest.mark.skipif(os.name == "nt", reason="POSIX pid check")
def test_a_lock_from_another_machine_is_respected_until_its_heartbeat_stops(demo_file):
    import json

    from drempelmeter.store import lock as lock_module

    lock = lock_path(demo_file)
    lock.write_text(json.dumps({"user": "an", "host": "laptop-elders", "pid": 1,
                                "since": "2026-11-01T09:00:00+00:00"}), encoding="utf-8")
    with pytest.raises(FileLocked, match="an on laptop-elders"):
        open_trajectory(demo_file)
    old = time.time() - lock_module.STALE_AFTER_SECONDS - 5
    os.utime(lock, (old, old))
    db = open_trajectory(demo_file)
    try:
        assert db.took_over_from is not None and db.took_over_from.host == "laptop-elders"
    finally:
        db.close()
    assert not lock.exists()


def test_a_new_file_where_a_file_stands_for_its_folder_is_a_write_failure(tmp_path):
    """A path such as notes.txt/x.drempel, chosen in the save dialog, is told in words."""
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    with pytest.raises(WriteFailed):
        create_trajectory(tmp_path / "notes.txt" / "x.drempel", TrajectoryRecord(name="Demer"))
    assert (tmp_path / "notes.txt").read_text() == "a file, not a folder"
