"""Every kind of wrong file ends with a clear refusal, nothing written, and little memory used."""

from __future__ import annotations

import shutil
import sys
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import bundles

from .conftest import FIXTURES, count, fill, row

resource = None if sys.platform == "win32" else __import__("resource")

MEMORY_LIMIT = 150 * 2**20


def refused(db, path: Path, kind: str, *, trace: bool = True) -> WorkbookError:  # type: ignore[no-untyped-def]
    """Import `path`, expecting a WorkbookError of `kind`, nothing written, memory bounded.

    Memory is traced allocation by allocation, or for big inputs (where tracing is slow) read
    off the growth of the process's peak resident size.
    """
    before = count(db)
    rss_before = 0 if trace else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if trace:
        tracemalloc.start()
    try:
        with pytest.raises(WorkbookError) as caught:
            bundles.import_bundle(db, path, accept_other=True)
        peak = tracemalloc.get_traced_memory()[1] if trace else (
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - rss_before)
    finally:
        if trace:
            tracemalloc.stop()
    assert caught.value.kind == kind, caught.value
    assert count(db) == before
    assert peak < MEMORY_LIMIT
    return caught.value


def test_a_text_file(demo_db, tmp_path):
    path = tmp_path / "bundel.xlsx"
    path.write_text("Dit is geen werkmap.\n", encoding="utf-8")
    refused(demo_db, path, WorkbookError.NOT_A_WORKBOOK)


def test_a_zip_that_is_not_a_workbook(demo_db, tmp_path):
    path = tmp_path / "bundel.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hallo")
    refused(demo_db, path, WorkbookError.NOT_A_WORKBOOK)


def test_a_damaged_workbook(demo_db, template, tmp_path):
    data = template.read_bytes()
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(data[: len(data) // 2])
    refused(demo_db, path, WorkbookError.DAMAGED)


def test_a_password_protected_workbook(demo_db):
    refused(demo_db, FIXTURES / "caw_password_geheim.xlsx", WorkbookError.ENCRYPTED)


def test_an_old_xls_file_is_read(demo_db, tmp_path):
    """Bundles are read in .xls too (forms and plans as well: test_response_formats.py)."""
    report = bundles.import_bundle(demo_db, FIXTURES / "caw_libreoffice.xls", accept_other=True,
                                   dry_run=True)
    assert report.problems == () and report.added == 2


def test_a_missing_file(demo_db, tmp_path):
    refused(demo_db, tmp_path / "weg.xlsx", WorkbookError.NOT_FOUND)


def test_the_sheet_renamed(demo_db, template):
    fill(template, [], edit=lambda book, sheet: setattr(sheet, "title", "Mijn signalen"))
    error = refused(demo_db, template, WorkbookError.NO_SHEET)
    assert "Mijn signalen" in error.detail


def test_required_columns_removed(demo_db, template):
    fill(template, [], edit=lambda book, sheet: sheet.delete_cols(2, 2))
    error = refused(demo_db, template, WorkbookError.MISSING_COLUMNS)
    assert error.detail == "Omschrijving, B"


def test_an_empty_sheet(demo_db, template):
    def empty(book, sheet):  # type: ignore[no-untyped-def]
        index = book.sheetnames.index("Signalen")
        book.remove(sheet)
        book.create_sheet("Signalen", index)

    fill(template, [], edit=empty)
    refused(demo_db, template, WorkbookError.MISSING_COLUMNS)


@pytest.mark.skipif(resource is None, reason="peak memory is read with the resource module")
def test_a_sheet_over_100000_rows(demo_db, template, tmp_path):
    big = tmp_path / "groot.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Signalen")
    sheet.append(["Nummer (niet wijzigen)", "Omschrijving", "B"])
    for i in range(100_001):
        sheet.append([None, f"Signaal {i}", "Bekendheid"])
    book.save(big)
    error = refused(demo_db, big, WorkbookError.TOO_MANY_ROWS, trace=False)
    assert error.detail == "100000"


def test_an_xml_bomb(demo_db, template, tmp_path):
    bomb = tmp_path / "bom.xlsx"
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                        for i in range(1, 10))
              + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
              "</sheetData></worksheet>")
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = laughs.encode()
            target.writestr(item, data)
    refused(demo_db, bomb, WorkbookError.UNSAFE)


def test_a_zip_bomb(demo_db, template, tmp_path):
    bomb = tmp_path / "zipbom.xlsx"
    shutil.copyfile(template, bomb)
    with (zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as archive,
          archive.open("xl/media/padding.bin", "w") as entry):
        for _ in range(64):
            entry.write(b"\0" * 2**20)
    error = refused(demo_db, bomb, WorkbookError.UNSAFE)
    assert "zip bomb" in error.detail


def test_an_xlsm_imports_its_data_and_says_macros_were_ignored(demo_db, template, tmp_path):
    fill(template, [row("Signaal uit een werkmap met macro's.")])
    xlsm = tmp_path / "bundel.xlsm"
    shutil.copyfile(template, xlsm)
    with zipfile.ZipFile(xlsm, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"Attribute VB_Name = \"Module1\"")
    report = bundles.import_bundle(demo_db, xlsm)
    assert report.macros_ignored and report.written and report.added == 1
