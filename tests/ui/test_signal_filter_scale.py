"""The signals filter at scale: the work per keystroke follows the rows, not the rows removed."""

from __future__ import annotations

import random

from drempelmeter.services import signals
from drempelmeter.services.records import SignalRecord
from drempelmeter.ui import signal_table
from drempelmeter.ui.workspace import SIGNALS

SIGNALS_COUNT = 5_000
WORDS = ("wachtlijst", "loket", "formulier", "telefoon", "website", "afspraak", "taal", "kosten",
         "brief", "digitaal", "onthaal", "schulden", "huur", "wachtzaal", "cliënten")


def generated(partner_ids: list[str], count: int) -> list[SignalRecord]:
    rng = random.Random(14)
    return [SignalRecord(f"s{i:06}", rng.choice(partner_ids),
                         " ".join(rng.choice(WORDS) for _ in range(8)).capitalize() + ".",
                         rng.choice(("bekendheid", "bereikbaarheid", "begrijpbaarheid")),
                         severity=rng.choice((None, 1, 2, 3, 4)))
            for i in range(count)]


def test_typing_a_filter_counts_once_per_key_and_reads_each_row_once(window, demo_file, qtbot,
                                                                      monkeypatch):
    window.open_path(demo_file)
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    records = generated([p.id for p in page._partners], SIGNALS_COUNT)
    page.model.set_records(records)

    counted: list[int] = []  # how many records each count of the table went through
    count_signals = signals.count_signals

    def counting(shown, partner_ids, optional_bs):  # type: ignore[no-untyped-def]
        shown = list(shown)
        counted.append(len(shown))
        return count_signals(shown, partner_ids, optional_bs)

    normalised: list[str] = []
    normalise = signal_table.normalise

    def normalising(text: str) -> str:
        normalised.append(text)
        return normalise(text)

    monkeypatch.setattr(signals, "count_signals", counting)
    monkeypatch.setattr(signal_table, "normalise", normalising)
    page.proxy.rows_examined = 0
    typed = "wacht"  # matches scattered over the whole table: thousands of removed ranges
    qtbot.keyClicks(page.search, typed)

    assert len(counted) == len(typed)  # the counts under the table: once per keystroke
    assert sum(counted) <= len(typed) * SIGNALS_COUNT
    # the descriptions were normalised when the model was filled; a keystroke normalises only
    # what was typed, and looks at each row once
    assert normalised == ["w", "wa", "wac", "wach", "wacht"]
    assert page.proxy.rows_examined == len(typed) * SIGNALS_COUNT

    expected = [r for r in records if "wacht" in r.description.casefold()]
    assert 0 < len(expected) < SIGNALS_COUNT
    assert page.proxy.rowCount() == len(expected) == counted[-1]
    assert {r.id for r in page.proxy.records()} == {r.id for r in expected}
    assert f"{len(expected)} of {SIGNALS_COUNT} signals shown." in page.counts.text()
    qtbot.keyClicks(page.search, " CLIENTEN")  # without accents or case
    both = [r for r in expected if "cliënten" in r.description.casefold()]
    assert page.proxy.rowCount() == len(both) and counted[-1] == len(both)
