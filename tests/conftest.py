"""Shared test set-up: headless Qt, isolated user folders, and fresh trajectory files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

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
    """The demo trajectory, built once per test run through the real services."""
    from drempelmeter.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.drempel"
    build_demo(path)
    return path


@pytest.fixture
def demo_file(demo_master, tmp_path) -> Path:
    """A private copy of the demo trajectory for one test (copied while closed)."""
    target = tmp_path / "Demervallei.drempel"
    shutil.copyfile(demo_master, target)
    return target


@pytest.fixture
def new_db(tmp_path):
    """A freshly created, open trajectory file; closed after the test."""
    from drempelmeter.services.records import TrajectoryRecord
    from drempelmeter.services.trajectory import create_trajectory

    db = create_trajectory(tmp_path / "new.drempel", TrajectoryRecord(name="Testtraject"))
    yield db
    db.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # type: ignore[no-untyped-def]
    """A report's captured output as UTF-8 that can travel: a test of an undecodable file name
    logs it with a surrogate, which pytest-xdist cannot send from its worker."""
    outcome = yield
    report = outcome.get_result()
    report.sections = [(title, text.encode("utf-8", "backslashreplace").decode("utf-8"))
                       for title, text in report.sections]
