"""The signals page with a province's many partners, by the work it does (not timed): the
numbers above the list name the busiest partners and count the rest, and the Partner × B chart
draws the busiest ones (its texts do not grow with the partners) while its table lists all."""

from __future__ import annotations

from pathlib import Path

from drempelmeter.charts.signal_charts import HEATMAP_PARTNERS
from drempelmeter.services import partners, signals
from drempelmeter.services.records import PartnerRecord, SignalRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.ui import signals_page
from drempelmeter.ui.workspace import SIGNALS

PARTNERS = 40


def trajectory(path: Path) -> Path:
    """PARTNERS partners, partner n with n + 1 signals (the last one the busiest); only
    partner 3's mention the phone."""
    db = create_trajectory(path, TrajectoryRecord(name="Provincie"))
    try:
        for n in range(PARTNERS):
            partners.add_partner(db, PartnerRecord(f"p{n:02}", f"Partner {n:02}", "core", "caw"))
        signals.add_signals(db, [SignalRecord(
            f"s{n:02}{k:02}", f"p{n:02}",
            f"Wachtlijst aan de {'telefoon' if n == 3 else 'balie'} {n} {k}", "bereikbaarheid")
            for n in range(PARTNERS) for k in range(n + 1)])
    finally:
        db.close()
    return path


def test_many_partners_are_named_busiest_first_and_charted_up_to_a_limit(window, tmp_path):
    window.open_path(trajectory(tmp_path / "p.drempel"))
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    assert not page.reading and page.model.rowCount() == PARTNERS * (PARTNERS + 1) // 2

    text = page.counts.text()
    named = [f"Partner {n:02} {n + 1}" for n in range(PARTNERS - 1, -1, -1)]
    shown = signals_page.NAMED_PARTNERS
    assert ", ".join(named[:shown]) in text
    assert not any(name in text for name in named[shown:])
    assert f"and {PARTNERS - shown} more partners" in text

    page.tabs.setCurrentWidget(page.heatmap)
    axes = page.heatmap.canvas.figure.axes[0]
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert labels == [f"Partner {n:02}" for n in range(PARTNERS - 1, -1, -1)][:HEATMAP_PARTNERS]
    table = page.heatmap.table
    assert [t.get_text() for t in axes.texts] == [  # a count in each drawn cell, no more
        table.item(n, c).text() for n in range(PARTNERS - 1, PARTNERS - 1 - HEATMAP_PARTNERS, -1)
        for c in range(table.columnCount())]
    assert f"The {HEATMAP_PARTNERS} partners with the most signals, of {PARTNERS}" in (
        axes.get_title())
    assert table.rowCount() == PARTNERS  # the chart's text alternative holds every partner
    assert [table.verticalHeaderItem(r).text() for r in range(PARTNERS)] == [
        f"Partner {n:02}" for n in range(PARTNERS)]

    page.search.setText("telefoon")  # partner 3's signals alone: the others count 0
    assert "4 of 820 signals shown." in page.counts.text()
    assert "Partner 03 4, Partner 00 0" in page.counts.text()
    axes = page.heatmap.canvas.figure.axes[0]
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert labels[:2] == ["Partner 03", "Partner 00"] and len(labels) == HEATMAP_PARTNERS
