"""A participant's phone in the room, played by headless Chromium on 127.0.0.1 against a real
file: join by the address, answer the poll, spend dots within the budget and be refused over
it, sort in MoSCoW, write a pre-mortem text that stays held until the coach accepts it; texts
escaped, nothing loaded from elsewhere, no inline script run, no page without the token or
after closing, the count live, and every form working without JavaScript."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from drempelmeter.services import polls, premortem, prioritisation, room

from ..services.test_room import a_round
from ..services.workshop_setup import a_session, an_action
from ..test_cli_room import start_room, stop_room
from .conftest import PHONE, alert_open, find, find_all, network, requested, send, until

#: Every form control and whether a label names it (the screen reader's view of the form).
UNLABELLED = """return Array.from(document.querySelectorAll('input, select, textarea'))
    .filter(e => !Array.from(e.labels).some(l => l.textContent.trim()))
    .map(e => e.name)"""


def choose(driver: Any, name: str, value: str) -> None:
    """Tap the answer's label, as a thumb does (the label is the large target)."""
    tap(driver, driver.find_element(
        "xpath", f"//input[@name='{name}' and @value='{value}']/ancestor::label"))


def pick(driver: Any, field: str, value: int) -> None:
    tap(driver, find(driver, f"#{field} option[value='{value}']"))


def tap(driver: Any, element: Any) -> None:
    """Scroll it to the middle of the screen, as one does before tapping (the send button
    stays at the bottom of the screen, over what scrolls beneath it), and tap it."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def notice(driver: Any) -> str:
    return str(find(driver, "main > p[role]").text)


def document_status(driver: Any) -> list[int]:
    """The status of each page the browser loaded since the last look."""
    return [e["params"]["response"]["status"] for e in network(driver)
            if e["method"] == "Network.responseReceived" and e["params"]["type"] == "Document"]


def test_joining_by_the_address_shows_a_dutch_page_with_labelled_controls(new_db, serving,
                                                                          browser):
    session_id = a_session(new_db, 1)
    running = serving(room.start(new_db, "poll", session_id))
    browser.get(running.url)
    assert find(browser, "html").get_attribute("lang") == "nl"
    assert browser.title == "Buikgevoel per B"
    assert "Anoniem" in find(browser, "main").text
    questions = polls.poll_items().items
    assert len(find_all(browser, "fieldset")) == len(questions)
    assert find(browser, "legend").text.startswith("1. Hoe goed weten")
    assert len(find_all(browser, "input[type=radio]")) == 7 * len(questions)
    assert browser.execute_script(UNLABELLED) == []
    assert find(browser, "button[type=submit]").text == "Versturen"
    assert find(browser, "nav").get_attribute("aria-label") == "Taal"
    browser.find_element("link text", "English").click()
    until(lambda: find(browser, "html").get_attribute("lang") == "en")
    assert browser.title == "Gut feeling per B" and browser.execute_script(UNLABELLED) == []
    assert running.activity.joined == 1  # the same device, by its cookie


def test_gut_feeling_answers_tapped_land_in_the_sessions_poll(new_db, serving, browser):
    session_id = a_session(new_db, 1)
    running = serving(room.start(new_db, "poll", session_id))
    poll = polls.poll_items()
    keys = [key for key, _ in poll.answers]
    given = {item.b: keys[n % len(keys)] for n, item in enumerate(poll.items)}
    browser.get(running.url)
    for b, answer in given.items():
        choose(browser, f"b:{b}", answer)
    first = poll.items[0].b
    assert find(browser, f"input[name='b:{first}'][value='{given[first]}']").is_selected()
    send(browser)
    assert notice(browser) == "Bewaard. Dank je!"
    assert polls.tally(new_db, session_id) == {b: {answer: 1} for b, answer in given.items()}
    # the page shows the answers given; one changed moves rather than adds
    assert find(browser, f"input[name='b:{first}'][value='{given[first]}']").is_selected()
    choose(browser, f"b:{first}", "5")
    send(browser)
    assert polls.tally(new_db, session_id) == {**{b: {a: 1} for b, a in given.items()},
                                               first: {"5": 1}}


def test_dots_within_the_budget_are_saved_and_over_it_refused(new_db, serving, browser):
    round_id = a_round(new_db)  # four barriers, budget 2
    running = serving(room.start(new_db, "dots", a_session(new_db, 4)))
    browser.get(running.url)
    assert "Je hebt 2 stippen" in find(browser, "main").text
    assert find(browser, "label[for=d0]").text == "Wachtlijst"
    assert browser.execute_script(UNLABELLED) == []
    pick(browser, "d0", 1)
    pick(browser, "d2", 1)
    send(browser)
    assert notice(browser) == "Bewaard. Dank je!"
    assert find(browser, ".left").text == "Nog te geven: 0 van 2."

    def scores() -> dict[str, float | None]:
        return {e.barrier_id: e.score for e in prioritisation.get_round(new_db, round_id).entries}

    assert scores() == {"b0": 1.0, "b1": 0.0, "b2": 1.0, "b3": 0.0}
    pick(browser, "d1", 2)  # four dots in all
    send(browser)
    assert notice(browser) == "Te veel stippen: je hebt er 2. Er is niets gewijzigd."
    assert find(browser, "main > p[role]").get_attribute("role") == "alert"
    assert scores() == {"b0": 1.0, "b1": 0.0, "b2": 1.0, "b3": 0.0}
    # the menus as placed, to take a dot back; what is left counts what was saved
    assert find(browser, "#d1 option:checked").text == "2"
    assert find(browser, ".left").text == "Nog te geven: 0 van 2."
    pick(browser, "d1", 0)
    send(browser)
    assert notice(browser) == "Bewaard. Dank je!"
    assert scores() == {"b0": 1.0, "b1": 0.0, "b2": 1.0, "b3": 0.0}


def test_a_moscow_choice_lands_in_the_round(new_db, serving, browser):
    round_id = a_round(new_db, "moscow")
    running = serving(room.start(new_db, "moscow", a_session(new_db, 4)))
    browser.get(running.url)
    assert [e.text for e in find_all(browser, "legend")] == [
        "Wachtlijst", "Website", "Formulieren", "Tolk"]
    labels = [e.text for e in find_all(browser, "fieldset:first-of-type label")]
    assert labels == ["Moet", "Zou moeten", "Kan", "Nu niet", "Geen keuze"]
    choose(browser, "m:b0", "must")
    choose(browser, "m:b3", "wont")
    send(browser)
    assert notice(browser) == "Bewaard. Dank je!"
    entries = {e.barrier_id: e.inputs for e in prioritisation.get_round(new_db, round_id).entries}
    assert entries["b0"]["moscow"] == "must" and entries["b3"]["moscow"] == "wont"
    assert "moscow" not in entries["b1"]


def test_a_premortem_text_is_held_until_accepted_and_markup_stays_text(new_db, serving,
                                                                       browser):
    session_id, action_id = a_session(new_db, 5), an_action(new_db, "Spreekuur <i>wijk</i>")
    running = serving(room.start(new_db, "premortem", session_id, action_id))
    browser.get(running.url)
    assert "“Spreekuur <i>wijk</i>” is mislukt" in find(browser, ".prompt").text
    assert find_all(browser, ".prompt i") == []
    assert find(browser, "label[for=text]").text == "Jouw tekst (één idee per keer)"
    find(browser, "#text").send_keys("Niemand trekt het na de zomer")
    send(browser)
    assert notice(browser) == "Bewaard. Dank je!"
    assert [e.text for e in find_all(browser, ".sent li")] == ["Niemand trekt het na de zomer"]
    held = running.activity.waiting()
    assert [h.text for h in held] == ["Niemand trekt het na de zomer"]
    assert premortem.list_notes(new_db, session_id, action_id) == []  # held, not shown yet
    running.activity.accept(held[0].id)
    assert [n.text for n in premortem.list_notes(new_db, session_id, action_id)] == [
        "Niemand trekt het na de zomer"]
    attack = '<script>alert(1)</script><b id="injected">vet</b><img src=x onerror=alert(2)>'
    find(browser, "#text").send_keys(attack)
    send(browser)
    assert not alert_open(browser)
    assert find_all(browser, "#injected, main img, main script") == []
    assert find_all(browser, ".sent li")[-1].text == attack  # shown as the letters typed
    assert running.activity.waiting()[0].text == attack


def test_the_page_loads_nothing_from_elsewhere_and_runs_no_inline_script(new_db, serving,
                                                                         browser):
    round_id = a_round(new_db)
    running = serving(room.start(new_db, "dots", a_session(new_db, 4)))
    origin = f"http://127.0.0.1:{running.port}/"
    browser.get(running.url)
    pick(browser, "d0", 2)
    send(browser)
    until(lambda: find(browser, "#status").text)
    seen = requested(browser)
    assert {urlsplit(url).path.rsplit("/", 1)[-1] for url in seen} >= {
        "", "room.css", "room.js", "events"}
    assert [url for url in seen if not url.startswith(origin)] == []
    assert sum(e.score for e in prioritisation.get_round(new_db, round_id).entries) == 2
    # The policy allows this server's script file only: an inline script is refused.
    browser.execute_script("""
        var s = document.createElement('script');
        s.textContent = 'document.body.dataset.ran = "yes"';
        document.body.appendChild(s);""")
    assert find(browser, "body").get_attribute("data-ran") is None
    console = [entry["message"] for entry in browser.get_log("browser")]
    assert any("Content Security Policy" in message for message in console), console


def test_no_page_without_the_token_nor_after_closing(new_db, serving, browser):
    running = serving(room.start(new_db, "poll", a_session(new_db, 1)))
    origin = f"http://127.0.0.1:{running.port}"
    for address in (f"{origin}/", f"{origin}/{running.activity.token[:-1]}/",
                    f"{origin}/{running.activity.token}/../../etc/passwd"):
        browser.get(address)
        assert find(browser, "body").text == "404", address
    browser.get(running.url)
    assert document_status(browser)[-1:] == [200]
    until(lambda: running.server.streams == 1)  # the page listens for the close
    running.close()
    # the open page hears of it and reloads by itself
    until(lambda: "gesloten" in find(browser, "body").text)
    assert find(browser, "main").text.endswith("Deze stemming is gesloten. Dank je wel!")
    assert find_all(browser, "form") == []
    assert document_status(browser)[-1:] == [410]


def test_the_count_of_devices_follows_live_without_a_reload(new_db, serving, browser):
    running = serving(room.start(new_db, "poll", a_session(new_db, 1)))
    browser.get(running.url)
    browser.execute_script("document.body.dataset.same = 'page'")
    until(lambda: find(browser, "#status").text == "1 toestel doet mee.")
    running.join("other phone")
    b = polls.poll_items().items[0].b
    assert running.send("other phone", {f"b:{b}": "5"})[0] == 303
    until(lambda: find(browser, "#status").text == "2 toestellen doen mee.")
    assert find(browser, "body").get_attribute("data-same") == "page"  # not reloaded


def test_every_form_works_without_javascript(new_db, serving, tmp_path):
    from .conftest import start_chromium

    round_id = a_round(new_db)
    running = serving(room.start(new_db, "dots", a_session(new_db, 4)))
    driver = start_chromium(tmp_path / "profile", javascript=False)
    try:
        driver.get(running.url)
        assert [url for url in requested(driver) if url.endswith("room.js")] == []  # not run
        pick(driver, "d3", 2)
        send(driver)
        assert notice(driver) == "Bewaard. Dank je!"
        scores = {e.barrier_id: e.score
                  for e in prioritisation.get_round(new_db, round_id).entries}
        assert scores == {"b0": 0.0, "b1": 0.0, "b2": 0.0, "b3": 2.0}
        pick(driver, "d0", 1)
        send(driver)
        assert notice(driver).startswith("Te veel stippen")
    finally:
        driver.quit()


@pytest.mark.parametrize("kind", ["poll", "dots"])
def test_on_a_phone_the_page_fits_and_its_targets_are_large(new_db, serving, browser, kind):
    a_round(new_db)
    running = serving(room.start(new_db, kind, a_session(new_db, 1 if kind == "poll" else 4)))
    width, height = PHONE
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 2, "mobile": True})
    try:
        browser.get(running.url)
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
        small = browser.execute_script("""return Array.from(
            document.querySelectorAll('label.choice, select, button, textarea, nav a'))
            .map(e => e.getBoundingClientRect())
            .filter(r => r.height < 44 || r.width < 44).length""")
        assert small == 0
        text = browser.execute_script(
            "return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)")
        assert text >= 16
        # the send button stays on the screen while one scrolls through a long form (the poll
        # is nine questions): one who stops halfway can still send what is answered
        if browser.execute_script("return document.documentElement.scrollHeight") > height:
            box = browser.execute_script(
                "return document.querySelector('form button').getBoundingClientRect()")
            assert box["top"] >= 0 and box["bottom"] <= height
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_drempelmeter_room_serves_its_page_to_a_browser_and_stops_on_sigterm(demo_file,
                                                                           browser):
    process, url = start_room(demo_file)
    try:
        browser.get(url)
        assert browser.title == "Buikgevoel per B"
        b = polls.poll_items().items[0].b
        choose(browser, f"b:{b}", "5")
        send(browser)
        assert notice(browser) == "Bewaard. Dank je!"
        parts = urlsplit(url)
        browser.get(f"{parts.scheme}://{parts.netloc}/")
        assert find(browser, "body").text == "404"
    finally:
        out, err = stop_room(process)
    assert process.returncode == 0, err
    assert "The gut-feeling poll closed: 1 device answered (1 joined)" in out
