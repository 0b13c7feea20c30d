"""Phase 1's gut-feeling poll run with the keys on the demo's first session: counts typed,
stepped and corrected land in the file at once, the chart and its table follow, undo takes a
typed count back whole; the view's arrows win over the window's."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import numpy
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from drempelmeter.charts.workshop_charts import CURRENT_TEXT
from drempelmeter.services import polls, workshops
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.ui.document import TrajectoryDocument
from drempelmeter.ui.workshop import style
from drempelmeter.ui.workshop.poll_view import PollView


def presenter_host(qtbot, width: int = 1280, height: int = 720) -> QWidget:  # type: ignore[no-untyped-def]
    """A window dressed as the presenter: its style sheet and type size for this screen, and a
    window-wide Right key (the presenter's next view)."""
    host = QWidget()
    host.setObjectName("presenterWindow")
    host.setStyleSheet(style.style_sheet(style.base_px(height)))
    QVBoxLayout(host)
    host.resize(width, height)
    qtbot.addWidget(host)
    return host


@pytest.fixture
def poll(qtbot, demo_file):
    db = open_trajectory(demo_file, back_up=False)
    document = TrajectoryDocument(db)
    session_id = workshops.list_sessions(db, 1)[0].id
    host = presenter_host(qtbot)
    view = PollView(document, session_id)
    document.changed.connect(view.on_changed)  # as the controller does
    host.layout().addWidget(view)
    host.show()
    qtbot.waitExposed(host)
    view.setFocus()
    yield view
    document.close()


def press(qtbot, view, *keys) -> None:  # type: ignore[no-untyped-def]
    for key in keys:
        if isinstance(key, str):
            qtbot.keyClicks(view, key)
        else:
            qtbot.keyClick(view, key)


def test_counts_typed_with_the_keys_are_in_the_file_and_the_chart(poll, qtbot, demo_file):
    view = poll
    first, second = view.bs[0], view.bs[1]
    assert view.answers[:5] == ["1", "2", "3", "4", "5"]
    press(qtbot, view, "3", Qt.Key.Key_Right, "1", "2", Qt.Key.Key_Plus, Qt.Key.Key_Down, "5",
          Qt.Key.Key_Minus, Qt.Key.Key_Right, Qt.Key.Key_Right, "7", Qt.Key.Key_Backspace)
    # A digit starts a count again (a second one adds to it), so these are the counts now.
    tally = polls.tally(view.document.db, view.session_id)
    assert tally[first]["1"] == 3 and tally[first]["2"] == 13 and tally[second]["2"] == 4
    assert tally.get(second, {}).get("4", 0) == 0
    assert (view.row, view.column) == (1, 3)
    # The chart's table holds the same counts, with a total per B.
    table = view.pane.view.table
    assert table.item(0, 0).text() == "3" and table.item(0, 1).text() == "13"
    assert table.item(0, len(view.answers)).text() == str(sum(tally[first].values()))
    assert table.verticalHeaderItem(1).text() == view.b_label(second)
    # The B the coach is on is marked in the chart; the chart was changed in place.
    ticks = view.pane.figure.axes[0].get_yticklabels()
    assert [t.get_color() for t in ticks[:2]] == ["black", CURRENT_TEXT]
    assert view.chart.band.get_y() == 0.5 and view.pane.figure is view.chart.figure
    assert view.cells[3].accessibleName().endswith(": 0 counted")
    # In the file itself, read by a connection of its own.
    with closing(sqlite3.connect(demo_file)) as connection:
        stored = {(b, answer): count for b, answer, count in connection.execute(
            "SELECT b, answer, count FROM poll_count WHERE session_id = ?", (view.session_id,))}
    assert stored[(first, "1")] == 3 and stored[(first, "2")] == 13
    assert stored[(second, "2")] == 4 and stored.get((second, "4"), 0) == 0


def test_undo_takes_a_typed_count_back_whole(poll, qtbot):
    view = poll
    b = view.bs[0]
    stack = view.document.undo_stack
    before = polls.tally(view.document.db, view.session_id).get(b, {}).get("1", 0)
    press(qtbot, view, "4", "2")  # one count, 42: one step
    assert polls.tally(view.document.db, view.session_id)[b]["1"] == 42
    assert stack.count() == 1
    press(qtbot, view, Qt.Key.Key_Plus, Qt.Key.Key_Plus)
    assert polls.tally(view.document.db, view.session_id)[b]["1"] == 44
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    assert polls.tally(view.document.db, view.session_id)[b]["1"] == 42
    assert view.pane.view.table.item(0, 0).text() == "42"
    stack.undo()
    assert polls.tally(view.document.db, view.session_id).get(b, {}).get("1", 0) == before
    assert view.pane.view.table.item(0, 0).text() == str(before)
    stack.redo()
    assert polls.tally(view.document.db, view.session_id)[b]["1"] == 42
    # A digit after moving away starts the count again.
    press(qtbot, view, Qt.Key.Key_Right, Qt.Key.Key_Left, "9")
    assert polls.tally(view.document.db, view.session_id)[b]["1"] == 9


def test_the_views_arrows_win_over_the_windows_and_every_key_is_named(poll, qtbot):
    view = poll
    fired = []
    next_view = QAction("Next view", view.window())
    next_view.setShortcut(QKeySequence("Right"))
    next_view.triggered.connect(lambda: fired.append(1))
    view.window().addAction(next_view)
    view.window().activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.column == 1 and fired == []
    assert all(a.text() and a.shortcuts() for a in view.key_actions())
    names = {a.objectName() for a in view.key_actions()}
    assert {"pollNextB", "pollDigit", "pollMore", "pollChartTableAction"} <= names
    assert view.accessibleName() and view.question.accessibleName()
    view.move(view.pos())  # QWidget.move, not the answers'


def shown_alone(qtbot, document: TrajectoryDocument) -> PollView:  # type: ignore[no-untyped-def]
    """The poll of the demo's phase-1 session in a window of its own, with the focus."""
    view = PollView(document, workshops.list_sessions(document.db, 1)[0].id)
    qtbot.addWidget(view)
    view.show()
    view.setFocus()
    return view


def test_read_only_file_refuses_counts(qtbot, demo_file):
    db = open_trajectory(demo_file, read_only=True)
    document = TrajectoryDocument(db)
    try:
        view = shown_alone(qtbot, document)
        before = polls.tally(db, view.session_id)
        qtbot.keyClicks(view, "5")
        assert polls.tally(db, view.session_id) == before
        assert not any(a.isEnabled() for a in view.edit_keys)
    finally:
        document.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_poll_runs_in_the_presenter_of_phase_1(window, demo_file, qtbot):
    from .test_workshop_presenter import press as press_in_window

    assert window.open_path(demo_file)
    assert window.start_workshop(1)
    controller = window.workshop
    presenter = controller.presenter
    qtbot.waitExposed(presenter)
    assert "poll" in [v.key for v in presenter.views]
    while presenter.current_view().key != "poll":
        press_in_window(qtbot, presenter.current_view(), Qt.Key.Key_PageDown)
    view = presenter.current_view()
    assert view.pane.type_px() == presenter.base_px()  # the chart's text is the beamer's
    press_in_window(qtbot, view, Qt.Key.Key_Right)  # the next answer, not the next view
    assert presenter.current_view() is view and view.column == 1
    press_in_window(qtbot, view, Qt.Key.Key_7)
    b = view.bs[0]
    assert polls.tally(window.document.db, controller.session_id)[b]["2"] == 7
    press_in_window(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert polls.tally(window.document.db, controller.session_id).get(b, {}).get("2", 0) == 0
    assert view.pane.view.table.item(0, 1).text() == "0"
    press_in_window(qtbot, view, Qt.Key.Key_PageDown)  # the clicker still moves on
    assert presenter.current_view() is not view


def test_a_poll_file_that_cannot_be_read_is_said_and_the_keys_do_nothing(qtbot, demo_file,
                                                                         monkeypatch):
    from drempelmeter.services.errors import InvalidInput

    def missing():  # type: ignore[no-untyped-def]
        raise InvalidInput("poll", InvalidInput.NOT_FOUND, "buikgevoel")

    monkeypatch.setattr(polls, "poll_items", missing)
    db = open_trajectory(demo_file, back_up=False)
    document = TrajectoryDocument(db)
    try:
        view = shown_alone(qtbot, document)
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_5, Qt.Key.Key_Plus):
            qtbot.keyClick(view, key)
        assert "could not be read" in view.question.text()
        assert view.pane.figure is None and document.undo_stack.count() == 0
    finally:
        document.close()


def test_a_count_redraws_only_what_changed(poll, qtbot):
    """Each key redraws the bars, numbers and axes over the rest as drawn: no whole draw (the
    layout and the texts of a whole draw took most of a key's time), no new figure."""
    view = poll
    press(qtbot, view, Qt.Key.Key_Plus)
    qtbot.wait(50)  # the first chart, drawn whole
    canvas, figure = view.pane.view.canvas, view.pane.figure
    whole: list[int] = []
    draw = canvas.draw
    canvas.draw = lambda: (whole.append(1), draw())
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_5, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_7):
        press(qtbot, view, key)
        qtbot.wait(10)
    assert whole == [] and view.pane.figure is figure
    assert view.pane.view.table.item(1, 1).text() == "7"
    # What the canvas shows is what a whole draw of the same chart gives.
    from drempelmeter.charts.workshop_charts import PollChart
    from drempelmeter.ui.chart_canvas import ChartCanvas

    from .test_chart_view import pixels

    shown = pixels(canvas.grab().toImage())
    fresh = PollChart([view.b_label(b) for b in view.bs], view.answer_labels, view.matrix(),
                      "Hands or cards", current=view.row)
    fresh.figure.set_dpi(figure.dpi)
    fresh.figure.set_size_inches(figure.get_size_inches())
    ChartCanvas(fresh.figure).draw()
    drawn = numpy.asarray(fresh.figure.canvas.buffer_rgba())
    assert shown.shape == drawn.shape
    # The layout stays as first drawn (constrained at that draw): allow the odd pixel of the
    # numbers' anti-aliasing, not a bar or a label out of place.
    assert (shown[..., :3] != drawn[..., :3]).any(axis=2).mean() < 0.002


def test_an_azerty_keyboards_top_row_types_the_digits_printed_on_it(poll, qtbot):
    """On a Belgian keyboard the keys printed 1 and 2 type "&" and "é" without Shift."""
    view = poll
    for key, text in ((Qt.Key.Key_Ampersand, "&"), (Qt.Key.Key_Eacute, "é")):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(view, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                   text))
    assert polls.tally(view.document.db, view.session_id)[view.bs[0]]["1"] == 12
