"""Layout and wording follow-ups on a 1280×720 laptop: the Partner × B tables without scrolling
sideways (in both languages), the barrier list's "Rank in round" on two lines, the empty
signals box saying what to do, and one date style for shown and edited dates."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from drempelmeter.services import trajectory
from drempelmeter.ui.barrier_list_model import BarrierListModel
from drempelmeter.ui.formats import format_date
from drempelmeter.ui.widgets import date_edit
from drempelmeter.ui.workspace import BARRIERS, DETAILS, MEASUREMENT, SIGNALS

from .test_column_room import shown


def fits(table) -> bool:  # type: ignore[no-untyped-def]
    """Every column whole in the table's width: no scrolling sideways."""
    header = table.horizontalHeader()
    return (not table.horizontalScrollBar().isVisible()
            and header.length() <= table.viewport().width())


def headers(table) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def partner_b_tables(window, demo_file, qtbot):  # type: ignore[no-untyped-def]
    """The Signals page's and the Measurement page's Partner × B tables, each shown at
    1280×720."""
    signals = shown(window, demo_file, qtbot, SIGNALS, 1280, 720)
    signals.tabs.setCurrentWidget(signals.heatmap)
    qtbot.wait(20)
    yield signals.heatmap.table
    window.workspace.show_section(MEASUREMENT)
    measurement = window.workspace.measurement_page
    measurement.tabs.setCurrentWidget(measurement.scores.tabs()[1][0])
    qtbot.wait(20)
    yield measurement.scores.heatmap.table


def test_the_partner_b_tables_fit_a_laptop_with_the_bs_on_two_lines(window, demo_file, qtbot):
    for table in partner_b_tables(window, demo_file, qtbot):
        assert table.columnCount() == 9 and fits(table), table.objectName()
        # a B split before the ending the others share; read whole with the break as a hyphen
        assert "Reach-\nability" in headers(table) and "Awareness" in headers(table)
        assert [h.replace("-\n", "") for h in headers(table)][:3] == [
            "Awareness", "Reachability", "Availability"]


def test_the_partner_b_tables_fit_a_laptop_in_dutch(dutch, window, demo_file, qtbot):
    for table in partner_b_tables(window, demo_file, qtbot):
        # the nine Dutch B's on one line each took 971 of the table's 1000 pixels
        assert fits(table), table.objectName()
        assert headers(table)[:2] == ["Bekend-\nheid", "Bereik-\nbaarheid"]
    # the first window on a 1280 laptop: the partners give up width (it scrolled a pixel)
    window.resize(1152, 648)
    qtbot.wait(20)
    assert fits(table)
    names = table.verticalHeader()
    assert names.width() < names.sizeHint().width()
    assert table.verticalHeaderItem(0).toolTip() == table.verticalHeaderItem(0).text()


def test_barrier_list_signals_box_and_the_start_date_on_a_laptop(window, demo_file, qtbot):
    page = shown(window, demo_file, qtbot, BARRIERS, 1152, 648)  # the first window's size
    table, rank = page.table, BarrierListModel.ROUND_RANK
    head = page.model.headerData(rank, Qt.Orientation.Horizontal)
    assert "\n" in head and head.replace("\n", " ") == "Rank in round"
    one_line = table.horizontalHeader().fontMetrics().horizontalAdvance("Rank in round")
    assert table.columnWidth(rank) < one_line  # it took 105 px for a single digit

    members = page.members
    assert page.selected_ids() == [] and members.count() == 0
    assert members.placeholder_shown
    assert members.accessibleDescription() == "Choose a barrier to see its signals."
    blank_box = members.viewport().grab().toImage()
    assert len({blank_box.pixel(x, y) for x in range(blank_box.width())
                for y in range(0, blank_box.height(), 2)}) > 1  # the line is drawn
    table.selectRow(0)
    assert members.count() > 0 and not members.placeholder_shown
    assert members.accessibleDescription() == ""
    page.search.field.setText("zzzz")  # the search hides the chosen barrier
    assert page.selected_ids() == [] and members.count() == 0 and members.placeholder_shown
    page.search.field.clear()

    window.workspace.show_section(DETAILS)
    details = window.workspace.details_page
    started = trajectory.get_trajectory(window.document.db).start_date
    assert started is not None and details.start.text() == format_date(started)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_date_field_reads_as_dates_read_elsewhere(language, request):
    if language == "nl":
        request.getfixturevalue("dutch")
    day = date(2024, 12, 31)
    edit = date_edit(day)
    assert edit.text() == format_date(day) == ("31 Dec 2024" if language == "en"
                                               else "31 dec 2024")
