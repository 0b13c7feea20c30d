"""The demo tells one story, whatever day it is made: nothing dated after that day (deadlines
apart), phases whose states match what the file holds, a plan that follows the rounds, texts that
state no counts and no dates, an uneven spread of signals, and a dot vote of the working group
alone. Every rule is checked against the file's data, through the services."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from drempelmeter.domain import report
from drempelmeter.domain.cycle import due_actions
from drempelmeter.domain.plan import all_actions
from drempelmeter.domain.policy import SUPRA_LOCAL
from drempelmeter.services import (
    barriers,
    decisions,
    follow_up,
    measurement,
    partners,
    phases,
    plan,
    policy_signals,
    prioritisation,
    signal_report,
    signals,
    trajectory,
    workshops,
)
from drempelmeter.services.demo import build_demo
from drempelmeter.services.records import TrajectoryRecord
from drempelmeter.services.report import write_report

from ..demo_day import DEMO_DAY

DAYS = [DEMO_DAY, date(2026, 1, 31), date(2028, 2, 29), date(2029, 2, 28)]
#: The tests of a day share its demo (`made`, module-scoped): on one xdist worker, each day's
#: demo is built once in a run, not once on each worker.
pytestmark = pytest.mark.xdist_group("demo_story")
#: Actions must have run at least this long before an end measurement starts.
HALF_A_YEAR = timedelta(days=182)
NUMBER_WORDS = ("twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
                "vijftien|twintig|\\d+")
COUNTED = ("drempels?|kandidaat-drempels|partners?|kernpartners|signalen|acties|pijlers|doelen|"
           "deelnemers|bundels")
STATED_COUNT = re.compile(rf"\b({NUMBER_WORDS})\s+({COUNTED})\b", re.IGNORECASE)
MONTHS = re.compile(r"\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                    r"november|december)\b|\b(19|20)\d\d\b", re.IGNORECASE)
#: The demo's invented places and funds: every partner is named after one of them.
FICTIONAL = ("Demerstad", "Heuvelgem", "Demervallei", "Heuvelhuis", "Zorgzaam", "Samenhuis")


@pytest.fixture(scope="module", params=DAYS, ids=str)
def made(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The demo made on one day, open; with that day. Today's is a copy of the run's demo
    (conftest's demo_master, made today by the same build_demo)."""
    path = tmp_path_factory.mktemp("story") / "demo.drempel"
    if request.param == DEMO_DAY:
        shutil.copyfile(request.getfixturevalue("demo_master"), path)
    else:
        build_demo(path, today=request.param)
    db = trajectory.open_trajectory(path)
    yield db, request.param
    db.close()


def story_dates(db) -> list[tuple[str, date]]:  # type: ignore[no-untyped-def]
    """Every date the file holds that says when something happened (not deadlines)."""
    found = [("trajectory start", trajectory.get_trajectory(db).start_date)]
    for p in phases.list_phases(db):
        found += [(f"phase {p.number} start", p.started_on), (f"phase {p.number} end",
                                                              p.finished_on)]
    found += [(f"session {s.title}", s.held_on) for s in workshops.list_sessions(db)]
    found += [(f"decision {d.text}", d.decided_on) for d in decisions.list_decisions(db)]
    for r in prioritisation.list_rounds(db):
        found += [(f"round {r.id}", r.held_on), (f"round {r.id} closed", r.closed_on)]
    for r in measurement.list_rounds(db):
        found += [(r.name, r.started_on), (f"{r.name} closed", r.closed_on)]
    for a in all_actions(plan.read_plan(db)):
        found += [(f"action {a.number} start", a.starts_on), (f"action {a.number} validated",
                                                               a.validated_on)]
        found += [(f"action {a.number} {h.status}", h.on) for h in a.history]
    found += [(f"signal {s.id}", s.created_at.date()) for s in signals.list_signals(db)]
    return [(what, day) for what, day in found if day is not None]


def test_nothing_is_dated_after_the_day_the_demo_is_made(made):
    db, today = made
    later = [(what, day) for what, day in story_dates(db) if day > today]
    assert later == []
    assert all(day.weekday() < 5 for what, day in story_dates(db) if what.startswith("session"))
    for action in all_actions(plan.read_plan(db)):
        assert action.starts_on <= action.due_on  # a deadline may lie ahead, never before start
    assert follow_up.overdue(plan.read_plan(db), today) == []
    # ... but one action ends this month: the follow-up's "due soon" shows on the demo
    assert [a.number for a in due_actions(plan.read_plan(db), today)] == ["3.1"]
    details = trajectory.get_trajectory(db)
    years = [int(y) for y in re.findall(r"\b20\d\d\b", details.name)]
    assert years and max(years) <= today.year
    for r in measurement.list_rounds(db):  # a round's name carries the year it started
        assert r.name.endswith(str(r.started_on.year))


def test_the_phases_states_match_what_the_file_holds(made):
    db, _today = made
    states = {p.number: p for p in phases.list_phases(db)}
    started = {n for n, p in states.items() if p.state != "not_started"}
    # Work recorded for a phase means the phase has started, and falls within its dates.
    for s in workshops.list_sessions(db):
        status = states[s.phase_number]
        assert s.phase_number in started and status.started_on <= s.held_on
        assert status.finished_on is None or s.held_on <= status.finished_on
    assert {d.phase_number for d in decisions.list_decisions(db)} <= started
    rounds = prioritisation.list_rounds(db)
    if any(r.closed_on for r in rounds):
        assert states[4].state in ("in_progress", "done")
    current = plan.read_plan(db)
    if current:
        assert 5 in started
    if any(a.history for a in all_actions(current)):
        assert 6 in started
    measured = measurement.list_rounds(db)
    if any(r.kind == "baseline" and r.closed for r in measured):
        assert states[3].state in ("in_progress", "done")
    if any(r.kind == "end" for r in measured):
        assert 6 in started
    # A done phase has its whole checklist done, a phase not started none of it; phases follow
    # one another.
    for number, status in states.items():
        items = phases.checklist(db, number)
        if status.state == "done":
            assert status.finished_on is not None and all(i.done for i in items)
        if status.state == "not_started":
            assert not any(i.done for i in items)
    starts = [states[n].started_on for n in sorted(started)]
    assert starts == sorted(starts) and starts[0] == trajectory.get_trajectory(db).start_date


def test_the_rounds_the_plan_and_the_measurements_come_in_order(made):
    db, today = made
    measured = measurement.list_rounds(db)
    baseline = next(r for r in measured if r.kind == "baseline")
    rounds = prioritisation.list_rounds(db)
    # The working group ranked after the baseline was closed, the steering group validated the
    # plan after the ranking, and no action started before it was validated.
    assert baseline.closed and all(baseline.closed_on <= r.held_on for r in rounds)
    closed = [r.closed_on for r in rounds if r.closed_on]
    actions = all_actions(plan.read_plan(db))
    assert closed and actions
    for action in actions:
        assert action.validated_on is not None and max(closed) <= action.validated_on
        assert action.validated_on <= action.starts_on
        steps = [h.on for h in action.history]
        assert steps == sorted(steps) and all(action.starts_on <= on for on in steps)
    # Every barrier has an action or, belonging higher up, a policy signal instead (which
    # needs no local action); only running actions are counted as in action.
    routed = {s.barrier_id for s in policy_signals.list_policy_signals(db)}
    assert routed
    for barrier in barriers.list_barriers(db):
        linked = [a for a in actions if barrier.id in a.barrier_ids]
        if barrier.id in routed:
            assert barrier.influence == SUPRA_LOCAL and not linked
            fate = signal_report.fates(db, today).barrier(barrier.id)
            assert fate is not None and fate.outcome == report.SUPRA_LOCAL and fate.policy
        else:
            assert linked
        if barrier.status == "in_action":
            assert any(a.history and a.status != "stopped" for a in linked)
    # An end measurement only once the actions have run for half a year.
    first_start = min(a.starts_on for a in actions)
    for end in (r for r in measured if r.kind == "end"):
        assert end.started_on >= first_start + HALF_A_YEAR


def test_texts_state_no_counts_and_no_dates(made):
    db, _today = made
    texts = [s.notes for s in workshops.list_sessions(db)]
    texts += [d.text for d in decisions.list_decisions(db)]
    texts += [i.note for i in phases.checklist(db)]
    for r in prioritisation.list_rounds(db):
        texts += [r.rationale, *(str(e.inputs.get("objection", "")) for e in r.entries)]
    for a in all_actions(plan.read_plan(db)):
        texts += [a.reported_back, *(h.note for h in a.history)]
    texts += [b.description for b in barriers.list_barriers(db)]
    assert [t for t in texts if STATED_COUNT.search(t)] == []
    assert [t for t in texts if MONTHS.search(t)] == []


def test_signals_are_spread_unevenly_and_their_status_follows_their_barrier(made):
    db, _today = made
    known = partners.list_partners(db)
    every = signals.list_signals(db)
    per_partner = Counter(s.partner_id for s in every)
    per_cell = Counter((s.partner_id, s.primary_b) for s in every)
    assert set(per_partner) == {p.id for p in known}  # every partner sent a bundle
    assert max(per_partner.values()) - min(per_partner.values()) >= 4
    assert max(per_cell.values()) >= 2  # some partner sees one B more than once
    core = ("bekendheid", "bereikbaarheid", "beschikbaarheid", "betaalbaarheid",
            "begrijpbaarheid", "bruikbaarheid", "betrouwbaarheid")
    assert any(per_cell[p.id, b] == 0 for p in known for b in core)
    bundled = {s for b in barriers.list_barriers(db) for s in b.signal_ids}
    for s in every:
        assert (s.status == "noticed") == (s.id not in bundled)


def test_only_the_working_group_votes_never_the_coach(made):
    db, _today = made
    coach = trajectory.get_trajectory(db).coach
    people = partners.list_participants(db)
    working = {p.name for p in people if "working" in p.groups} - {coach}
    assert coach in {p.name for p in people}
    for r in prioritisation.list_rounds(db):
        assert r.participants and set(r.participants) <= working
        voters = {v for e in r.entries for v in e.inputs.get("votes", {})}
        assert voters <= set(r.participants)


def test_names_are_invented(made):
    db, _today = made
    for p in partners.list_partners(db):
        assert any(place in p.name for place in FICTIONAL), p.name
    assert "Demervallei" in trajectory.get_trajectory(db).region
    for person in partners.list_participants(db):  # lived experience: first name and initial
        if person.role == "lived_experience":
            assert re.fullmatch(r"\w+ \w\.", person.name), person.name


@pytest.mark.parametrize("made", [DEMO_DAY], indirect=True, ids=str)
def test_the_report_of_the_demo_made_today_has_no_date_in_its_future(made, tmp_path):
    db, today = made
    out = tmp_path / "rapport.pdf"
    write_report(db, today, pdf=out)
    text = " ".join((page.extract_text() or "") for page in pypdf.PdfReader(out).pages)
    deadlines = {a.due_on for a in all_actions(plan.read_plan(db))}
    printed = [date(int(y), int(m), int(d))
               for d, m, y in re.findall(r"\b(\d{2})-(\d{2})-(\d{4})\b", text)]
    assert printed and today in printed  # the report's own date is read too
    assert [d for d in printed if d > today and d not in deadlines] == []
    years = {int(y) for y in re.findall(r"\b(20\d\d)\b", text)}
    assert all(y <= today.year or y in {d.year for d in deadlines} for y in years)


def test_the_demo_is_built_once_a_day_and_each_copy_is_a_file_of_its_own(tmp_path,
                                                                         monkeypatch):
    from drempelmeter import __version__
    from drempelmeter.services import demo, demo_copy
    from drempelmeter.store.backups import file_identity

    built: list[object] = []

    def build(path: Path, today: date | None = None) -> None:
        """A small trajectory for the demo: what is cached, copied and replaced is tested
        here, not the demo's content (two builds of it took 8 s)."""
        built.append(today)
        trajectory.create_trajectory(path, TrajectoryRecord(name="Demervallei")).close()

    monkeypatch.setattr(demo, "build_demo", build)
    day = date(2026, 11, 30)
    # a master of the same version and day left by an earlier schema is not used
    (tmp_path / demo_copy.DEMO_CACHE).mkdir()
    (tmp_path / demo_copy.DEMO_CACHE / f"{__version__}-2026-11-30.drempel").write_bytes(b"old")
    first = demo_copy.fresh_demo(tmp_path, day)
    identity = file_identity(first)
    second = demo_copy.fresh_demo(tmp_path, day)  # the first copy was not open: replaced
    assert first == second and built == [day]
    assert file_identity(second) != identity  # a new file each time, with its own backups
    master = next((tmp_path / demo_copy.DEMO_CACHE).glob("*.drempel"))
    assert file_identity(master) not in (identity, file_identity(second))
    demo_copy.fresh_demo(tmp_path, date(2026, 12, 1))  # another day: built again, old one gone
    assert built == [day, date(2026, 12, 1)]
    assert len(list((tmp_path / demo_copy.DEMO_CACHE).glob("*.drempel"))) == 1
