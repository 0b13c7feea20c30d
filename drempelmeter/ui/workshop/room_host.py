"""The room server started from a presenter view: its own event loop in a thread, its QR code,
address and count of devices on the beamer, the view redrawn as the votes arrive."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...room.qr import join_qr_svg
from ...room.server import RoomServer, default_host
from ...services import room
from ...services.errors import InvalidInput
from ..i18n import fill, tr
from ..messages import describe_invalid_input
from .keyed import KeyedActivity
from .style import set_role

#: How long the window waits for the server to listen, or to close (seconds).
WAIT_S = 10.0
#: How often the window looks whether something arrived (milliseconds).
POLL_MS = 250
T = TypeVar("T")

#: The QR code's side on the beamer, at the least (pixels; it grows with the room it has).
QR_PX = 320


class RoomHost(QObject):
    """One activity served on `host` (any free port) from an event loop in a thread of its
    own; `changed` fires in the window's thread when a device joined or something arrived.
    Widgets are touched from the window's thread only: a timer there reads the server's
    count of changes."""

    changed = Signal()

    def __init__(self, activity: room.Activity, host: str, parent: QObject | None = None,
                 ) -> None:
        super().__init__(parent)
        self.activity = activity
        self.server = RoomServer(activity, host, 0)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="room-server",
                                       daemon=True)
        self.thread.start()
        try:
            self.url = self._run(self.server.start())
        except BaseException:
            self._end_loop()
            raise
        self.seen = self.server.changes
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def _run(self, work: Coroutine[Any, Any, T]) -> T:
        """Run `work` on the server's loop and wait for it (at most WAIT_S)."""
        return asyncio.run_coroutine_threadsafe(work, self.loop).result(WAIT_S)

    def look(self) -> None:
        if self.server.changes != self.seen:
            self.seen = self.server.changes
            self.changed.emit()

    def close(self) -> int:
        """Close the activity (the writes queued first), stop listening and end the thread:
        nothing is served after. Returns how many unreviewed texts were kept as drafts."""
        self.timer.stop()
        try:
            kept = self._run(self.server.close_activity())
        finally:
            try:
                self._run(self.server.stop())
            finally:
                self._end_loop()
        return kept

    def _end_loop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(WAIT_S)
        self.loop.close()


class RoomPanel(QWidget):
    """What the beamer shows while the room may join: the QR code, the address to type, on
    which network, and how many devices joined. `wide` (a place wider than high: the poll's
    chart's, the pre-mortem's half) puts the words beside the code, the panel no higher than
    the code, so a 720-line beamer keeps the presenter's footer in view; else (a tall place
    beside a round's list) they go under it."""

    def __init__(self, wide: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wide = wide
        self.setObjectName("roomPanel")
        self.qr = QSvgWidget()
        self.qr.setObjectName("roomQr")
        self.qr.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.qr.setMinimumSize(QR_PX, QR_PX)
        self.address = QLabel()
        self.address.setObjectName("roomAddress")
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.address, "title")
        self.network = QLabel()
        self.network.setObjectName("roomNetwork")
        self.network.setWordWrap(True)
        set_role(self.network, "muted")
        self.joined = QLabel()
        self.joined.setObjectName("roomJoined")
        self.joined.setWordWrap(True)
        self.earlier = QLabel()
        self.earlier.setObjectName("roomEarlier")
        self.earlier.setWordWrap(True)
        self.earlier.hide()
        words = QVBoxLayout()
        words.addWidget(self.address)
        words.addWidget(self.joined)
        words.addWidget(self.earlier)
        words.addWidget(self.network)
        layout = QHBoxLayout(self) if wide else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr, 0 if wide else 1)
        if wide:
            words.addStretch(1)
            layout.addSpacing(QR_PX // 10)
        layout.addLayout(words, 1 if wide else 0)
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wide, the code is a square as high as the panel (at most half of its width)."""
        super().resizeEvent(event)
        if self.wide:
            self.qr.setFixedWidth(max(QR_PX, min(self.height(), self.width() // 2)))

    def show_room(self, url: str, host: str) -> None:
        shown = url.removeprefix("http://")
        self.qr.load(join_qr_svg(url).encode("utf-8"))
        self.qr.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.qr.setAccessibleName(fill(tr("QR code to join: %1"), shown))
        self.qr.show()
        # may wrap anywhere (a token has no spaces): the words beside the code keep to the
        # room they have, and so leave the view its width
        self.address.setText("\u200b".join(shown))
        self.address.setAccessibleName(tr("The address to join"))
        self.network.setText(
            tr("No network found: only this laptop can join (127.0.0.1). Connect to the "
               "venue's Wi-Fi or start the laptop's hotspot, then press J twice.")
            if host == "127.0.0.1" else
            fill(tr("Served on this laptop's address %1, to the devices on its network."),
                 host))
        self.show()

    def show_earlier(self, activity: room.Activity) -> None:
        """What the session or round holds from before, which the room's answers add to (a
        new activity is a new count: services/room.py); nothing when it holds none."""
        self.earlier.setVisible(bool(activity.earlier))
        self.earlier.setText("" if not activity.earlier else fill(
            tr("Answers from before in this session's poll: %1 (from phones or counted by "
               "hand). They stay counted: phones that answered before can answer again.")
            if activity.kind == "poll" else
            tr("Phones that voted in this round before: %1. Their votes stay counted: phones "
               "that answered before can answer again."), activity.earlier))

    def show_joined(self, joined: int) -> None:
        self.joined.setText(fill(tr("Devices joined: %1. J closes the room."), joined))

    def show_problem(self, text: str) -> None:
        """Why the room could not join (shown until the key is pressed again)."""
        self.qr.hide()
        self.address.setText(text)
        self.network.clear()
        self.joined.clear()
        self.earlier.hide()
        self.show()


class RoomJoin:
    """A view's key (J) that lets the room join the view's activity, and again closes it; the
    panel at the end of `layout` while it runs, in the place of `makes_way` if given (a chart
    too narrow beside it), `wide` as its place is (`RoomPanel`), the view redrawn when
    something arrives."""

    def __init__(self, view: KeyedActivity, layout: QBoxLayout, makes_way: QWidget | None,
                 start: Callable[[], room.Activity], *, wide: bool = False) -> None:
        self.view = view
        self.makes_way = makes_way
        self.start = start
        self.host: RoomHost | None = None
        self.panel = RoomPanel(wide)
        layout.addWidget(self.panel, 1)
        self.action: QAction = view.add_key(tr("Let the room join (again: close it)"), ["J"],
                                            self.toggle)
        self.action.setObjectName(f"{view.key}RoomJoin")

    @property
    def running(self) -> bool:
        return self.host is not None

    def toggle(self) -> None:
        if self.host is None:
            self.open()
        else:
            self.close()

    def open(self) -> None:
        try:
            activity = self.start()
        except InvalidInput as exc:
            self.panel.show_problem(describe_invalid_input(exc))
            return
        address = default_host()
        try:
            self.host = RoomHost(activity, address, self.view)
        except OSError as exc:
            activity.close()
            # the system's words for the error, not its text with the address tuple
            self.panel.show_problem(fill(tr("The room could not be served on %1: %2"),
                                         address, os.strerror(exc.errno) if exc.errno
                                         else str(exc)))
            return
        self.host.changed.connect(self.on_changed)
        if self.makes_way is not None:
            self.makes_way.hide()
        self.panel.show_room(self.host.url, address)
        self.panel.show_joined(0)
        self.panel.show_earlier(activity)

    def on_changed(self) -> None:
        if self.host is not None:
            self.panel.show_joined(self.host.activity.joined)
        self.view.reload()

    def close(self) -> None:
        """Nothing is served after; the view shows the file as the room left it."""
        host, self.host = self.host, None
        self.panel.hide()
        if self.makes_way is not None:
            self.makes_way.show()
        if host is None:
            return
        try:
            host.close()
        finally:
            host.deleteLater()
        self.view.reload()
