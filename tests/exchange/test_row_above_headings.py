"""A title typed above the headings of a bundle is passed over (a few rows of a cell or two);
anything more, or a title above a response form's headings, is refused with the words that the
headings belong in row 1 (the user sees them lower), in the dry run and the import alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import bundles
from drempelmeter.services.response_forms import export_form, import_form

from . import bundle_setup, response_setup


def typed_above(path: Path, sheet: str, *rows: tuple[object, ...]) -> None:
    book = openpyxl.load_workbook(path)
    book[sheet].insert_rows(1, len(rows))
    for number, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            book[sheet].cell(number, column, value)
    book.save(path)


def refusal(run: Callable, path: Path, sheet: str, kind: str,  # type: ignore[type-arg]
            *above: tuple[object, ...]) -> str:
    """What the dry run and the import say of the workbook at `path` with `above` (a title)
    typed above the headings of `sheet` (the same, or the test fails)."""
    typed_above(path, sheet, *(above or [("Ingevuld door het team van het onthaal",)]))
    said = set()
    for dry_run in (True, False):
        with pytest.raises(WorkbookError) as refused:
            run(path, dry_run=dry_run)
        assert refused.value.kind == kind
        said.add(str(refused.value).removeprefix(f"{path}: "))
    assert len(said) == 1
    return said.pop()


TITLE = ("Signalen van het onthaal", "december 2026")


@pytest.mark.parametrize("above", [
    [TITLE], [TITLE, (), ("Ingevuld door Els",)],
    # three lines of a title, then an empty row before the headings: an empty row hides
    # no signal, so it is not counted as the title's
    [("Signalenbundel",), ("CAW Demervallei, team onthaal",), ("november 2026",), ()],
])
def test_a_title_above_a_bundles_headings_is_passed_over(tmp_path, above):
    db = bundle_setup.build(tmp_path / "bundels.drempel")
    try:
        bundle = tmp_path / "caw.xlsx"
        bundles.export_template(db, bundle_setup.CAW[1], bundle)
        book = openpyxl.load_workbook(bundle)
        book["Signalen"].append([None, "Een nieuw signaal over de wachtrij.", "Bekendheid"])
        book.save(bundle)
        typed_above(bundle, "Signalen", *above)
        dry = bundles.import_bundle(db, bundle, dry_run=True)
        done = bundles.import_bundle(db, bundle)
        assert (dry.added, dry.unchanged, dry.problems) == (1, 1, ())
        assert (done.added, done.unchanged, done.written) == (1, 1, True)
    finally:
        db.close()


@pytest.mark.parametrize("above", [
    [("1", "Een signaal boven de koppen", "Bekendheid")],  # a row of data: not a title
    [TITLE, TITLE, TITLE, TITLE],  # more than a title
])
def test_a_bundle_with_more_than_a_title_above_its_headings_is_told_to_keep_them_in_row_1(
        tmp_path, above):
    """It said the sheet "misses these columns: Omschrijving, B", which the user saw there."""
    db = bundle_setup.build(tmp_path / "bundels.drempel")
    try:
        bundle = tmp_path / "caw.xlsx"
        bundles.export_template(db, bundle_setup.CAW[1], bundle)
        assert refusal(lambda path, **kw: bundles.import_bundle(db, path, **kw), bundle,
                       "Signalen", WorkbookError.MISSING_COLUMNS, *above) == (
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
