"""The window with a damaged file, a file it may not write, and a file taken over while open."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from drempelmeter.services import backups, partners
from drempelmeter.services.records import PartnerRecord
from drempelmeter.store.lock import lock_path
from drempelmeter.ui import edits
from tests.store.test_recovery import flip_an_index_page

pytestmark = pytest.mark.gui


def test_a_damaged_file_opens_read_only_with_the_reason_and_the_newest_backup(
        window, demo_file, answers, tmp_path, qtbot):
    assert window.open_path(demo_file)  # opening for editing takes the day's backup
    qtbot.waitUntil(lambda: backups.list_backups(demo_file) != [])
    window.close_trajectory()
    flip_an_index_page(demo_file)
    damaged = demo_file.read_bytes()
    answers.answer = False
    assert window.open_path(demo_file)
    assert window.document.read_only
    assert window.notice.isVisible() and "is damaged" in window.notice.text()
    assert "The newest backup is of" in answers.questions[-1]
    assert not window.workspace.phase_page.sessions.add_button.isEnabled()
    window.close_trajectory()
    assert demo_file.read_bytes() == damaged

    answers.answer = True
    answers.save_path = tmp_path / "Hersteld.drempel"
    assert window.open_path(demo_file)
    assert window.document.db.path == answers.save_path and not window.document.read_only
    assert not window.notice.isVisible()
    assert demo_file.read_bytes() == damaged


@pytest.fixture
def immutable(demo_file):
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(demo_file)], capture_output=True).returncode != 0:
        pytest.skip("this file system cannot make a file unchangeable")
    yield demo_file
    subprocess.run(["chattr", "-i", str(demo_file)], check=True)


def test_a_file_that_cannot_be_written_opens_read_only_saying_why(window, immutable, answers):
    assert window.open_path(immutable)
    assert window.document.read_only and not answers.errors
    assert "can only be read" in window.notice.text()
    assert "(read-only)" in window.windowTitle()


def take_over(path) -> None:  # type: ignore[no-untyped-def]
    lock_path(path).write_text(json.dumps({"user": "an", "host": "laptop-elders", "pid": 7,
                                           "since": "2026-11-30T09:00:00+00:00"}),
                               encoding="utf-8")


def test_a_take_over_seen_by_the_heartbeat_is_said_and_the_file_shown_read_only(
        window, demo_file, answers):
    assert window.open_path(demo_file)
    take_over(demo_file)
    window.document.on_heartbeat()
    assert any("was taken over by an on computer laptop-elders" in e for e in answers.errors)
    assert window.document.read_only
    assert "taken over" in window.notice.text()
    assert lock_path(demo_file).exists()


def test_an_edit_after_a_take_over_is_refused_and_the_file_shown_read_only(
        window, demo_file, answers, qtbot):
    assert window.open_path(demo_file)
    doc = window.document
    take_over(demo_file)
    assert not doc.push(edits.add_partner(doc, PartnerRecord("p-na", "Na", "core", "caw")))
    qtbot.waitUntil(lambda: window.document is not doc and window.document is not None)
    assert window.document.read_only and "taken over" in window.notice.text()
    assert "p-na" not in {p.id for p in partners.list_partners(window.document.db)}
