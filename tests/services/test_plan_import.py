"""A region brings its plan in from Excel, shaped as its own plans are (a title above the header,
merged pillar cells, points as bullets in one cell), and gets it out in the report in the same
structure; a workbook with problems names them and changes nothing."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pypdf
import pytest

from drempelmeter.domain.plan import all_actions
from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import plan
from drempelmeter.services.plan_import import import_plan
from drempelmeter.services.report import write_report

HEADER = ("Pijler", "Doel", "Actie", "Hoe ziet het idee er concreet uit?",
          "Hoe kan het initiatief mislukken?", "Wat is er dan nodig om het idee te doen slagen?",
          "Trekker", "Deadline", "MoSCoW")
ROWS = (
    ("Positieve hulpverleningsrelatie", "Bevragen van de doelgroep",
     "Lunches waar mensen in armoede het woord voeren",
     "* Twee keer per jaar een warme maaltijd * Een zaal in een school * Een gespreksleider",
     "- Niemand komt\n- Niets doen met de ideeën", "• Maaltijden\n• Bekendmaking",
     "CAW", datetime(2027, 6, 30), "must"),
    (None, None, "Cliënten actief bevragen over het aanbod", "Nog uit te werken", "", "",
     "OCMW", "31-12-2027", "Should have"),
    (None, "Participatie van de doelgroep", "Een focusgroep oprichten",
     "Werken per thema\nDe focusgroep als ambassadeur", "Rol niet afgebakend",
     "Een begeleider", "", None, None),
    ("Continuïteit van de dienstverlening", "Samenwerking en doorverwijzing",
     "Wisselstages tussen de kernactoren", "Een week meelopen", "", "", "Sociaal Huis",
     date(2027, 3, 1), "c"),
)


def plan_workbook(path, rows=ROWS):  # type: ignore[no-untyped-def]
    """A plan as a region keeps it: a title row, the header, pillars merged down."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Actieplan 2025"
    sheet.append(["OVERZICHT ACTIEPLAN 2025 – 2030"])
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("A3:A5")
    book.save(path)
    return path


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
    found = {(p.row, p.column, p.problem.split(":")[0]) for p in report.problems}
    assert (7, "H", "is not a date") in found
    assert (7, "I", "is not a MoSCoW category") in found
    assert (8, "C", "is empty") in found
    assert (7, "C", "looks like personal data; write it without") in found


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
    after = plan.read_plan(new_db)
    assert [[(a.number, a.title, a.concrete, a.risks, a.needs, a.owner, a.due_on)
             for g in p.goals for a in g.actions] for p in after] == [
        [(a.number, a.title, a.concrete, a.risks, a.needs, a.owner, a.due_on)
         for g in p.goals for a in g.actions] for p in before]
