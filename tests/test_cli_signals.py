"""`drempelmeter report FILE --signals`: the signals and what became of them, from the command
line, for the region or one partner."""

from __future__ import annotations

import openpyxl
import pypdf

from .test_cli import run


def test_the_signal_report_from_the_command_line(demo_file, tmp_path, cli):
    made = run("report", str(demo_file), "--signals", "--partner", "caw demervallei", "--pdf",
               "caw.pdf", "--xlsx", "caw.xlsx", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "signals of CAW Demervallei and what became of them" in made.stdout
    assert pypdf.PdfReader(tmp_path / "caw.pdf").outline[0].title == "1. Overzicht"
    sheet = openpyxl.load_workbook(tmp_path / "caw.xlsx")["Signalen en gevolg"]
    assert "Partner" not in [c.value for c in sheet[1]]  # one partner: no column for it
    region = cli("report", str(demo_file), "--signals", "--xlsx", "regio.xlsx")
    assert region.returncode == 0 and "signals of the region" in region.stdout
    sheet = openpyxl.load_workbook(tmp_path / "regio.xlsx")["Signalen en gevolg"]
    assert "Partner" in [c.value for c in sheet[1]]
    unknown = cli("report", str(demo_file), "--signals", "--partner", "Niemand", "--pdf",
                  "x.pdf")
    assert unknown.returncode == 1 and "no partner named 'Niemand'" in unknown.stderr
    assert not (tmp_path / "x.pdf").exists()
