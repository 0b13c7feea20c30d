"""The pre-mortem through the real windows (offscreen) and a real browser: the coach lets the
room join with J, a text written in Chromium waits in the control window, and once the coach
accepts it there it is a card on the presenter's view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drempelmeter.services import premortem
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.ui.document import TrajectoryDocument
from drempelmeter.ui.workshop import room_host

from ..ui.test_workshop_poll import presenter_host, press
from ..ui.test_workshop_premortem import card_texts, on_screen
from .conftest import find, find_all, send

TEXT = "Het spreekuur valt op marktdag"


def test_a_text_from_the_browser_shows_on_the_presenter_after_review(qtbot, demo_file, browser,
                                                                     monkeypatch):
    monkeypatch.setattr(room_host, "default_host", lambda: "127.0.0.1")
    document = TrajectoryDocument(open_trajectory(demo_file, back_up=False))
    host = presenter_host(qtbot, 1920, 1080)
    view, control = on_screen(qtbot, document, host)
    view.setFocus()
    press(qtbot, view, Qt.Key.Key_J)
    try:
        assert view.room.running and view.room.host is not None
        before = card_texts(view)
        browser.get(view.room.host.url)
        assert view.action_label().endswith(find(browser, ".prompt").text.split("“")[1]
                                            .split("”")[0])
        find(browser, "#text").send_keys(TEXT)
        send(browser)
        assert [e.text for e in find_all(browser, ".sent li")] == [TEXT]
        qtbot.waitUntil(lambda: control.held.count() == 1, timeout=5000)
        assert control.held.item(0).text() == TEXT and card_texts(view) == before
        control.held.setFocus()
        control.held.setCurrentRow(0)
        qtbot.keyClick(control.held, Qt.Key.Key_Return)
        assert sorted(card_texts(view)) == sorted([*before, TEXT])  # a card among the cards
        assert TEXT in [n.text for n in premortem.list_notes(document.db, view.session_id,
                                                              view.action_id)]
    finally:
        press(qtbot, view, Qt.Key.Key_J)
    assert not view.room.running
    browser.refresh()
    assert "ERR_CONNECTION_REFUSED" in find(browser, "body").text  # nothing listens any more
    document.close()
