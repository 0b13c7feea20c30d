"""An .ods whose values span too many cells is refused before calamine opens it (calamine builds
every table whole at opening): a value typed far away in LibreOffice, and crafted shapes; the
spans found are never smaller than what calamine builds."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drempelmeter.exchange.ods_span import oversized
from drempelmeter.services import bundles

from .conftest import FIXTURES, count

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:{t}="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
VALUE = '<t:table-cell office:value-type="string"><text:p>x</text:p></t:table-cell>'
EMPTY_ROW = "<t:table-row><t:table-cell/></t:table-row>"


def content(rows: str, prefix: str = "table") -> bytes:
    """A content.xml with one table "Signalen" of `rows` (written with the prefix t:, given
    the prefix `prefix`)."""
    body = rows.replace("<t:", f"<{prefix}:").replace("</t:", f"</{prefix}:").replace(
        " t:", f" {prefix}:")
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS.format(t=prefix)}>'
            f'<office:body><office:spreadsheet><{prefix}:table {prefix}:name="Signalen">{body}'
            f"</{prefix}:table></office:spreadsheet></office:body></office:document-content>"
            ).encode()


def ods(path: Path, xml: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", xml)
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
            '"text/xml"/></manifest:manifest>'))
    return path


def test_a_value_typed_far_away_in_libreoffice_is_refused_by_the_command_line(demo_file):
    """LibreOffice's own .ods with one value typed in CV100000: 10 million cells, read in a
    process of its own so that a gigabyte taken fails this test only; the file is untouched."""
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    done = subprocess.run([sys.executable, "-m", "drempelmeter", "import", str(demo_file),
                           str(FIXTURES / "caw_far_value_libreoffice.ods")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "too large" in done.stderr and "Signalen: 100000 rows × 100 columns" in done.stderr
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before


def test_a_formatted_row_far_below_in_libreoffice_is_no_problem(demo_db):
    """LibreOffice keeps a formatted empty row at 25,000 and writes empty rows up to it:
    nothing there holds a value, so the bundle imports."""
    before = count(demo_db)
    report = bundles.import_bundle(
        demo_db, FIXTURES / "caw_formatted_row_25000_libreoffice.ods", accept_other=True)
    assert report.written and count(demo_db) == before + 2


def test_libreoffice_files_are_within():
    for name in ("caw_filled_libreoffice.ods", "caw_with_mistakes_libreoffice.ods",
                 "caw_formatted_row_25000_libreoffice.ods"):
        with zipfile.ZipFile(FIXTURES / name) as archive:
            assert oversized(archive.read("content.xml"), 5_000_000) is None, name


@pytest.mark.parametrize(("rows", "found"), [
    # far down: a million empty rows, then a value
    (VALUE.join(["<t:table-row>", "</t:table-row>"])
     + '<t:table-row t:number-rows-repeated="1000000"><t:table-cell/></t:table-row>'
     + "<t:table-row>" + '<t:table-cell t:number-columns-repeated="9"/>' + VALUE
     + "</t:table-row>", ("Signalen", 1000002, 10)),
    # a value cell repeated to the row's end, written like the empty cell that closes a row
    ("<t:table-row>" + '<t:table-cell t:number-columns-repeated="60000" '
     'office:value-type="float" office:value="1"/></t:table-row>'
     + '<t:table-row t:number-rows-repeated="100">' + VALUE + "</t:table-row>",
     ("Signalen", 101, 60000)),
    # no large repeat at all: 6,000 rows written one by one, and one row of ten cells
    # repeated 99 times before a value
    (EMPTY_ROW * 6000 + "<t:table-row>" + '<t:table-cell t:number-columns-repeated="99"/>' * 10
     + VALUE + "</t:table-row>", ("Signalen", 6001, 991)),
])
def test_crafted_spans_are_found(rows, found):
    assert oversized(content(rows), 5_000_000) == found


def test_just_under_the_limit_is_within():
    rows = (EMPTY_ROW * 5000 + "<t:table-row>" + '<t:table-cell t:number-columns-repeated="99"/>'
            * 10 + VALUE + "</t:table-row>")
    assert oversized(content(rows), 5_000_000) is None
    assert oversized(content(rows), 4_000_000) == ("Signalen", 5001, 991)


def test_a_table_under_another_prefix_is_seen_by_neither(tmp_path):
    """calamine reads tables by the prefix "table:" only; under another, it sees no table (so
    builds nothing), and the scan looks at none."""
    from python_calamine import CalamineWorkbook

    far = ('<t:table-row t:number-rows-repeated="1000000"><t:table-cell/></t:table-row>'
           + "<t:table-row>" + '<t:table-cell t:number-columns-repeated="999"/>' + VALUE
           + "</t:table-row>")
    xml = content(far, prefix="tbl")
    assert CalamineWorkbook.from_path(str(ods(tmp_path / "t.ods", xml))).sheet_names == []
    assert oversized(xml, 5_000_000) is None
    assert oversized(content(far), 5_000_000) == ("Signalen", 1000001, 1000)


#: a cell repeated n times, holding a value or not
CELL = st.tuples(st.integers(1, 30), st.booleans())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 20), st.lists(CELL, max_size=6)), min_size=1,
                max_size=8))
def test_never_smaller_than_what_calamine_builds(tmp_path_factory, table):
    """Random tables of repeated rows and cells: the span found covers calamine's rectangle."""
    from python_calamine import CalamineWorkbook

    rows = "".join(
        f'<t:table-row t:number-rows-repeated="{times}">' + "".join(
            f'<t:table-cell t:number-columns-repeated="{n}" office:value-type="float" '
            f'office:value="1"/>' if value else f'<t:table-cell t:number-columns-repeated="{n}"/>'
            for n, value in cells) + "<t:table-cell/></t:table-row>"
        for times, cells in table)
    path = ods(tmp_path_factory.mktemp("ods") / "t.ods", content(rows))
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Signalen")
    built = sheet.height * sheet.width if sheet.start is not None else 0
    found = oversized(content(rows), 0)
    assert (found[1] * found[2] if found else 0) >= built
