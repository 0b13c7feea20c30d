"""`drempelmeter room` as a user runs it: the join address first, the page behind its token
only, votes written to the file, a clean stop on SIGTERM; one-line refusals."""

from __future__ import annotations

import http.client
import os
import select
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from drempelmeter.cli import main
from drempelmeter.domain.plan import all_actions
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


def start_room(path: Path, activity: str = "poll") -> tuple[subprocess.Popen[str], str]:
    """`drempelmeter room` on 127.0.0.1 as a process, and the join address it printed first."""
    process = subprocess.Popen(
        [sys.executable, "-m", "drempelmeter", "room", str(path), "--activity", activity,
         "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": ""})
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 60)
    if not ready:
        stop_room(process)
        raise AssertionError("no join address within a minute")
    return process, process.stdout.readline().strip()


def stop_room(process: subprocess.Popen[str]) -> tuple[str, str]:
    """SIGTERM, as a service manager stops it; what it wrote on stdout and stderr."""
    process.send_signal(signal.SIGTERM)
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
    assert "1 device took part" in out and err == ""
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
    process = subprocess.Popen(
        [sys.executable, "-m", "drempelmeter", "room", str(demo_file), "--activity",
         "premortem", "--action", action_id, "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "no join address within a minute"
        url = process.stdout.readline().strip()
        path = urlsplit(url).path
        cookie = get(url, path).getheader("Set-Cookie").split(";")[0]
        text = "Niemand belt Jan terug op 0470 12 34 56"
        assert get(url, path, "POST", urlencode({"text": text}), cookie).status == 303
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
            (["--activity", "dots"], "no dots round is open"),
            (["--activity", "poll", "--session", "nope"], "no session named 'nope'"),
            (["--activity", "poll", "--host", "192.0.2.1"], "cannot listen on 192.0.2.1")):
        assert main(["room", str(demo_file), "--port", "0", *args]) == 1, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("drempelmeter: ") and words in err[0], err
    assert main(["room", str(demo_file), "--activity", "poll", "--port", "70000"]) == 2


def test_room_can_close_after_a_set_time(demo_file, capsys):
    assert main(["room", str(demo_file), "--activity", "poll", "--host", "127.0.0.1",
                 "--close-after", "0"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("http://127.0.0.1:") and "0 devices took part" in out[1]


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
