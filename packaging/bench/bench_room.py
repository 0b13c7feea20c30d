"""The room under load on loopback: 60 simulated phones join `drempelmeter room` (a real process,
on a real file) and send their dots at once, five bursts in a row (each burst moves every
phone's dots), then their gut-feeling poll answers. Prints the votes sent and counted in the
file afterwards (none may be lost or counted twice), the median and p95 response time against
a bare aiohttp handler in its own process answering the same posts with the same redirect
(target: p95 under 200 ms). Each phone connects from an address of its own (127.0.0.2 to
127.0.0.61: all of 127/8 is this machine's on Linux), as phones on a venue's Wi-Fi do: the
room lets at most three devices join from one address.

    python3 packaging/dev.py bench room
"""

from __future__ import annotations

import asyncio
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
from results import result

from drempelmeter.services import barriers, partners, polls, prioritisation, signals, workshops
from drempelmeter.services.records import PartnerRecord, SignalRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory, open_trajectory

DEVICES = 60
BURSTS = 5
BARRIERS = 12
BUDGET = 3
TARGET_MS = 200.0
#: Every request gives up after this long: the benchmark ends by itself.
TIMEOUT = 30.0

BASELINE = """
import sys
from aiohttp import web

async def page(request):
    return web.Response(text="<form method=post></form>", content_type="text/html")

async def post(request):
    await request.post()
    return web.Response(status=303, headers={"Location": "/t/?m=saved"})

app = web.Application()
app.router.add_get("/t/", page)
app.router.add_post("/t/", post)
runner = web.AppRunner(app, access_log=None)

async def main():
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    print(f"http://127.0.0.1:{runner.addresses[0][1]}/t/", flush=True)
    await __import__("asyncio").Event().wait()

web.asyncio.run(main())
"""


def make_file(folder: Path) -> Path:
    """A trajectory with twelve barriers and an open dot-voting round over them (3 dots)."""
    path = folder / "bench_room.drempel"
    db = create_trajectory(path, TrajectoryRecord(name="Zaal"))
    try:
        partners.add_partner(db, PartnerRecord("p1", "Partner Noord", "core", "caw"))
        for n in range(BARRIERS):
            signals.add_signal(db, SignalRecord(f"s{n}", "p1", f"Signaal {n}", "bekendheid"))
            barriers.create_barrier(db, f"b{n}", f"Drempel {n}", [f"s{n}"])
        prioritisation.start_round(db, "r1", "dots", date.today(), ["Anna"],
                                   [f"b{n}" for n in range(BARRIERS)], {"budget": BUDGET})
    finally:
        db.close()
    return path


def start(command: list[str]) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    if not url.startswith("http://"):
        process.kill()
        raise SystemExit(f"the server did not start: {url!r}")
    return process, url


async def burst(url: str, forms: list[dict[str, str]], sessions: list[aiohttp.ClientSession],
                ) -> tuple[list[float], int]:
    """Every device posts its form at the same moment; the times in ms and the redirects to a
    saved page."""
    gate = asyncio.Event()

    async def one(session: aiohttp.ClientSession, form: dict[str, str]) -> tuple[float, bool]:
        await gate.wait()
        began = time.perf_counter()
        async with session.post(url, data=form, allow_redirects=False) as response:
            await response.read()
            saved = response.status == 303 and response.headers.get(
                "Location", "").endswith("m=saved")
        return (time.perf_counter() - began) * 1000, saved

    tasks = [asyncio.create_task(one(s, f)) for s, f in zip(sessions, forms, strict=True)]
    await asyncio.sleep(0.05)
    gate.set()
    done = await asyncio.gather(*tasks)
    return [ms for ms, _ in done], sum(saved for _, saved in done)


async def load(url: str, kind: str) -> tuple[list[float], int, int, dict[str, int]]:
    """Join DEVICES phones, then BURSTS bursts of posts; the times, posts sent and saved, and
    what the last burst asked per barrier or answer (what the file must hold)."""
    timeout = aiohttp.ClientTimeout(total=TIMEOUT)
    # each phone its own address and cookie jar; unsafe=True: a jar keeps no cookie of an IP
    # address else
    sessions = [aiohttp.ClientSession(
        timeout=timeout, cookie_jar=aiohttp.CookieJar(unsafe=True),
        connector=aiohttp.TCPConnector(limit=0, local_addr=(f"127.0.0.{n + 2}", 0)))
        for n in range(DEVICES)]
    try:
        for session in sessions:
            async with session.get(url) as response:
                await response.read()
        times: list[float] = []
        sent = saved = 0
        expected: dict[str, int] = {}
        b = polls.poll_items().items[0].b
        for round_number in range(BURSTS):
            forms, expected = [], {}
            for n in range(DEVICES):
                if kind == "dots":
                    first = f"b{(n + round_number) % BARRIERS}"
                    second = f"b{(n * 7 + round_number) % BARRIERS}"
                    form = {f"dots:b{k}": "0" for k in range(BARRIERS)}
                    form[f"dots:{first}"] = "2"
                    form[f"dots:{second}"] = str(int(form[f"dots:{second}"]) + 1)
                    for key, value in form.items():
                        expected[key[5:]] = expected.get(key[5:], 0) + int(value)
                else:
                    answer = str(1 + (n + round_number) % 5)
                    form = {f"b:{b}": answer}
                    expected[answer] = expected.get(answer, 0) + 1
                forms.append(form)
            took, ok = await burst(url, forms, sessions)
            times += took
            sent += len(forms)
            saved += ok
        return times, sent, saved, expected
    finally:
        for session in sessions:
            await session.close()


def stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def counted(path: Path, kind: str) -> dict[str, int]:
    """What the file holds: dots per barrier from the devices, or the poll's tally."""
    db = open_trajectory(path, read_only=True)
    try:
        if kind == "dots":
            found = prioritisation.get_round(db, "r1")
            return {e.barrier_id: sum(n for voter, n in e.inputs.get("votes", {}).items()
                                      if prioritisation.is_device(voter))
                    for e in found.entries}
        session_id = workshops.list_sessions(db, 1)[0].id  # made for today by the room
        return polls.tally(db, session_id).get(polls.poll_items().items[0].b, {})
    finally:
        db.close()


def main() -> int:
    command = [sys.executable, "-m", "drempelmeter", "room"]
    all_met = True
    with tempfile.TemporaryDirectory() as folder:
        path = make_file(Path(folder))
        baseline_process, baseline_url = start([sys.executable, "-c", BASELINE])
        try:
            bare, _, _, _ = asyncio.run(load(baseline_url, "poll"))
        finally:
            baseline_process.kill()
            baseline_process.wait()
        for kind in ("dots", "poll"):
            process, url = start([*command, str(path), "--activity", kind, "--host",
                                  "127.0.0.1", "--port", "0"])
            try:
                times, sent, saved, expected = asyncio.run(load(url, kind))
            finally:
                stop(process)
            stored = counted(path, kind)
            same = {k: v for k, v in stored.items() if v} == {
                k: v for k, v in expected.items() if v}
            p50, p95 = statistics.median(times), percentile(times, 0.95)
            base95 = percentile(bare, 0.95)
            print(f"{kind}: {DEVICES} devices x {BURSTS} bursts: {sent} posts sent, {saved} "
                  f"saved; the file holds the last burst exactly: {same} "
                  f"(process exit {process.returncode})")
            print(f"  p50 {p50:.1f} ms, p95 {p95:.1f} ms; bare aiohttp handler p50 "
                  f"{statistics.median(bare):.1f} ms, p95 {base95:.1f} ms; "
                  f"ratio p95 {p95 / base95:.1f}x (netloc {urlsplit(url).netloc})")
            met = p95 < TARGET_MS and same and saved == sent and process.returncode == 0
            all_met &= met
            result(f"room {kind}: 60 phones at once, p95", f"{p95:.0f} ms",
                   baseline=f"{base95:.0f} ms", ratio=f"{p95 / base95:.1f}x",
                   target=f"< {TARGET_MS:.0f} ms, 0 lost", met=met)
            result(f"room {kind}: posts saved / sent, file exact", f"{saved}/{sent}, {same}")
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
