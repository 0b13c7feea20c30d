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

from .bundle_setup import CAW, build


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


def counts(report: ImportReport) -> tuple[int, int, int, int]:
    return report.added, report.updated, report.unchanged, report.skipped_rows


def test_a_heading_with_a_typographic_apostrophe_is_read(trajectory, tmp_path):
    """A word processor writes "Thema’s": the column was passed over and its tags lost."""
    db = open_trajectory(trajectory, back_up=False)
    template = tmp_path / "caw.xlsx"
    bundles.export_template(db, CAW[1], template)
    db.close()
    book = openpyxl.load_workbook(template)
    sheet = book["Signalen"]
    assert sheet["L1"].value == "Thema's"
    sheet["L1"], sheet["L2"] = "Thema’s", "Mobiliteit"
    book.save(template)
    dry, real, _ = both(trajectory, template)
    assert counts(dry) == counts(real) == (0, 1, 0, 0) and real.written
    db = open_trajectory(trajectory.with_name("copy.drempel"), back_up=False)
    assert signals.list_signals(db)[0].tags == ("mobility",)
    db.close()
