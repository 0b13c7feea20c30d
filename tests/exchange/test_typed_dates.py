"""Dates typed as text in a plan or a follow-up form: the ways a Flemish partner writes a day are
read alike in both, and what is no day is refused in both."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from drempelmeter.domain.plan import all_actions
from drempelmeter.exchange.followup_reader import recent_date_of
from drempelmeter.exchange.plan_reader import date_of
from drempelmeter.services import plan
from drempelmeter.services.plan_import import import_plan

PLANS = Path(__file__).resolve().parent.parent / "fixtures" / "plans"
TODAY = date(2026, 12, 15)


@pytest.mark.parametrize("typed", [
    "31-12-{yyyy}", "31/12/{yyyy}", "31.12.{yyyy}", "{yyyy}-12-31", " 31-12-{yyyy}\t",
    "31 december {yyyy}", "31 December {yyyy}", "31 dec {yyyy}", "31 dec. {yyyy}",
    "31-12-{yy}", "31/12/{yy}", "31.12.{yy}",
    "31\u201112\u2011{yyyy}", "31\u201312\u2013{yyyy}", "31\u00a0december\u00a0{yyyy}",
])
def test_a_plan_date_is_read_as_the_follow_up_form_reads_it(typed):
    """A deadline typed "31 december 2027" was refused in a plan, and taken in a follow-up
    form; a word processor's no-break hyphen or a dash ("31‑12‑2027") in both."""
    assert date_of(typed.format(yyyy=2027, yy=27)) == date(2027, 12, 31)
    assert recent_date_of(typed.format(yyyy=2025, yy=25), TODAY) == date(2025, 12, 31)


@pytest.mark.parametrize("typed", [
    "31 november 2027", "31-11-2027", "eind 2027", "december 2027", "31 decembre 2027x",
    "2027", "31-12", "woensdag", "31 12 2027 12",
])
def test_what_is_no_day_is_refused(typed):
    assert date_of(typed) is False


def test_a_day_without_its_year_is_a_follow_up_report_only():
    assert date_of("3 december") is False
    assert recent_date_of("3 december", TODAY) == date(2026, 12, 3)
    assert recent_date_of("3\u201112", TODAY) == date(2026, 12, 3)


def test_a_plan_with_dates_typed_in_words_imports_them_after_its_dry_run(new_db, tmp_path):
    source = tmp_path / "plan.xlsx"
    shutil.copyfile(PLANS / "reference_plan_libreoffice.xlsx", source)
    book = openpyxl.load_workbook(source)
    sheet = book.active
    assert sheet["H2"].value == "Deadline"
    sheet["H4"] = "31 december 2027"
    book.save(source)
    dry = import_plan(new_db, source, dry_run=True)
    assert dry.problems == () and not dry.imported
    report = import_plan(new_db, source)
    assert report.problems == () and report.imported
    assert date(2027, 12, 31) in {a.due_on for a in all_actions(plan.read_plan(new_db))}
