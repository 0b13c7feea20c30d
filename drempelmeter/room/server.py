"""The room server: one activity's participant page for the phones in the room, on the address
the coach chose and nowhere else (aiohttp).

Every path lives under /<token>/, the activity's unguessable token; any other path, a wrong
token, a traversal or an unknown file is a bare 404 that says nothing. A closed activity
answers 410 and takes nothing. A device is a random cookie (HttpOnly, SameSite=Strict, this
activity's path only); at most DEVICES_PER_ADDRESS devices join from one network address, so
dropping the cookie does not make a new voter again and again (a venue's Wi-Fi or a hotspot
gives every phone an address of its own; the addresses are kept in memory only). The page
is a plain form (POST, then a redirect to the page: it works without JavaScript), with a
small same-origin script for live updates (server-sent events).
Bodies, texts and each device's posts are limited; every response carries a strict
Content-Security-Policy and a referrer policy of the same origin only (under "no-referrer" a
browser's form post says `Origin: null`, and the origin check below would refuse every vote).
The server keeps no file of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import re
import secrets
import signal
import socket
import time
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qsl, urlsplit

from aiohttp import web

from ..services.errors import InvalidInput
from ..services.room import Activity, ActivityClosed, RoomFull
from . import pages
from .assets import SCRIPT, STYLE

log = logging.getLogger(__name__)

COOKIE = "drempelmeter_device"
#: A cookie as the server makes it (secrets.token_urlsafe(18)); any other is replaced.
COOKIE_FORM = re.compile(r"[A-Za-z0-9_-]{24}")
#: The largest form a page sends is a few kilobytes (a 500-character text, or 60 barriers).
BODY_MAX = 16 * 1024
FIELDS_MAX = 200
#: Posts a device may send within RATE_WINDOW seconds (a person taps far less often).
RATE_POSTS = 10
RATE_WINDOW = 10.0
#: Live updates: the count is sent when it changes, at least this often (seconds).
EVENT_INTERVAL = 15.0
STREAMS_MAX = 1000
#: Devices that may join from one network address (a person may open a second browser).
DEVICES_PER_ADDRESS = 3

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
        "object-src 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}
ASSETS = {"room.css": (STYLE, "text/css"), "room.js": (SCRIPT, "text/javascript")}


def default_host(ipv6: bool = False) -> str:
    """The laptop's address on the network it would reach others through (the venue's Wi-Fi,
    or its own hotspot); 127.0.0.1 (::1) without a network. Connecting a UDP socket sends
    nothing: it only asks the system which address a packet would leave from."""
    family, probe_at, none = ((socket.AF_INET6, "2001:db8::1", "::1") if ipv6
                              else (socket.AF_INET, "192.0.2.1", "127.0.0.1"))
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect((probe_at, 9))  # documentation addresses: never routed, never sent to
            address: str = probe.getsockname()[0]
            return address
        except OSError:
            return none


def shown_host(host: str) -> str:
    """The address the phones join by: `host`, or for an address that means "all of this
    laptop's" (0.0.0.0, ::), which no phone can use, the laptop's address on its network."""
    try:
        listened = ipaddress.ip_address(host)
    except ValueError:  # a name
        return host
    return default_host(listened.version == 6) if listened.is_unspecified else host


def join_url(host: str, port: int, token: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/{token}/"


class RoomServer:
    """Serves one activity on `host`:`port` (0: any free port) until stopped."""

    def __init__(self, activity: Activity, host: str, port: int) -> None:
        self.activity, self.host, self.port = activity, host, port
        self.runner: web.AppRunner | None = None
        self.url = ""
        self.posts: dict[str, deque[float]] = {}
        self.changed = asyncio.Event()
        #: how often something the coach sees changed (a device joined, a write, the close):
        #: the window's thread compares it to redraw
        self.changes = 0
        self.streams = 0
        #: how many devices joined from each network address (DEVICES_PER_ADDRESS)
        self.from_address: dict[str, int] = {}
        #: the devices' writes waiting for the writer, which runs them together in its thread
        self.pending: list[tuple[tuple[str, object], asyncio.Future[object]]] = []
        self.writer: asyncio.Task[None] | None = None
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="room-writer")

    @property
    def joined(self) -> int:
        """How many devices joined (what the coach sees)."""
        return self.activity.joined

    async def start(self) -> str:
        """Listen on the chosen address; returns the join address with the token."""
        app = web.Application(client_max_size=BODY_MAX, middlewares=[self.guard])
        app.router.add_route("*", "/{tail:.*}", self.dispatch)
        app.on_response_prepare.append(self.headers)
        self.runner = web.AppRunner(app, access_log=None, handle_signals=False,
                                    shutdown_timeout=1.0)
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.host, self.port, reuse_address=False)
        await site.start()
        port = self.runner.addresses[0][1]
        self.url = join_url(shown_host(self.host), port, self.activity.token)
        return self.url

    async def stop(self) -> None:
        """Wake the live streams (they end when the activity is closed) and stop listening."""
        self.changed.set()
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None
        self.executor.shutdown(wait=True)

    async def write(self, cookie: str, given: object) -> object:
        """Run a device's write with the others that come in meanwhile (`Activity.together`):
        a burst of sixty votes is a few transactions, not sixty waits for the disk; the event
        loop keeps answering while the writer thread writes."""
        future: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        self.pending.append(((cookie, given), future))
        if self.writer is None or self.writer.done():
            self.writer = asyncio.create_task(self.write_pending())
        return await future

    async def write_pending(self) -> None:
        loop = asyncio.get_running_loop()
        while self.pending:
            batch, self.pending = self.pending, []
            try:
                results = await loop.run_in_executor(
                    self.executor, self.activity.together, [sent for sent, _ in batch])
            except Exception as exc:  # the transaction itself failed: each request says so
                results = [exc] * len(batch)
            for (_, future), outcome in zip(batch, results, strict=True):
                if future.done():
                    continue
                if isinstance(outcome, BaseException):
                    future.set_exception(outcome)
                else:
                    future.set_result(outcome)

    async def close_activity(self) -> int:
        """Close the activity once the writes already queued are done (in the writer thread,
        after them) and end the live streams; returns what `Activity.close` returns."""
        if self.writer is not None:
            await self.writer
        kept = await asyncio.get_running_loop().run_in_executor(self.executor,
                                                                self.activity.close)
        self.notify()
        return kept

    def notify(self) -> None:
        """Something the live streams show changed (a device joined, the activity closed)."""
        self.changes += 1
        self.changed.set()

    # ---- every request -------------------------------------------------------------------

    @staticmethod
    async def headers(request: web.Request, response: web.StreamResponse) -> None:
        response.headers.update(SECURITY_HEADERS)
        response.headers.pop("Server", None)

    @web.middleware
    async def guard(self, request: web.Request,
                    handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
                    ) -> web.StreamResponse:
        """Whatever goes wrong answers with a bare status and nothing of the laptop."""
        try:
            return await handler(request)
        except web.HTTPException as exc:
            if exc.status == 413 and self.activity.is_open:  # a form larger than ours
                return html(pages.plain_page("too_large", self.language(request), self.base()),
                            413)
            return bare(exc.status)
        except ActivityClosed:
            return self.closed(request)
        except Exception:
            log.exception("room request failed")
            return bare(500)

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        path = urlsplit(request.raw_path).path
        parts = path.split("/")
        # "", token, name: nothing else exists
        if len(parts) != 3 or parts[0] or not secrets.compare_digest(
                parts[1].encode(), self.activity.token.encode()):
            return bare(404)
        name = parts[2]
        if name not in ("", "events", *ASSETS):
            return bare(404)
        if not self.activity.is_open:
            return self.closed(request)
        if name in ASSETS:
            if request.method != "GET":
                return bare(405)
            body, kind = ASSETS[name]
            return web.Response(text=body, content_type=kind, charset="utf-8")
        if name == "events":
            return await self.events(request)
        if request.method == "GET":
            return self.show(request)
        if request.method == "POST":
            return await self.receive(request)
        return bare(405)

    def language(self, request: web.Request) -> str:
        return pages.choose_language(request.query.get("lang"),
                                     request.headers.get("Accept-Language", ""))

    def base(self) -> str:
        return f"/{self.activity.token}/"

    def closed(self, request: web.Request) -> web.Response:
        return html(pages.closed_page(self.language(request)), 410)

    # ---- the page ------------------------------------------------------------------------

    def show(self, request: web.Request) -> web.Response:
        language = self.language(request)
        cookie = request.cookies.get(COOKIE, "")
        fresh = not COOKIE_FORM.fullmatch(cookie)
        if fresh:
            cookie = secrets.token_urlsafe(18)
        address = request.remote or ""
        if (cookie not in self.activity.devices
                and self.from_address.get(address, 0) >= DEVICES_PER_ADDRESS):
            return html(pages.plain_page("already", language, self.base()), 403)
        before = self.activity.joined
        try:
            device = self.activity.device(cookie)
        except RoomFull:
            return html(pages.plain_page("full", language, self.base()), 503)
        if self.activity.joined != before:
            self.from_address[address] = self.from_address.get(address, 0) + 1
            self.notify()
        message = request.query.get("m")
        response = html(pages.activity_page(self.activity, device, language, self.base(),
                                            message, self.activity.poll))
        if fresh:
            response.set_cookie(COOKIE, cookie, path=self.base(), httponly=True,
                                samesite="Strict")
        return response

    async def receive(self, request: web.Request) -> web.Response:
        language = self.language(request)
        origin = request.headers.get("Origin")
        if origin is not None and origin != f"{request.scheme}://{request.host}":
            return bare(403)
        if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            return bare(403)
        cookie = request.cookies.get(COOKIE, "")
        if not COOKIE_FORM.fullmatch(cookie) or cookie not in self.activity.devices:
            return self.again(language, "again")
        if not self.allowed(cookie):
            response = html(pages.plain_page("slow_down", language, self.base()), 429)
            response.headers["Retry-After"] = str(int(RATE_WINDOW))
            return response
        if request.content_type != "application/x-www-form-urlencoded":
            return html(pages.plain_page("invalid", language, self.base()), 415)
        body = await request.read()  # at most BODY_MAX: aiohttp answers 413 beyond it
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True,
                              max_num_fields=FIELDS_MAX)
        except (UnicodeDecodeError, ValueError):
            return html(pages.plain_page("invalid", language, self.base()), 400)
        fields = dict(pairs)
        if len(fields) != len(pairs):  # a field twice: not from our page
            return html(pages.plain_page("invalid", language, self.base()), 400)
        try:
            message = await self.record(cookie, fields)
        except InvalidInput as exc:
            message = ("too_long" if exc.problem == InvalidInput.TOO_LONG
                       else "empty" if exc.problem == InvalidInput.REQUIRED
                       else "over_budget" if exc.field == "dots" else "invalid")
            if message == "invalid":
                return html(pages.plain_page("invalid", language, self.base()), 400)
            if message == "over_budget":  # the page again with the dots as placed, to correct
                placed = {key: int(v) for key, v in pages.form_fields(fields, "dots:").items()}
                return html(pages.activity_page(
                    self.activity, self.activity.devices[cookie], language, self.base(),
                    message, placed=placed), 409)
        except RoomFull:
            return html(pages.plain_page("full", language, self.base()), 503)
        return self.again(language, message)

    def again(self, language: str, message: str) -> web.Response:
        """POST, then redirect: the page shows what became of the form."""
        return web.Response(status=303, headers={
            "Location": f"{self.base()}?lang={language}&m={message}"})

    def allowed(self, cookie: str) -> bool:
        """At most RATE_POSTS posts a device within RATE_WINDOW seconds."""
        now = time.monotonic()
        times = self.posts.setdefault(cookie, deque(maxlen=RATE_POSTS))
        if len(times) == RATE_POSTS and now - times[0] < RATE_WINDOW:
            return False
        times.append(now)
        return True

    async def record(self, cookie: str, fields: dict[str, str]) -> str:
        """Hand the form to the activity; the message code the page shows after it."""
        activity = self.activity
        given: object
        if activity.kind == "poll":
            answers: dict[str, str | None] = dict(pages.form_fields(fields, "b:"))
            if not answers or len(answers) != len(fields):
                raise InvalidInput("answer", InvalidInput.REQUIRED if not fields
                                   else InvalidInput.UNKNOWN_VALUE)
            given = answers
        elif activity.kind == "dots":
            typed = pages.form_fields(fields, "dots:")
            if len(typed) != len(fields) or not all(
                    v.isascii() and v.isdigit() and len(v) <= 3 for v in typed.values()):
                raise InvalidInput("form", InvalidInput.UNKNOWN_VALUE)
            given = {key: int(v) for key, v in typed.items()}
        elif activity.kind == "moscow":
            chosen = pages.form_fields(fields, "m:")
            if len(chosen) != len(fields) or not chosen:
                raise InvalidInput("form", InvalidInput.UNKNOWN_VALUE)
            given = {key: value or None for key, value in chosen.items()}
        else:
            if set(fields) != {"text"}:
                raise InvalidInput("form", InvalidInput.UNKNOWN_VALUE)
            given = fields["text"]
        await self.write(cookie, given)
        self.notify()
        return "saved"

    # ---- live updates --------------------------------------------------------------------

    async def events(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events: the count of devices, then "closed" when the activity closes."""
        if request.method != "GET":
            return bare(405)
        if self.streams >= STREAMS_MAX:
            return bare(503)
        language = self.language(request)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        self.streams += 1
        try:
            while self.activity.is_open:
                text = pages.joined_text(self.activity.joined, language)
                data = json.dumps({"text": text, "joined": self.activity.joined})
                await response.write(f"event: status\ndata: {data}\n\n".encode())
                self.changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.changed.wait(), EVENT_INTERVAL)
            await response.write(b"event: closed\ndata: {}\n\n")
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self.streams -= 1
        return response


def bare(status: int) -> web.Response:
    """A status with its standard words and nothing else."""
    return web.Response(status=status, text=f"{status}", content_type="text/plain")


def html(text: str, status: int = 200) -> web.Response:
    return web.Response(status=status, text=text, content_type="text/html", charset="utf-8")


def serve(activity: Activity, host: str, port: int, ready: Callable[[str], None],
          close_after: float | None = None) -> int:
    """Serve `activity` until Ctrl+C, SIGTERM or SIGHUP (its terminal closed), or
    `close_after` seconds, then close it; returns how many texts nobody reviewed were kept as
    drafts (`Activity.close`). `ready` gets the join address once the server listens."""

    async def run() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        hang_up = [signal.SIGHUP] if hasattr(signal, "SIGHUP") else []  # not on Windows
        for sig in (signal.SIGINT, signal.SIGTERM, *hang_up):
            with contextlib.suppress(NotImplementedError, ValueError, AttributeError):
                loop.add_signal_handler(sig, stop.set)
        server = RoomServer(activity, host, port)
        try:
            ready(await server.start())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), close_after)
        finally:
            kept = await server.close_activity()
            await server.stop()
        return kept

    return asyncio.run(run())
