"""The room started from the poll's view by its key, over real HTTP on 127.0.0.1 and a real
file: the QR code and address on the beamer, a phone's answer counted in the view at once, the
key again (or leaving workshop mode) closes it and nothing is served after."""

from __future__ import annotations

import http.cookiejar
import urllib.error
import urllib.request
from functools import partial
from urllib.parse import urlencode

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt

from drempelmeter.services import captures, polls, prioritisation, room, workshops
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.ui.document import TrajectoryDocument
from drempelmeter.ui.workshop import room_host
from drempelmeter.ui.workshop.dots_view import DotsView
from drempelmeter.ui.workshop.moscow_view import MoscowView
from drempelmeter.ui.workshop.poll_view import PollView

from .test_workshop_phase4 import on_beamer, session_of
from .test_workshop_poll import presenter_host, press


@pytest.fixture(autouse=True)
def loopback(monkeypatch):
    """The room on the loopback address (the laptop's network is not the test's)."""
    monkeypatch.setattr(room_host, "default_host", lambda: "127.0.0.1")


@pytest.fixture
def poll(qtbot, demo_file):
    db = open_trajectory(demo_file, back_up=False)
    document = TrajectoryDocument(db)
    session_id = workshops.list_sessions(db, 1)[0].id
    host = presenter_host(qtbot)
    view = PollView(document, session_id)
    host.layout().addWidget(view)
    host.show()
    qtbot.waitExposed(host)
    view.setFocus()
    yield view
    view.leave()
    document.close()


class Phone:
    """A device in the room: its own cookie, following the page's redirects."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self) -> int:
        with self.opener.open(self.url, timeout=10) as response:
            return int(response.status)

    def send(self, fields: dict[str, str]) -> int:
        with self.opener.open(self.url, data=urlencode(fields).encode(), timeout=10) as response:
            return int(response.status)

    def answer(self, b: str, answer: str) -> int:
        return self.send({f"b:{b}": answer})


def test_the_key_starts_the_room_a_phone_answers_and_the_key_again_closes_it(poll, qtbot):
    view = poll
    assert not view.room.running
    press(qtbot, view, Qt.Key.Key_J)
    assert view.room.running
    url = view.room.host.url
    assert url.startswith("http://127.0.0.1:")
    # The QR code is on the beamer, large, named with the address to type.
    panel = view.room.panel
    assert panel.isVisible() and panel.qr.isVisible() and not view.pane.isVisible()
    assert panel.qr.width() >= room_host.QR_PX and panel.qr.renderer().isValid()
    assert url.removeprefix("http://") in panel.qr.accessibleName()
    assert panel.address.text().replace("\u200b", "") == url.removeprefix("http://")
    assert "127.0.0.1" in panel.network.text()
    # A phone joins and answers: the count of devices and the view's count follow at once.
    b = view.bs[0]
    before = view.counts.get(b, {}).get("4", 0)
    phone = Phone(url)
    assert phone.get() == 200
    qtbot.waitUntil(lambda: panel.joined.text().startswith("Devices joined: 1."), timeout=5000)
    assert phone.answer(b, "4") == 200
    qtbot.waitUntil(lambda: view.counts.get(b, {}).get("4", 0) == before + 1, timeout=5000)
    assert view.cells[3].accessibleName().endswith(f": {before + 1} counted")
    assert polls.tally(view.document.db, view.session_id)[b]["4"] == before + 1
    # The key again closes the room: nothing is served after.
    press(qtbot, view, Qt.Key.Key_J)
    assert not view.room.running and not panel.isVisible() and view.pane.isVisible()
    with pytest.raises(urllib.error.URLError):
        phone.get()


def test_the_key_starts_the_poll_room_without_reading_the_questionnaires_again(poll, qtbot,
                                                                              monkeypatch):
    """J holds the beamer's thread briefly: the room takes the poll the view read, instead of
    parsing the questionnaire files again (that took most of J's 60 to 280 ms)."""
    from drempelmeter.services import questionnaires

    read: list[int] = []
    available = questionnaires.available
    monkeypatch.setattr(questionnaires, "available",
                        lambda *a, **k: read.append(1) or available(*a, **k))
    press(qtbot, poll, Qt.Key.Key_J)
    assert poll.room.running and poll.room.host.activity.poll == poll.poll
    assert read == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen; the window raises
def test_leaving_workshop_mode_closes_the_room(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    assert window.start_workshop(1)
    presenter = window.workshop.presenter
    qtbot.waitExposed(presenter)
    presenter.show_view(next(n for n, v in enumerate(presenter.views) if v.key == "poll"))
    view = presenter.current_view()
    press(qtbot, view, Qt.Key.Key_J)
    host = view.room.host
    assert host is not None and Phone(host.url).get() == 200
    window.workshop.stop()
    assert not host.activity.is_open and not host.thread.is_alive()
    with pytest.raises(urllib.error.URLError):
        Phone(host.url).get()


def on_presenter(presenter, widget) -> QRect:  # type: ignore[no-untyped-def]
    return QRect(widget.mapTo(presenter, QPoint(0, 0)), widget.size())


def laid_out(presenter, panel, key: str, size: QSize) -> None:  # type: ignore[no-untyped-def]
    """The presenter keeps the screen's size with its footer and clock whole at the bottom;
    the room's panel lies over none of it, its parts each whole and none over another."""
    assert presenter.size() == size, (key, presenter.size())
    screen = QRect(QPoint(0, 0), size)
    footer = on_presenter(presenter, presenter.footer)
    clock = on_presenter(presenter, presenter.clock_label)
    assert presenter.footer.isVisible() and screen.contains(footer), (key, footer)
    assert footer.bottom() == screen.bottom() and footer.contains(clock), (key, clock)
    area = on_presenter(presenter, panel)
    assert screen.contains(area) and not area.intersects(footer), (key, area)
    parts = [on_presenter(presenter, part) for part in (
        panel.qr, panel.address, panel.joined, panel.network)]
    for n, shown in enumerate(parts):
        assert area.contains(shown), (key, n, shown, area)
        assert not any(shown.intersects(other) for other in parts[n + 1:]), (key, n)
    assert min(panel.qr.width(), panel.qr.height()) >= room_host.QR_PX, key
    # beside a view's content, the view keeps half the width at the least
    assert area.width() <= size.width() // 2 or key == "poll", (key, area)


@pytest.mark.qt_log_ignore("This plugin does not support raise", "propagateSizeHints")
@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1920, 1080)])
def test_the_room_on_the_beamer_leaves_the_footer_and_clock_in_view(window, demo_file, qtbot,
                                                                   answers, size):
    """At 1280×720 and 1920×1080 the QR code, the address and the count fit beside or below
    the view's content: the presenter keeps the screen's size, the footer with the clock is
    whole at its bottom, and nothing of the room's panel lies over it."""
    from .test_workshop_premortem import choose_first_action

    assert window.open_path(demo_file)
    for phase, key in ((1, "poll"), (4, "dots"), (4, "moscow"), (5, "premortem")):
        assert window.start_workshop(phase)
        presenter = window.workshop.presenter
        qtbot.waitExposed(presenter)
        presenter.showNormal()  # the offscreen screen is smaller than a beamer
        presenter.resize(size)
        presenter.show_view(next(n for n, v in enumerate(presenter.views) if v.key == key))
        view = presenter.current_view()
        if key == "premortem":
            choose_first_action(view, qtbot, answers)
        elif key != "poll" and view.result is None:
            press(qtbot, view, Qt.Key.Key_R)
        press(qtbot, view, Qt.Key.Key_J)
        assert view.room.running, key
        qtbot.waitUntil(partial(laid_out, presenter, view.room.panel, key, size),
                        timeout=2000)
        window.workshop.stop()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen; the window raises
def test_a_text_held_for_review_is_not_on_the_beamers_list_of_what_was_heard(window, demo_file,
                                                                          qtbot, answers):
    """Each held text is a draft of the session at once (kept should the laptop crash), but
    "What we heard" on the beamer leaves it out while the room holds it for the coach's
    review; once the room closes it is a draft as any other."""
    from .test_workshop_premortem import choose_first_action

    assert window.open_path(demo_file)
    assert window.start_workshop(5)
    presenter = window.workshop.presenter
    qtbot.waitExposed(presenter)
    views = {v.key: v for v in presenter.views}
    premortem_view, heard = views["premortem"], views["captures"]
    presenter.show_view(presenter.views.index(premortem_view))
    choose_first_action(premortem_view, qtbot, answers)
    press(qtbot, premortem_view, Qt.Key.Key_J)
    activity = premortem_view.room.host.activity
    text = "Niemand van de wijk komt erop af"
    held = activity.write("phone", text)
    assert held.draft_id in {c.id for c in captures.list_captures(
        window.document.db, premortem_view.session_id)}
    presenter.show_view(presenter.views.index(heard))
    heard.reload()
    assert text not in [r.text for r in heard.records]
    premortem_view.room.close()  # J on its view: nobody reviewed the text
    heard.reload()
    assert text in [r.text for r in heard.records]
    window.workshop.stop()


def test_a_phone_places_a_dot_in_the_open_round_shown_at_once(qtbot, demo_file):
    document = TrajectoryDocument(open_trajectory(demo_file, back_up=False))
    view = DotsView(document, session_of(document, "stippenstemming"))
    _host = on_beamer(qtbot, view)  # kept: the window holds the view
    assert view.room is not None and not view.room.action.isEnabled()  # no open round yet
    press(qtbot, view, Qt.Key.Key_R, Qt.Key.Key_J)
    assert view.room.running and view.room.panel.isVisible()
    first = view.entry_ids()[0]
    phone = Phone(view.room.host.url)
    assert phone.get() == 200
    assert phone.send({f"dots:{first}": "2"}) == 200

    def counted() -> bool:
        entry = next(e for e in view.result.entries if e.barrier_id == first)
        return sum(entry.inputs.get("votes", {}).values()) == 2

    qtbot.waitUntil(counted, timeout=5000)
    assert view.board.item(0, 2).text() == "1"  # ranked first on the beamer
    assert view.room.panel.earlier.isHidden()
    press(qtbot, view, Qt.Key.Key_J)
    assert not view.room.running
    with pytest.raises(urllib.error.URLError):
        phone.get()
    # The room again on the same round: a new count, and the beamer says so.
    press(qtbot, view, Qt.Key.Key_J)
    earlier = view.room.panel.earlier
    assert view.room.running and earlier.isVisibleTo(view.room.panel)
    assert earlier.text() == ("Phones that voted in this round before: 1. Their votes stay "
                              "counted: phones that answered before can answer again.")
    press(qtbot, view, Qt.Key.Key_J)
    assert not view.room.running
    assert any(r.method == "dots" and r.closed_on is None
               for r in prioritisation.list_rounds(document.db))
    document.close()


def test_a_phone_sorts_a_barrier_into_moscow_and_leaving_closes_the_room(qtbot, demo_file):
    document = TrajectoryDocument(open_trajectory(demo_file, back_up=False))
    view = MoscowView(document, session_of(document, "stippenstemming"))
    _host = on_beamer(qtbot, view)  # kept: the window holds the view
    press(qtbot, view, Qt.Key.Key_R, Qt.Key.Key_J)
    assert view.room is not None and view.room.running
    first = view.entry_ids()[0]
    phone = Phone(view.room.host.url)
    assert phone.get() == 200 and phone.send({f"m:{first}": "must"}) == 200
    qtbot.waitUntil(lambda: next(e for e in view.result.entries
                                 if e.barrier_id == first).inputs != {}, timeout=5000)
    view.leave()
    assert not view.room.running
    with pytest.raises(urllib.error.URLError):
        phone.get()
    document.close()


def test_pre_mortem_texts_are_held_for_review_then_accepted_or_discarded(qtbot, demo_file,
                                                                        answers):
    from .test_workshop_premortem import card_texts, choose_first_action, on_screen

    db = open_trajectory(demo_file, back_up=False)
    document = TrajectoryDocument(db)
    host = presenter_host(qtbot, 1920, 1080)
    view, control = on_screen(qtbot, document, host)
    choose_first_action(view, qtbot, answers)
    before = {c.id for c in captures.list_captures(db, view.session_id)}
    press(qtbot, view, Qt.Key.Key_J)
    assert view.room.running and not control.held.isVisible()
    phone = Phone(view.room.host.url)
    assert phone.get() == 200
    assert phone.send({"text": "Niemand trekt het na de zomer"}) == 200
    assert phone.send({"text": "Bel Jan op 0470 12 34 56"}) == 200
    qtbot.waitUntil(lambda: control.held.count() == 2, timeout=5000)
    assert card_texts(view) == []  # nothing on the beamer before the coach's review

    def drafts() -> list[str]:
        """The session's new drafts: each held text is one (redacted) from the moment it came."""
        return [c.text for c in captures.list_captures(db, view.session_id)
                if c.state == "draft" and c.kind == room.UNREVIEWED_KIND
                and c.id not in before]

    assert len(drafts()) == 2 and not any("0470" in t for t in drafts())
    assert "may name a person" in control.held.item(1).text()
    assert "may name a person" not in control.held.item(0).text()
    control.held.setFocus()
    control.held.setCurrentRow(0)
    qtbot.keyClick(control.held, Qt.Key.Key_Return)
    assert card_texts(view) == ["Niemand trekt het na de zomer"]
    assert control.held.count() == 1 and len(drafts()) == 1  # the card took the draft's place
    document.undo_stack.undo()  # the card goes, its text back among the drafts
    assert card_texts(view) == [] and "Niemand trekt het na de zomer" in drafts()
    document.undo_stack.redo()
    assert card_texts(view) == ["Niemand trekt het na de zomer"] and len(drafts()) == 1
    qtbot.keyClick(control.held, Qt.Key.Key_Delete)
    assert not control.held.isVisible() and card_texts(view) == ["Niemand trekt het na de zomer"]
    assert drafts() == []
    press(qtbot, view, Qt.Key.Key_J)
    assert not view.room.running
    document.close()
