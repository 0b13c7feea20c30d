"""The Hasselt themes beside the B's are scored like a B, with the same suppression, and travel
through the response forms and the report (workbook and PDF), while B-only views stay B-only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from drempelmeter.domain.questionnaire import QUESTIONNAIRE_THEMES
from drempelmeter.domain.report import HIDDEN, REGION
from drempelmeter.domain.scoring import ALL
from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import measurement, partners, trajectory
from drempelmeter.services.records import PartnerRecord, RespondentRecord
from drempelmeter.services.report import gather, write_report
from drempelmeter.services.response_forms import export_form, import_form

from ..exchange.test_report import pdf_text

#: Each person's answer to geb-1 (the building); the staff also answer bek-1 with 4.
#: CAW's two clients are a small group (threshold 3) and are hidden. Then CAW's staff go (CAW's
#: total minus its staff gives the clients away), DMW's clients (the smallest left in the
#: clients' column, else that column gives CAW's clients away) and DMW's staff (else the staff
#: column gives CAW's staff back, and with it CAW's clients). OCMW's cells stay shown.
PEOPLE = {("caw", "staff"): [4, 5, 3], ("caw", "clients"): [2, 1],
          ("ocmw", "staff"): [2, 2, 2], ("ocmw", "clients"): [1, 2, 3],
          ("dmw", "staff"): [3, 3, 3], ("dmw", "clients"): [4, 4, 5]}


@pytest.fixture
def db(new_db):
    partners.add_partner(new_db, PartnerRecord("caw", "CAW Midden", "core", "caw"))
    partners.add_partner(new_db, PartnerRecord("ocmw", "OCMW Stad", "core", "local_government"))
    partners.add_partner(new_db, PartnerRecord("dmw", "DMW Zuid", "core", "dmw"))
    trajectory.update_trajectory(new_db, replace(trajectory.get_trajectory(new_db),
                                                 suppression_threshold=3))
    questionnaire = read_questionnaire(questionnaires_dir() / "standaard.yaml")
    measurement.start_round(new_db, "r1", "baseline", "Nulmeting", date(2026, 9, 1),
                            questionnaire)
    measurement.add_respondents(new_db, [
        RespondentRecord(f"{p}-{g}-{i}", "r1", p, g,
                         ((("bek-1", 4, None),) if g == "staff" else ()) + (("geb-1", v, None),))
        for (p, g), values in PEOPLE.items() for i, v in enumerate(values)])
    return new_db


def test_a_theme_is_scored_and_suppressed_like_a_b_by_hand(db):
    scores = measurement.round_scores(db, "r1")
    cell = scores.get("ocmw", "staff", "gebouw")
    assert (cell.suppressed, cell.respondents, cell.mean) == (False, 3, 2.0)
    assert cell.distribution == (0, 3, 0, 0, 0)
    assert scores.get("ocmw", "clients", "gebouw").mean == 2.0
    small = scores.get("caw", "clients", "gebouw")
    assert small.suppressed and small.small_group and small.mean is None
    for partner, group in (("caw", "staff"), ("dmw", "clients"), ("dmw", "staff")):
        guard = scores.get(partner, group, "gebouw")
        assert guard.suppressed and not guard.small_group, (partner, group)
    assert scores.get("caw", ALL, "gebouw").mean == 3.0  # (4 + 5 + 3 + 2 + 1) / 5
    assert scores.get(ALL, "clients", "gebouw").mean == 2.75  # (2+1 + 1+2+3 + 4+4+5) / 8
    assert scores.get(ALL, ALL, "gebouw").mean == 2.88  # (12 + 6 + 9 + 3 + 6 + 13) / 17
    # The theme's small group hides nothing of a B the same staff answered: a B's table and
    # a theme's are separate tables.
    for partner in ("caw", "ocmw", "dmw"):
        assert scores.get(partner, "staff", "bekendheid").mean == 4.0
    # B-only views stay B-only: the round's items carry the theme, the B list does not.
    [record] = measurement.list_rounds(db)
    assert {b for _item, b in record.items} >= set(QUESTIONNAIRE_THEMES.ordered_keys())


def test_the_report_carries_the_themes_in_the_pdf_and_the_workbook(db, tmp_path):
    measurement.close_round(db, "r1", date(2026, 10, 1))
    part = gather(db, date(2026, 12, 1)).measurement
    assert part.theme_labels == [t.nl for t in QUESTIONNAIRE_THEMES]
    assert "Het gebouw" not in part.b_labels  # the radar and the B tables stay B-only
    themes = dict(part.themes)
    assert themes["CAW Midden"][0] == 3.0 and themes[REGION][0] == 2.88
    assert themes["Cliënten"][0] == 2.75 and themes["Medewerkers"][0] == 3.0
    pdf, book = tmp_path / "rapport.pdf", tmp_path / "rapport.xlsx"
    write_report(db, date(2026, 12, 1), pdf=pdf, xlsx=book)
    text = pdf_text(pdf)
    assert "Thema’s naast de B’s" in text and "Het gebouw" in text
    assert "Participatie van kansengroepen" in text
    sheet = openpyxl.load_workbook(book)["Meting thema's"]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert [c.value for c in sheet[1]][1:] == part.theme_labels
    assert rows["CAW Midden"][0] == 3.0 and rows[REGION][0] == 2.88
    assert rows["Cliënten"][0] == 2.75
    assert rows["DMW Zuid"][0] == 3.67  # (9 + 13) / 6: its cells are hidden, its total is not
    # No hidden cell shows up as a number: the per-partner-and-group cells are not in this
    # sheet, and in the measurement sheet the theme is absent.
    assert "Het gebouw" not in [c.value for c in openpyxl.load_workbook(book)["Meting"][1]]
    assert HIDDEN not in rows["CAW Midden"]


def test_a_filled_form_with_theme_answers_imports(db, tmp_path):
    out = tmp_path / "form.xlsx"
    export_form(db, out, "r1", "caw", "staff")
    book = openpyxl.load_workbook(out)
    sheet = book["Antwoorden"]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    assert {"geb-1", "com-1", "par-4"} <= set(rows)
    assert sheet.cell(row=rows["geb-1"], column=2).value == "Het gebouw"
    assert sheet.cell(row=rows["par-1"], column=2).value == "Participatie van kansengroepen"
    column = 4 + 3  # the first empty questionnaire, after the three entered ones
    for item, value in (("geb-1", 5), ("com-2", 2), ("par-3", "weet niet")):
        sheet.cell(row=rows[item], column=column, value=value)
    book.save(out)
    report = import_form(db, out)
    assert (report.added, report.problems, report.written) == (1, (), True)
    new = [r for r in measurement.list_respondents(db, "r1", "caw", "staff")
           if r.id not in {f"caw-staff-{i}" for i in range(3)}]
    assert [r.answers for r in new] == [(("com-2", 2, None), ("geb-1", 5, None),
                                          ("par-3", None, "dont_know"))]
    again = import_form(db, out)
    assert (again.added, again.updated) == (0, 0)
