"""A region brings its plan in from Excel, shaped as its own plans are (a title above the header,
merged pillar cells, points as bullets in one cell), and gets it out in the report in the same
structure; a workbook with problems names them and changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest

from drempelmeter.domain.plan import all_actions
from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import plan
from drempelmeter.services.plan_import import import_plan
from drempelmeter.services.report import write_report

from .plan_setup import ROWS, plan_workbook

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "plans"

def test_a_plan_in_the_regions_shape_comes_in_and_out_in_the_same_structure(new_db, tmp_path):
    report = import_plan(new_db, plan_workbook(tmp_path / "plan.xlsx"))
    assert report.problems == () and report.imported
    assert (report.sheet, report.pillars, report.goals, report.actions) == (
        "Actieplan 2025", 2, 3, 4)
    pillars = plan.read_plan(new_db)
    assert [p.title for p in pillars] == ["Positieve hulpverleningsrelatie",
                                          "Continuïteit van de dienstverlening"]
    assert [[g.title for g in p.goals] for p in pillars] == [
        ["Bevragen van de doelgroep", "Participatie van de doelgroep"],
        ["Samenwerking en doorverwijzing"]]
    first, second, third, fourth = all_actions(pillars)
    assert (first.number, second.number, third.number, fourth.number) == ("1.1", "1.2", "2.1",
                                                                          "3.1")
    assert first.concrete == ("Twee keer per jaar een warme maaltijd", "Een zaal in een school",
                              "Een gespreksleider")
    assert first.risks == ("Niemand komt", "Niets doen met de ideeën")
    assert first.needs == ("Maaltijden", "Bekendmaking")
    assert (first.due_on, second.due_on, fourth.due_on) == (
        date(2027, 6, 30), date(2027, 12, 31), date(2027, 3, 1))
    assert (first.moscow, second.moscow, third.moscow, fourth.moscow) == (
        "must", "should", None, "could")

    out = tmp_path / "rapport.pdf"
    write_report(new_db, date(2027, 1, 1), pdf=out)
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in pypdf.PdfReader(out).pages)
    overview = text[text.rindex("Overzicht per pijler en doel"):text.rindex(
        "De acties uitgewerkt")]
    assert overview.index("Pijler: Positieve") < overview.index("1. Bevragen") < overview.index(
        "Lunches waar") < overview.index("Pijler: Continuïteit")
    detail = text[text.rindex("De acties uitgewerkt"):]
    assert detail.index("Actie 1.1: Lunches") < detail.index("Twee keer per jaar") < (
        detail.index("Niemand komt")) < detail.index("Actie 1.2: Cliënten")


def test_problems_are_named_by_row_and_column_and_nothing_is_imported(new_db, tmp_path):
    rows = (*ROWS, ("Pijler", "Doel", "Bel Jan op 0470 12 34 56", "", "", "", "", "morgen",
                    "ooit"),
            ("Pijler", "Doel", "", "Een punt zonder actie", "", "", "", None, None))
    report = import_plan(new_db, plan_workbook(tmp_path / "plan.xlsx", rows))
    assert not report.imported and plan.read_plan(new_db) == []
    found = {(p.row, p.column, p.problem) for p in report.problems}
    assert (7, "H", "not a date") in found
    assert (7, "I", "not a MoSCoW category") in found
    assert (8, "C", "required") in found
    # Personal data does not block the import: it is named, with the number replaced.
    assert not any(p.problem.startswith("looks like personal") for p in report.problems)
    [note] = report.to_review
    assert (note.row, note.column) == (7, "C") and note.problem.startswith("looks like personal")
    assert note.value == "Bel Jan op [telefoonnummer]"


def test_a_workbook_without_a_plan_sheet_is_refused(new_db, tmp_path):
    path = tmp_path / "iets.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Naam", "Adres"])
    book.save(path)
    with pytest.raises(WorkbookError) as refused:
        import_plan(new_db, path)
    assert refused.value.kind == WorkbookError.NO_PLAN_SHEET


def test_the_reports_own_actions_sheet_reads_back(demo_file, new_db, tmp_path):
    from drempelmeter.store.database import open_database

    demo = open_database(demo_file)
    try:
        write_report(demo, date(2027, 1, 1), xlsx=tmp_path / "rapport.xlsx")
        before = plan.read_plan(demo)
    finally:
        demo.close()
    report = import_plan(new_db, tmp_path / "rapport.xlsx")
    assert report.imported and report.sheet == "Acties"
    assert report.ignored_columns == ()  # every column of our own workbook is understood
    after = plan.read_plan(new_db)

    def fields(pillars):  # type: ignore[no-untyped-def]
        return [[(a.number, a.title, a.concrete, a.risks, a.needs, a.owner, a.due_on, a.bs,
                  a.principles, a.moscow, a.validated_on, a.validation, a.status,
                  a.reported_back) for g in p.goals for a in g.actions] for p in pillars]

    assert fields(after) == fields(before)
    # a principle whose label holds a comma comes back whole, beside the others in its cell
    assert "known_visible" in {p for a in all_actions(after) for p in a.principles}
    # The barriers are another trajectory's: named, and the actions come in without the link.
    assert report.unknown_barriers and all(n.column == "N" for n in report.unknown_barriers)


def test_a_plan_saved_by_libreoffice_reads_the_same(new_db, tmp_path):
    """The same workbook, opened and saved by LibreOffice Calc (packaging/make_plan_fixtures.py)."""
    from drempelmeter.exchange.plan_reader import read_plan

    ours = read_plan(plan_workbook(tmp_path / "plan.xlsx"))
    theirs = read_plan(FIXTURES / "reference_plan_libreoffice.xlsx")
    assert theirs.problems == [] and ours.problems == []

    def shape(contents):  # type: ignore[no-untyped-def]
        return [(p.title, [(g.title, [(a.title, a.concrete, a.risks, a.needs, a.owner, a.due_on,
                                       a.moscow) for a in g.actions]) for g in p.goals])
                for p in contents.pillars]

    assert shape(theirs) == shape(ours)
    assert import_plan(new_db, FIXTURES / "reference_plan_libreoffice.xlsx").imported


def test_every_length_limit_is_checked_in_the_dry_run_and_said_with_its_place(new_db):
    """A region's real goal is longer than a goal may be (LibreOffice-saved workbook): the dry
    run says so as the import would, with sheet, row, column and the limit in words."""
    for dry_run in (True, False):
        report = import_plan(new_db, FIXTURES / "long_goal_libreoffice.xlsx", dry_run=dry_run)
        assert not report.imported and plan.read_plan(new_db) == []
        [problem] = report.problems
        assert (problem.sheet, problem.row, problem.column, problem.header) == (
            "Actieplan 2025", 7, "B", "Doel")
        assert (problem.problem, problem.allowed) == ("too long", "at most 200 characters")
        words = str(problem)
        assert "too_long" not in words and len(words) < 250 and "…" in words


def test_an_action_with_several_texts_too_long_names_each(new_db, tmp_path):
    rows = (("Pijler", "Doel", "A" * 501, "x" * 1001, "", "", "T" * 201, None, None),)
    report = import_plan(new_db, plan_workbook(tmp_path / "plan.xlsx", rows), dry_run=True)
    assert {(p.column, p.allowed) for p in report.problems} == {
        ("C", "at most 500 characters"), ("D", "at most 1000 characters"),
        ("G", "at most 200 characters")}


def test_a_plan_imported_again_is_refused_unless_told_to_replace_or_add(new_db):
    fixture = FIXTURES / "reference_plan_libreoffice.xlsx"
    assert import_plan(new_db, fixture).imported
    titles = [a.title for a in all_actions(plan.read_plan(new_db))]
    again = import_plan(new_db, fixture)
    assert not again.imported and again.already_there == 2 + 3 + 4 and again.problems == ()
    assert [a.title for a in all_actions(plan.read_plan(new_db))] == titles
    replaced = import_plan(new_db, fixture, existing="replace")
    assert replaced.imported and replaced.replaced
    assert [a.title for a in all_actions(plan.read_plan(new_db))] == titles
    assert import_plan(new_db, fixture, existing="add").imported
    assert [a.title for a in all_actions(plan.read_plan(new_db))] == titles + titles


def test_usual_flemish_headings_are_recognised_and_others_reported(new_db):
    """"Doelstelling", "Hoe kan het mislukken?", "Wat is er nodig?", "Trekker(s)" and a column
    "Opmerkingen" the import does not read (LibreOffice-saved)."""
    from drempelmeter.exchange.plan_reader import HEADERS, heading_key

    report = import_plan(new_db, FIXTURES / "flemish_headings_libreoffice.xlsx")
    assert report.imported and report.ignored_columns == ("J (Opmerkingen)",)
    first = all_actions(plan.read_plan(new_db))[0]
    assert first.risks == ("Niemand komt", "Niets doen met de ideeën")
    assert first.needs == ("Maaltijden", "Bekendmaking") and first.owner == "CAW"
    for heading, key in (("Verantwoordelijke", "owner"), ("Trekker(s):", "owner"),
                         ("Hoe kan het mislukken?", "risks"), ("Risico's", "risks"),
                         ("Betrokkenen", "partners"), ("Einddatum", "due_on")):
        assert HEADERS[heading_key(heading)] == key, heading


def test_one_formatted_empty_row_far_below_does_not_make_a_plan_too_large(new_db):
    from openpyxl import load_workbook

    fixture = FIXTURES / "formatted_row_25000_libreoffice.xlsx"
    assert load_workbook(fixture, read_only=True).active.max_row == 25000
    report = import_plan(new_db, fixture)
    assert report.imported and report.actions == 4
