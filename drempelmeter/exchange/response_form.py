"""Write the Excel response form of one partner's group: items as rows, one column per form.

Each respondent column is known by its header ("Vragenlijst 1", ...); the hidden info sheet
says which respondent a header stands for, so re-importing the same file changes nothing. The
items that measure a theme come after those of the B's, under a header row of their own
("Code", "Thema", "Vraag").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from .atomic import write_atomically
from .cells import put_text
from .workbook_guide import put_guide_lines

FORMAT_NAME = "drempelmeter-antwoorden"
FORM_VERSION = 1
ANSWERS_SHEET = "Antwoorden"
INSTRUCTIONS_SHEET = "Uitleg"
INFO_SHEET = "Info"
CODE_HEADER = "Code"
B_HEADER = "B"
THEME_HEADER = "Thema"
QUESTION_HEADER = "Vraag"
RESPONDENT_HEADER = "Vragenlijst {}"
RESPONDENT_KEY = "respondent:"
DONT_KNOW_LABEL = "weet niet"
NOT_APPLICABLE_LABEL = "n.v.t."
CHOICES = ("1", "2", "3", "4", "5", DONT_KNOW_LABEL, NOT_APPLICABLE_LABEL)
#: Empty columns added after the forms already entered.
SPARE_COLUMNS = 15

INSTRUCTIONS = (
    ("Antwoordformulier", "title"),
    ("Elke kolom op het blad “Antwoorden” is één ingevulde vragenlijst; elke rij is één vraag. "
     "Neem de antwoorden van de papieren vragenlijsten over, één vragenlijst per kolom.", ""),
    ("Welke antwoorden?", "heading"),
    ("1 (helemaal niet akkoord) tot 5 (helemaal akkoord), “weet niet” of “n.v.t.” (niet van "
     "toepassing). Kies uit de keuzelijst in de cel. Een vraag zonder antwoord laat je leeg.", ""),
    ("Anoniem", "heading"),
    ("Schrijf nergens een naam of iets anders waardoor iemand herkenbaar wordt. De kolomkoppen "
     "blijven “Vragenlijst 1”, “Vragenlijst 2”, ...; verander ze niet, en verander de codes in "
     "de eerste kolom niet. Meer vragenlijsten dan kolommen? Voeg rechts een kolom toe met als "
     "kop het volgende nummer.", ""),
)

CLOSED_NOTE = ("Let op: de meetronde “{}” is afgesloten sinds {}. Wat je in dit formulier "
               "invult, kan niet meer ingelezen worden; het toont de antwoorden zoals ze zijn.")


@dataclass(frozen=True)
class FormItem:
    id: str
    #: The name of the B or theme the item measures.
    b_label: str
    question: str
    is_theme: bool = False


@dataclass(frozen=True)
class ResponseForm:
    """Everything the form shows, as plain data; answers are the cell texts of CHOICES."""

    trajectory_id: str
    trajectory_name: str
    round_id: str
    round_name: str
    partner_id: str
    partner_name: str
    group: str
    group_label: str
    form_id: str
    items: tuple[FormItem, ...]
    #: (respondent id, {item id: cell text}) for the forms already entered.
    respondents: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    #: The day the round was closed: the form says its answers can no longer be imported.
    closed_on: date | None = None


def write_form(path: Path, form: ResponseForm) -> None:
    """Write the workbook to `path`, complete or not at all."""
    write_atomically(path, lambda target: _build(form).save(target))


def _build(form: ResponseForm):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    guide = book.active
    guide.title = INSTRUCTIONS_SHEET
    guide.column_dimensions["A"].width = 90
    closed = [(CLOSED_NOTE.format(form.round_name, f"{form.closed_on:%d-%m-%Y}"), "heading")
              ] if form.closed_on else []
    lines = [INSTRUCTIONS[0], *closed, *INSTRUCTIONS[1:],
             (f"{form.partner_name}: {form.group_label}, {form.round_name} "
              f"(traject {form.trajectory_name})", "")]
    put_guide_lines(guide, lines)

    sheet = book.create_sheet(ANSWERS_SHEET)
    columns = len(form.respondents) + SPARE_COLUMNS
    headers = [CODE_HEADER, B_HEADER, QUESTION_HEADER,
               *(RESPONDENT_HEADER.format(n) for n in range(1, columns + 1))]
    fill = PatternFill("solid", fgColor="DDE7F0")
    def put_header(row: int, texts: list[str]) -> None:
        for index, header in enumerate(texts, start=1):
            cell = sheet.cell(row=row, column=index, value=header)
            cell.font = Font(bold=True)
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    put_header(1, headers)
    for index in range(1, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 13 if index > 3 else 10
    sheet.column_dimensions["C"].width = 60
    sheet.freeze_panes = "D2"
    sheet.row_dimensions[1].height = 30
    b_items = [item for item in form.items if not item.is_theme]
    theme_items = [item for item in form.items if item.is_theme]
    rows: dict[str, int] = {}
    row = 1
    for item in (*b_items, *theme_items):
        row += 1
        if theme_items and item is theme_items[0]:  # a theme has no B: a header of its own
            put_header(row, [CODE_HEADER, THEME_HEADER, QUESTION_HEADER])
            row += 1
        rows[item.id] = row
        put_text(sheet.cell(row=row, column=1), item.id)
        put_text(sheet.cell(row=row, column=2), item.b_label)
        question = sheet.cell(row=row, column=3)
        put_text(question, item.question)
        question.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row].height = 15 * (1 + len(item.question) // 70)
    for offset, (_respondent, answers) in enumerate(form.respondents):
        for item in form.items:
            answer = answers.get(item.id)
            if answer:
                put_text(sheet.cell(row=rows[item.id], column=4 + offset), answer)
    last_row = row
    rule = DataValidation(type="list", formula1='"' + ",".join(CHOICES) + '"', allow_blank=True,
                          showErrorMessage=True, error="Kies 1 tot 5, weet niet of n.v.t.",
                          errorTitle="Antwoord")
    rule.add(f"D2:{get_column_letter(len(headers) + 20)}{last_row}")
    sheet.add_data_validation(rule)
    sheet.page_setup.orientation = "landscape"

    info = book.create_sheet(INFO_SHEET)
    info.sheet_state = "hidden"
    facts = [
        ("format", FORMAT_NAME), ("form_version", str(FORM_VERSION)),
        ("trajectory_id", form.trajectory_id), ("trajectory_name", form.trajectory_name),
        ("round_id", form.round_id), ("round_name", form.round_name),
        ("partner_id", form.partner_id), ("partner_name", form.partner_name),
        ("group", form.group), ("form_id", form.form_id),
        ("created_at", datetime.now(UTC).isoformat(timespec="seconds")),
        *((RESPONDENT_KEY + RESPONDENT_HEADER.format(n), respondent_id)
          for n, (respondent_id, _answers) in enumerate(form.respondents, start=1)),
    ]
    for key, value in facts:
        info.append([key])
        put_text(info.cell(row=info.max_row, column=2), value)
    book.active = 1
    return book
