"""Answers pasted into a response form from a word processor or a web page come in as typed:
the invisible characters pasted along do not make a valid answer "not an answer"."""

from __future__ import annotations

import openpyxl
import pytest

from drempelmeter.domain.scoring import DONT_KNOW
from drempelmeter.services import measurement
from drempelmeter.services.response_forms import export_form, import_form

from .response_setup import ENTERED, PARTNER_ID, ROUND_ID, build

#: Each answer as pasted, and what it is.
PASTED = {"F2": ("\u200b5", (5, None)), "F3": ("4\u00ad", (4, None)),
          "F4": ("\ufeff3\t", (3, None)), "F5": ("weet\u00a0niet\u2060", (None, DONT_KNOW)),
          "F6": ("2\n", (2, None))}


@pytest.fixture
def db(tmp_path):
    handle = build(tmp_path / "form.drempel")
    yield handle
    handle.close()


def test_answers_with_invisible_characters_pasted_along_are_read(db, tmp_path):
    """A zero-width space, a soft hyphen, a byte-order mark or a word joiner was refused as
    "not an answer", echoed in a message that showed nothing wrong."""
    out = tmp_path / "form.xlsx"
    export_form(db, out, ROUND_ID, PARTNER_ID, "staff")
    book = openpyxl.load_workbook(out)
    sheet = book["Antwoorden"]
    codes = {cell: sheet[f"A{cell[1:]}"].value for cell in PASTED}
    for cell, (typed, _) in PASTED.items():
        sheet[cell] = typed
    book.save(out)
    dry = import_form(db, out, dry_run=True)
    report = import_form(db, out)
    assert dry.problems == report.problems == ()
    assert (dry.added, report.added, report.written) == (1, 1, True)
    added = next(r for r in measurement.list_respondents(db, ROUND_ID, PARTNER_ID, "staff")
                 if r.id not in ENTERED)
    answers = {item: (value, special) for item, value, special in added.answers}
    assert {cell: answers[codes[cell]] for cell in PASTED} == {
        cell: answer for cell, (_, answer) in PASTED.items()}
