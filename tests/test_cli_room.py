"""`drempelmeter room` as a user runs it: the join address first, the page behind its token
only, votes written to the file, a clean stop on SIGTERM; one-line refusals."""

from __future__ import annotations

import http.client
import os
import pty
import select
import signal
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from drempelmeter.cli import main
from drempelmeter.domain.plan import all_actions
from drempelmeter.room.server import default_host
from drempelmeter.services import captures, plan, polls, room, workshops
from drempelmeter.services.trajectory import open_trajectory


def get(url: str, path: str, method: str = "GET", body: str | None = None,
        cookie: str = "") -> http.client.HTTPResponse:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    headers = {"Cookie": cookie} if cookie else {}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    try:
        response = connection.getresponse()
        response.read()
        return response
    finally:
        connection.close()


def send_as_new_device(url: str, fields: dict[str, str]) -> int:
    """Join as a new device (its page gives the cookie), post `fields`; the status."""
    path = urlsplit(url).path
    cookie = get(url, path).getheader("Set-Cookie").split(";")[0]
    return get(url, path, "POST", urlencode(fields), cookie).status


def start_room(path: Path, activity: str = "poll", *more: str, host: str = "127.0.0.1",
               ) -> tuple[subprocess.Popen[str], str]:
    """`drempelmeter room` on `host` as a process, and the join address it printed first."""
    process = subprocess.Popen(
        [sys.executable, "-m", "drempelmeter", "room", str(path), "--activity", activity,
         "--host", host, "--port", "0", *more],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": ""})
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 60)
    if not ready:
        stop_room(process)
        raise AssertionError("no join address within a minute")
    return process, process.stdout.readline().strip()


def stop_room(process: subprocess.Popen[str], sig: int = signal.SIGTERM) -> tuple[str, str]:
    """SIGTERM, as a service manager stops it; what it wrote on stdout and stderr."""
    process.send_signal(sig)
    return process.communicate(timeout=30)


def test_room_serves_its_address_refuses_without_token_and_stops_on_sigterm(demo_file):
    process, url = start_room(demo_file)
    try:
        parts = urlsplit(url)
        assert parts.scheme == "http" and parts.hostname == "127.0.0.1"
        token = parts.path.strip("/")
        assert len(token) >= 24
        page = get(url, parts.path)
        assert page.status == 200
        cookie = page.getheader("Set-Cookie").split(";")[0]
        b = polls.poll_items().items[0].b
        sent = get(url, parts.path, "POST", urlencode({f"b:{b}": "5"}), cookie)
        assert sent.status == 303
        assert get(url, "/").status == 404
        assert get(url, f"/{token[:-2]}/").status == 404
    finally:
        out, err = stop_room(process)
    assert process.returncode == 0, err
    assert "The gut-feeling poll closed: 1 device answered (1 joined)" in out and err == ""
    assert main(["check", str(demo_file)]) == 0
    db = open_trajectory(demo_file, read_only=True)
    try:
        today = [s for s in workshops.list_sessions(db, 1) if s.held_on == date.today()]
        assert len(today) == 1  # made for today, as workshop mode does
        assert polls.tally(db, today[0].id) == {b: {"5": 1}}
    finally:
        db.close()


def test_a_text_written_in_the_room_survives_a_kill_as_a_draft_of_the_session(demo_file):
    """SIGKILL while a pre-mortem text waits for review: the text is in the file already, as
    the redacted draft a close would have kept."""
    db = open_trajectory(demo_file, read_only=True)
    try:
        action_id = all_actions(plan.read_plan(db))[0].id
    finally:
        db.close()
    process, url = start_room(demo_file, "premortem", "--action", action_id)
    try:
        text = "Niemand belt Jan terug op 0470 12 34 56"
        assert send_as_new_device(url, {"text": text}) == 303
    finally:
        process.kill()
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    db = open_trajectory(demo_file, read_only=True)
    try:
        today = [s for s in workshops.list_sessions(db, 5) if s.held_on == date.today()]
        drafts = [c for c in captures.list_captures(db, today[0].id)
                  if c.state == "draft" and c.kind == room.UNREVIEWED_KIND]
    finally:
        db.close()
    assert len(drafts) == 1 and drafts[0].text.startswith("Niemand belt")
    assert "0470" not in drafts[0].text  # redacted, as a close keeps it


def test_room_refuses_in_one_line(demo_file, capsys):
    for args, words in (
            (["--activity", "premortem"], "--action ID"),
            (["--activity", "premortem", "--action", "nope"], "no action named 'nope'"),
            (["--activity", "dots"], "no dots round is open: open one in the window (the "
             "Barriers page's prioritisation rounds: New round; or in workshop mode: R)"),
            (["--activity", "poll", "--session", "nope"], "no session named 'nope'"),
            (["--activity", "poll", "--host", "192.0.2.1"], "cannot listen on 192.0.2.1 "
             "(any free port): that is not an address of this computer"),
            (["--activity", "poll", "--host", "no-such-host.invalid"],
             "this computer knows no such address or name")):
        assert main(["room", str(demo_file), "--port", "0", *args]) == 1, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("drempelmeter: ") and words in err[0], err
        assert "('" not in err[0] and "Errno" not in err[0], err
    assert main(["room", str(demo_file), "--activity", "poll", "--port", "70000"]) == 2


def test_room_can_close_after_a_set_time(demo_file, capsys):
    assert main(["room", str(demo_file), "--activity", "poll", "--host", "127.0.0.1",
                 "--close-after", "0"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("http://127.0.0.1:")
    assert out[1] == "The gut-feeling poll closed: 0 devices answered (0 joined)"


def test_the_room_loads_no_window_nor_writer_of_documents(demo_file):
    code = (
        "import sys\n"
        "from drempelmeter.cli import main\n"
        f"assert main(['room', {str(demo_file)!r}, '--activity', 'poll', '--host', '127.0.0.1',"
        " '--close-after', '0']) == 0\n"
        "print(sorted(m for m in ('PySide6', 'matplotlib', 'reportlab', 'openpyxl', 'segno')"
        " if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_port_in_use_is_said_in_plain_words(demo_file, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        assert main(["room", str(demo_file), "--activity", "poll", "--host", "127.0.0.1",
                     "--port", port]) == 1
    err = capsys.readouterr().err
    assert err == (f"drempelmeter: cannot listen on 127.0.0.1 port {port}: another program "
                   "uses that port (choose another with --port N, or 0 for any free port)\n")


def test_closing_the_terminal_closes_the_room_saved_and_the_file_released(demo_file):
    process, url = start_room(demo_file)
    try:
        b = polls.poll_items().items[0].b
        assert send_as_new_device(url, {f"b:{b}": "2"}) == 303
        get(url, urlsplit(url).path)  # a second device that only looks
    finally:
        out, err = stop_room(process, signal.SIGHUP)
    assert process.returncode == 0, err
    assert out.splitlines()[-1] == "The gut-feeling poll closed: 1 device answered (2 joined)"
    db = open_trajectory(demo_file)  # for writing: no lock left behind
    try:
        today = [s for s in workshops.list_sessions(db, 1) if s.held_on == date.today()]
        assert polls.tally(db, today[0].id)[b] == {"2": 1}
    finally:
        db.close()


def test_a_room_started_again_says_the_answers_from_before_stay(demo_file):
    process, url = start_room(demo_file)
    try:
        b = polls.poll_items().items[0].b
        assert send_as_new_device(url, {f"b:{b}": "2"}) == 303
    finally:
        stop_room(process)
    process, url = start_room(demo_file)
    out, err = stop_room(process)
    assert err.splitlines() == [
        "This session's poll already holds 1 answer (from phones or counted by hand); they "
        "stay counted: phones that answered before can answer again."]
    assert out.splitlines()[-1] == "The gut-feeling poll closed: 0 devices answered (0 joined)"


def test_all_of_the_laptops_addresses_print_the_one_phones_use(demo_file):
    process, url = start_room(demo_file, host="0.0.0.0")
    try:
        assert urlsplit(url).hostname == default_host() != "0.0.0.0"
        assert get(url, urlsplit(url).path).status == 200
    finally:
        stop_room(process)


def test_a_headless_premortem_by_the_actions_number_asks_what_is_needed(demo_file):
    db = open_trajectory(demo_file, read_only=True)
    try:
        action = all_actions(plan.read_plan(db))[0]
    finally:
        db.close()
    process, url = start_room(demo_file, "premortem", "--action", action.number, "--stage",
                              "need")
    try:
        page = urlopen_text(url + "?lang=nl")
        assert f"Wat is er nodig opdat “{action.title}” slaagt?" in page
        assert send_as_new_device(url, {"text": "Een vaste contactpersoon"}) == 303
    finally:
        out, _ = stop_room(process)
    assert out.splitlines()[-1] == ("The pre-mortem closed: 1 device answered (2 joined); 1 "
                                    "text nobody reviewed kept as drafts of the session")


def urlopen_text(url: str) -> str:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", f"{parts.path}?{parts.query}")
        return connection.getresponse().read().decode("utf-8")
    finally:
        connection.close()


def test_at_a_terminal_the_room_says_how_it_closes(demo_file):
    """Standard error a terminal (a pseudo-terminal here): the hint follows the address."""
    main_end, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "drempelmeter", "room", str(demo_file), "--activity", "poll",
         "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=terminal, text=True)
    os.close(terminal)
    try:
        ready, _, _ = select.select([main_end], [], [], 60)
        assert ready, "nothing on the terminal within a minute"
        assert os.read(main_end, 1000).decode().strip() == "Ctrl+C closes the room."
        assert process.stdout is not None and process.stdout.readline().startswith("http://")
    finally:
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=30)
        os.close(main_end)
    assert process.returncode == 0
    assert out.strip() == "The gut-feeling poll closed: 0 devices answered (0 joined)"
