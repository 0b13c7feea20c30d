"""File ▸ Print minutes… from the window, and `drempelmeter FILE --workshop PHASE` reaching the
window once it shows."""

from __future__ import annotations

import sys

import pypdf
from PySide6.QtWidgets import QApplication

from drempelmeter.cli import main
from drempelmeter.services import workshop_run, workshops
from drempelmeter.ui import prompts
from drempelmeter.ui.main_window import MainWindow
from drempelmeter.ui.minutes_action import print_minutes


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in pypdf.PdfReader(path).pages)


def test_minutes_of_one_session_or_of_every_closed_one(window, demo_file, answers, tmp_path):
    window.open_path(demo_file)
    db = window.document.db
    sessions = workshops.list_sessions(db)
    closed = [s for s in sessions if workshop_run.summary_of(db, s.id).closed_at is not None]
    first = sessions[0]
    assert first not in closed
    answers.choices = [f"{first.held_on:%d-%m-%Y} · phase {first.phase_number} · {first.title}"
                       " (not closed)"]
    answers.save_path = tmp_path / "verslag.pdf"
    assert print_minutes(window) == answers.save_path
    text = pdf_text(answers.save_path)
    assert text.startswith(f"Verslag: {first.title}")
    assert sum(f"Verslag: {s.title}" in text for s in sessions) == 1
    assert str(answers.save_path) in window.statusBar().currentMessage()

    answers.choices = [f"Every closed session ({len(closed)})"]
    answers.save_path = tmp_path / "alle.pdf"
    assert window.minutes_action.isEnabled()
    window.minutes_action.trigger()  # File ▸ Print minutes…
    text = pdf_text(answers.save_path)
    assert [s for s in sessions if f"Verslag: {s.title}" in text] == closed
    assert answers.errors == [] and answers.infos == []


def test_cancelled_or_unwritable_writes_nothing(window, demo_file, answers, tmp_path):
    assert not window.minutes_action.isEnabled()  # nothing open
    window.open_path(demo_file)
    answers.save_path = tmp_path / "verslag.pdf"
    assert print_minutes(window) is None  # the choice cancelled
    taken = tmp_path / "bezet.pdf"
    taken.mkdir()
    first = workshops.list_sessions(window.document.db)[0]
    answers.choices = [f"{first.held_on:%d-%m-%Y} · phase {first.phase_number} · {first.title}"
                       " (not closed)"]
    answers.save_path = taken
    assert print_minutes(window) is None
    assert len(answers.errors) == 1 and "bezet.pdf" in answers.errors[0]
    assert not (tmp_path / "verslag.pdf").exists()


def test_the_workshop_flag_starts_that_phase_once_the_window_shows(qapp, monkeypatch):
    started: list[tuple[bool, int]] = []

    def start_workshop(self, number):  # type: ignore[no-untyped-def]
        started.append((self.isVisible(), number))

    # Written by the presenter's engineer; the flag's part is to reach it with the phase.
    monkeypatch.setattr(MainWindow, "start_workshop", start_workshop, raising=False)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    try:
        assert main(["--demo", "--workshop", "4"]) == 0
        assert started == []  # not before the window shows
        QApplication.processEvents()
        assert started == [(True, 4)]
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
                widget.deleteLater()


def test_a_session_removed_while_choosing_is_said_plainly(window, demo_file, answers, tmp_path,
                                                          monkeypatch):
    window.open_path(demo_file)
    first = workshops.list_sessions(window.document.db)[0]
    answers.choices = [f"{first.held_on:%d-%m-%Y} · phase {first.phase_number} · {first.title}"
                       " (not closed)"]

    def choose_while_it_goes(*_args):  # type: ignore[no-untyped-def]
        workshops.remove_session(window.document.db, first.id)  # as another run could
        return tmp_path / "verslag.pdf"

    monkeypatch.setattr(prompts, "choose_file_to_save", choose_while_it_goes)
    assert print_minutes(window) is None
    assert answers.errors == ["This item no longer exists; it may have been removed."]
    assert not (tmp_path / "verslag.pdf").exists()
