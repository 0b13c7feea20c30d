"""The report's workbook and PDF hide the measurement cells the screen hides."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from drempelmeter.domain.questionnaire import RESPONDENT_GROUPS
from drempelmeter.domain.report import HIDDEN, REGION
from drempelmeter.domain.scoring import ALL, DONT_KNOW
from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import measurement, partners
from drempelmeter.services.records import PartnerRecord, RespondentRecord
from drempelmeter.services.report import write_report
from drempelmeter.ui.score_views import Hidden, cell_text

from .test_report import pdf_text

NAMES = {"caw": "CAW Midden", "ocmw": "OCMW Stad", "dmw": "Dienst Maatschappelijk Werk"}
TYPES = {"caw": "caw", "ocmw": "local_government", "dmw": "dmw"}
#: Per partner and group, each person's answer to bek-1 ('w' is weet niet). CAW is the issue's
#: example: 6 staff, 1 manager, 1 client; DMW's staff are two, one of whom said "weet niet".
PEOPLE = {("caw", "staff"): [4, 3, 4, 5, 4, 3], ("caw", "management"): [2],
          ("caw", "client"): [1],
          ("ocmw", "staff"): [3, 4, 4, 2, 3, 5, 4], ("ocmw", "management"): [3, 3, 4, 2, 4],
          ("ocmw", "client"): [2, 2, 3, 1, 2, 3],
          ("dmw", "staff"): [5, "w"], ("dmw", "client"): [3, 4, 2, 3, 3, 4, 2, 3]}


@pytest.fixture
def db(new_db):
    for key, name in NAMES.items():
        partners.add_partner(new_db, PartnerRecord(key, name, "core", TYPES[key]))
    questionnaire = read_questionnaire(questionnaires_dir() / "standaard.yaml")
    measurement.start_round(new_db, "r1", "baseline", "Nulmeting", date(2026, 9, 1),
                            questionnaire)
    measurement.add_respondents(new_db, [
        RespondentRecord(f"{p}-{g}-{i}", "r1", p, g, (
            ("bek-1", None, DONT_KNOW) if v == "w" else ("bek-1", v, None),))
        for (p, g), values in PEOPLE.items() for i, v in enumerate(values)])
    measurement.close_round(new_db, "r1", date(2026, 10, 1))
    return new_db


def workbook_cells(path) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The Meting sheet's first B (bekendheid) per row name."""
    sheet = openpyxl.load_workbook(path)["Meting"]
    assert sheet.cell(1, 2).value == "Bekendheid"
    return {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}


def test_the_workbook_and_pdf_hide_the_cells_the_screen_hides(db, tmp_path, qapp):
    out = tmp_path / "rapport.xlsx"
    write_report(db, date(2026, 12, 1), xlsx=out, pdf=tmp_path / "rapport.pdf")
    printed = workbook_cells(out)
    screen = measurement.round_scores(db, "r1")  # what the measurement page asks
    labels = {t.key: t.label("nl") for t in RESPONDENT_GROUPS}
    expected = {REGION: (ALL, ALL)} | {NAMES[p]: (p, ALL) for p in NAMES} | {
        labels[g]: (ALL, g) for g in labels} | {
        f"{NAMES[p]} · {labels[g]}": (p, g) for p, g in PEOPLE}
    for name, (partner, group) in expected.items():
        on_screen = isinstance(cell_text(screen.get(partner, group, "bekendheid")), Hidden)
        assert (printed[name] == HIDDEN) == on_screen, name
    # The example: the manager and client of CAW cannot be had from total minus staff.
    caw = [printed[f"CAW Midden · {labels[g]}"] for g in ("staff", "management", "client")]
    assert caw[1] == caw[2] == HIDDEN
    assert caw[0] == HIDDEN or printed["CAW Midden"] == HIDDEN
    # DMW's staff mean would rest on one person.
    assert printed["Dienst Maatschappelijk Werk · Medewerkers"] == HIDDEN
    assert printed["Toelichting"].startswith("Verborgen: ")
    text = pdf_text(tmp_path / "rapport.pdf")
    assert printed["Toelichting"] in text


def test_a_partners_report_keeps_its_own_groups(db, tmp_path):
    # In the regional table OCMW's managers and clients are hidden beside CAW's small groups;
    # OCMW's own report does not publish CAW's cells, so it shows them.
    regional = measurement.round_scores(db, "r1")
    assert all(regional.get("ocmw", g, "bekendheid").suppressed
               for g in ("management", "client"))
    out = tmp_path / "ocmw.xlsx"
    write_report(db, date(2026, 12, 1), xlsx=out, partner="OCMW Stad")
    printed = workbook_cells(out)
    own = measurement.round_scores(db, "r1", ["ocmw"])
    for group in ("staff", "management", "client"):
        label = RESPONDENT_GROUPS.label(group, "nl")
        assert printed[label] == own.get("ocmw", group, "bekendheid").mean != HIDDEN
    assert printed["OCMW Stad"] == own.get("ocmw", ALL, "bekendheid").mean
    assert printed["Toelichting"] == "Er is niets verborgen."
