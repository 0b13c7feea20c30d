"""Workshop mode in the real window on the demo, driven by keys: the presenter on the beamer (type,
contrast, legend, zoom, black screen, views), the agenda's clock, live capture on the laptop and
its review, the session's close; what the file holds afterwards, and undo."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QAction, QColor
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableWidgetItem

from drempelmeter.domain.phases import phase
from drempelmeter.domain.workshop import default_agenda
from drempelmeter.services import barriers, captures, plan, signals, workshop_run, workshops
from drempelmeter.ui.privacy_hint import PrivacyHint
from drempelmeter.ui.record_dialogs import SessionDialog
from drempelmeter.ui.workshop import style
from drempelmeter.ui.workshop.activity import Activity
from drempelmeter.ui.workshop.controller import action_text, keys_text
from drempelmeter.ui.workshop.review_dialog import ReviewDialog

from .test_accessibility import contrast, controls, problems

#: the offscreen platform cannot raise a window; a desktop's can (the presenter raises itself)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class FakeTime:
    """The clock's time, moved on by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def run(window, demo_file, qtbot):
    """Workshop mode for phase 4 on a copy of the demo; the clock on a time the test moves."""
    assert window.open_path(demo_file)
    assert window.start_workshop(4)
    controller = window.workshop
    controller.clock.now = FakeTime()
    qtbot.waitExposed(controller.presenter)
    return controller


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key on `widget` as the keyboard gives it (shortcuts of its window included)."""
    if QApplication.activeWindow() is not widget.window():
        widget.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def beamer_texts(presenter) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(w.text() for w in presenter.findChildren(QLabel))


def test_palette_meets_wcag_aa_for_every_text_and_type_is_large():
    for rule in style.RULES:
        assert contrast(QColor(rule.foreground), QColor(rule.background)) >= 4.5, rule
    assert style.base_px(1080) >= 28
    assert style.base_px(720) < style.base_px(1080) < style.base_px(2160)
    assert style.base_px(1080, 1.5) > style.base_px(1080)
    sheet = style.style_sheet(30)
    assert all(rule.selector in sheet for rule in style.RULES)


def test_start_opens_todays_session_of_the_phase_with_its_agenda(run, window):
    sessions = [s for s in workshops.list_sessions(window.document.db, 4)
                if s.held_on == date.today()]
    assert [s.id for s in sessions] == [run.session_id]
    session = sessions[0]
    assert session.title == phase(4).title_nl
    assert [(e.text, e.minutes) for e in session.agenda] == list(default_agenda(4))
    presenter = run.presenter
    assert presenter.windowTitle() == f"Workshop — {phase(4).title('en')} — {session.title}"
    assert presenter.isVisible() and presenter.isFullScreen()
    assert run.control.isVisible()
    assert workshop_run.summary_of(window.document.db, run.session_id).started_at is not None
    assert presenter.base_px() >= style.base_px(presenter.height())
    assert problems(run.control) == []
    assert all(QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name).strip()
               for w in controls(presenter))
    # the menu's entry and the phase page's button take the same session: no second one
    window.workshop.stop()
    assert window.workshop is None
    window.findChild(QAction, "actionWorkshop").trigger()
    assert window.workshop is not None and window.workshop.session_id == run.session_id
    assert window.findChild(QAction, "actionWorkshop").shortcut().toString() == "F5"
    window.workshop.stop()
    window.workspace.show_phase(4)
    window.findChild(QPushButton, "startWorkshop").click()
    assert window.workshop.session_id == run.session_id
    assert len([s for s in workshops.list_sessions(window.document.db, 4)
                if s.held_on == date.today()]) == 1


def test_every_action_has_a_key_and_the_legend_lists_it(run, qtbot):
    presenter = run.presenter
    actions = presenter.findChildren(QAction)
    assert actions
    for action in actions:
        assert action.shortcuts(), action.objectName()
    for index, view in enumerate(presenter.views):
        presenter.show_view(index)
        press(qtbot, presenter.current_view(), Qt.Key.Key_F1)
        assert presenter.legend.isVisible()
        shown = set(presenter.legend.rows)
        mine = [a for a in actions if a in presenter.global_actions or a in view.key_actions()]
        for action in [*presenter.global_actions, *view.key_actions()]:
            assert (keys_text(action), action_text(action)) in shown, action.text()
        press(qtbot, presenter.current_view(), Qt.Key.Key_F1)
        assert not presenter.legend.isVisible()
        assert mine
    # a key that does nothing now is dimmed: on the dots, R once the round is open
    presenter.show_view(next(i for i, v in enumerate(presenter.views) if v.key == "dots"))
    press(qtbot, presenter.current_view(), Qt.Key.Key_R)
    press(qtbot, presenter.current_view(), Qt.Key.Key_F1)
    roles = {label.text(): label.property("role") for label in presenter.legend.findChildren(QLabel)}
    assert roles["R"] == "key_off" and roles["Start a round"] == "off"
    assert roles["O"] == "key"
    # each section lays out its own rows: a text wrapping in one opens no gap in the other
    for grid in presenter.legend.grids:
        keys = [grid.itemAtPosition(r, 0).widget() for r in range(1, grid.rowCount() - 1)]
        texts = [grid.itemAtPosition(r, 1).widget() for r in range(1, grid.rowCount() - 1)]
        for n in range(len(keys) - 1):
            row = max(keys[n].height(), texts[n].height())
            assert keys[n + 1].y() - keys[n].y() <= row + max(grid.verticalSpacing(), 0) + 1
    press(qtbot, presenter.current_view(), Qt.Key.Key_F1)
    press(qtbot, presenter.current_view(), Qt.Key.Key_Question)  # ? as well as F1
    assert presenter.legend.isVisible()
    press(qtbot, presenter.current_view(), Qt.Key.Key_Escape)  # Esc closes the legend first
    assert not presenter.legend.isVisible() and presenter.isVisible()
    # every action belongs to the window or a view: none is left out of every legend
    owned = {*presenter.global_actions, *(a for v in presenter.views for a in v.key_actions())}
    assert set(actions) <= owned
    control = run.control
    for action in control.findChildren(QAction):
        assert action.shortcuts(), action.objectName()
        assert f"{keys_text(action)}: {action_text(action)}" in control.keys.text()


def test_pages_zoom_and_black_screen_by_keys(run, window, qtbot, answers):
    presenter = run.presenter
    assert isinstance(presenter.current_view(), Activity)
    assert presenter.current_view().key == "agenda"
    press(qtbot, presenter.current_view(), Qt.Key.Key_PageDown)
    assert presenter.current_view().key == "prompts"
    press(qtbot, presenter.current_view(), Qt.Key.Key_PageDown)
    press(qtbot, presenter.current_view(), Qt.Key.Key_PageUp)
    assert presenter.current_view().key == "prompts"
    assert "Questions" in run.control.view_label.text()
    before = presenter.base_px()
    press(qtbot, presenter.current_view(), Qt.Key.Key_Plus, CTRL)
    assert presenter.base_px() > before
    press(qtbot, presenter.current_view(), Qt.Key.Key_Minus, CTRL)
    press(qtbot, presenter.current_view(), Qt.Key.Key_Minus, CTRL)
    assert presenter.base_px() < before
    press(qtbot, presenter.current_view(), Qt.Key.Key_0, CTRL)
    assert presenter.base_px() == before
    press(qtbot, presenter.current_view(), Qt.Key.Key_B)
    assert presenter.is_black()
    qtbot.keyClick(presenter.black, Qt.Key.Key_PageDown)  # any key comes back, and only that
    assert not presenter.is_black()
    assert presenter.current_view().key == "prompts"
    press(qtbot, presenter.current_view(), Qt.Key.Key_F6)  # one screen: the laptop's turn
    qtbot.waitUntil(lambda: QApplication.activeWindow() is run.control)
    press(qtbot, run.control.line, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    press(qtbot, presenter.current_view(), Qt.Key.Key_Escape)  # leaves the presenter only
    assert not presenter.isVisible()
    assert run.control.isVisible() and window.workshop is run
    assert answers.questions == []
    press(qtbot, run.control.line, Qt.Key.Key_F6)
    assert presenter.isVisible()


def test_the_agenda_clock_keeps_time_in_the_file_and_undo_puts_it_back(run, window, qtbot):
    presenter, clock, db = run.presenter, run.clock, window.document.db
    view = presenter.current_view()
    press(qtbot, view, Qt.Key.Key_T)
    assert clock.running
    clock.now.now += 125
    clock.on_tick()
    assert "2:05 / 10:00" in presenter.clock_label.text()
    press(qtbot, view, Qt.Key.Key_N)  # the next item starts; the first one took 125 s
    assert clock.current == 1 and clock.running
    done, now = (presenter.views[0]._rows[i][0] for i in (0, 1))
    assert done.frameWidth() == 0 < now.frameWidth()  # the current item's padding moved on
    _name, planned, kept_label = presenter.views[0]._rows[1]
    for label in (planned, kept_label):  # level with the item's text, not at its padding's top
        assert label.alignment() & Qt.AlignmentFlag.AlignVCenter
    kept = [k for _t, _m, k in workshop_run.summary_of(db, run.session_id).agenda_kept]
    assert kept[:2] == [125, None]
    clock.now.now += 40 * 60  # past the 30 minutes planned: a gentle signal, no sound
    clock.on_tick()
    assert presenter.clock_label.property("role") in ("pulse", "over")
    assert "Time is up" in run.control.status.text()
    assert "behind" in presenter.views[0].total.text()
    press(qtbot, view, Qt.Key.Key_T)  # pause: kept
    assert not clock.running
    kept = [k for _t, _m, k in workshop_run.summary_of(db, run.session_id).agenda_kept]
    assert kept[:2] == [125, 40 * 60]
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    kept = [k for _t, _m, k in workshop_run.summary_of(db, run.session_id).agenda_kept]
    assert kept[:2] == [125, None]
    assert clock.kept[:2] == [125, None]
    press(qtbot, view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert clock.kept[:2] == [125, 40 * 60]


def test_live_capture_on_the_laptop_shows_on_the_beamer_and_undoes(run, window, qtbot,
                                                                   answers):
    control, db = run.control, window.document.db
    line = control.line
    qtbot.keyClicks(line, "Wachtlijst bij het OCMW is te lang")  # its t and n are typed
    press(qtbot, line, Qt.Key.Key_Return)
    assert line.text() == ""
    assert not run.clock.running and run.clock.current == 0
    press(qtbot, line, Qt.Key.Key_2, ALT)  # the line is empty: the entry just made is an idea
    press(qtbot, line, Qt.Key.Key_3, CTRL)  # ... of the third B
    assert control.status.text() == (  # said on the laptop: the entry already made changed
        f"Changed “Wachtlijst bij het OCMW is te lang”: Idea · {control.bs[2].label('en')}")
    qtbot.keyClicks(line, "Niemand weet dat de dienst bestaat")
    press(qtbot, line, Qt.Key.Key_3, ALT)  # the line holds text: this one will be a concern
    press(qtbot, line, Qt.Key.Key_Return)
    qtbot.keyClicks(line, "Folder in eenvoudige taal maken")
    press(qtbot, line, Qt.Key.Key_4, ALT)
    press(qtbot, line, Qt.Key.Key_Return)
    stored = captures.list_captures(db, run.session_id)
    assert [(c.kind, c.text, c.b, c.state) for c in stored] == [
        ("idea", "Wachtlijst bij het OCMW is te lang", control.bs[2].key, "draft"),
        ("concern", "Niemand weet dat de dienst bestaat", None, "draft"),
        ("action", "Folder in eenvoudige taal maken", None, "draft"),
    ]
    presenter = run.presenter
    capture_view = next(v for v in presenter.views if v.key == "captures")
    presenter.show_view(presenter.views.index(capture_view))
    assert "Folder in eenvoudige taal maken" in beamer_texts(presenter)
    # personal data: warned on the laptop as it is typed, never shown on the beamer
    qtbot.keyClicks(line, "Bel mevrouw op 0470 12 34 56")
    assert control.hint.isVisible()
    assert not presenter.findChildren(PrivacyHint)
    assert "0470" not in beamer_texts(presenter)
    press(qtbot, line, Qt.Key.Key_Return)  # asked on the laptop; going back keeps the text
    assert answers.personal and "0470 12 34 56" in answers.personal[-1][-1]
    assert line.text() == "Bel mevrouw op 0470 12 34 56"
    assert len(captures.list_captures(db, run.session_id)) == 3
    assert "Not saved" in control.status.text()
    line.clear()
    press(qtbot, control.list, Qt.Key.Key_Z, CTRL)  # the last entry goes again
    assert len(captures.list_captures(db, run.session_id)) == 2
    assert "Folder in eenvoudige taal maken" not in beamer_texts(presenter)
    control.list.setCurrentRow(0)
    press(qtbot, control.list, Qt.Key.Key_Delete)
    assert [c.text for c in captures.list_captures(db, run.session_id)] == [
        "Niemand weet dat de dienst bestaat"]


def test_drafts_are_reviewed_into_signals_barriers_action_points_or_discarded(
        run, window, qtbot, answers):
    db, control = window.document.db, run.control
    for text in ("Loket enkel open tijdens de werkuren", "Brieven zijn te moeilijk",
                 "Avondopening proberen", "Koffie was koud"):
        qtbot.keyClicks(control.line, text)
        press(qtbot, control.line, Qt.Key.Key_Return)
    press(qtbot, control.line, Qt.Key.Key_R, CTRL)
    dialog = control.findChild(ReviewDialog)
    assert dialog is not None and dialog.list.count() == 4
    # 1: a signal, in the signal dialog filled in from the draft
    press(qtbot, dialog.list, Qt.Key.Key_S)
    assert dialog.editor is not None
    assert dialog.editor.description.toPlainText() == "Loket enkel open tijdens de werkuren"
    dialog.editor.accept()
    # 2: a barrier
    press(qtbot, dialog.list, Qt.Key.Key_B)
    assert dialog.editor.title.text() == "Brieven zijn te moeilijk"
    dialog.editor.accept()
    # 3: a concrete point of an action of the plan
    action = plan.read_plan(db)[0].all_actions()[0]
    answers.choices.append(f"{action.number} {action.title}")
    press(qtbot, dialog.list, Qt.Key.Key_A)
    # 4: discarded
    press(qtbot, dialog.list, Qt.Key.Key_D)
    assert dialog.list.count() == 0
    stored = {c.text: c for c in captures.list_captures(db, run.session_id)}
    signal = next(s for s in signals.list_signals(db)
                  if s.description == "Loket enkel open tijdens de werkuren")
    assert stored["Loket enkel open tijdens de werkuren"].result_id == signal.id
    barrier = barriers.get_barrier(db, stored["Brieven zijn te moeilijk"].result_id)
    assert barrier.title == "Brieven zijn te moeilijk"
    after = next(a for p in plan.read_plan(db) for a in p.all_actions() if a.id == action.id)
    assert after.concrete == (*action.concrete, "Avondopening proberen")
    assert stored["Avondopening proberen"].result_id == action.id
    assert stored["Koffie was koud"].state == "discarded"
    assert all(c.state != "draft" for c in stored.values())
    # each review is one step back: the point leaves the action, the draft is a draft again
    for _ in range(2):
        press(qtbot, dialog.list, Qt.Key.Key_Z, CTRL)
    after = next(a for p in plan.read_plan(db) for a in p.all_actions() if a.id == action.id)
    assert after.concrete == action.concrete
    assert dialog.list.count() == 2


def test_questions_are_edited_on_the_laptop_and_shown_on_the_beamer(run, window, qtbot):
    presenter, db = run.presenter, window.document.db
    presenter.show_view(1)
    editor = run.control.controls.currentWidget()
    assert editor.objectName() == "promptsEditor"
    editor.text.setPlainText("Wat werkt er al?\nWat moet anders?")
    editor.save_button.click()
    assert workshop_run.session_prompts(db, run.session_id) == ["Wat werkt er al?",
                                                                "Wat moet anders?"]
    assert "Wat moet anders?" in beamer_texts(presenter)
    press(qtbot, presenter.current_view(), Qt.Key.Key_Down)
    assert presenter.current_view().current == 1
    run.undo()
    assert "Wat moet anders?" not in beamer_texts(presenter)


def test_closing_the_session_writes_it_and_closes_the_presenter(run, window, qtbot, answers):
    db, control = window.document.db, run.control
    qtbot.keyClicks(control.line, "Nog een idee")
    press(qtbot, control.line, Qt.Key.Key_Return)
    press(qtbot, control.line, Qt.Key.Key_W, CTRL | SHIFT)
    assert "still drafts" in answers.questions[-1]
    summary = workshop_run.summary_of(db, run.session_id)
    assert summary.closed_at is not None
    assert not run.presenter.isVisible()
    assert not control.line.isEnabled() and control.isVisible()
    press(qtbot, control.list, Qt.Key.Key_Z, CTRL)
    assert workshop_run.summary_of(db, run.session_id).closed_at is None
    assert control.line.isEnabled()
    press(qtbot, control.list, Qt.Key.Key_W, CTRL)  # leave workshop mode: the windows go
    assert window.workshop is None
    assert QApplication.activeModalWidget() is None


def test_the_summary_closing_wrote_is_reworded_by_keys_and_undone(run, window, qtbot,
                                                                   answers):
    db, control = window.document.db, run.control
    assert not control.summary_action.isEnabled()  # nothing to reword while it runs
    press(qtbot, control.line, Qt.Key.Key_W, CTRL | SHIFT)
    written = workshop_run.summary_of(db, run.session_id).summary
    assert written.startswith(run.session.title) and control.summary_action.isEnabled()
    answers.note = "Kort: de werkgroep koos drie drempels."
    press(qtbot, control.list, Qt.Key.Key_E, CTRL)
    assert workshop_run.summary_of(db, run.session_id).summary == answers.note
    press(qtbot, control.list, Qt.Key.Key_Z, CTRL)
    assert workshop_run.summary_of(db, run.session_id).summary == written


TWO_SCREENS = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from drempelmeter.ui.main_window import MainWindow
from drempelmeter.ui.settings import AppSettings
folder = Path(sys.argv[1])
window = MainWindow(AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)),
                    folder / "log")
window.show()
window.open_path(Path(sys.argv[2]))
window.start_workshop(4)
app.processEvents()
run = window.workshop
print(json.dumps({"main": window.screen().name(), "presenter": run.presenter.screen().name(),
                  "full": run.presenter.isFullScreen(), "px": run.presenter.base_px(),
                  "control": run.control.screen().name()}))
window.close()
"""


def test_with_two_screens_the_presenter_fills_the_one_the_laptop_window_is_not_on(
        tmp_path, demo_file):
    screens = [{"name": name, "x": x, "y": 0, "width": width, "height": height,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
               for name, x, width, height in (("laptop", 0, 1366, 768),
                                              ("beamer", 1366, 1920, 1080))]
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}))
    script = tmp_path / "two_screens.py"
    script.write_text(TWO_SCREENS)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, str(script), str(tmp_path), str(demo_file)],
                          env=env, capture_output=True, text=True, timeout=120, check=True)
    placed = json.loads(done.stdout.strip().splitlines()[-1])
    assert placed == {"main": "laptop", "presenter": "beamer", "full": True,
                      "px": style.base_px(1080), "control": "laptop"}


def test_a_whole_phase_4_session_by_keys_only(window, demo_file, qtbot, answers):
    """Start from the window, capture three entries, vote with dots, the objection round,
    place on the board, undo inside the session, close: the file holds it all."""
    assert window.open_path(demo_file)
    window.workspace.show_phase(4)
    press(qtbot, window.workspace.phase_page, Qt.Key.Key_F5)
    run = window.workshop
    assert run is not None and run.phase_number == 4
    db, control, presenter = window.document.db, run.control, run.presenter
    session = run.read_session()
    assert session.attendee_ids  # the people of the phase's last session, expected again
    for text in ("Wachtlijsten bij de schuldhulp", "Niemand kent het sociaal huis",
                 "Folder in eenvoudige taal"):
        qtbot.keyClicks(control.line, text)
        press(qtbot, control.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: presenter.isVisible())
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown):
        press(qtbot, presenter.current_view(), key)
    dots = presenter.current_view()
    assert dots.key == "dots"
    for key in (Qt.Key.Key_R, Qt.Key.Key_1, Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Down,
                Qt.Key.Key_Tab, Qt.Key.Key_Plus, Qt.Key.Key_O):
        press(qtbot, dots, key)
    objection = control.findChild(QLineEdit, "objectionText")
    qtbot.keyClicks(objection, "Treft vooral nieuwkomers")
    press(qtbot, objection, Qt.Key.Key_Return)
    press(qtbot, presenter.current_view(), Qt.Key.Key_PageDown)
    board = presenter.current_view()
    assert board.key == "board"
    for key in (Qt.Key.Key_R, Qt.Key.Key_Tab, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_Tab,
                Qt.Key.Key_5, Qt.Key.Key_1):
        press(qtbot, board, key)

    def rounds() -> dict[str, list[dict]]:
        return {r.method: [e.inputs for e in r.entries]
                for r in workshop_run.summary_of(db, run.session_id).rounds
                if r.closed_on is None}

    placed = [i for i in rounds()["impact_effort"] if i]
    assert {"impact": 5, "effort": 1} in placed and len(placed) == 2
    press(qtbot, board, Qt.Key.Key_Z, CTRL)  # undo inside the session: the last card's effort
    assert len([i for i in rounds()["impact_effort"] if i.get("effort")]) == 1
    press(qtbot, board, Qt.Key.Key_Z, CTRL | SHIFT)
    press(qtbot, control.line, Qt.Key.Key_W, CTRL | SHIFT)
    assert answers.questions  # asked, answered yes

    summary = workshop_run.summary_of(db, run.session_id)
    assert summary.closed_at is not None and not presenter.isVisible()
    assert [c.text for c in summary.captures] == ["Wachtlijsten bij de schuldhulp",
                                                  "Niemand kent het sociaal huis",
                                                  "Folder in eenvoudige taal"]
    votes = rounds()["dots"]
    assert sum(sum(i.get("votes", {}).values()) for i in votes) == 3
    assert any(i.get("objection") == "Treft vooral nieuwkomers" for i in votes)
    assert len([i for i in rounds()["impact_effort"] if i.get("effort")]) == 2
    assert summary.attendees and summary.agenda_kept
    with closing(sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)) as file:
        written, = file.execute("SELECT summary FROM workshop_session WHERE id = ?",
                                (run.session_id,)).fetchone()
    assert "Niemand kent het sociaal huis" in written


def test_the_agenda_is_edited_for_the_session_and_keeps_the_times_kept(run, window, qtbot):
    clock = run.clock
    press(qtbot, run.presenter.current_view(), Qt.Key.Key_T)
    clock.now.now += 90
    press(qtbot, run.presenter.current_view(), Qt.Key.Key_N)  # the first item took 90 s
    press(qtbot, run.control.line, Qt.Key.Key_D, CTRL)
    dialog = run.control.findChild(SessionDialog)
    assert dialog is not None
    dialog.agenda.setItem(1, 1, QTableWidgetItem("45"))  # the second item gets longer
    dialog.agenda.setItem(6, 0, QTableWidgetItem("Koffie"))
    dialog.agenda.setItem(6, 1, QTableWidgetItem("5"))
    dialog.accept()
    agenda = run.read_session().agenda
    assert (agenda[1].minutes, agenda[-1].text) == (45, "Koffie")
    assert clock.items[1][1] == 45 and clock.items[-1] == ("Koffie", 5)
    assert clock.kept[0] == 90 and clock.current == 1
    assert "Koffie" in beamer_texts(run.presenter)
    kept = [k for _t, _m, k in workshop_run.summary_of(window.document.db,
                                                       run.session_id).agenda_kept]
    assert kept[0] == 90 and len(kept) == 7


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_service_refusal_in_a_slot_is_said_not_taken_for_a_bug(window, demo_file, qtbot,
                                                                  answers, monkeypatch):
    from drempelmeter.services.errors import InvalidInput
    from drempelmeter.services.personal_data import PersonalDataFound
    from drempelmeter.ui.app import install_crash_guard

    assert window.open_path(demo_file)
    assert window.start_workshop(4)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_crash_guard(window, window.log_file)
    for refusal in (InvalidInput("session", InvalidInput.NOT_FOUND, "x"),
                    PersonalDataFound("text", ())):
        sys.excepthook(type(refusal), refusal, None)
    assert len(answers.errors) == 2
    assert not [e for e in answers.errors if str(window.log_file) in e]  # no apology for a bug
    assert answers.errors[0] == "This item no longer exists; it may have been removed."


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_an_edit_reloads_each_view_once_and_only_the_views_it_concerns(window, demo_file, qtbot,
                                                                       monkeypatch):
    from drempelmeter.ui.workshop.poll_view import PollView

    assert window.open_path(demo_file)
    assert window.start_workshop(1)
    presenter = window.workshop.presenter
    qtbot.waitExposed(presenter)
    while presenter.current_view().key != "poll":
        press(qtbot, presenter.current_view(), Qt.Key.Key_PageDown)
    view = presenter.current_view()
    reloads: list[str] = []
    monkeypatch.setattr(PollView, "reload", lambda self: reloads.append("poll"))
    press(qtbot, view, Qt.Key.Key_3)  # a count: one redraw of the chart, not two
    assert reloads == ["poll"]
    window.document.changed.emit("barriers")  # nothing the poll shows
    assert reloads == ["poll"]


def tab_chain(window_, start):  # type: ignore[no-untyped-def]
    """The object names Tab visits from `start` once round the window."""
    names, widget = [], start
    while True:
        names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                   and widget.isEnabled() and widget.window() is window_) and widget is not start:
            widget = widget.nextInFocusChain()
        if widget is start or len(names) > 50:
            return names


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_tab_in_the_control_window_goes_as_it_reads(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    assert window.start_workshop(4)
    run = window.workshop
    while run.presenter.current_view().key != "dots":
        press(qtbot, run.presenter.current_view(), Qt.Key.Key_PageDown)
    press(qtbot, run.presenter.current_view(), Qt.Key.Key_R)  # a round: the objection is open
    assert tab_chain(run.control, run.control.line) == [
        "captureLine", "captureKind", "captureB", "captureList",
        "objectionText", "objectionRecord",  # the shown view's own, under the list
        "controlDetailsButton", "controlReviewButton", "controlCloseSessionButton",
        "controlPreviousButton", "controlNextButton", "controlBlackButton",
        "controlPresenterButton", "controlTimerButton", "controlNextItemButton"]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_newest_capture_scrolls_into_view_and_a_view_gone_meanwhile_is_left_alone(
        window, demo_file, qtbot):
    import shiboken6

    from drempelmeter.ui.workshop.capture_view import CaptureView

    assert window.open_path(demo_file)
    assert window.start_workshop(4)
    run = window.workshop
    view = next(v for v in run.views if isinstance(v, CaptureView))
    while run.presenter.current_view() is not view:
        press(qtbot, run.presenter.current_view(), Qt.Key.Key_PageDown)
    for n in range(30):
        captures.add_capture(window.document.db, captures.CaptureRecord(
            f"scroll-{n}", run.session_id, "idea", f"Idee {n}", position=n))
    view.reload()  # more entries: the newest is scrolled into view once laid out
    bar = view.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    run.views.remove(view)
    captures.add_capture(window.document.db, captures.CaptureRecord(
        "scroll-last", run.session_id, "idea", "Een idee", position=30))
    view.reload()
    shiboken6.delete(view)  # the presenter closed meanwhile
    qtbot.wait(20)  # the scroll does not reach a deleted view (pytest-qt fails on the error)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_leaving_workshop_mode_leaves_no_controller_behind(window, demo_file, qtbot):
    from drempelmeter.ui.workshop.controller import AgendaClock, WorkshopController

    assert window.open_path(demo_file)
    for _ in range(2):
        assert window.start_workshop(4)
        window.workshop.clock.start()
        window.workshop.stop()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(WorkshopController) == []
    assert window.findChildren(AgendaClock) == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_refused_edit_says_why_on_the_laptop(window, demo_file, qtbot, answers):
    from drempelmeter.services.errors import InvalidInput
    from drempelmeter.ui.document import EditCommand

    assert window.open_path(demo_file)
    assert window.start_workshop(4)
    run = window.workshop

    def refused() -> None:
        raise InvalidInput("session", InvalidInput.NOT_FOUND, "x")

    assert not run.push(EditCommand(window.document, "test", refused, refused, ("workshop",)))
    assert run.control.status.text() == (
        "Not saved: This item no longer exists; it may have been removed.")
