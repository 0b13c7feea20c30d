"""The feedback tab shows a partner the figures of its own report: another partner's small
group hides none of its groups."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QSplitter

from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import measurement, partners, trajectory
from drempelmeter.services.records import PartnerRecord, RespondentRecord, TrajectoryRecord
from drempelmeter.ui.workspace import BARRIERS

from ..exchange.test_partner_suppression import PEOPLE


def test_the_feedback_radar_shows_the_partners_own_groups(window, tmp_path):
    path = tmp_path / "klein.drempel"
    db = trajectory.create_trajectory(path, TrajectoryRecord(name="Klein"))
    try:
        partners.add_partner(db, PartnerRecord("caw", "CAW Midden", "core", "caw"))
        partners.add_partner(db, PartnerRecord("ocmw", "OCMW Stad", "core", "local_government"))
        measurement.start_round(db, "r1", "baseline", "Nulmeting", date(2026, 9, 1),
                                read_questionnaire(questionnaires_dir() / "standaard.yaml"))
        measurement.add_respondents(db, [
            RespondentRecord(f"{p}-{g}-{i}", "r1", p, g, (("bek-1", v, None),))
            for (p, g), values in PEOPLE.items() for i, v in enumerate(values)])
        measurement.close_round(db, "r1", date(2026, 10, 1))
    finally:
        db.close()
    window.open_path(path)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.tabs.setCurrentWidget(page.feedback)
    view = page.feedback
    view.partner.setCurrentIndex(view.partner.findText("CAW Midden"))
    radar = view.scores.radar.table
    rows = {radar.verticalHeaderItem(r).text(): radar.item(r, 0).text()
            for r in range(radar.rowCount())}
    assert rows["Staff"] not in ("hidden", "") and rows["Management"] not in ("hidden", "")
    view.partner.setCurrentIndex(view.partner.findText("OCMW Stad"))
    rows = {radar.verticalHeaderItem(r).text(): radar.item(r, 0).text()
            for r in range(radar.rowCount())}
    assert rows["Staff"] == "hidden"  # its own two people: never a number


def test_without_a_closed_measurement_the_tables_take_the_radar_s_room(window, qtbot, tmp_path):
    path = tmp_path / "nog-niet-gemeten.drempel"
    db = trajectory.create_trajectory(path, TrajectoryRecord(name="Nog niet gemeten"))
    try:
        partners.add_partner(db, PartnerRecord("caw", "CAW Midden", "core", "caw"))
    finally:
        db.close()
    window.resize(1280, 720)
    window.open_path(path)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.tabs.setCurrentWidget(page.feedback)
    view = page.feedback
    assert not view.radar_tab.isVisible()
    assert "No measurement is closed yet" in view.summary.text()
    parts = view.findChild(QSplitter, "feedbackParts")
    qtbot.waitUntil(lambda: view.barriers_table.height() >= parts.height() * 0.9)
