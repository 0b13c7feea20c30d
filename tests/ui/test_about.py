"""Help: the About box says the version, where the release notes are and that nothing is
fetched; Help ▸ Release notes shows the CHANGELOG.md shipped with the app."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QAction

from drempelmeter import __version__
from drempelmeter.ui.release_notes import ReleaseNotes


def test_about_names_the_version_the_release_notes_and_no_update_check(window, answers):
    window.findChild(QAction, "actionAbout").trigger()
    about = answers.infos[-1]
    assert f"Drempelmeter {__version__}" in about
    assert "Help ▸ Release notes" in about
    assert "never connects to the internet" in about and "does not check for updates" in about


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_release_notes_show_the_shipped_changelog_offline(window, qtbot, tmp_path, monkeypatch):
    (tmp_path / "CHANGELOG.md").write_text(
        "# Changelog\n\n## [0.2.0] - 2027-01-05\n\n### Added\n- Ten [new](https://example.org) "
        "things\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # as a frozen build
    action = window.findChild(QAction, "actionReleaseNotes")
    action.trigger()
    notes = window.findChild(ReleaseNotes)
    assert notes is not None and notes.isVisible()
    shown = notes.text.toPlainText()
    assert "[0.2.0] - 2027-01-05" in shown and "Ten new things" in shown
    assert "###" not in shown  # read as Markdown, not shown as its source
    assert not notes.text.openLinks() and not notes.text.openExternalLinks()
    action.trigger()  # a second time: the same window, raised
    assert len(window.findChildren(ReleaseNotes)) == 1
    notes.close()


def test_release_notes_that_cannot_be_read_are_said_so(window, answers, tmp_path, monkeypatch):
    (tmp_path / "CHANGELOG.md").write_bytes(b"\xff\xfe not UTF-8 \xff")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    window.findChild(QAction, "actionReleaseNotes").trigger()
    assert window.findChild(ReleaseNotes) is None
    assert "The release notes could not be read" in answers.errors[-1]
