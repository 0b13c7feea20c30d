"""Every kind of wrong file ends with a clear refusal, nothing written, and little memory used:
for the signal bundle import and the follow-up form import alike (each file-level test runs
against both)."""

from __future__ import annotations

import shutil
import sys
import tracemalloc
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import bundles, followup_forms

from .conftest import FIXTURES, count, fill, row
from .followup_setup import fill_form, make_form, steps

resource = None if sys.platform == "win32" else __import__("resource")

MEMORY_LIMIT = 150 * 2**20


@dataclass(frozen=True)
class Subject:
    """One import the corpus is thrown at: its call, what it writes (counted), its workbook."""

    run: Callable  # type: ignore[type-arg]  # (db, path) -> report
    count: Callable  # type: ignore[type-arg]  # (db) -> int
    template: Path
    sheet: str
    #: The refusal of a workbook without the sheet, and of a sheet without the columns.
    no_sheet: str
    no_columns: str
    #: Fill one valid row into the workbook at a path, in place.
    fill_one: Callable  # type: ignore[type-arg]


def import_bundle(db, path: Path):  # type: ignore[no-untyped-def]
    return bundles.import_bundle(db, path, accept_other=True)


@pytest.fixture(params=["bundle", "followup"])
def subject(request, demo_db, tmp_path) -> Subject:  # type: ignore[no-untyped-def]
    if request.param == "bundle":
        template = tmp_path / "caw.xlsx"
        bundles.export_template(demo_db, "CAW Demervallei", template)
        return Subject(import_bundle, count, template, "Signalen", WorkbookError.NO_SHEET,
                       WorkbookError.MISSING_COLUMNS,
                       lambda path: fill(path, [row("Signaal uit een werkmap met macro's.")]))
    return Subject(lambda db, path: followup_forms.import_followup(db, path), steps,
                   make_form(demo_db, tmp_path / "opvolging.xlsx"), "Opvolging",
                   WorkbookError.NO_FOLLOW_UP_SHEET, WorkbookError.MISSING_FORM_COLUMNS,
                   lambda path: fill_form(path, {0: {"done": "Overleg gehouden."}}))


def edited(path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """Change the workbook at `path` in place, as someone with a spreadsheet program would."""
    book = openpyxl.load_workbook(path)
    edit(book)
    book.save(path)
    return path


def refused(subject: Subject, db, path: Path, kind: str, *, trace: bool = True  # type: ignore[no-untyped-def]
            ) -> WorkbookError:
    """Import `path`, expecting a WorkbookError of `kind`, nothing written, memory bounded.

    Memory is traced allocation by allocation, or for big inputs (where tracing is slow) read
    off the growth of the process's peak resident size.
    """
    before = subject.count(db)
    rss_before = 0 if trace else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if trace:
        tracemalloc.start()
    try:
        with pytest.raises(WorkbookError) as caught:
            subject.run(db, path)
        peak = tracemalloc.get_traced_memory()[1] if trace else (
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - rss_before)
    finally:
        if trace:
            tracemalloc.stop()
    assert caught.value.kind == kind, caught.value
    assert subject.count(db) == before
    assert peak < MEMORY_LIMIT
    return caught.value


#: For the bundle's own tests (its columns, its size).
BUNDLE = Subject(import_bundle, count, Path(), "Signalen", WorkbookError.NO_SHEET,
                 WorkbookError.MISSING_COLUMNS, lambda path: path)


def test_a_text_file(subject, demo_db, tmp_path):
    path = tmp_path / "bundel.xlsx"
    path.write_text("Dit is geen werkmap.\n", encoding="utf-8")
    refused(subject, demo_db, path, WorkbookError.TEXT_FILE)


def test_a_zip_that_is_not_a_workbook(subject, demo_db, tmp_path):
    path = tmp_path / "bundel.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hallo")
    refused(subject, demo_db, path, WorkbookError.NOT_A_WORKBOOK)


def test_a_damaged_workbook(subject, demo_db, tmp_path):
    data = subject.template.read_bytes()
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(data[: len(data) // 2])
    refused(subject, demo_db, path, WorkbookError.DAMAGED)


def test_a_password_protected_workbook(subject, demo_db):
    refused(subject, demo_db, FIXTURES / "caw_password_geheim.xlsx", WorkbookError.ENCRYPTED)


def test_an_old_xls_file_is_read(demo_db, tmp_path):
    """Bundles are read in .xls too (forms and plans as well: test_response_formats.py)."""
    report = bundles.import_bundle(demo_db, FIXTURES / "caw_libreoffice.xls", accept_other=True,
                                   dry_run=True)
    assert report.problems == () and report.added == 2


def test_a_missing_file(subject, demo_db, tmp_path):
    refused(subject, demo_db, tmp_path / "weg.xlsx", WorkbookError.NOT_FOUND)


def test_the_sheet_renamed(subject, demo_db):
    edited(subject.template, lambda book: setattr(book[subject.sheet], "title", "Mijn blad"))
    error = refused(subject, demo_db, subject.template, subject.no_sheet)
    assert "Mijn blad" in error.detail


def test_required_columns_removed(demo_db, template):
    fill(template, [], edit=lambda book, sheet: sheet.delete_cols(2, 2))
    error = refused(BUNDLE, demo_db, template, WorkbookError.MISSING_COLUMNS)
    assert error.detail == "Omschrijving, B"


def test_an_empty_sheet(subject, demo_db):
    def empty(book):  # type: ignore[no-untyped-def]
        index = book.sheetnames.index(subject.sheet)
        book.remove(book[subject.sheet])
        book.create_sheet(subject.sheet, index)

    edited(subject.template, empty)
    refused(subject, demo_db, subject.template, subject.no_columns)


@pytest.mark.skipif(resource is None, reason="peak memory is read with the resource module")
def test_a_sheet_over_100000_rows(demo_db, template, tmp_path):
    big = tmp_path / "groot.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Signalen")
    sheet.append(["Nummer (niet wijzigen)", "Omschrijving", "B"])
    for i in range(100_001):
        sheet.append([None, f"Signaal {i}", "Bekendheid"])
    book.save(big)
    error = refused(BUNDLE, demo_db, big, WorkbookError.TOO_MANY_ROWS, trace=False)
    assert error.detail == "100000"


def test_an_xml_bomb(subject, demo_db, tmp_path):
    bomb = tmp_path / "bom.xlsx"
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                        for i in range(1, 10))
              + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
              "</sheetData></worksheet>")
    with zipfile.ZipFile(subject.template) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = laughs.encode()
            target.writestr(item, data)
    refused(subject, demo_db, bomb, WorkbookError.UNSAFE)


def test_a_zip_bomb(subject, demo_db, tmp_path):
    bomb = tmp_path / "zipbom.xlsx"
    shutil.copyfile(subject.template, bomb)
    with (zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as archive,
          archive.open("xl/media/padding.bin", "w") as entry):
        for _ in range(64):
            entry.write(b"\0" * 2**20)
    error = refused(subject, demo_db, bomb, WorkbookError.UNSAFE)
    assert "zip bomb" in error.detail


def test_an_xlsm_imports_its_data_and_says_macros_were_ignored(subject, demo_db, tmp_path):
    subject.fill_one(subject.template)
    xlsm = tmp_path / "bundel.xlsm"
    shutil.copyfile(subject.template, xlsm)
    with zipfile.ZipFile(xlsm, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"Attribute VB_Name = \"Module1\"")
    report = subject.run(demo_db, xlsm)
    assert report.macros_ignored and report.written and report.added == 1
