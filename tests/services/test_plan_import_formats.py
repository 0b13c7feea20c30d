"""A plan saved by LibreOffice as .ods or .xls comes in like the same plan as .xlsx; a formula in
a column that is read is refused with its sheet, row and column."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from drempelmeter.domain.plan import all_actions
from drempelmeter.services import plan
from drempelmeter.services.plan_import import import_plan

from .plan_setup import plan_workbook

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "plans"


def without_ids(pillars):  # type: ignore[no-untyped-def]
    """The plan as the user sees it: ids are made anew at every import."""
    return [(p.title, [(g.title, [replace(a, id="", number=0, history=()) for a in g.actions])
                       for g in p.goals]) for p in pillars]


def imported(db, path: Path):  # type: ignore[no-untyped-def]
    report = import_plan(db, path)
    return report, without_ids(plan.read_plan(db))


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_a_libreoffice_plan_imports_the_same_plan_as_the_xlsx(new_db, tmp_path, suffix):
    from drempelmeter.services.records import TrajectoryRecord
    from drempelmeter.services.trajectory import create_trajectory

    other = create_trajectory(tmp_path / "xlsx.drempel", TrajectoryRecord(name="Vergelijking"))
    try:
        xlsx_report, xlsx_plan = imported(other, FIXTURES / "reference_plan_libreoffice.xlsx")
    finally:
        other.close()
    report, stored = imported(new_db, FIXTURES / f"reference_plan_libreoffice.{suffix}")
    assert report.imported and report.problems == ()
    assert (report.pillars, report.goals, report.actions) == (2, 3, 4)
    assert replace(report, path=xlsx_report.path) == xlsx_report
    assert stored == xlsx_plan
    first = all_actions(plan.read_plan(new_db))[0]
    assert first.concrete == ("Twee keer per jaar een warme maaltijd", "Een zaal in een school",
                              "Een gespreksleider")


def test_a_formula_in_a_title_is_refused_with_its_place(new_db):
    """C4 holds =C3&" (tweede)"; LibreOffice saved its result, a fine title, beside it."""
    report = import_plan(new_db, FIXTURES / "formula_title_libreoffice.ods")
    assert not report.imported and plan.read_plan(new_db) == []
    [problem] = report.problems
    assert (problem.sheet, problem.row, problem.column, problem.header, problem.problem) == (
        "Actieplan 2025", 4, "C", "Actie", "a formula; type the value itself")
    assert problem.value.startswith("=")


def test_a_formula_typed_in_excel_is_refused_too(new_db, tmp_path):
    """openpyxl writes no result beside a formula: an empty cell, still a formula."""
    import openpyxl

    path = plan_workbook(tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["H4"] = "=TODAY()+30"
    book.save(path)
    report = import_plan(new_db, path)
    assert not report.imported
    assert [(p.row, p.column, p.value, p.problem) for p in report.problems] == [
        (4, "H", "=TODAY()+30", "a formula; type the value itself")]


def test_the_command_line_imports_an_xls_plan(tmp_path, new_db):
    path = new_db.path
    new_db.close()
    done = subprocess.run(
        [sys.executable, "-m", "drempelmeter", "import-plan", str(path),
         str(FIXTURES / "reference_plan_libreoffice.xls")],
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    from drempelmeter.services.trajectory import open_trajectory

    db = open_trajectory(path)
    try:
        assert len(all_actions(plan.read_plan(db))) == 4
    finally:
        db.close()


def test_one_value_typed_far_away_is_refused_not_a_crash(tmp_path, new_db):
    """Run by the command line: a sheet spanning A1 to XFD1048576 would abort the process."""
    import openpyxl

    path = plan_workbook(tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["XFD1048576"] = "oeps"
    book.save(path)
    new_db.close()
    done = subprocess.run([sys.executable, "-m", "drempelmeter", "import-plan",
                           str(new_db.path), str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "too large" in done.stderr and "Actieplan 2025" in done.stderr
