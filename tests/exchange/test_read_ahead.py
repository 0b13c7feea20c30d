"""A bundle read ahead (in a thread, while the import gets ready) is read exactly as without;
a file that changed since, a file that cannot be used or a sheet past the budget falls back to
the reading proper, with its own messages."""

from __future__ import annotations

import os

import openpyxl
import pytest

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
