"""A response form saved by LibreOffice as .ods or .xls imports like the same form as .xlsx; a
formula typed into an answer is refused in every format, with its sheet, row and column."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drempelmeter.exchange.response_reader import is_response_form
from drempelmeter.services import measurement
from drempelmeter.services.response_forms import import_form
from drempelmeter.services.trajectory import open_trajectory

from .response_setup import PARTNER_ID, ROUND_ID, build

FORMS = Path(__file__).resolve().parent.parent / "fixtures" / "forms"
BUNDLES = Path(__file__).resolve().parent.parent / "fixtures" / "bundles"
FORMATS = ("xlsx", "ods", "xls")


def stored(db) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    return {r.id: r.answers
            for r in measurement.list_respondents(db, ROUND_ID, PARTNER_ID, "staff")}


def outcome(tmp_path: Path, name: str, dry_run: bool = False):  # type: ignore[no-untyped-def]
    """What importing `name` into a fresh trajectory reports, and what it stores."""
    db = build(tmp_path / f"{name}.drempel")
    try:
        report = import_form(db, FORMS / name, dry_run=dry_run)
        return report, stored(db)
    finally:
        db.close()


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_a_libreoffice_form_imports_the_same_answers_as_the_xlsx(tmp_path, suffix):
    xlsx_report, xlsx_answers = outcome(tmp_path, "caw_staff_filled_libreoffice.xlsx")
    report, answers = outcome(tmp_path, f"caw_staff_filled_libreoffice.{suffix}")
    assert report.written and report.problems == ()
    assert (report.added, report.updated, report.unchanged) == (3, 1, 1)
    assert report == xlsx_report
    assert answers == xlsx_answers and len(answers) == 5


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_the_mistakes_are_named_at_the_same_cells(tmp_path, suffix):
    xlsx_report, _ = outcome(tmp_path, "caw_staff_with_mistakes_libreoffice.xlsx")
    report, answers = outcome(tmp_path, f"caw_staff_with_mistakes_libreoffice.{suffix}")
    assert not report.written and len(answers) == 2
    assert report.problems == xlsx_report.problems
    assert sorted((p.row, p.column, p.value) for p in report.problems) == [
        (2, "F", "6"), (3, "G", "ja"), (5, "H", "0")]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_formula_in_an_answer_is_refused_with_its_place(tmp_path, suffix):
    """F3 holds =2+2; LibreOffice saved its result, 4, a valid answer, beside it."""
    report, answers = outcome(tmp_path, f"caw_staff_with_formula_libreoffice.{suffix}")
    assert not report.written and len(answers) == 2
    [problem] = report.problems
    assert (problem.sheet, problem.row, problem.column, problem.header, problem.problem) == (
        "Antwoorden", 3, "F", "Vragenlijst 3", "a formula; type the value itself")
    # The formula's text where the format keeps it readable; .xls keeps it compiled.
    assert problem.value == ("4" if suffix == "xls" else "=2+2")


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_dropped_form_is_told_from_a_bundle_in_every_format(suffix):
    assert is_response_form(FORMS / f"caw_staff_filled_libreoffice.{suffix}")
    bundle = {"xlsx": "caw_filled_libreoffice.xlsx", "ods": "caw_filled_libreoffice.ods",
              "xls": "caw_libreoffice.xls"}[suffix]
    assert not is_response_form(BUNDLES / bundle)


def test_something_that_is_no_workbook_is_no_form(tmp_path):
    notes = tmp_path / "form.ods"
    notes.write_text("Geen werkmap.", encoding="utf-8")
    assert not is_response_form(notes)


def test_the_command_line_imports_an_ods_form(tmp_path):
    build(tmp_path / "t.drempel").close()
    done = subprocess.run(
        [sys.executable, "-m", "drempelmeter", "responses", "t.drempel",
         str(FORMS / "caw_staff_filled_libreoffice.ods")],
        cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    db = open_trajectory(tmp_path / "t.drempel")
    try:
        assert len(stored(db)) == 5
    finally:
        db.close()


def test_one_value_typed_far_away_is_refused_not_a_crash(tmp_path):
    """calamine builds the whole rectangle of a sheet's values; from A1 to XFD1048576 that
    aborts the process. Run by the command line, so a crash fails only this test."""
    import openpyxl

    build(tmp_path / "t.drempel").close()
    far = tmp_path / "ver.xlsx"
    book = openpyxl.load_workbook(FORMS / "caw_staff_filled_libreoffice.xlsx")
    book["Antwoorden"]["XFD1048576"] = "oeps"
    book.save(far)
    done = subprocess.run([sys.executable, "-m", "drempelmeter", "responses", "t.drempel",
                           str(far)], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "too large" in done.stderr and "1048576 rows × 16384 columns" in done.stderr
