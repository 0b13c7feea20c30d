"""Text that comes in from a workbook is cleaned like typed text. A workbook cannot hold a
control character in XML: Excel saves a vertical tab as "_x000B_" (and a literal "_x000B_" as
"_x005F_x000B_"); the readers decode that and clean, the writers escape a literal one."""

from __future__ import annotations

import zipfile
from dataclasses import replace

import openpyxl

from drempelmeter.domain.plan import all_actions
from drempelmeter.exchange.cells import text_of
from drempelmeter.services import bundles, plan, signals
from drempelmeter.services.plan_import import import_plan

from .conftest import PARTNER, fill, row
from .test_bundle_roundtrip import caw_signals


def sheet_xml(path, name: str = "xl/worksheets/sheet2.xml") -> bytes:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def test_a_cell_is_read_as_excel_shows_it_and_cleaned():
    assert text_of(None) == ""
    assert text_of(" Wacht_x000B_lijst_x0007_ _x000D_\nlang ") == "Wacht\nlijst \nlang"
    assert text_of("letterlijk _x005F_x000B_") == "letterlijk _x000B_"
    assert text_of("Cafe\u0301\x85") == "Café"
    assert text_of(3.0) == "3.0"


def test_a_bundle_row_with_a_vertical_tab_imports_cleaned(demo_db, template):
    # openpyxl writes the text as it is given; this is how Excel stores a pasted VT and bell.
    fill(template, [row("Wachtlijst_x000B_ bij de schuldhulp_x0007__x000D_\nvoor gezinnen ")])
    assert b"Wachtlijst_x000B_" in sheet_xml(template)
    report = bundles.import_bundle(demo_db, template)
    assert (report.problems, report.added) == ((), 1)
    assert "Wachtlijst\n bij de schuldhulp\nvoor gezinnen" in [
        s.description for s in caw_signals(demo_db)]


def test_a_literal_escape_sequence_survives_the_round_trip(demo_db, tmp_path):
    signal = caw_signals(demo_db)[0]
    text = "Formulier _x000B_ blijft zo staan"
    signals.update_signal(demo_db, replace(signal, description=text))
    out = tmp_path / "bundel.xlsx"
    bundles.export_template(demo_db, PARTNER, out)
    assert b"Formulier _x005F_x000B_ blijft" in sheet_xml(out)
    again = bundles.import_bundle(demo_db, out, dry_run=True)
    assert (again.problems, again.added, again.updated) == ((), 0, 0)
    assert text in [s.description for s in caw_signals(demo_db)]


def test_a_plan_row_with_control_characters_imports_cleaned(new_db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Pijler", "Doel", "Actie", "Hoe ziet het idee er concreet uit?", "Trekker"])
    sheet.append([" Bereik_x000B_ ", "Doel_x0007_ een", "Actie e\u0301\u00e9n",
                  "* eerste_x000B_ punt_x000D_\n* tweede punt", "\tAn_x001F_ "])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    report = import_plan(new_db, path)
    assert report.problems == () and report.imported
    [pillar] = plan.read_plan(new_db)
    [action] = all_actions([pillar])
    assert (pillar.title, pillar.goals[0].title, action.title) == ("Bereik", "Doel een",
                                                                   "Actie één")
    assert (action.concrete, action.owner) == (("eerste", "punt", "tweede punt"), "An")
