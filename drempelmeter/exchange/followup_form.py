"""Write a follow-up form: the actions a trekker or partner carries, what to report on each, in
plain Dutch, with the identification locked and a drop-down of the statuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ..domain.plan import ACTION_STATUSES
from .atomic import write_atomically
from .bundle_columns import column_letter
from .cells import put_text
from .followup_columns import (
    COLUMNS,
    DATE_LABEL,
    DATE_ROW,
    FOLLOW_UP_SHEET,
    FORM_VERSION,
    FORMAT_NAME,
    HEADER_ROW,
    INDICATOR_COLUMNS,
    INDICATORS_SHEET,
    INFO_SHEET,
    INSTRUCTIONS_SHEET,
    LISTS_SHEET,
    REPORTER_LABEL,
    REPORTER_ROW,
    STATUS_LIST,
    TEXT_MAX,
)
from .workbook_guide import put_guide_lines

INSTRUCTIONS = (
    ("Opvolgingsformulier", "title"),
    ("Met dit formulier laat je weten hoe het staat met de acties uit het actieplan die jij "
     "trekt of waar jouw organisatie aan meewerkt. Het kost je ongeveer tien minuten.", ""),
    ("Hoe vul je in?", "heading"),
    ("1. Ga naar het blad “Opvolging”. Vul bovenaan je naam in en de datum van vandaag.", ""),
    ("2. Elke rij is één actie. Vul enkel de witte cellen in; de grijze cellen zeggen over welke "
     "actie het gaat en blijven zoals ze zijn.", ""),
    ("3. Kies bij “Nieuwe stand” uit de lijst. Is er niets veranderd, laat de cel dan leeg.", ""),
    ("4. Schrijf kort wat er gedaan is, waaruit dat blijkt, wat de volgende stap is, wat er "
     "moeilijk loopt en wat jullie nodig hebben. Is er niets te melden over een actie, laat de "
     "hele rij dan leeg.", ""),
    ("5. Hebben je acties indicatoren, vul dan op het blad “Indicatoren” de nieuwe waarde in "
     "en wanneer je ze mat. Een getal met een komma mag: 3,5.", ""),
    ("6. Bewaar het bestand en stuur het terug naar de procescoach.", ""),
    ("Wat hoort er niet in?", "heading"),
    ("Schrijf nooit iets waardoor een cliënt herkenbaar wordt: geen namen van cliënten, geen "
     "adressen, rijksregisternummers, rekeningnummers, telefoonnummers of e-mailadressen.", ""),
    ("Goed om te weten", "heading"),
    ("Een actie die bijgestuurd of gestopt is, vraagt een uitleg in de kolom “Problemen”. "
     f"Elke tekst telt hoogstens {TEXT_MAX} tekens. Gebruik geen formules. Je mag het formulier "
     "later verbeterd opnieuw sturen: de coach leest het dan gewoon opnieuw in.", ""),
    ("De kolommen", "heading"),
)


@dataclass(frozen=True)
class FormAction:
    """One action as the form shows it."""

    action_id: str
    number: str
    title: str
    goal: str
    starts_on: date | None
    due_on: date | None
    current: str


@dataclass(frozen=True)
class FormIndicator:
    """One indicator of an action on the form, with its target and last value as text."""

    indicator_id: str
    number: str
    title: str
    name: str
    unit: str
    target: str
    last: str


@dataclass(frozen=True)
class FollowUpTemplate:
    """Everything a follow-up form shows, as plain data."""

    trajectory_id: str
    trajectory_name: str
    form_id: str
    #: "owner" (a trekker) or "partner"
    made_for_kind: str
    made_for: str
    actions: tuple[FormAction, ...]
    indicators: tuple[FormIndicator, ...] = ()


def write_followup_form(path: Path, template: FollowUpTemplate) -> None:
    """Write the workbook to `path`, complete or not at all."""
    write_atomically(path, lambda target: _build(template).save(target))


def _build(template: FollowUpTemplate):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Protection
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    bold = Font(bold=True)
    guide = book.active
    guide.title = INSTRUCTIONS_SHEET
    guide.column_dimensions["A"].width = 90
    guide.sheet_properties.pageSetUpPr.fitToPage = True
    guide.page_setup.fitToWidth, guide.page_setup.fitToHeight = 1, 0
    whom = "trekker" if template.made_for_kind == "owner" else "partner"
    lines = [*INSTRUCTIONS,
             *((f"{c.header_nl}: {c.help_nl}", "") for c in COLUMNS),
             *((f"Indicatoren, {c.header_nl}: {c.help_nl}", "") for c in INDICATOR_COLUMNS
               if c.to_fill),
             ("Voor wie", "heading"),
             (f"Formulier voor {whom} {template.made_for}, traject {template.trajectory_name}: "
              f"{len(template.actions)} acties.", "")]
    put_guide_lines(guide, lines)

    sheet = book.create_sheet(FOLLOW_UP_SHEET)
    open_cell = Protection(locked=False)
    for row, label in ((REPORTER_ROW, REPORTER_LABEL), (DATE_ROW, DATE_LABEL)):
        sheet.cell(row=row, column=1, value=label).font = bold
        sheet.cell(row=row, column=2).protection = open_cell
    sheet.cell(row=DATE_ROW, column=2).number_format = "DD-MM-YYYY"
    dates = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)",
                           formula2="DATE(2100,12,31)", allow_blank=True, errorStyle="warning",
                           error="Typ een datum, zoals 31-12-2027.",
                           promptTitle=DATE_LABEL, prompt="De datum van vandaag, bv. 31-12-2027.",
                           showInputMessage=True, showErrorMessage=True)
    dates.add(f"B{DATE_ROW}")
    sheet.add_data_validation(dates)
    last = _table(sheet, COLUMNS, [
        {"number": a.number, "title": a.title, "goal": a.goal, "starts_on": a.starts_on,
         "due_on": a.due_on, "current": a.current, "action_id": a.action_id}
        for a in template.actions])
    sheet.column_dimensions["A"].width = 22  # the labels of the reporter and date
    first = HEADER_ROW + 1
    measured = book.create_sheet(INDICATORS_SHEET)
    measured.cell(row=1, column=1, value="Indicatoren van deze acties").font = bold
    measured.cell(row=2, column=1, value="Vul de nieuwe waarde in en de datum van de meting.")
    _table(measured, INDICATOR_COLUMNS, [
        {"number": i.number, "title": i.title, "name": i.name, "unit": i.unit,
         "target": i.target, "last": i.last, "indicator_id": i.indicator_id}
        for i in template.indicators])
    column = column_letter(next(n for n, c in enumerate(INDICATOR_COLUMNS)
                                if c.field == "measured_on"))
    measured_on = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)",
                                 formula2="DATE(2100,12,31)", allow_blank=True,
                                 errorStyle="warning", error="Typ een datum, zoals 31-12-2027.",
                                 showErrorMessage=True)
    measured_on.add(f"{column}{first}:{column}{HEADER_ROW + max(len(template.indicators), 1)}")
    measured.add_data_validation(measured_on)

    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    lists.cell(row=1, column=1, value="Nieuwe stand")
    statuses = list(ACTION_STATUSES.offered())
    for number, term in enumerate(statuses, start=2):
        lists.cell(row=number, column=1, value=term.nl)
    book.defined_names[STATUS_LIST] = DefinedName(
        STATUS_LIST, attr_text=f"'{LISTS_SHEET}'!$A$2:$A${len(statuses) + 1}")
    status = next(c for c in COLUMNS if c.field == "status")
    letter = column_letter(COLUMNS.index(status))
    rule = DataValidation(type="list", formula1=STATUS_LIST, allow_blank=True,
                          errorStyle="stop", error="Kies een stand uit de lijst.",
                          promptTitle=status.header_nl, prompt=status.help_nl[:250],
                          showInputMessage=True, showErrorMessage=True)
    rule.add(f"{letter}{first}:{letter}{last}")
    sheet.add_data_validation(rule)

    info = book.create_sheet(INFO_SHEET)
    info.sheet_state = "hidden"
    for key, value in (
        ("format", FORMAT_NAME), ("form_version", str(FORM_VERSION)),
        ("trajectory_id", template.trajectory_id), ("trajectory_name", template.trajectory_name),
        ("form_id", template.form_id), ("made_for_kind", template.made_for_kind),
        ("made_for", template.made_for),
        ("created_at", datetime.now(UTC).isoformat(timespec="seconds")),
    ):
        info.append([key])
        put_text(info.cell(row=info.max_row, column=2), value)
    book.active = 1
    return book


def _table(sheet, columns, rows: list[dict[str, object]]) -> int:
    """The header at HEADER_ROW and a row per dict below it: the columns to fill open, the
    others grey and locked, the code column hidden, the sheet protected (without a password:
    it keeps the identification from being typed over by accident, and a reporter who must can
    still lift it). Returns the last row."""
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    wrap = Alignment(wrap_text=True, vertical="top")
    locked_fill = PatternFill("solid", fgColor="E8E8E8")
    header_fill = PatternFill("solid", fgColor="DDE7F0")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=column.header_nl)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = wrap
        sheet.column_dimensions[column_letter(index - 1)].width = column.width
    sheet.row_dimensions[HEADER_ROW].height = 32
    first = HEADER_ROW + 1
    for row, values in enumerate(rows, start=first):
        # Office suites do not always fit wrapped rows themselves; room for three lines of
        # report at least.
        sheet.row_dimensions[row].height = 15 * max(3, *(
            1 + len(str(values.get(c.field) or "")) * 11 // (10 * c.width) for c in columns))
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(row=row, column=index)
            cell.alignment = wrap
            if column.to_fill:
                cell.protection = Protection(locked=False)
                if column.as_text:
                    cell.number_format = "@"
                continue
            value = values[column.field]
            if isinstance(value, date):
                cell.value = value
                cell.number_format = "DD-MM-YYYY"
            elif value:
                put_text(cell, str(value))
            cell.fill = locked_fill
    sheet.column_dimensions[column_letter(len(columns) - 1)].hidden = True
    sheet.freeze_panes = f"C{first}"
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    return first + max(len(rows), 1) - 1
