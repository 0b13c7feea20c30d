"""A bundle saved by LibreOffice as .ods or .xls reads like the same bundle as .xlsx."""

from __future__ import annotations

import zipfile

import pytest

from drempelmeter.domain.taxonomy import ALL_BS
from drempelmeter.exchange.bundle_reader import read_bundle
from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import bundles, signals

from .conftest import FIXTURES, count, fill, row

KEYS = [t.key for t in ALL_BS]
#: The filled bundle as LibreOffice saved it, in each format.
FILLED = {"xlsx": "caw_filled_libreoffice.xlsx", "ods": "caw_filled_libreoffice.ods",
          "xls": "caw_libreoffice.xls"}


def where(contents) -> set[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    return {(p.row, p.column, p.problem.split(":")[0]) for p in contents.problems}


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_the_same_rows_facts_and_problems_as_the_xlsx(suffix):
    mistakes = "caw_with_mistakes_libreoffice."
    for xlsx_name, other_name in ((FILLED["xlsx"], FILLED[suffix]),
                                  (mistakes + "xlsx", mistakes + suffix)):
        xlsx = read_bundle(FIXTURES / xlsx_name, KEYS)
        other = read_bundle(FIXTURES / other_name, KEYS)
        assert other.info == xlsx.info and other.info is not None
        assert other.letters == xlsx.letters
        assert [(r.row, r.values, r.findings) for r in other.rows] == [
            (r.row, r.values, r.findings) for r in xlsx.rows]
        assert where(other) == where(xlsx)


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_a_formula_is_refused_in_every_format(suffix):
    contents = read_bundle(FIXTURES / f"caw_with_mistakes_libreoffice.{suffix}", KEYS)
    assert (12, "B", "a formula; type the value itself") in where(contents)


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_a_libreoffice_bundle_imports_its_signals(demo_db, suffix):
    before = count(demo_db)
    report = bundles.import_bundle(demo_db, FIXTURES / FILLED[suffix],
                                   accept_other=True)
    assert report.written and report.problems == ()
    assert (report.added, report.unchanged + report.updated) == (2, 8)
    assert count(demo_db) == before + 2
    descriptions = {s.description for s in signals.list_signals(demo_db)}
    assert "Het onthaal sluit om 16 uur; wie werkt, kan niet langskomen." in descriptions


def test_a_formula_with_an_empty_result_is_still_found(template):
    fill(template, [row("Een gewone rij."), row('=""', "Bekendheid")])
    contents = read_bundle(template, KEYS)
    assert where(contents) == {(contents.rows[-1].row, "B", "a formula; type the value itself")}


def test_a_formula_on_another_sheet_is_no_problem(template):
    def edit(book, sheet):  # type: ignore[no-untyped-def]
        book["Instructies"]["Z1"] = "=1+1"

    fill(template, [row("Een gewone rij.")], edit=edit)
    contents = read_bundle(template, KEYS)
    assert contents.problems == [] and len(contents.rows) >= 1


def test_an_ods_declaring_entities_is_refused(demo_db, tmp_path):
    bomb = tmp_path / "bom.ods"
    source = FIXTURES / "caw_filled_libreoffice.ods"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(bomb, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "content.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaa">]>', 1)
            new.writestr(item, data)
    before = count(demo_db)
    with pytest.raises(WorkbookError) as caught:
        bundles.import_bundle(demo_db, bomb, accept_other=True)
    assert caught.value.kind == WorkbookError.UNSAFE and count(demo_db) == before


def test_a_damaged_ods_is_refused(demo_db, tmp_path):
    data = (FIXTURES / "caw_filled_libreoffice.ods").read_bytes()
    broken = tmp_path / "kapot.ods"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(WorkbookError) as caught:
        bundles.import_bundle(demo_db, broken, accept_other=True)
    assert caught.value.kind == WorkbookError.DAMAGED


@pytest.mark.parametrize(("sheet", "far"), [
    ("Signalen", "XFD1048576"), ("Signalen", "ZZ900000"), ("Signalen", "A1048576"),
    ("Info", "XFD1048576")])
def test_one_value_typed_far_away_is_refused_before_it_is_read(demo_db, template, sheet, far):
    """calamine builds the rectangle from a sheet's first value to its last: one value in
    XFD1048576 asks for half a terabyte and aborts the process. The command line, in a
    process of its own so that a crash fails this test only, refuses the file instead (the
    hidden info sheet too, which is read first)."""
    import subprocess
    import sys

    fill(template, [row("Een gewone rij.")], edit=lambda book, _sheet: book[sheet].__setitem__(
        far, "oeps"))
    demo_db.close()
    done = subprocess.run([sys.executable, "-m", "drempelmeter", "import", "--dry-run",
                           str(demo_db.path), str(template)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "too large" in done.stderr and sheet in done.stderr, done.stderr
