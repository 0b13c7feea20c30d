"""The "open elsewhere" lock holds: simultaneous openings, links, sleeping laptops, take-overs."""

from __future__ import annotations

import json
import multiprocessing
import os
import socket
import time
from pathlib import Path

import pytest

from drempelmeter.services import partners
from drempelmeter.services.records import PartnerRecord
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.store import lock as lock_module
from drempelmeter.store.errors import FileLocked, LockBroken, LockTakenOver
from drempelmeter.store.lock import lock_path

ROUNDS = 100


def contender(path: str, barrier, results, rounds: int) -> None:  # type: ignore[no-untyped-def]
    """Open `path` for editing at the same instant as the other contender, round after round."""
    from drempelmeter.services.trajectory import open_trajectory as open_file
    from drempelmeter.store.errors import FileLocked as Locked

    for round_no in range(rounds):
        barrier.wait()
        try:
            db = open_file(path)
        except Locked:
            db = None
        results.put((round_no, db is not None))
        barrier.wait()  # both have tried; the winner lets go
        if db is not None:
            db.close()
        barrier.wait()


def test_two_openings_at_the_same_instant_give_the_file_to_exactly_one(demo_file):
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    workers = [context.Process(target=contender, args=(str(demo_file), barrier, results, ROUNDS))
               for _ in range(2)]
    for worker in workers:
        worker.start()
    outcomes: dict[int, list[bool]] = {}
    for _ in range(2 * ROUNDS):
        round_no, got_it = results.get(timeout=120)
        outcomes.setdefault(round_no, []).append(got_it)
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert len(outcomes) == ROUNDS
    assert all(sorted(both) == [False, True] for both in outcomes.values()), outcomes
    assert not lock_path(demo_file).exists()


def test_a_symlinked_path_is_the_same_file(demo_file, tmp_path):
    link = tmp_path / "snelkoppeling.drempel"
    link.symlink_to(demo_file)
    db = open_trajectory(demo_file)
    try:
        with pytest.raises(FileLocked):
            open_trajectory(link)
    finally:
        db.close()
    db = open_trajectory(link)
    try:
        assert lock_path(demo_file).exists() and not lock_path(link).exists()
        assert db.path == link
    finally:
        db.close()


def write_lock(path: Path, host: str, pid: int, age_seconds: float) -> Path:
    lock = lock_path(path)
    lock.write_text(json.dumps({"user": "an", "host": host, "pid": pid,
                                "since": "2026-11-01T09:00:00+00:00"}), encoding="utf-8")
    moment = time.time() - age_seconds
    os.utime(lock, (moment, moment))
    return lock


def test_a_sleeping_laptop_keeps_its_lock_for_hours(demo_file):
    write_lock(demo_file, "laptop-elders", 1, age_seconds=3 * 60 * 60)
    with pytest.raises(FileLocked, match="an on laptop-elders"):
        open_trajectory(demo_file)
    write_lock(demo_file, "laptop-elders", 1, age_seconds=lock_module.STALE_AFTER_SECONDS + 5)
    db = open_trajectory(demo_file)
    try:
        assert db.took_over_from is not None and db.took_over_from.host == "laptop-elders"
    finally:
        db.close()


def test_a_lock_of_a_process_that_is_gone_on_this_machine_is_taken_over_at_once(demo_file):
    write_lock(demo_file, socket.gethostname(), 999_999_999, age_seconds=1)
    db = open_trajectory(demo_file)
    try:
        assert db.took_over_from is not None and db.took_over_from.pid == 999_999_999
    finally:
        db.close()


def test_a_lock_being_written_right_now_is_not_stale(demo_file):
    lock = lock_path(demo_file)
    lock.write_bytes(b"")
    with pytest.raises(FileLocked):
        open_trajectory(demo_file)
    old = time.time() - lock_module.BEING_WRITTEN_SECONDS - 5
    os.utime(lock, (old, old))
    open_trajectory(demo_file).close()
    assert not lock.exists()


def test_a_lock_path_that_is_a_folder_is_named(demo_file):
    lock_path(demo_file).mkdir()
    with pytest.raises(LockBroken, match="not a lock file"):
        open_trajectory(demo_file)
    assert lock_path(demo_file).is_dir()


def test_a_run_whose_lock_was_taken_over_stops_writing_and_says_so(demo_file):
    db = open_trajectory(demo_file)
    try:
        partners.add_partner(db, PartnerRecord("p-before", "Voor", "core", "caw"))
        write_lock(demo_file, "laptop-elders", 4242, age_seconds=0)
        with pytest.raises(LockTakenOver, match="an on laptop-elders"):
            partners.add_partner(db, PartnerRecord("p-after", "Na", "core", "caw"))
        assert db.read_only and not db.refresh_lock()
        assert "p-before" in {p.id for p in partners.list_partners(db)}  # reading goes on
        with pytest.raises(LockTakenOver):
            partners.add_partner(db, PartnerRecord("p-after", "Na", "core", "caw"))
    finally:
        db.close()
    assert lock_path(demo_file).exists()  # the new owner's lock is left alone
    reader = open_trajectory(demo_file, read_only=True)
    try:
        ids = {p.id for p in partners.list_partners(reader)}
    finally:
        reader.close()
    assert "p-before" in ids and "p-after" not in ids


def test_the_heartbeat_notices_a_take_over(demo_file):
    db = open_trajectory(demo_file)
    try:
        assert db.refresh_lock()
        write_lock(demo_file, "laptop-elders", 4242, age_seconds=0)
        assert not db.refresh_lock()
        assert isinstance(db.read_only_reason, LockTakenOver) and db.read_only
    finally:
        db.close()


@pytest.mark.skipif(not Path("/proc/1/stat").exists(), reason="process start times from /proc")
def test_a_lock_whose_process_number_was_reused_after_a_restart_is_stale(demo_file):
    """The number in the lock runs again, but as a process that started after the lock."""
    lock = lock_path(demo_file)
    lock.write_text(json.dumps({"user": "an", "host": socket.gethostname(), "pid": os.getpid(),
                                "since": "2020-01-01T09:00:00+00:00"}), encoding="utf-8")
    db = open_trajectory(demo_file)
    try:
        assert db.took_over_from is not None and db.took_over_from.since.year == 2020
    finally:
        db.close()


def test_a_lock_of_this_very_process_stays_live(demo_file):
    db = open_trajectory(demo_file)
    try:
        with pytest.raises(FileLocked):
            open_trajectory(demo_file)
    finally:
        db.close()


def test_leftovers_of_a_run_killed_while_placing_its_lock_are_tidied(demo_file):
    name = lock_path(demo_file).name
    left = [demo_file.with_name(f"{name}.4242.ab12cd34"),
            demo_file.with_name(f"{name}.stale.ef56ab78")]
    old = time.time() - 120
    for path in left:
        path.write_text("{}", encoding="utf-8")
        os.utime(path, (old, old))
    open_trajectory(demo_file).close()
    assert sorted(p.name for p in demo_file.parent.iterdir()) == [demo_file.name]
