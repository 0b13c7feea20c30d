"""The signals and what became of them, written from the window's report action."""

from __future__ import annotations

import openpyxl
import pypdf


def test_write_the_signals_and_their_fate_from_the_window(window, demo_file, qtbot, answers,
                                                          tmp_path):
    window.open_path(demo_file)
    answers.choices = ["CAW Demervallei", "Signals and what became of them, as a PDF"]
    answers.save_path = tmp_path / "signalen.pdf"
    writer = window.write_report()
    assert writer is not None
    with qtbot.waitSignal(writer.done, timeout=60_000) as done:
        pass
    assert done.args == [True] and answers.errors == []
    reader = pypdf.PdfReader(tmp_path / "signalen.pdf")
    assert reader.metadata.title.startswith("Wat gebeurde met de signalen van CAW Demervallei")
    answers.choices = ["The whole region", "Signals and what became of them, as an Excel workbook"]
    answers.save_path = tmp_path / "signalen.xlsx"
    writer = window.write_report()
    with qtbot.waitSignal(writer.done, timeout=60_000) as done:
        pass
    assert done.args == [True]
    assert "Signalen en gevolg" in openpyxl.load_workbook(tmp_path / "signalen.xlsx").sheetnames
