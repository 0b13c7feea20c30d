"""A bundle read ahead (in a thread, while the import gets ready) is read exactly as without;
a file that changed since, a file that cannot be used or a sheet past the budget falls back to
the reading proper, with its own messages."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import openpyxl
import pytest

from drempelmeter import start
from drempelmeter.exchange import read_ahead, sheet_reader
from drempelmeter.exchange.bundle_reader import read_bundle
from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.exchange.read_ahead import ReadAhead
from drempelmeter.exchange.sheet_reader import open_sheets
from drempelmeter.services import bundles, signals

from .conftest import fill, row

BS = ["bekendheid", "bereikbaarheid", "beschikbaarheid", "betaalbaarheid", "begrijpbaarheid",
      "bruikbaarheid", "betrouwbaarheid"]


def read(path, ahead=None):  # type: ignore[no-untyped-def]
    contents = read_bundle(path, BS, ahead=ahead)
    return [(r.row, r.cells, r.findings) for r in contents.rows], contents.problems


def test_a_bundle_read_ahead_reads_as_without(template):
    fill(template, [row(f"Signaal {n}: de wachtrij aan het loket is lang.") for n in range(30)]
         + [row("Mail naar jan.peeters@voorbeeld.be voor een afspraak."), row("")])
    sheets = openpyxl.load_workbook(template, read_only=True).sheetnames
    with ReadAhead(template) as ahead:
        ahead._thread.join()
        assert list(ahead._book.loaded) == sheets  # type: ignore[union-attr]
        assert read(template, ahead) == read(template)
        assert ahead.take(template) is None  # taken once


def test_the_import_takes_what_was_read_ahead(demo_db, template):
    fill(template, [row("Een nieuw signaal over de wachtrij aan het loket.")])
    before = len(signals.list_signals(demo_db))
    with ReadAhead(template) as ahead:
        report = bundles.import_bundle(demo_db, template, ahead=ahead)
        assert ahead.take(template) is None
    assert report.added == 1 and report.written
    assert len(signals.list_signals(demo_db)) == before + 1


def test_a_file_changed_after_it_was_read_ahead_is_read_again(template):
    fill(template, [row("Het eerste signaal, voor het opslaan.")])
    with ReadAhead(template) as ahead:
        ahead._thread.join()
        fill(template, [row("Het tweede signaal, na het opslaan.")])
        os.utime(template, ns=(1, 1))  # whatever the clock's resolution, the file has changed
        rows, _ = read(template, ahead)
    descriptions = [cells[1] for _, cells, _ in rows]
    assert "Het tweede signaal, na het opslaan." in descriptions


@pytest.mark.parametrize("content", [b"", b"naam;adres\nJan;Kerkstraat 1\n"])
def test_a_file_that_is_no_workbook_says_so_as_without(tmp_path, content):
    bad = tmp_path / "bundel.xlsx"
    bad.write_bytes(content)
    with pytest.raises(WorkbookError) as without:
        read(bad)
    with ReadAhead(bad) as ahead, pytest.raises(WorkbookError) as with_ahead:
        read(bad, ahead)
    assert str(with_ahead.value) == str(without.value)


def test_a_bundle_of_sheets_within_bounds_is_read_without_looking_up_a_part(template,
                                                                            monkeypatch):
    """No sheet too large: neither the reading ahead nor the reading proper finds a sheet's
    part by its name (through the workbook's XML) to check its size."""
    fill(template, [row(f"Signaal {n} over het onthaal.") for n in range(20)])
    looked_up: list[str] = []
    part_of = sheet_reader._xlsx_sheet_part

    def counted(path, name):  # type: ignore[no-untyped-def]
        looked_up.append(name)
        return part_of(path, name)

    monkeypatch.setattr(sheet_reader, "_xlsx_sheet_part", counted)
    with ReadAhead(template) as ahead:
        assert read(template, ahead)[0]
    assert looked_up == []
    read(template)  # not read ahead: each sheet checked by its part
    assert "Signalen" in looked_up


def test_sheets_past_the_budget_are_left_to_the_reading_proper(template, monkeypatch):
    fill(template, [row(f"Signaal {n} over het onthaal.") for n in range(20)])
    book = open_sheets(template)
    try:
        first, second = book.sheetnames[:2]
        height, width = book.span(first)
    finally:
        book.close()
    assert second == "Signalen"
    monkeypatch.setattr(read_ahead, "MAX_CELLS", height * width)  # the first sheet only
    with ReadAhead(template) as ahead:
        ahead._thread.join()
        assert list(ahead._book.loaded) == [first]  # type: ignore[union-attr]
        assert read(template, ahead) == read(template)


@pytest.mark.parametrize(("argv", "named"), [
    (["import", "a.drempel", "b.xlsx"], "b.xlsx"),
    (["import", "--dry-run", "a.drempel", "b.xlsx", "--valid-rows-only"], "b.xlsx"),
    (["import", "a.drempel", "--partner", "CAW Demervallei", "b.xlsx"], "b.xlsx"),
    (["import", "--partner=CAW", "a.drempel", "b.xlsx"], "b.xlsx"),
    (["import", "a.drempel"], None),
    (["import-plan", "a.drempel", "plan.xlsx"], None),
    (["check", "a.drempel"], None),
    (["a.drempel"], None),
    ([], None),
])
def test_the_entry_finds_the_bundle_an_import_names(argv, named):
    found = start.bundle_named(argv)
    assert (found, named) == (None, None) or found == Path(named)


def test_the_import_takes_the_reading_the_entry_began(demo_master, template, tmp_path,
                                                       monkeypatch, capsys):
    target = tmp_path / "importing.drempel"  # the demo's other copy is open (the template's)
    shutil.copyfile(demo_master, target)
    fill(template, [row("Een nieuw signaal over de wachtrij aan het loket.")])
    made: list[ReadAhead] = []

    def counted(path):  # type: ignore[no-untyped-def]
        made.append(ReadAhead(path))
        return made[-1]

    monkeypatch.setattr(read_ahead, "ReadAhead", counted)
    monkeypatch.setattr(sys, "argv", ["drempelmeter", "import", str(target), str(template)])
    assert start.main() == 0, capsys.readouterr().err
    assert "1 added" in capsys.readouterr().out
    assert [ahead.path for ahead in made] == [template]  # begun by the entry, taken by the import
    assert read_ahead._begun is None and not made[0]._thread.is_alive()


def test_a_reading_for_another_file_is_closed_and_the_named_one_begun(template, tmp_path):
    other = tmp_path / "other.xlsx"
    other.write_bytes(template.read_bytes())
    read_ahead.begin(other)
    begun = read_ahead._begun
    assert begun is not None
    with read_ahead.taken_for(template) as ahead:
        assert ahead is not begun and ahead.path == template
        assert not begun._thread.is_alive() and begun.take(other) is None  # closed
    assert read_ahead._begun is None


def test_a_command_line_that_fails_before_the_import_leaves_no_reading_running(
        template, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["drempelmeter", "import", "a.drempel", str(template),
                                      "--no-such-option"])
    real_begin = read_ahead.begin
    begun: list[ReadAhead] = []

    def begin(path):  # type: ignore[no-untyped-def]
        real_begin(path)
        assert read_ahead._begun is not None
        begun.append(read_ahead._begun)

    monkeypatch.setattr(read_ahead, "begin", begin)
    assert start.main() == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err
    assert len(begun) == 1 and not begun[0]._thread.is_alive()
    assert read_ahead._begun is None
