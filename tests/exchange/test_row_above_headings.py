"""A title row typed above the headings of a bundle or a response form: the refusal says the
headings belong in row 1 (the user sees them one row lower)."""

from __future__ import annotations

import openpyxl
import pytest

from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import bundles
from drempelmeter.services.response_forms import export_form, import_form

from . import bundle_setup, response_setup


def with_title_row(path, sheet: str) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(path)
    book[sheet].insert_rows(1)
    book[sheet]["A1"] = "Ingevuld door het team van het onthaal"
    book.save(path)


def test_a_bundle_with_a_title_above_its_headings_is_told_to_keep_them_in_row_1(tmp_path):
    """It said the sheet "misses these columns: Omschrijving, B", which the user saw there."""
    db = bundle_setup.build(tmp_path / "bundels.drempel")
    try:
        bundle = tmp_path / "caw.xlsx"
        bundles.export_template(db, bundle_setup.CAW[1], bundle)
        with_title_row(bundle, "Signalen")
        for dry_run in (True, False):
            with pytest.raises(WorkbookError) as refused:
                bundles.import_bundle(db, bundle, dry_run=dry_run)
            assert refused.value.kind == WorkbookError.MISSING_COLUMNS
            assert str(refused.value).endswith(
                "the first row of the sheet 'Signalen' misses these headings (they belong in "
                "row 1, as the template has them): Omschrijving, B")
    finally:
        db.close()


def test_a_response_form_with_a_title_above_its_headings_is_told_the_same(tmp_path):
    db = response_setup.build(tmp_path / "form.drempel")
    try:
        form = tmp_path / "form.xlsx"
        export_form(db, form, response_setup.ROUND_ID, response_setup.PARTNER_ID, "staff")
        with_title_row(form, "Antwoorden")
        for dry_run in (True, False):
            with pytest.raises(WorkbookError) as refused:
                import_form(db, form, dry_run=dry_run)
            assert refused.value.kind == WorkbookError.NO_CODE_COLUMN
            assert str(refused.value).endswith(
                "the first row of the sheet 'Antwoorden' misses the heading 'Code' (the "
                "headings belong in row 1, as the form has them)")
    finally:
        db.close()
