"""A title row typed above the headings of a bundle or a response form: the refusal says the
headings belong in row 1 (the user sees them one row lower), in the dry run and the import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import bundles
from drempelmeter.services.response_forms import export_form, import_form

from . import bundle_setup, response_setup


def refusal(run: Callable, path: Path, sheet: str, kind: str) -> str:  # type: ignore[type-arg]
    """What the dry run and the import say of the workbook at `path` with a title typed above
    the headings of `sheet` (the same, or the test fails)."""
    book = openpyxl.load_workbook(path)
    book[sheet].insert_rows(1)
    book[sheet]["A1"] = "Ingevuld door het team van het onthaal"
    book.save(path)
    said = set()
    for dry_run in (True, False):
        with pytest.raises(WorkbookError) as refused:
            run(path, dry_run=dry_run)
        assert refused.value.kind == kind
        said.add(str(refused.value).removeprefix(f"{path}: "))
    assert len(said) == 1
    return said.pop()


def test_a_bundle_with_a_title_above_its_headings_is_told_to_keep_them_in_row_1(tmp_path):
    """It said the sheet "misses these columns: Omschrijving, B", which the user saw there."""
    db = bundle_setup.build(tmp_path / "bundels.drempel")
    try:
        bundle = tmp_path / "caw.xlsx"
        bundles.export_template(db, bundle_setup.CAW[1], bundle)
        assert refusal(lambda path, **kw: bundles.import_bundle(db, path, **kw), bundle,
                       "Signalen", WorkbookError.MISSING_COLUMNS) == (
            "the first row of the sheet 'Signalen' misses these headings (they belong in row 1, "
            "as the template has them): Omschrijving, B")
    finally:
        db.close()


def test_a_response_form_with_a_title_above_its_headings_is_told_the_same(tmp_path):
    db = response_setup.build(tmp_path / "form.drempel")
    try:
        form = tmp_path / "form.xlsx"
        export_form(db, form, response_setup.ROUND_ID, response_setup.PARTNER_ID, "staff")
        assert refusal(lambda path, **kw: import_form(db, path, **kw), form, "Antwoorden",
                       WorkbookError.NO_CODE_COLUMN) == (
            "the first row of the sheet 'Antwoorden' misses the heading 'Code' (the headings "
            "belong in row 1, as the form has them)")
    finally:
        db.close()
