"""Interrupted writes are recovered, damage is found at opening, and damaged files stay untouched."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from drempelmeter.cli import main
from drempelmeter.services import partners
from drempelmeter.services.trajectory import check_file, get_trajectory, open_trajectory
from drempelmeter.store.errors import FileDamaged, FileInterrupted, FileUnreadable
from drempelmeter.store.sqlite_file import SQLITE_READONLY_ROLLBACK, journal_path

SPILLER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 5")  # pages spill into the file mid-transaction
    conn.execute("BEGIN")
    conn.execute("UPDATE partner SET name = name || ' (half)'")
    conn.execute("CREATE TABLE filler (x BLOB)")
    for _ in range(200):
        conn.execute("INSERT INTO filler VALUES (randomblob(3000))")
    print("spilled", flush=True)
    time.sleep(60)
    """
)


def interrupt_a_write(path: Path) -> None:
    """A process that was killed in the middle of a write, its changes partly in the file."""
    child = subprocess.Popen([sys.executable, "-c", SPILLER, str(path)], stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "spilled"
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert journal_path(path).stat().st_size > 0


def partner_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM partner ORDER BY name")]


def test_a_hot_journal_is_proven_hot_then_rolled_back_by_check(demo_file):
    before = partner_names(demo_file)
    interrupt_a_write(demo_file)
    with (closing(sqlite3.connect(f"{demo_file.as_uri()}?mode=ro", uri=True)) as raw,
          pytest.raises(sqlite3.OperationalError) as caught):
        raw.execute("SELECT count(*) FROM partner").fetchone()
    assert caught.value.sqlite_errorcode == SQLITE_READONLY_ROLLBACK
    report = check_file(demo_file)
    assert report.sound, report.problems
    assert not journal_path(demo_file).exists()
    assert partner_names(demo_file) == before


@pytest.mark.parametrize("read_only", [False, True])
def test_opening_recovers_an_interrupted_write_and_leaves_no_side_file(demo_file, read_only):
    before = partner_names(demo_file)
    interrupt_a_write(demo_file)
    db = open_trajectory(demo_file, read_only=read_only)
    try:
        assert [p.name for p in sorted(partners.list_partners(db), key=lambda p: p.name)] \
            == before
        assert db.read_only_reason is None
    finally:
        db.close()
    assert sorted(p.name for p in demo_file.parent.iterdir()) == [demo_file.name]


def test_a_journal_without_a_header_is_removed_at_close(demo_file):
    journal_path(demo_file).write_bytes(bytes(512))
    assert check_file(demo_file).sound
    db = open_trajectory(demo_file)
    db.close()
    assert not journal_path(demo_file).exists()


def read_only_mount_available() -> bool:
    return shutil.which("unshare") is not None and hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(not read_only_mount_available(), reason="needs root for a read-only mount")
def test_an_interrupted_file_on_a_read_only_medium_is_called_interrupted_not_damaged(
        demo_file, tmp_path):
    interrupt_a_write(demo_file)
    before = demo_file.read_bytes(), journal_path(demo_file).read_bytes()
    mount = tmp_path / "stick"
    mount.mkdir()
    script = (f"mount --bind -o ro {demo_file.parent} {mount} && "
              f"{sys.executable} -m drempelmeter check '{mount / demo_file.name}'")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "interrupted while being written" in done.stderr
    assert "damaged" not in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert (demo_file.read_bytes(), journal_path(demo_file).read_bytes()) == before


def test_the_interrupted_message_says_how_to_recover(tmp_path):
    text = str(FileInterrupted(tmp_path / "Regio.drempel"))
    assert "Regio.drempel-journal" in text and "do not delete" in text


def test_a_file_one_byte_short_is_found_by_check(demo_file):
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[:-1])
    report = check_file(demo_file)
    assert not report.sound
    assert "pages" in report.problems[0]
    with pytest.raises(FileDamaged):
        open_trajectory(demo_file)
    assert demo_file.read_bytes() == data[:-1]


def flip_an_index_page(path: Path) -> int:
    """Damage the page of one of the signal table's indexes: its type byte, and its end."""
    with closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type='index' AND "
                            "tbl_name='signal' ORDER BY rootpage DESC LIMIT 1").fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start] = 0x07  # no such page type
    end = start + page_size - 60
    data[end:end + 60] = bytes(b ^ 0x5A for b in data[end:end + 60])
    path.write_bytes(bytes(data))
    return root


def test_a_damaged_file_is_never_opened_for_editing_and_never_written(demo_file):
    flip_an_index_page(demo_file)
    damaged = demo_file.read_bytes()
    assert not check_file(demo_file).sound
    with pytest.raises(FileDamaged):
        open_trajectory(demo_file)
    with pytest.raises(FileDamaged):
        open_trajectory(demo_file, read_only=True)
    db = open_trajectory(demo_file, read_only=True, allow_damaged=True)
    try:
        assert db.read_only and isinstance(db.read_only_reason, FileDamaged)
        assert get_trajectory(db).name
    finally:
        db.close()
    assert demo_file.read_bytes() == damaged
    assert sorted(p.name for p in demo_file.parent.iterdir()) == [demo_file.name]


@pytest.mark.parametrize("command", [
    ["check"], ["report", "--pdf", "{out}.pdf"], ["template", "--partner", "CAW", "-o", "{out}.xlsx"],
])
def test_read_only_commands_on_a_damaged_file_exit_1_with_one_line(demo_file, tmp_path, capsys,
                                                                  command):
    flip_an_index_page(demo_file)
    damaged = demo_file.read_bytes()
    args = [a.replace("{out}", str(tmp_path / "out")) for a in command]
    assert main([args[0], str(demo_file), *args[1:]]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err and "internal error" not in err
    assert demo_file.read_bytes() == damaged


def test_a_symlink_loop_and_a_too_long_name_are_one_line(tmp_path, capsys):
    loop = tmp_path / "loop.drempel"
    loop.symlink_to(loop)
    with pytest.raises(FileUnreadable, match="leads back to itself"):
        open_trajectory(loop)
    long = tmp_path / ("x" * 300 + ".drempel")
    assert main(["check", str(long)]) == 1
    assert main(["import", str(loop), str(tmp_path / "b.xlsx")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("drempelmeter: ") for line in err)
    assert "too long" in err[0] and "leads back to itself" in err[1]


def index_out_of_step(path: Path) -> None:
    """Change rows behind an index's back: every page sound, the index wrong (quick_check
    cannot see it; integrity_check compares each index with its table)."""
    with closing(sqlite3.connect(path)) as conn:
        entry = conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
                             "WHERE name = 'ix_participant_partner_id'").fetchone()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("DELETE FROM sqlite_master WHERE name = ?", (entry[1],))
        conn.commit()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE participant SET partner_id = NULL")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", entry)
        conn.commit()


def test_a_full_integrity_check_runs_after_a_crashed_run(demo_file, monkeypatch):
    """Files above the size limit get quick_check, but a stale lock means an unclean close."""
    import json

    from drempelmeter.store import sqlite_file
    from drempelmeter.store.lock import lock_path

    index_out_of_step(demo_file)
    monkeypatch.setattr(sqlite_file, "FULL_CHECK_BYTES", 0)
    db = open_trajectory(demo_file, read_only=True)  # quick_check misses index contents
    db.close()
    lock_path(demo_file).write_text(json.dumps(
        {"user": "an", "host": os.uname().nodename, "pid": 999_999_999,
         "since": "2026-11-01T09:00:00+00:00"}), encoding="utf-8")
    with pytest.raises(FileDamaged):
        open_trajectory(demo_file)


def test_a_journal_of_a_run_that_is_alive_is_not_called_interrupted(demo_file):
    """Another run has the file open and is in the middle of a write: it is in use, not
    interrupted, and its journal is left to it."""
    import json
    import socket

    from drempelmeter.store.errors import FileLocked
    from drempelmeter.store.lock import lock_path

    interrupt_a_write(demo_file)
    from datetime import UTC, datetime

    lock_path(demo_file).write_text(json.dumps(
        {"user": "els", "host": socket.gethostname(), "pid": os.getpid(),
         "since": datetime.now(UTC).isoformat()}), encoding="utf-8")
    journal = journal_path(demo_file).read_bytes()
    with pytest.raises(FileLocked, match="els"):
        check_file(demo_file)
    assert journal_path(demo_file).read_bytes() == journal


def test_a_file_another_program_is_writing_is_busy_not_damaged(demo_file, monkeypatch):
    from drempelmeter.store import sqlite_file

    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 200)
    with closing(sqlite3.connect(demo_file, isolation_level=None)) as writer:
        writer.execute("BEGIN EXCLUSIVE")
        with pytest.raises(FileUnreadable, match="another program is writing it"):
            check_file(demo_file)
        writer.execute("ROLLBACK")
    assert check_file(demo_file).sound


def test_the_file_and_its_journal_are_kept_as_they_were_before_a_rollback(demo_file,
                                                                         isolated_user_dirs):
    """A journal that belonged to another state of the file (a renamed or synced copy) would
    take data with it when rolled back: both files are kept first, unchanged."""
    interrupt_a_write(demo_file)
    before = demo_file.read_bytes(), journal_path(demo_file).read_bytes()
    assert check_file(demo_file).sound
    kept = list((isolated_user_dirs / "data" / "Drempelmeter" / "interrupted").iterdir())
    assert len(kept) == 1
    assert ((kept[0] / "trajectory.drempel").read_bytes(),
            (kept[0] / "trajectory.drempel-journal").read_bytes()) == before
