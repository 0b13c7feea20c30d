"""Every way a workbook is refused has its words in the window, with the file's name and what to
do (a kind without them was a KeyError where the window explains a refusal)."""

from __future__ import annotations

from pathlib import Path

from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.ui.messages import describe_workbook_error

KINDS = [value for name, value in vars(WorkbookError).items()
         if name.isupper() and isinstance(value, str)]


def test_every_refusal_of_a_workbook_is_worded_in_the_window(qapp):
    for kind in KINDS:
        text = describe_workbook_error(WorkbookError(Path("/tmp/bundel.xlsx"), kind, "x"))
        assert "bundel.xlsx" in text and "%" not in text, kind


def test_the_lock_file_names_the_workbook_to_import(qapp):
    text = describe_workbook_error(WorkbookError(Path("/tmp/~$bundel CAW.xlsx"),
                                                 WorkbookError.LOCK_FILE, "bundel CAW.xlsx"))
    assert text.startswith("“~$bundel CAW.xlsx” is the lock file")
    assert "Close “bundel CAW.xlsx” and import that file." in text
