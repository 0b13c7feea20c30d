"""Helpers for bundle tests: a trajectory with signals, its template, and ways to fill it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from drempelmeter.services import bundles, signals
from drempelmeter.services.trajectory import open_trajectory

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bundles"
PARTNER = "CAW Demervallei"


@pytest.fixture
def demo_db(demo_file):
    db = open_trajectory(demo_file)
    yield db
    db.close()


@pytest.fixture
def template(demo_db, tmp_path) -> Path:
    out = tmp_path / "caw.xlsx"
    bundles.export_template(demo_db, PARTNER, out)
    return out


def fill(path: Path, rows: list[list[object]], out: Path | None = None, edit=None) -> Path:  # type: ignore[no-untyped-def]
    """Append rows to the signals sheet (as a partner typing them), save to `out` or in place."""
    book = openpyxl.load_workbook(path)
    sheet = book["Signalen"]
    if edit:
        edit(book, sheet)
    for row in rows:
        sheet.append(row)
    target = out or path
    book.save(target)
    return target


def row(description: str, b: str = "Bekendheid", **cells: object) -> list[object]:
    """A sheet row: column letters map to values (C is the B; B the description)."""
    values: list[object] = [""] * 18
    values[1], values[2] = description, b
    for letter, value in cells.items():
        values[ord(letter) - 65] = value
    return values


def count(db) -> int:  # type: ignore[no-untyped-def]
    return len(signals.list_signals(db))
