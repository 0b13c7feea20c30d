"""A sheet renamed back by hand as "signalen" or "Opvolging " (a space typed after the name):
the import reads it, and the window still knows the form, where it said no sheet "Signalen"
was there while listing the one the user saw."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from drempelmeter.exchange.followup_reader import is_follow_up_form
from drempelmeter.exchange.response_reader import is_response_form
from drempelmeter.exchange.sheet_reader import has_sheet
from drempelmeter.services import bundles, followup_forms
from drempelmeter.services.response_forms import export_form, import_form

from . import bundle_setup, followup_fixture_setup, response_setup
from .followup_setup import fill_form, make_form


def renamed(path, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(path)
    book[old].title = "tussenin"  # openpyxl would make "signalen" of "Signalen" "signalen1"
    book["tussenin"].title = new
    book.save(path)


@pytest.mark.parametrize("name", ["signalen", "Signalen ", " SIGNALEN"])
def test_a_bundle_whose_sheet_was_renamed_back_loosely_is_read(tmp_path, name):
    db = bundle_setup.build(tmp_path / "bundels.drempel")
    try:
        bundle = tmp_path / "caw.xlsx"
        bundles.export_template(db, bundle_setup.CAW[1], bundle)
        book = openpyxl.load_workbook(bundle)
        book["Signalen"].append([None, "Het onthaal sluit om 16 uur.", "Bereikbaarheid"])
        book.save(bundle)
        renamed(bundle, "Signalen", name)
        assert has_sheet(bundle, "Signalen")
        dry = bundles.import_bundle(db, bundle, dry_run=True)
        report = bundles.import_bundle(db, bundle)
        assert dry.problems == report.problems == () and (dry.added, report.added) == (1, 1)
    finally:
        db.close()


def test_a_follow_up_form_whose_sheet_was_renamed_back_loosely_is_known_and_read(tmp_path):
    db = followup_fixture_setup.build(tmp_path / "opvolging.drempel")
    try:
        form = make_form(db, tmp_path / "opvolging.xlsx", owner=followup_fixture_setup.OWNER)
        fill_form(form, {0: {"done": "Overleg gehouden."}})
        renamed(form, "Opvolging", "opvolging ")
        assert is_follow_up_form(form)
        report = followup_forms.import_followup(db, form, today=date(2026, 12, 1))
        assert report.problems == () and report.written and report.added == 1
    finally:
        db.close()


def test_a_response_form_whose_sheet_was_renamed_back_loosely_is_known_and_read(tmp_path):
    db = response_setup.build(tmp_path / "form.drempel")
    try:
        form = tmp_path / "form.xlsx"
        export_form(db, form, response_setup.ROUND_ID, response_setup.PARTNER_ID, "staff")
        book = openpyxl.load_workbook(form)
        book["Antwoorden"]["F2"] = 4
        book.save(form)
        renamed(form, "Antwoorden", "antwoorden ")
        assert is_response_form(form)
        report = import_form(db, form)
        assert report.problems == () and report.written and report.added == 1
    finally:
        db.close()
