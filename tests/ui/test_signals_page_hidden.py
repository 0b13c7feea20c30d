"""The signals page hidden while the file changes, by the work it does (not timed): it reads the
signals again when it is shown next, once, not at each edit made elsewhere (at a province's
100,000 signals each reading froze the window for two seconds)."""

from __future__ import annotations

from drempelmeter.services import signal_lines, signals
from drempelmeter.services.records import SignalRecord
from drempelmeter.ui.workspace import BARRIERS, SIGNALS


def test_edits_elsewhere_are_read_when_the_page_is_shown(window, demo_file, monkeypatch):
    window.open_path(demo_file)
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    before = page.model.rowCount()
    read: list[int] = []
    list_lines = signal_lines.list_signal_lines
    monkeypatch.setattr(signal_lines, "list_signal_lines",
                        lambda db: (read.append(1), list_lines(db))[1])

    window.workspace.show_section(BARRIERS)
    partner = page._partners[0].id
    for n in range(3):  # three edits while the page is hidden: nothing read
        signals.add_signals(window.document.db, [SignalRecord(
            f"new{n}", partner, f"Nieuw gemeld probleem {n}", "bereikbaarheid")])
        window.document.changed.emit("signals")
    assert read == [] and page.model.rowCount() == before

    window.workspace.show_section(SIGNALS)  # read once, with every edit in it
    assert read == [1] and page.model.rowCount() == before + 3
    assert f"{before + 3} of {before + 3} signals shown." in page.counts.text()
    signals.add_signals(window.document.db, [SignalRecord(
        "shown", partner, "Gemeld terwijl de lijst open staat", "bereikbaarheid")])
    window.document.changed.emit("signals")  # shown: read at once
    assert read == [1, 1] and page.model.rowCount() == before + 4


def test_many_signals_are_let_go_before_they_are_read_again(window, tmp_path, monkeypatch,
                                                           qtbot):
    """More than are read at once: shown after an edit elsewhere, the page holds none of the
    lines it read before while it reads them again, a chunk at a time as when it opened."""
    from drempelmeter.ui import signals_page

    from .test_signals_page_scale import trajectory

    monkeypatch.setattr(signals_page, "READ_AT_ONCE", 50)
    monkeypatch.setattr(signals_page, "READ_CHUNK", 25)
    monkeypatch.setattr(signals_page, "FIRST_SCREEN", 10)
    trajectory(tmp_path / "p.drempel", 120)
    window.open_path(tmp_path / "p.drempel")
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    qtbot.waitUntil(lambda: not page.reading, timeout=10_000)
    held: list[int] = []  # the lines the list held as each chunk was read
    read_more = signal_lines.LinesReader.read_more
    monkeypatch.setattr(signal_lines.LinesReader, "read_more",
                        lambda reader: (held.append(page.model.rowCount()), read_more(reader))[1])
    window.workspace.show_section(BARRIERS)
    signals.add_signals(window.document.db, [SignalRecord(
        "new", "p2", "Nieuw gemeld probleem", "bereikbaarheid")])
    window.document.changed.emit("signals")
    assert held == [] and page.model.rowCount() == 120  # hidden: nothing read yet

    window.workspace.show_section(SIGNALS)
    assert page.reading and page.model.rowCount() == 10  # the first screen, the rest let go
    qtbot.waitUntil(lambda: not page.reading, timeout=10_000)
    assert held and max(held) < 50  # never the 120 read before beside those read again
    assert page.model.rowCount() == 121
    assert page.model.rows() == signal_lines.list_signal_lines(window.document.db)
