"""The signals filter at scale: the work per keystroke follows the rows, not the rows removed."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from drempelmeter.domain.terms import normalise
from drempelmeter.services import signals
from drempelmeter.services.records import SignalLine
from drempelmeter.ui import signal_table
from drempelmeter.ui.signals_page import SignalsPage
from drempelmeter.ui.workspace import SIGNALS

from ..orm_loads import objects_loaded

SIGNALS_COUNT = 5_000
WORDS = ("wachtlijst", "loket", "formulier", "telefoon", "website", "afspraak", "taal", "kosten",
         "brief", "digitaal", "onthaal", "schulden", "huur", "wachtzaal", "cliënten")


def generated(partner_ids: list[str], count: int) -> list[SignalLine]:
    rng = random.Random(14)
    texts = [" ".join(rng.choice(WORDS) for _ in range(8)).capitalize() + "." for _ in range(count)]
    return [SignalLine(id=f"s{i:06}", partner_id=rng.choice(partner_ids),
                       primary_b=rng.choice(("bekendheid", "bereikbaarheid", "begrijpbaarheid")),
                       description=text, level=None, journey_moment=None, target_groups=(),
                       severity=rng.choice((None, 1, 2, 3, 4)), status="noticed",
                       to_review=False, search_text=normalise(text))
            for i, text in enumerate(texts)]


def test_typing_a_filter_counts_once_per_key_and_reads_each_row_once(window, demo_file, qtbot,
                                                                      monkeypatch):
    counts: list[int] = []  # the rows shown at each count of the numbers under the table
    update_counts = SignalsPage.update_counts

    def counting(page: SignalsPage) -> None:
        counts.append(page.proxy.rowCount())
        update_counts(page)

    monkeypatch.setattr(SignalsPage, "update_counts", counting)  # before the page connects it
    window.open_path(demo_file)
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    records = generated([p.id for p in page._partners], SIGNALS_COUNT)
    page.model.set_records(records)

    normalised: list[str] = []
    original = signal_table.normalise

    def normalising(text: str) -> str:
        normalised.append(text)
        return original(text)

    monkeypatch.setattr(signal_table, "normalise", normalising)
    counts.clear()
    page.proxy.rows_examined = 0
    typed = "wacht"  # matches scattered over the whole table: thousands of removed ranges
    qtbot.keyClicks(page.search, typed)

    assert len(counts) == len(typed)  # the numbers under the table: once per keystroke
    # the descriptions come normalised from the file; a keystroke normalises only what was
    # typed, and looks at each row at most once
    assert normalised == ["w", "wa", "wac", "wach", "wacht"]
    assert page.proxy.rows_examined <= len(typed) * SIGNALS_COUNT

    expected = [r for r in records if "wacht" in r.description.casefold()]
    assert 0 < len(expected) < SIGNALS_COUNT
    assert page.proxy.rowCount() == len(expected) == counts[-1]
    assert {r.id for r in page.proxy.records()} == {r.id for r in expected}
    grid = signals.count_signals(expected, [p.id for p in page._partners], page._optional_bs)
    text = page.counts.text()
    assert f"{len(expected)} of {SIGNALS_COUNT} signals shown." in text
    for partner, row in zip(page._partners, grid.by_partner_and_b, strict=True):
        assert f"{partner.name} {sum(row)}" in text
    qtbot.keyClicks(page.search, " CLIENTEN")  # without accents or case
    both = [r for r in expected if "cliënten" in r.description.casefold()]
    assert page.proxy.rowCount() == len(both) == counts[-1]
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)  # "clienten" → "cliente": still a word
    page.search.clear()  # wider: every row comes back, in the sort order of the view
    assert page.proxy.rowCount() == SIGNALS_COUNT == counts[-1]
    header = page.view.horizontalHeader()
    keys = [page.proxy.index(r, header.sortIndicatorSection()).data(page.model.SortRole)
            for r in range(page.proxy.rowCount())]
    assert keys == sorted(keys, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)


def test_the_selection_follows_its_signal_through_filters_and_sorting(window, demo_file):
    window.open_path(demo_file)
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    page.model.set_records(generated([p.id for p in page._partners], 300))
    chosen = next(r for r in page.proxy.records() if "wachtlijst" in r.description)
    page.view.selectRow(next(row for row in range(page.proxy.rowCount())
                             if page.proxy.index(row, 0).data(page.model.IdRole) == chosen.id))
    page.search.setText("wachtlijst")
    assert page.selected_ids() == [chosen.id]
    page.view.sortByColumn(page.model.SEVERITY, Qt.SortOrder.AscendingOrder)
    assert page.selected_ids() == [chosen.id]
    severities = [r.severity or -1 for r in page.proxy.records()]
    assert severities == sorted(severities)
    page.search.setText("wachtlijst " + "x" * 30)  # hides it: nothing is selected any more
    assert page.selected_ids() == [] and page.proxy.rowCount() == 0
    assert "0 of 300 signals shown." in page.counts.text()


def test_opening_the_page_loads_no_signal_objects_nor_choosing_one(window, demo_file):
    """The list comes from the signals' columns; a whole signal is read when a button needs it,
    from its columns too (a selection of 40,000 loaded as objects took seconds)."""
    with objects_loaded() as loaded:
        window.open_path(demo_file)
        window.workspace.show_section(SIGNALS)
        page = window.workspace.signals_page
        assert page.model.rowCount() > 50
        page.search.setText("wacht")
        page.view.sortByColumn(page.model.SEVERITY, Qt.SortOrder.DescendingOrder)
        assert page.proxy.rowCount() > 0 and loaded["Signal"] == 0
        page.view.selectRow(0)
        [chosen] = page.selected()
        assert chosen.id == page.proxy.records()[0].id and loaded["Signal"] == 0


def test_the_search_walks_texts_packed_in_the_views_order_made_once_per_sort(
        window, demo_file, qtbot, monkeypatch):
    """A letter typed over many signals reads every text: they are copied once, in the view's
    order, into one run of memory (scattered, walked in a sorted order, they missed the cache);
    once per sort or fill, not per keystroke, and the rows found are those of the plain way."""
    packed: list[int] = []
    pack = signal_table._packed

    def packing(texts: list[str]) -> list[str]:
        packed.append(len(texts))
        return pack(texts)

    monkeypatch.setattr(signal_table, "_packed", packing)
    window.open_path(demo_file)
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    records = generated([p.id for p in page._partners], 2_000)
    page.model.set_records(records)
    packed.clear()
    qtbot.keyClicks(page.search, "wachtlijst")
    assert packed == [2_000]  # at the first letter, then reused
    assert page.proxy.search_texts() == [
        page.model.rows()[i].search_text for i in page.proxy._order]
    assert {r.id for r in page.proxy.records()} == {
        r.id for r in records if "wachtlijst" in r.search_text}
    page.view.sortByColumn(page.model.SEVERITY, Qt.SortOrder.AscendingOrder)
    sorted_again = len(packed)
    assert sorted_again > 1  # the new order's texts
    qtbot.keyClicks(page.search, " huur")
    assert len(packed) == sorted_again  # typing packs nothing more
    assert page.proxy.search_texts() == [
        page.model.rows()[i].search_text for i in page.proxy._order]
    assert {r.id for r in page.proxy.records()} == {
        r.id for r in records if "wachtlijst" in r.search_text and "huur" in r.search_text}


def test_texts_holding_the_separator_are_searched_as_they_are():
    assert signal_table._packed(["wachtlijst", "loket"]) == ["wachtlijst", "loket"]
    held = ["wacht\x00lijst", "loket"]
    assert signal_table._packed(held) is held
