"""The signals page opening on many signals, by the work it does (not timed): the first screen
of its sort and the counts at once, whatever the number of signals; the rest read a chunk at a
time, after which the list, its order and a filter typed meanwhile are those of a list read at
once; no signal or partner object loaded."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from drempelmeter.domain.terms import normalise
from drempelmeter.services import partners, signal_lines, signals
from drempelmeter.services.records import PartnerRecord, SignalRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.ui import signals_page
from drempelmeter.ui.workspace import SIGNALS

from ..orm_loads import objects_loaded

FIRST_SCREEN, CHUNK = 10, 25
WORDS = ("wachtlijst", "onthaal", "telefoon", "formulier", "kosten", "afspraak", "website")
#: sorted on the partner, descending (as the page opens): the two Zorgpunts (alike without
#: case), then Welzijn, OCMW, Ádvies
NAMES = ("Zorgpunt", "ZORGPUNT", "OCMW", "Ádvies", "Welzijn")


def trajectory(path: Path, count: int) -> list[str]:
    """A file of `count` signals, few of them of the Zorgpunts, made at five moments and
    written in an order of their own; their ids in the order of a list (by creation, id)."""
    db = create_trajectory(path, TrajectoryRecord(name="Schaal"))
    start = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    try:
        for n, name in enumerate(NAMES):
            partners.add_partner(db, PartnerRecord(f"p{n}", name, "core", "caw"))
        records = [SignalRecord(f"s{n:04}", f"p{n % 20}" if n % 20 < 2 else f"p{2 + n % 3}",
                                f"{WORDS[n % 7]} en {WORDS[n // 7 % 7]} nummer {n}",
                                "beschikbaarheid", severity=1 + n % 4,
                                created_at=start + timedelta(minutes=n * 3 % 5))
                   for n in range(count)]
        random.Random(count).shuffle(records)
        signals.add_signals(db, records)
    finally:
        db.close()
    return [r.id for r in sorted(records, key=lambda r: (r.created_at, r.id))]


def test_many_signals_show_their_first_screen_at_once_and_the_rest_as_read(
        window, tmp_path, monkeypatch, qtbot):
    monkeypatch.setattr(signals_page, "READ_AT_ONCE", 2 * CHUNK)
    monkeypatch.setattr(signals_page, "READ_CHUNK", CHUNK)
    monkeypatch.setattr(signals_page, "FIRST_SCREEN", FIRST_SCREEN)
    read: list[int] = []  # how many were read before each chunk
    read_more = signal_lines.LinesReader.read_more
    monkeypatch.setattr(signal_lines.LinesReader, "read_more",
                        lambda reader: (read.append(reader.read), read_more(reader))[1])
    for count in (60, 180):
        in_order = trajectory(tmp_path / f"{count}.drempel", count)
        window.open_path(tmp_path / f"{count}.drempel")
        read.clear()
        with objects_loaded() as loaded:
            window.workspace.show_section(SIGNALS)
        page = window.workspace.signals_page
        # Before any event: the first screen, read alone, and the counts of every signal.
        assert page.reading and page.model.rowCount() == FIRST_SCREEN and read == []
        assert not loaded  # no signal, no partner object
        assert f"0 of {count} read" in page.counts.text()
        assert page.view.horizontalHeader().sortIndicatorSection() == page.model.PARTNER
        first = [line.id for line in page.proxy.records()]

        page.search.setText("wachtlijst")  # typed while reading
        qtbot.waitUntil(lambda: not page.reading, timeout=10_000)  # noqa: B023
        assert read == list(range(0, count + 1, CHUNK))  # a chunk at a time, each read once
        assert not loaded
        # The whole list, in the order of a list read at once (by creation, then id), sorted
        # on the partner: the first screen was its first rows. The filter typed meanwhile
        # covers every signal.
        assert [line.id for line in page.model.rows()] == in_order
        assert page.model.rows() == signal_lines.list_signal_lines(window.document.db)
        expected = [line.id for line in page.model.rows() if "wachtlijst" in line.search_text]
        assert sorted(line.id for line in page.proxy.records()) == sorted(expected)
        assert f"{len(expected)} of {count} signals shown." in page.counts.text()
        page.search.clear()
        by_partner = sorted(page.model.rows(), reverse=True,
                            key=lambda line: normalise(NAMES[int(line.partner_id[1:])]))
        assert [line.id for line in page.proxy.records()] == [line.id for line in by_partner]
        assert [line.id for line in by_partner][:FIRST_SCREEN] == first
        window.close_trajectory()


def test_an_edit_while_reading_reads_every_signal_at_once(window, tmp_path, monkeypatch):
    monkeypatch.setattr(signals_page, "READ_AT_ONCE", 2 * CHUNK)
    monkeypatch.setattr(signals_page, "READ_CHUNK", CHUNK)
    trajectory(tmp_path / "p.drempel", 120)
    window.open_path(tmp_path / "p.drempel")
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    assert page.reading
    page.view.sortByColumn(page.model.SEVERITY, Qt.SortOrder.AscendingOrder)
    window.document.changed.emit("signals")
    assert not page.reading and page.model.rowCount() == 120
    severities = [line.severity for line in page.proxy.records()]
    assert severities == sorted(severities)
    assert "120 of 120 signals shown." in page.counts.text()


def test_partners_are_listed_from_columns_also_those_added_in_the_running_step(tmp_path):
    db = create_trajectory(tmp_path / "p.drempel", TrajectoryRecord(name="Lijst"))
    try:
        partners.add_partner(db, PartnerRecord("b", "Buurtwerk", "core", "caw", 2))
        partners.add_partner(db, PartnerRecord("a", "Armoede", "cooperating", "local_government", 2))
        with objects_loaded() as loaded, db.session():
            partners.add_partner(db, PartnerRecord("c", "Centrum", "core", "caw", 1))
            listed = partners.list_partners(db)
        assert loaded["Partner"] == 0
        assert listed == [PartnerRecord("c", "Centrum", "core", "caw", 1),
                          PartnerRecord("a", "Armoede", "cooperating", "local_government", 2),
                          PartnerRecord("b", "Buurtwerk", "core", "caw", 2)]
    finally:
        db.close()


def test_closing_the_file_while_reading_stops_the_reading(window, tmp_path, monkeypatch):
    monkeypatch.setattr(signals_page, "READ_AT_ONCE", 2 * CHUNK)
    trajectory(tmp_path / "p.drempel", 120)
    window.open_path(tmp_path / "p.drempel")
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    assert page.reading
    window.close_trajectory()  # the page goes later; its reading stops with the file
    assert not page.reading and not page._reading.isActive()
