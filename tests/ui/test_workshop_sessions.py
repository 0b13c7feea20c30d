"""Whole sessions of phases 1 and 5 by keys only, as the phase-4 one in test_workshop_presenter:
start from the phase page, capture, the phase's own work on the beamer, undo, close; the file
holds it all, and the summary closing wrote says it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from drempelmeter.services import polls, workshop_run

from .test_workshop_premortem import action_of, choose_first_action, type_card
from .test_workshop_presenter import CTRL, SHIFT, press

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def start(window, qtbot, demo_file, number: int):  # type: ignore[no-untyped-def]
    """F5 on the phase's page: workshop mode on today's session of the phase."""
    assert window.open_path(demo_file)
    window.workspace.show_phase(number)
    press(qtbot, window.workspace.phase_page, Qt.Key.Key_F5)
    run = window.workshop
    assert run is not None and run.phase_number == number
    qtbot.waitUntil(lambda: run.presenter.isVisible())
    return run


def capture(qtbot, run, *texts: str) -> None:  # type: ignore[no-untyped-def]
    for text in texts:
        qtbot.keyClicks(run.control.line, text)
        press(qtbot, run.control.line, Qt.Key.Key_Return)


def go_to(qtbot, run, key: str):  # type: ignore[no-untyped-def]
    while run.presenter.current_view().key != key:
        press(qtbot, run.presenter.current_view(), Qt.Key.Key_PageDown)
    return run.presenter.current_view()


def close(qtbot, run) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, run.control.line, Qt.Key.Key_W, CTRL | SHIFT)
    assert not run.presenter.isVisible()


def test_a_whole_phase_1_session_by_keys_only(window, demo_file, qtbot, answers):
    run = start(window, qtbot, demo_file, 1)
    db = window.document.db
    capture(qtbot, run, "Niemand weet waar het sociaal huis is", "Wachten duurt te lang")
    poll = go_to(qtbot, run, "poll")
    first, second = poll.bs[0], poll.bs[1]
    for key in (Qt.Key.Key_3, Qt.Key.Key_Right, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_Down,
                Qt.Key.Key_5, Qt.Key.Key_Plus):
        press(qtbot, poll, key)
    assert polls.tally(db, run.session_id) == {first: {"1": 3, "2": 12}, second: {"2": 6}}
    press(qtbot, poll, Qt.Key.Key_Z, CTRL)  # undo inside the session: the last "+"
    assert polls.tally(db, run.session_id)[second] == {"2": 5}
    close(qtbot, run)
    summary = workshop_run.summary_of(db, run.session_id)
    assert summary.closed_at is not None and summary.poll == {first: {"1": 3, "2": 12},
                                                              second: {"2": 5}}
    assert [c.text for c in summary.captures] == ["Niemand weet waar het sociaal huis is",
                                                  "Wachten duurt te lang"]
    assert "Wachten duurt te lang" in summary.summary and summary.attendees


def test_a_whole_phase_5_session_by_keys_only(window, demo_file, qtbot, answers):
    run = start(window, qtbot, demo_file, 5)
    db = window.document.db
    capture(qtbot, run, "De trekker vertrekt in juni")
    view = go_to(qtbot, run, "premortem")
    action_id = choose_first_action(view, qtbot, answers)
    before = action_of(view, action_id)
    control = view.control()
    for text in ("Niemand komt opdagen", "Geen lokaal vrij"):
        type_card(qtbot, control, text)
    answers.text = "Praktisch"
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Space,
                Qt.Key.Key_K, Qt.Key.Key_2):
        press(qtbot, view, key)
    type_card(qtbot, control, "Een vaste zaal vastleggen")
    press(qtbot, view, Qt.Key.Key_Return, CTRL)
    after = action_of(view, action_id)
    added = [r for r in after.risks if r not in before.risks]
    assert len(added) == 1 and "Praktisch" in added[0] and "Geen lokaal vrij" in added[0]
    assert [n for n in after.needs if n not in before.needs] == ["Een vaste zaal vastleggen"]
    close(qtbot, run)
    summary = workshop_run.summary_of(db, run.session_id)
    assert summary.closed_at is not None
    assert {n.text for n in summary.premortem} == {"Niemand komt opdagen", "Geen lokaal vrij",
                                                   "Een vaste zaal vastleggen"}
    assert [c.text for c in summary.captures] == ["De trekker vertrekt in juni"]
    assert "Niemand komt opdagen" in summary.summary
