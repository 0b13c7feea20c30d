"""A phase's workshop sessions on a beamer, measured: the session's name takes the room the
date, place and number of attendees leave (the number took it, 900 pixels for "10")."""

from __future__ import annotations

from drempelmeter.ui.tables import SessionsModel


def test_the_session_s_name_takes_the_room_not_the_attendees(window, demo_file, qtbot):
    window.resize(1920, 1080)
    window.open_path(demo_file)
    window.workspace.show_phase(1)
    qtbot.wait(20)
    view = window.workspace.pages.currentWidget().sessions.view
    header = view.horizontalHeader()
    attendees = SessionsModel.ATTENDEES
    assert view.columnWidth(attendees) <= max(header.sectionSizeHint(attendees),
                                              view.sizeHintForColumn(attendees))
    assert view.columnWidth(SessionsModel.TITLE) > view.columnWidth(SessionsModel.LOCATION)
    columns = range(view.model().columnCount())
    assert sum(map(view.columnWidth, columns)) == view.viewport().width()
