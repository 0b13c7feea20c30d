"""A partner who copies rows, columns or headings in a bundle: nothing is lost without a word, and
the dry run says what the import then does."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from drempelmeter.services import bundles, signals
from drempelmeter.services.bundles import ImportReport
from drempelmeter.services.trajectory import open_trajectory

from .bundle_setup import CAW, SIGNALS, build
from .conftest import FIXTURES

NUMBER, TEXT = SIGNALS[0][0], SIGNALS[0][2]


@pytest.fixture
def trajectory(tmp_path) -> Path:
    path = tmp_path / "bundels.drempel"
    build(path).close()
    return path


def both(trajectory: Path, bundle: Path) -> tuple[ImportReport, ImportReport, list[str]]:
    """The dry run on a copy of the trajectory, then the import itself, and the texts of CAW's
    signals after it."""
    copy = trajectory.with_name("copy.drempel")
    shutil.copyfile(trajectory, copy)
    db = open_trajectory(copy, back_up=False)
    try:
        dry = bundles.import_bundle(db, bundle, dry_run=True)
        real = bundles.import_bundle(db, bundle)
        texts = sorted(s.description for s in signals.list_signals(db) if s.partner_id == CAW[0])
    finally:
        db.close()
    return dry, real, texts


def exported(trajectory: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """CAW's bundle as the app writes it: its path, the workbook and its signals sheet."""
    db = open_trajectory(trajectory, back_up=False)
    bundle = tmp_path / "caw.xlsx"
    bundles.export_template(db, CAW[1], bundle)
    db.close()
    book = openpyxl.load_workbook(bundle)
    return bundle, book, book["Signalen"]


def said(report: ImportReport) -> set[tuple[int, str, str]]:
    return {(p.row, p.column, p.problem) for p in report.problems}


def counts(report: ImportReport) -> tuple[int, int, int, int]:
    return report.added, report.updated, report.unchanged, report.skipped_rows


@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_a_row_copied_with_its_number_is_refused_on_the_copy(trajectory, suffix):
    """The copy's number is the signal of row 2: imported, its new text replaced that signal's
    (the partner meant a new signal; the first text was gone)."""
    dry, real, texts = both(trajectory, FIXTURES / f"caw_copied_row_libreoffice.{suffix}")
    assert said(dry) == said(real) == {(3, "A", "the same number as row 2")}
    assert str(real.problems[0]).endswith("Allowed: empty, for a new signal.")
    assert not real.written and counts(dry) == counts(real)
    assert texts == [TEXT]


def test_the_dry_run_counts_a_copied_row_as_the_import_does(trajectory, tmp_path):
    """Row 2 edited, and its first text kept on a copy below: the dry run said "1 updated, 0
    unchanged" (it compared the copy with the signal as stored), the import then updated the
    signal twice and said "2 updated"."""
    bundle, book, sheet = exported(trajectory, tmp_path)
    sheet.append([cell.value for cell in sheet[2]])
    sheet["B2"] = "Wie zijn afspraak mist, krijgt geen herinnering per sms."
    book.save(bundle)
    dry, real, texts = both(trajectory, bundle)
    assert said(dry) == said(real) == {(3, "A", "the same number as row 2")}
    assert counts(dry) == counts(real) and not real.written and texts == [TEXT]


def test_a_column_copied_with_its_heading_is_refused(trajectory):
    """The second "Omschrijving" (column S) was passed over without a word: its text lost."""
    dry, real, texts = both(trajectory, FIXTURES / "caw_copied_column_libreoffice.xlsx")
    assert said(dry) == said(real) == {(1, "B", "the same heading as column S"),
                                       (1, "S", "the same heading as column B")}
    assert not real.written and texts == [TEXT]


def test_a_heading_with_a_typographic_apostrophe_is_read(trajectory, tmp_path):
    """A word processor writes "Thema’s": the column was passed over and its tags lost."""
    template, book, sheet = exported(trajectory, tmp_path)
    assert sheet["L1"].value == "Thema's"
    sheet["L1"], sheet["L2"] = "Thema’s", "Mobiliteit"
    book.save(template)
    dry, real, _ = both(trajectory, template)
    assert counts(dry) == counts(real) == (0, 1, 0, 0) and real.written
    db = open_trajectory(trajectory.with_name("copy.drempel"), back_up=False)
    assert signals.list_signals(db)[0].tags == ("mobility",)
    db.close()
