"""GUI fixtures: the real main window on real files, with blocking prompts answered by the test."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from drempelmeter.ui import prompts
from drempelmeter.ui.i18n import install_translators
from drempelmeter.ui.main_window import MainWindow
from drempelmeter.ui.settings import AppSettings


@dataclass
class Prompts:
    """Records every message shown and answers questions as the test says."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: bool = True
    save_path: Path | None = None
    open_path: Path | None = None
    text: str | None = None
    note: str | None = None
    #: what choose_item answers, in turn (None when the list runs out: cancelled)
    choices: list[str] = field(default_factory=list)
    #: the findings of each "keep it, or go back?" question about personal data, and the answer
    personal: list[tuple[str, ...]] = field(default_factory=list)
    keep: bool = False
    #: what ask_choice answers, in turn, as the index of the option (None: cancelled)
    picks: list[int | None] = field(default_factory=list)
    #: what was handed to the desktop to open (nothing is opened)
    opened: list[Path] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch) -> Prompts:
    record = Prompts()
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text: record.errors.append(text))
    monkeypatch.setattr(prompts, "show_info", lambda _p, _t, text: record.infos.append(text))

    def confirm(_parent, _title, text):  # type: ignore[no-untyped-def]
        record.questions.append(text)
        return record.answer

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "choose_file_to_save", lambda *_: record.save_path)
    monkeypatch.setattr(prompts, "choose_file_to_open", lambda *_: record.open_path)
    monkeypatch.setattr(prompts, "ask_text", lambda *_: record.text)
    monkeypatch.setattr(prompts, "ask_note", lambda *_: record.note)

    def confirm_personal_data(_parent, exc):  # type: ignore[no-untyped-def]
        record.personal.append(tuple(f.text for f in exc.findings))
        return record.keep

    monkeypatch.setattr(prompts, "confirm_personal_data", confirm_personal_data)
    def ask_choice(_parent, _title, text, _options):  # type: ignore[no-untyped-def]
        record.questions.append(text)
        return record.picks.pop(0) if record.picks else None

    monkeypatch.setattr(prompts, "ask_choice", ask_choice)
    monkeypatch.setattr(prompts, "open_in_desktop", record.opened.append)
    monkeypatch.setattr(prompts, "choose_item",
                        lambda *_: record.choices.pop(0) if record.choices else None)
    return record


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings, answers, tmp_path):
    win = MainWindow(settings, tmp_path / "drempelmeter.log")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_trajectory()


@pytest.fixture
def dutch(qapp):
    """The Dutch translation installed for one test, and removed after it."""
    before = QLocale()
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(before)
