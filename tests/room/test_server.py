"""The room server over real HTTP on 127.0.0.1, on a real file: the page, its token, its limits
and headers, the budget held per device, a poll answer counted once, escaped texts."""

from __future__ import annotations

import asyncio
import http.client
import re
import threading
from urllib.parse import urlencode, urlsplit

import pytest

from drempelmeter.room import server as room_server
from drempelmeter.room.qr import join_qr_svg
from drempelmeter.services import polls, prioritisation, room

from ..services.test_room import a_round
from ..services.workshop_setup import a_session, an_action


class Running:
    """A RoomServer on its own event loop in a thread, as the window will run it. Each named
    device connects from an address of its own (127.0.0.2, 127.0.0.3, …: all of 127/8 is this
    machine's on Linux), as phones on a venue's Wi-Fi do; requests without a device, or with
    `address` given, from that address (default 127.0.0.1)."""

    def __init__(self, activity: room.Activity) -> None:
        self.activity = activity
        self.loop = asyncio.new_event_loop()
        self.server = room_server.RoomServer(activity, "127.0.0.1", 0)
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.url = asyncio.run_coroutine_threadsafe(self.server.start(), self.loop).result(10)
        parts = urlsplit(self.url)
        self.port, self.base = parts.port, parts.path
        self.cookies: dict[str, str] = {}
        self.addresses: dict[str, str] = {}

    def request(self, method: str, path: str, body: bytes | str | None = None,
                headers: dict[str, str] | None = None, device: str | None = None,
                address: str | None = None) -> tuple[int, dict[str, str], str]:
        """A raw request (the path sent as written); `device` keeps its own cookie."""
        if address is None:
            address = "127.0.0.1" if device is None else self.addresses.setdefault(
                device, f"127.0.0.{len(self.addresses) + 2}")
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10,
                                                source_address=(address, 0))
        sent = dict(headers or {})
        if device is not None and device in self.cookies:
            sent["Cookie"] = f"{room_server.COOKIE}={self.cookies[device]}"
        if body is not None and "Content-Type" not in sent:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        found = re.match(rf"{room_server.COOKIE}=([^;]+)", response.getheader("Set-Cookie", ""))
        if device is not None and found:
            self.cookies[device] = found.group(1)
        connection.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text

    def join(self, device: str) -> str:
        status, _, text = self.request("GET", self.base, device=device)
        assert status == 200
        return text

    def send(self, device: str, fields: dict[str, str] | list[tuple[str, str]],
             ) -> tuple[int, dict[str, str], str]:
        return self.request("POST", self.base, urlencode(fields), device=device)

    def close(self) -> int:
        return asyncio.run_coroutine_threadsafe(self.server.close_activity(),
                                                self.loop).result(10)

    def stop(self) -> None:
        self.close()
        asyncio.run_coroutine_threadsafe(self.server.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture
def serving():
    """Start RoomServers on 127.0.0.1 (any free port), each in a thread, as the window runs
    them; all stopped after the test."""
    started: list[Running] = []

    def start(activity: room.Activity) -> Running:
        started.append(Running(activity))
        return started[-1]

    yield start
    for running in started:
        if running.thread.is_alive():
            running.stop()


def test_the_page_is_served_under_its_token_only(new_db, serving):
    running = serving(room.start(new_db, "poll", a_session(new_db, 1)))
    status, headers, page = running.request("GET", running.base)
    assert status == 200 and "<form" in page and 'lang="nl"' in page
    cookie = headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and f"Path={running.base}" in cookie
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"  # not "no-referrer": see below
    assert '<meta name="referrer" content="same-origin">' in page
    assert "server" not in headers
    assert not re.search(r"""(src|href|action)=["']?(https?:)?//""", page)  # nothing external
    assert "<style" not in page and "<script>" not in page and " style=" not in page
    token = running.activity.token
    wrong = token[:-1] + ("A" if token[-1] != "A" else "B")
    for path in ("/", "/room.css", f"/{wrong}/", f"/{token}", f"/{token}/nothing",
                 f"/{token}/../{token}/", f"/{token}/%2e%2e/", f"/{token}/..%2f..%2fetc/passwd",
                 f"/{token}/room.css/../../pyproject.toml", f"/{token}//etc/passwd",
                 "/../../etc/passwd", f"/%2e%2e/{token}/", f"/{token}/.%2e/room.js"):
        status, headers, text = running.request("GET", path)
        assert status == 404, path
        assert token not in text and "drempel" not in text.lower() and len(text) < 10, path
        assert "content-security-policy" in headers
    for asset in ("room.css", "room.js"):
        status, headers, _ = running.request("GET", running.base + asset)
        assert status == 200 and "x-content-type-options" in headers


def test_a_closed_activity_answers_gone_and_takes_nothing(new_db, serving):
    session_id = a_session(new_db, 1)
    running = serving(room.start(new_db, "poll", session_id))
    running.join("a")
    b = polls.poll_items().items[0].b
    running.close()
    assert running.request("GET", running.base)[0] == 410
    status, _, _ = running.send("a", {f"b:{b}": "3"})
    assert status == 410
    assert polls.tally(new_db, session_id) == {}
    assert running.request("GET", "/" + "x" * 24 + "/")[0] == 404  # still nothing revealed


def test_a_devices_poll_answer_counts_once_over_http(new_db, serving):
    session_id = a_session(new_db, 1)
    running = serving(room.start(new_db, "poll", session_id))
    b, other = (item.b for item in polls.poll_items().items[:2])
    running.join("a")
    running.join("b")
    for _ in range(3):
        status, headers, _ = running.send("a", {f"b:{b}": "4", f"b:{other}": "dont_know"})
        assert status == 303 and headers["location"].endswith("m=saved")
    running.send("b", {f"b:{b}": "4"})
    assert polls.tally(new_db, session_id) == {b: {"4": 2}, other: {"dont_know": 1}}
    running.send("a", {f"b:{b}": "2"})
    assert polls.tally(new_db, session_id)[b] == {"4": 1, "2": 1}
    page = running.join("a")
    assert re.search(rf'name="b:{b}" value="2" checked', page)  # the page shows its answer
    assert running.server.joined == 2


def test_the_budget_is_held_per_device_over_http(new_db, serving):
    round_id = a_round(new_db)  # budget 2
    running = serving(room.start(new_db, "dots", a_session(new_db, 4)))
    page = running.join("a")
    assert "Wachtlijst" in page and page.count("<select") == 4
    status, _, refused = running.send("a", {"dots:b0": "2", "dots:b1": "1"})
    assert all(not e.score for e in prioritisation.get_round(new_db, round_id).entries)
    # the page again, the dots as placed so that one can take some back
    assert status == 409 and "Te veel stippen" in refused
    assert re.search(r'name="dots:b0">.*<option value="2" selected>', refused)
    assert re.search(r'name="dots:b1">.*<option value="1" selected>', refused)
    running.send("a", {"dots:b0": "1", "dots:b1": "1"})
    running.join("b")
    running.send("b", {"dots:b0": "2"})
    scores = {e.barrier_id: e.score for e in prioritisation.get_round(new_db, round_id).entries}
    assert scores == {"b0": 3.0, "b1": 1.0, "b2": 0.0, "b3": 0.0}
    for fields in ({"dots:b0": "-1"}, {"dots:b0": "1e3"}, {"dots:nope": "1"},
                   {"votes": "1"}, [("dots:b0", "1"), ("dots:b0", "1")]):
        assert running.send("b", fields)[0] == 400, fields
    scores = {e.barrier_id: e.score for e in prioritisation.get_round(new_db, round_id).entries}
    assert scores == {"b0": 3.0, "b1": 1.0, "b2": 0.0, "b3": 0.0}


def test_malformed_oversized_and_foreign_posts_are_refused(new_db, serving):
    session_id = a_session(new_db, 1)
    running = serving(room.start(new_db, "poll", session_id))
    b = polls.poll_items().items[0].b
    fields = urlencode({f"b:{b}": "3"})
    status, headers, _ = running.request("POST", running.base, fields)  # no cookie yet
    assert status == 303 and headers["location"].endswith("m=again")
    running.join("a")
    status, headers, page = running.request(
        "POST", running.base + "?lang=fr", b"x" * (room_server.BODY_MAX + 1), device="a")
    assert status == 413 and headers["content-type"].startswith("text/html")
    assert "trop en une fois" in page and 'lang="fr"' in page
    assert "413" not in page and "content-security-policy" in headers
    assert running.request("POST", running.base, b"\xff\xfe=\xff", device="a")[0] == 400
    assert running.request("POST", running.base, '{"b": 1}', device="a",
                           headers={"Content-Type": "application/json"})[0] == 415
    assert running.request("POST", running.base, fields, device="a",
                           headers={"Origin": "http://evil.example"})[0] == 403
    assert running.send("a", {f"b:{b}": "<script>"})[0] == 400
    assert running.request("PUT", running.base, fields, device="a")[0] == 405
    assert polls.tally(new_db, session_id) == {}
    for _ in range(room_server.RATE_POSTS):
        running.send("a", {f"b:{b}": "3"})
    status, headers, _ = running.send("a", {f"b:{b}": "3"})
    assert status == 429 and "retry-after" in headers
    assert polls.tally(new_db, session_id) == {b: {"3": 1}}


def test_a_browsers_form_post_is_taken_and_an_opaque_origin_refused(new_db, serving):
    """A browser names the page's origin in a form post only when the referrer policy lets it
    ("same-origin"); under "no-referrer" it sends `Origin: null`, which is refused as any
    origin not the page's (a sandboxed frame or a file sends it too)."""
    session_id = a_session(new_db, 1)
    running = serving(room.start(new_db, "poll", session_id))
    b = polls.poll_items().items[0].b
    running.join("a")
    fields = urlencode({f"b:{b}": "3"})
    as_chromium = {"Origin": f"http://127.0.0.1:{running.port}", "Sec-Fetch-Site": "same-origin"}
    for refused in ({"Origin": "null", "Sec-Fetch-Site": "same-origin"},
                    {**as_chromium, "Sec-Fetch-Site": "cross-site"}):
        assert running.request("POST", running.base, fields, refused, device="a")[0] == 403
    assert polls.tally(new_db, session_id) == {}
    status, headers, _ = running.request("POST", running.base, fields, as_chromium, device="a")
    assert status == 303 and headers["location"].endswith("m=saved")
    assert polls.tally(new_db, session_id) == {b: {"3": 1}}


def test_premortem_texts_are_escaped_held_and_limited(new_db, serving):
    session_id, action_id = a_session(new_db, 5), an_action(new_db, "Spreekuur <b>wijk</b>")
    running = serving(room.start(new_db, "premortem", session_id, action_id))
    page = running.join("a")
    assert "Spreekuur &lt;b&gt;wijk&lt;/b&gt;" in page and "<b>wijk" not in page
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    status, _, _ = running.send("a", {"text": attack})
    assert status == 303
    page = running.join("a")
    assert "&lt;script&gt;" in page and "<script>alert" not in page and "<img" not in page
    assert running.activity.waiting()[0].text == attack  # held as written, for review
    status, headers, _ = running.send("a", {"text": "x" * 501})
    assert headers["location"].endswith("m=too_long")
    assert running.send("a", {"text": "a", "extra": "b"})[0] == 400
    assert len(running.activity.waiting()) == 1
    running.join("b")
    assert "&lt;script&gt;" not in running.join("b")  # a device sees its own texts only


def test_english_and_french_by_the_browser_or_a_link(new_db, serving):
    a_round(new_db, "moscow")
    running = serving(room.start(new_db, "moscow", a_session(new_db, 4)))
    english = running.request("GET", running.base, headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert 'lang="en"' in english[2] and "No choice" in english[2]
    french = running.request("GET", running.base + "?lang=fr")[2]
    assert 'lang="fr"' in french and "Pas de choix" in french
    status, headers, _ = running.send("a", {"m:b0": "must", "m:b1": ""})
    assert status == 303 and headers["location"].endswith("m=again")  # joined first
    running.join("a")
    status, headers, _ = running.send("a", {"m:b0": "must", "m:b1": ""})
    assert status == 303 and headers["location"].endswith("m=saved")
    assert prioritisation.get_round(new_db, "r1").entries[0].inputs["moscow"] == "must"


def test_join_qr_code_is_an_svg_of_the_address():
    svg = join_qr_svg("http://192.168.1.5:8080/abc/")
    assert svg.startswith("<svg") and "http://192.168.1.5:8080/abc/" in svg


def test_live_count_and_closing_reach_the_page_by_server_sent_events(new_db, serving):
    running = serving(room.start(new_db, "poll", a_session(new_db, 1)))
    assert running.server.runner.addresses == [("127.0.0.1", running.port)]  # there only
    running.join("a")
    connection = http.client.HTTPConnection("127.0.0.1", running.port, timeout=10)
    try:
        connection.request("GET", running.base + "events?lang=en")
        stream = connection.getresponse()
        assert stream.status == 200
        assert stream.getheader("Content-Type").startswith("text/event-stream")
        assert stream.readline() == b"event: status\n"
        assert b'"1 device takes part."' in stream.readline()
        stream.readline()
        running.join("b")
        assert stream.readline() == b"event: status\n"
        assert b'"2 devices take part."' in stream.readline()
        stream.readline()
        running.close()
        assert stream.readline() == b"event: closed\n"
    finally:
        connection.close()


def test_dropping_the_cookie_makes_no_new_device_beyond_the_limit_of_an_address(new_db,
                                                                               serving):
    """The user test's loops: cookieless loads, and (new cookie, post), from one machine."""
    session_id = a_session(new_db, 1)
    activity = room.start(new_db, "poll", session_id)
    running = serving(activity)
    b = polls.poll_items().items[0].b
    limit = room_server.DEVICES_PER_ADDRESS
    for n in range(limit):
        running.addresses[f"same machine {n}"] = "127.0.0.1"
        running.join(f"same machine {n}")  # a second browser, a third: welcome
    assert all(running.join(f"same machine {n}") for n in range(limit))  # cookies stand
    for _ in range(5):
        status, headers, page = running.request("GET", running.base, address="127.0.0.1")
        assert status == 403 and "set-cookie" not in headers
        assert "Dit toestel doet al mee" in page and "<form" not in page
        forged = "A" * 24
        status, _, _ = running.request(
            "POST", running.base, urlencode({f"b:{b}": "1"}), address="127.0.0.1",
            headers={"Cookie": f"{room_server.COOKIE}={forged}"})
        assert status == 303  # "not joined yet", and joining again is refused
        status, _, _ = running.request(
            "GET", running.base, address="127.0.0.1",
            headers={"Cookie": f"{room_server.COOKIE}={forged}"})
        assert status == 403
    assert activity.joined == limit
    assert running.send("same machine 0", {f"b:{b}": "5"})[0] == 303
    running.join("a phone on the Wi-Fi")  # another address joins as before
    assert activity.joined == limit + 1 and activity.answered == 1
    assert polls.tally(new_db, session_id) == {b: {"5": 1}}
    status, _, page = running.request("GET", running.base + "?lang=fr", address="127.0.0.1")
    assert status == 403 and "Cet appareil participe déjà" in page


def test_the_address_printed_for_all_of_the_laptops_addresses_is_its_own(new_db, serving):
    assert room_server.shown_host("0.0.0.0") == room_server.default_host()
    assert room_server.shown_host("::") == room_server.default_host(ipv6=True)
    assert room_server.shown_host("127.0.0.1") == "127.0.0.1"
    assert room_server.shown_host("localhost") == "localhost"
    activity = room.start(new_db, "poll", a_session(new_db, 1))
    server = room_server.RoomServer(activity, "0.0.0.0", 0)
    loop = asyncio.new_event_loop()
    try:
        url = loop.run_until_complete(server.start())
        assert urlsplit(url).hostname == room_server.default_host() != "0.0.0.0"
    finally:
        loop.run_until_complete(server.close_activity())
        loop.run_until_complete(server.stop())
        loop.close()
