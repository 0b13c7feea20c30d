"""The participant's page in a real headless Chromium (Debian's chromium and chromium-driver,
driven by Selenium) against a real room server on 127.0.0.1.

These tests run with `python3 packaging/dev.py browser`, which sets DREMPELMETER_BROWSER=1; any
other run (the README's test command) skips them with that reason. When the variable is set, a
missing browser, driver or Selenium is an error and a skipped test fails the run: CI never
passes on browser tests that did not run.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ..room.test_server import serving  # noqa: F401  (the fixture, for the tests here)

REQUIRED = os.environ.get("DREMPELMETER_BROWSER") == "1"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HERE = Path(__file__).parent
#: Without the background-networking flags Chromium reaches for Google's hosts by itself; CI
#: runs as root (no sandbox) in a container whose /dev/shm may be small.
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage",
         "--lang=nl", "--window-size=800,900")
#: A phone's screen, in CSS pixels.
PHONE = (360, 740)
skipped: list[str] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if REQUIRED:
        return
    skip = pytest.mark.skip(reason="a real browser: run `python3 packaging/dev.py browser`")
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(skip)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if REQUIRED and report.skipped and HERE in Path(report.fspath).resolve().parents:
        skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if skipped and exitstatus == 0:
        print(f"\n{len(skipped)} browser test(s) skipped where they must run: {skipped}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def start_chromium(tmp: Path, javascript: bool = True) -> Any:
    """A headless Chromium with its own profile in `tmp`, logging the network and console."""
    for needed in (CHROMIUM, CHROMEDRIVER):
        if not needed.exists():
            pytest.fail(f"{needed} is missing: apt-get install chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={tmp}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    prefs: dict[str, object] = {"intl.accept_languages": "nl"}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    # the driver named: selenium-manager never looks for (or downloads) one
    return webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)


@pytest.fixture(scope="session")
def chromium(tmp_path_factory) -> Iterator[Any]:
    """One browser for the run; each test starts it on a blank page without cookies."""
    driver = start_chromium(tmp_path_factory.mktemp("chromium"))
    yield driver
    driver.quit()


@pytest.fixture
def browser(chromium) -> Any:
    chromium.get("about:blank")
    chromium.delete_all_cookies()
    chromium.get_log("performance")  # what earlier tests left
    chromium.get_log("browser")
    return chromium


def until(condition: Callable[[], object], seconds: float = 10.0) -> None:
    """Wait for `condition` to hold, at most `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited in vain"
        time.sleep(0.05)


def find(driver: Any, css: str) -> Any:
    return driver.find_element("css selector", css)


def find_all(driver: Any, css: str) -> list[Any]:
    return list(driver.find_elements("css selector", css))


def send(driver: Any) -> None:
    """Press the form's button and wait for the next page: the one the server redirects to,
    or the form again with what it refused."""
    old = find(driver, "html")
    find(driver, "button[type=submit]").click()
    until(lambda: not _same(driver, old))


def _same(driver: Any, element: Any) -> bool:
    try:
        return bool(driver.find_element("css selector", "html") == element)
    except Exception:  # between two pages
        return True


def network(driver: Any) -> list[dict[str, Any]]:
    """The DevTools network events since the last call, each {"method": ..., "params": ...}."""
    events = [json.loads(entry["message"])["message"] for entry in driver.get_log("performance")]
    return [e for e in events if e["method"].startswith("Network.")]


def requested(driver: Any) -> list[str]:
    """Every address the page asked for since the last look (documents, styles, scripts, the
    live stream, anything else)."""
    return [e["params"]["request"]["url"] for e in network(driver)
            if e["method"] == "Network.requestWillBeSent"]


def alert_open(driver: Any) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        driver.switch_to.alert  # noqa: B018 (the property raises when none is open)
    except NoAlertPresentException:
        return False
    return True
