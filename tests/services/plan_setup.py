"""A plan workbook in the shape the regions keep theirs: a title row above the header, pillars
merged down, points as bullets in one cell, dates as dates and as text. Used by the plan import
tests and by packaging/make_plan_fixtures.py (which has LibreOffice save it)."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl

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


#: Headings a region may use instead of ours, and a column the import does not read.
VARIANT_HEADER = ("Pijler", "Doelstelling", "Actie", "Hoe ziet het idee eruit?",
                  "Hoe kan het mislukken?", "Wat is er nodig?", "Trekker(s)", "Deadline",
                  "MoSCoW", "Opmerkingen")
#: A goal as long as a region's real one (281 characters; the most is 200).
LONG_GOAL = ("Samen met de partners van het samenwerkingsverband zorgen we ervoor dat iedere "
             "inwoner die bij een van de loketten aanklopt, zonder drempels wordt doorverwezen "
             "naar de juiste dienst, dat die doorverwijzing warm gebeurt en dat er "
             "nagegaan wordt of de vraag ook echt beantwoord werd.")


def plan_workbook(path, rows=ROWS, header=HEADER):  # type: ignore[no-untyped-def]
    """A plan as a region keeps it: a title row, the header, pillars merged down."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Actieplan 2025"
    sheet.append(["OVERZICHT ACTIEPLAN 2025 – 2030"])
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("A3:A5")
    book.save(path)
    return path
