"""Write a partner's signal bundle workbook: instructions, signals with drop-downs, hidden info."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..domain.taxonomy import SEVERITY
from ..domain.terms import Term
from .atomic import write_atomically
from .bundle_columns import (
    COLUMNS,
    FORMAT_NAME,
    INFO_SHEET,
    INSTRUCTIONS_SHEET,
    LISTS_SHEET,
    SIGNALS_SHEET,
    TEMPLATE_VERSION,
    BundleColumn,
    column_letter,
)
from .cells import put_text
from .workbook_guide import put_guide_lines

EMPTY_ROWS = 500

INSTRUCTIONS = (
    ("Signalenbundel", "title"),
    ("Deze werkmap verzamelt de signalen die jullie team in de praktijk opmerkt. Een signaal is "
     "een probleem dat terugkomt en dat meer dan één persoon of situatie raakt: iets in de manier "
     "waarop hulp en rechten bereikbaar zijn.", ""),
    ("Wat hoort er niet in?", "heading"),
    ("Schrijf nooit iets waardoor een cliënt herkenbaar wordt: geen namen, geen adressen, geen "
     "rijksregisternummers, rekeningnummers, telefoonnummers, e-mailadressen of geboortedata. "
     "Beschrijf de situatie in het algemeen: “ouders met jonge kinderen”, niet “mevrouw X”.", ""),
    ("Hoe vul je in?", "heading"),
    ("Eén signaal per rij op het blad “Signalen”. Kies waar mogelijk uit de keuzelijst in de "
     "cel. Alleen de omschrijving en de B zijn verplicht. Levensdomeinen en doelgroepen: "
     "meerdere keuzes scheid je met een puntkomma.", ""),
    ("Bestaande signalen staan al ingevuld: pas ze gerust aan. Laat de kolom “Nummer” zoals ze "
     "is; voor een nieuw signaal blijft ze leeg. Wijzig de bladen en de kolomkoppen niet.", ""),
    ("De kolommen", "heading"),
)


@dataclass(frozen=True)
class BundleTemplate:
    """Everything a partner's workbook shows, as plain data."""

    trajectory_id: str
    trajectory_name: str
    partner_id: str
    partner_name: str
    bs: tuple[Term, ...]
    rows: list[dict[str, object]] = field(default_factory=list)
    #: The columns with the trajectory's own lists.
    columns: tuple[BundleColumn, ...] = COLUMNS


def label_of(column: BundleColumn, value: object) -> str:
    """The Dutch label a cell shows for a stored value (keys, severity numbers, lists)."""
    if value is None or value == "" or value == ():
        return ""
    if column.multi:
        assert isinstance(value, tuple | list) and column.vocabulary is not None
        return "; ".join(column.vocabulary[key].nl for key in value)
    if column.field == "severity":
        return SEVERITY[str(value)].nl
    if column.vocabulary is not None:
        return column.vocabulary[str(value)].nl
    return str(value)


def write_template(path: Path, template: BundleTemplate) -> None:
    """Write the workbook to `path`, complete or not at all."""
    write_atomically(path, lambda target: _build(template).save(target))


def _build(template: BundleTemplate):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    columns = template.columns
    book = Workbook()
    guide = book.active
    guide.title = INSTRUCTIONS_SHEET
    guide.column_dimensions["A"].width = 90
    guide.sheet_properties.pageSetUpPr.fitToPage = True
    guide.page_setup.fitToWidth, guide.page_setup.fitToHeight = 1, 0
    lines = [*INSTRUCTIONS,
             (f"Bundel van {template.partner_name}, traject {template.trajectory_name}", ""),
             *((f"{c.header_nl}: {c.help_nl}", "") for c in columns),
             ("De B's", "heading"),
             *((f"{t.nl}: {t.definition_nl}", "") for t in template.bs)]
    put_guide_lines(guide, lines)

    sheet = book.create_sheet(SIGNALS_SHEET)
    header_fill = PatternFill("solid", fgColor="DDE7F0")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header_nl)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[column_letter(index - 1)].width = column.width
    sheet.freeze_panes = "B2"
    sheet.row_dimensions[1].height = 32
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    for offset, values in enumerate(template.rows, start=2):
        for index, column in enumerate(columns, start=1):
            text = label_of(column, values.get(column.field))
            if text:
                put_text(sheet.cell(row=offset, column=index), text)
        sheet.cell(row=offset, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    last_row = len(template.rows) + 1 + EMPTY_ROWS

    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    for index, column in enumerate(c for c in columns if c.vocabulary is not None):
        terms: Iterable[Term] = (template.bs if column.field in ("primary_b", "secondary_b")
                                 else column.vocabulary.offered() if column.vocabulary else ())
        letter = column_letter(index)
        lists.cell(row=1, column=index + 1, value=column.header_nl)
        count = 0
        for count, term in enumerate(terms, start=1):
            lists.cell(row=count + 1, column=index + 1, value=term.nl)
        reference = f"'{LISTS_SHEET}'!${letter}$2:${letter}${count + 1}"
        book.defined_names[column.list_name] = DefinedName(column.list_name, attr_text=reference)
        # Multi-choice columns get the list too, to pick one value; typing several, separated
        # by a semicolon, must not raise an error there.
        target = column_letter(columns.index(column))
        rule = DataValidation(type="list", formula1=column.list_name, allow_blank=True,
                              showErrorMessage=not column.multi, errorStyle="warning",
                              error="Kies een waarde uit de lijst.",
                              promptTitle=column.header_nl, prompt=column.help_nl[:250],
                              showInputMessage=True)
        rule.add(f"{target}2:{target}{last_row}")
        sheet.add_data_validation(rule)

    info = book.create_sheet(INFO_SHEET)
    info.sheet_state = "hidden"
    for key, value in (
        ("format", FORMAT_NAME), ("template_version", str(TEMPLATE_VERSION)),
        ("trajectory_id", template.trajectory_id), ("trajectory_name", template.trajectory_name),
        ("partner_id", template.partner_id), ("partner_name", template.partner_name),
        ("created_at", datetime.now(UTC).isoformat(timespec="seconds")),
    ):
        info.append([key])
        put_text(info.cell(row=info.max_row, column=2), value)
    book.active = 1
    return book
