"""Excel response forms: export, fill, import; all or nothing, idempotent, LibreOffice files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drempelmeter.domain.scoring import DONT_KNOW, NOT_APPLICABLE
from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import measurement
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.response_forms import export_form, import_form

from .response_setup import ENTERED, PARTNER_ID, ROUND_ID, build

FORMS = Path(__file__).resolve().parent.parent / "fixtures" / "forms"


@pytest.fixture
def db(tmp_path):
    handle = build(tmp_path / "form.drempel")
    yield handle
    handle.close()


def staff(db):  # type: ignore[no-untyped-def]
    return {r.id: dict((i, (v, s)) for i, v, s in r.answers)
            for r in measurement.list_respondents(db, ROUND_ID, PARTNER_ID, "staff")}


def test_the_form_has_one_row_per_question_and_the_entered_forms_filled_in(db, tmp_path):
    out = tmp_path / "form.xlsx"
    assert export_form(db, out, ROUND_ID, PARTNER_ID, "staff").count == 2
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Uitleg", "Antwoorden", "Info"]
    assert book["Info"].sheet_state == "hidden"
    sheet = book["Antwoorden"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Code", "B", "Vraag", "Vragenlijst 1", "Vragenlijst 2"]
    assert len(header) == 3 + 2 + 15
    assert sheet.max_row == 1 + 36 and sheet["A2"].value == "bek-1"
    assert sheet["B2"].value == "Bekendheid" and sheet["C2"].value
    assert (sheet["D2"].value, sheet["E2"].value, sheet["F2"].value) == ("3", "4", None)
    [rule] = sheet.data_validations.dataValidation
    assert rule.formula1 == '"1,2,3,4,5,weet niet,n.v.t."' and "D2" in str(rule.sqref)


def test_clients_read_the_easy_language_wording(db, tmp_path):
    from drempelmeter.exchange.questionnaire_file import read_questionnaire
    from drempelmeter.paths import questionnaires_dir

    out = tmp_path / "clients.xlsx"
    export_form(db, out, ROUND_ID, PARTNER_ID, "client")
    first = next(read_questionnaire(questionnaires_dir() / "standaard.yaml").items())
    wording = first.wording("client")
    assert openpyxl.load_workbook(out)["Antwoorden"]["C2"].value == (wording.easy_nl or
                                                                     wording.nl)



@pytest.mark.parametrize(("group", "easy"), [("clients", True), ("lived_experience", False)])
def test_clients_and_lived_experience_experts_each_get_a_form_with_the_clients_questions(
        db, tmp_path, group, easy):
    from drempelmeter.exchange.questionnaire_file import read_questionnaire
    from drempelmeter.paths import questionnaires_dir

    out = tmp_path / f"{group}.xlsx"
    export_form(db, out, ROUND_ID, PARTNER_ID, group)
    first = next(read_questionnaire(questionnaires_dir() / "standaard.yaml").items())
    wording = first.wording("client")
    assert wording.easy_nl and wording.easy_nl != wording.nl
    expected = wording.easy_nl if easy else wording.nl
    assert openpyxl.load_workbook(out)["Antwoorden"]["C2"].value == expected
    sheet = openpyxl.load_workbook(out)["Antwoorden"]
    sheet["D2"] = 4
    sheet.parent.save(out)
    report = import_form(db, out)
    assert (report.added, report.written, report.problems) == (1, True, ())
    [answered] = measurement.list_respondents(db, ROUND_ID, PARTNER_ID, group)
    assert answered.answers[0][1] == 4


def test_round_trip_then_reimport_changes_nothing(db, tmp_path):
    out = tmp_path / "form.xlsx"
    export_form(db, out, ROUND_ID, PARTNER_ID, "staff")
    book = openpyxl.load_workbook(out)
    sheet = book["Antwoorden"]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row=row, column=6, value=5)  # a third questionnaire
    sheet["F3"] = "Weet niet"
    sheet["F4"] = "nvt"
    sheet["G2"] = 2  # a fourth, with one answer
    sheet["D2"] = 1  # an entered form, corrected
    book.save(out)

    report = import_form(db, out)
    assert (report.added, report.updated, report.unchanged, report.written) == (2, 1, 1, True)
    forms = staff(db)
    assert len(forms) == 4 and forms[ENTERED[0]]["bek-1"] == (1, None)
    third = next(f for i, f in forms.items() if i not in ENTERED and len(f) == 36)
    assert third["bek-2"] == (None, DONT_KNOW) and third["bek-3"] == (None, NOT_APPLICABLE)
    assert third["bek-4"] == (5, None)

    again = import_form(db, out)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
    assert staff(db) == forms


def test_one_wrong_answer_rejects_the_whole_form_and_says_where(db, tmp_path):
    out = tmp_path / "form.xlsx"
    export_form(db, out, ROUND_ID, PARTNER_ID, "staff")
    book = openpyxl.load_workbook(out)
    sheet = book["Antwoorden"]
    sheet["F2"], sheet["F3"], sheet["G2"] = 4, "zeven", 2
    sheet["A40"], sheet["F40"] = "xyz-9", 3
    book.save(out)
    before = staff(db)
    report = import_form(db, out)
    assert not report.written and staff(db) == before
    where = {(p.row, p.column): p for p in report.problems}
    assert set(where) == {(3, "F"), (40, "A")}
    assert where[(3, "F")].value == "zeven" and "weet niet" in where[(3, "F")].allowed
    assert where[(3, "F")].sheet == "Antwoorden" and where[(3, "F")].header == "Vragenlijst 3"

    partial = import_form(db, out, valid_columns_only=True)
    assert partial.written and partial.added == 1 and partial.skipped_columns == 1
    assert len(staff(db)) == 3


def test_a_dry_run_writes_nothing(db, tmp_path):
    out = tmp_path / "form.xlsx"
    export_form(db, out, ROUND_ID, PARTNER_ID, "staff")
    book = openpyxl.load_workbook(out)
    book["Antwoorden"]["F2"] = 4
    book.save(out)
    report = import_form(db, out, dry_run=True)
    assert report.added == 1 and not report.written and len(staff(db)) == 2


def test_a_closed_round_takes_no_form(db, tmp_path):
    out = tmp_path / "form.xlsx"
    export_form(db, out, ROUND_ID, PARTNER_ID, "staff")
    book = openpyxl.load_workbook(out)
    book["Antwoorden"]["F2"] = 4
    book.save(out)
    measurement.close_round(db, ROUND_ID, date(2026, 10, 1))
    with pytest.raises(InvalidInput) as refused:
        import_form(db, out)
    assert refused.value.problem == InvalidInput.CLOSED and len(staff(db)) == 2


def test_a_form_of_another_trajectory_or_a_bundle_is_refused(db, tmp_path, demo_file):
    from drempelmeter.services.bundles import export_template
    from drempelmeter.services.trajectory import open_trajectory

    other = open_trajectory(demo_file)
    try:
        bundle = tmp_path / "bundle.xlsx"
        export_template(other, "CAW Demervallei", bundle)
        [baseline, *_] = measurement.list_rounds(other)
        form = tmp_path / "other.xlsx"
        export_form(other, form, baseline.id, measurement.list_respondents(
            other, baseline.id)[0].partner_id, "staff")
    finally:
        other.close()
    with pytest.raises(WorkbookError) as refused:
        import_form(db, bundle)
    assert refused.value.kind == WorkbookError.NO_ANSWER_SHEET
    with pytest.raises(WorkbookError) as refused:
        import_form(db, form)
    assert refused.value.kind == WorkbookError.OTHER_TRAJECTORY


def test_forms_saved_by_libreoffice_import(db):
    report = import_form(db, FORMS / "caw_staff_filled_libreoffice.xlsx")
    assert (report.added, report.updated, report.unchanged, report.problems) == (3, 1, 1, ())
    forms = staff(db)
    assert forms[ENTERED[0]]["bek-1"] == (1, None)
    new = [f for i, f in forms.items() if i not in ENTERED]
    assert {f["bek-1"] for f in new} == {(None, DONT_KNOW), (1, None), (4, None)}
    assert import_form(db, FORMS / "caw_staff_filled_libreoffice.xlsx").unchanged == 5


def test_libreoffice_form_with_mistakes_names_each_cell(db):
    report = import_form(db, FORMS / "caw_staff_with_mistakes_libreoffice.xlsx")
    assert not report.written and len(staff(db)) == 2
    assert sorted((p.row, p.column, p.value) for p in report.problems) == [
        (2, "F", "6"), (3, "G", "ja"), (5, "H", "0")]


ANSWER_CELL = st.one_of(
    st.none(), st.sampled_from(["1", "5", "weet niet", "N.V.T.", "w", " 3 ", "zes", "=1+1", ""]),
    st.integers(-3, 9), st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(), st.text(max_size=12, alphabet=st.characters(blacklist_categories=("Cs", "Cc"))),
)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cells=st.lists(st.tuples(st.integers(2, 40), st.integers(1, 9), ANSWER_CELL), max_size=12),
       valid_only=st.booleans())
def test_any_cell_values_import_all_or_nothing(db, tmp_path_factory, cells, valid_only):
    out = tmp_path_factory.mktemp("h") / "form.xlsx"
    export_form(db, out, ROUND_ID, PARTNER_ID, "staff")
    book = openpyxl.load_workbook(out)
    for row, column, value in cells:
        book["Antwoorden"].cell(row=row, column=column, value=value)
    book.save(out)
    before = staff(db)
    try:
        report = import_form(db, out, valid_columns_only=valid_only)
    except (WorkbookError, InvalidInput):
        assert staff(db) == before
        return
    if not report.written:
        assert report.problems and not valid_only and staff(db) == before
        return
    assert len(staff(db)) == len(before) + report.added
    assert import_form(db, out, valid_columns_only=True).added == 0


def test_two_columns_under_one_heading_are_refused_naming_both(db):
    """Columns F and G both headed "Vragenlijst 3", saved by LibreOffice: the second would
    silently replace the first, so the form is refused and both columns are named."""
    before = staff(db)
    report = import_form(db, FORMS / "caw_staff_two_columns_one_heading_libreoffice.xlsx")
    assert not report.written and staff(db) == before
    assert {(p.row, p.column, p.problem) for p in report.problems} == {
        (1, "F", "the same heading as column G"), (1, "G", "the same heading as column F")}
    partial = import_form(db, FORMS / "caw_staff_two_columns_one_heading_libreoffice.xlsx",
                          valid_columns_only=True)
    assert partial.added == 1 and len(staff(db)) == len(before) + 1  # H only; F and G wait


def test_a_closed_round_is_said_at_export_in_the_form_and_at_import(db, tmp_path):
    from drempelmeter.services.response_forms import RoundClosed

    measurement.close_round(db, ROUND_ID, date(2026, 10, 15))
    out = tmp_path / "form.xlsx"
    exported = export_form(db, out, ROUND_ID, PARTNER_ID, "staff")
    assert exported.closed_on == date(2026, 10, 15) and exported.round_name == "Nulmeting 2026"
    guide = [c.value for c in openpyxl.load_workbook(out)["Uitleg"]["A"]]
    assert any("afgesloten sinds 15-10-2026" in (text or "") for text in guide)
    with pytest.raises(RoundClosed) as refused:
        import_form(db, FORMS / "caw_staff_filled_libreoffice.xlsx", dry_run=True)
    assert str(refused.value) == ("the round 'Nulmeting 2026' is closed since 15-10-2026: its "
                                  "answers can no longer change")
    assert isinstance(refused.value, InvalidInput)  # the window words it as before


def test_formatting_far_away_does_not_make_a_form_too_large(db, tmp_path):
    from openpyxl.styles import PatternFill

    out = tmp_path / "form.xlsx"
    export_form(db, out, ROUND_ID, PARTNER_ID, "staff")
    book = openpyxl.load_workbook(out)
    sheet = book["Antwoorden"]
    sheet.cell(row=5000, column=700).fill = PatternFill("solid", fgColor="FFFF00")
    sheet["F2"] = 4
    book.save(out)
    report = import_form(db, out)
    assert report.written and report.added == 1
