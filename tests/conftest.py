"""Shared test set-up: headless Qt, isolated user folders, and fresh trajectory files."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from drempelmeter.domain.report import ReportData

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["MPLBACKEND"] = "Agg"

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep logs, settings and the demo copy out of the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"),
                     ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def loads():
    """The ORM objects loaded while the test runs, counted per class name."""
    from .orm_loads import objects_loaded

    with objects_loaded() as counted:
        yield counted


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    """The demo trajectory, built once per test run through the real services, dated as of
    DEMO_DAY (tests/demo_day.py), the day its tests count from."""
    from drempelmeter.services.demo import build_demo

    from .demo_day import DEMO_DAY

    path = tmp_path_factory.mktemp("demo") / "demo.drempel"
    build_demo(path, DEMO_DAY)
    return path


@pytest.fixture
def demo_file(demo_master, tmp_path) -> Path:
    """A private copy of the demo trajectory for one test (copied while closed)."""
    target = tmp_path / "Demervallei.drempel"
    shutil.copyfile(demo_master, target)
    return target


@dataclass(frozen=True)
class WrittenReport:
    """The demo's report as written once: its PDF, its workbook and what they were made from."""

    pdf: Path
    xlsx: Path
    data: ReportData


@pytest.fixture(scope="session")
def demo_report(demo_master, tmp_path_factory) -> Callable[..., WrittenReport]:
    """The unmodified demo's report for a day (and a partner): the PDF and the workbook written
    once per test run through the real services, for tests that only read them. A test that
    changes the demo first writes its own."""
    from drempelmeter.services.report import write_report
    from drempelmeter.services.trajectory import open_trajectory

    written: dict[tuple[date, str | None], WrittenReport] = {}

    def report(today: date, partner: str | None = None) -> WrittenReport:
        if (today, partner) not in written:
            folder = tmp_path_factory.mktemp("report")
            copy = folder / "demo.drempel"
            shutil.copyfile(demo_master, copy)
            db = open_trajectory(copy)
            try:
                data = write_report(db, today, pdf=folder / "rapport.pdf",
                                    xlsx=folder / "rapport.xlsx", partner=partner)
            finally:
                db.close()
            written[today, partner] = WrittenReport(folder / "rapport.pdf",
                                                    folder / "rapport.xlsx", data)
        return written[today, partner]

    return report


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """`drempelmeter ARGS` in tmp_path, run in this process through cli.main as `python -m
    drempelmeter` runs it: its exit status and output, without a new process's 0.3 s start.
    Each command family keeps a test in a real process (tests/test_cli.py's `run`), where
    the process boundary is checked."""
    from drempelmeter.cli import main

    monkeypatch.chdir(tmp_path)

    def call(*args: str) -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        status = main(list(args))
        said = capsys.readouterr()
        return subprocess.CompletedProcess(list(args), status, said.out, said.err)

    return call


@pytest.fixture
def new_db(tmp_path):
    """A freshly created, open trajectory file; closed after the test."""
    from drempelmeter.services.records import TrajectoryRecord
    from drempelmeter.services.trajectory import create_trajectory

    db = create_trajectory(tmp_path / "new.drempel", TrajectoryRecord(name="Testtraject"))
    yield db
    db.close()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):  # type: ignore[no-untyped-def]
    """The tests reading the shared demo report go to one worker (pytest-xdist's --dist
    loadgroup, as dev.py runs it), so that it is written once. They and the tests marked slow
    come first: xdist hands tests out in this order, and a long one handed out last would keep
    one worker busy while the other waits."""
    for item in items:
        if "demo_report" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("demo_report"))
    items.sort(key=lambda item: item.get_closest_marker("slow") is None
               and item.get_closest_marker("xdist_group") is None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # type: ignore[no-untyped-def]
    """A report's captured output as UTF-8 that can travel: a test of an undecodable file name
    logs it with a surrogate, which pytest-xdist cannot send from its worker."""
    outcome = yield
    report = outcome.get_result()
    report.sections = [(title, text.encode("utf-8", "backslashreplace").decode("utf-8"))
                       for title, text in report.sections]
