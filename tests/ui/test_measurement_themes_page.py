"""The measurement page shows the themes beside the B's as a chart with its table, hides small
groups there as everywhere, and keeps the radar about the B's only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drempelmeter.domain.questionnaire import QUESTIONNAIRE_THEMES
from drempelmeter.domain.taxonomy import ALL_BS
from drempelmeter.ui.workspace import MEASUREMENT

ASSOCIATION = "Armoedevereniging Het Heuvelhuis"  # its management is a group of two


def table_rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[table.verticalHeaderItem(r).text()] + [table.item(r, c).text()
                                                    for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_themes_tab_shows_each_theme_per_group_and_hides_the_small_group(window, demo_file,
                                                                            qtbot):
    window.open_path(demo_file)
    window.workspace.show_section(MEASUREMENT)
    page = window.workspace.measurement_page
    page.round_combo.setCurrentIndex(page.round_combo.findText("Nulmeting",
                                                               Qt.MatchFlag.MatchStartsWith))
    page.partner_combo.setCurrentIndex(page.partner_combo.findText(ASSOCIATION))
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    themes_tab = titles.index("The&mes")
    page.tabs.setFocus()
    qtbot.keyClick(page.tabs, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == themes_tab

    chart = page.scores.themes
    columns = [chart.table.horizontalHeaderItem(c).text()
               for c in range(chart.table.columnCount())]
    assert columns == [*(t.en for t in QUESTIONNAIRE_THEMES), "Digitale toegang"]  # the region's
    rows = {row[0]: row[1:] for row in table_rows(chart.table)}
    # Management (two people) is hidden, and staff with it: the partner's total minus the
    # clients would give the two away.
    assert set(rows["Management"]) == set(rows["Staff"]) == {"hidden"}
    for name in ("Clients", "All groups", "Region"):
        assert all(value.replace(",", ".").replace(".", "", 1).isdigit()
                   for value in rows[name]), (name, rows[name])
    assert chart.empty.isHidden() and chart.canvas is not None and chart.canvas.isVisible()
    drawn = [text.get_text() for text in chart.canvas.figure.axes[0].texts]
    assert "hidden" in drawn  # a hidden cell is printed as the word, never as a number
    assert chart.table.accessibleName()

    page.tabs.setCurrentIndex(titles.index("R&adar"))
    radar = page.scores.radar.table
    spokes = [radar.horizontalHeaderItem(c).text() for c in range(radar.columnCount())]
    assert spokes and set(spokes) <= {t.en for t in ALL_BS}  # the radar stays about the B's

    page.tabs.setCurrentIndex(titles.index("Num&bers"))
    details = page.scores.details
    measured = {details.verticalHeaderItem(r).text() for r in range(details.rowCount())}
    assert {t.en for t in QUESTIONNAIRE_THEMES} <= measured
