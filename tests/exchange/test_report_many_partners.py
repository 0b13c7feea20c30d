"""The report of a province's many partners: its Partner × B chart draws the busiest ones, as
the window's does, and says so; the table under it lists every partner; a barrier recognised
by many partners names the first three in the PDF, all of them in the workbook (read back)."""

from __future__ import annotations

import re

import openpyxl

from drempelmeter.charts.signal_charts import HEATMAP_PARTNERS
from drempelmeter.domain.report import PARTNERS_NAMED
from drempelmeter.services import barriers
from drempelmeter.services.report import write_report
from drempelmeter.services.trajectory import open_trajectory

from ..demo_day import DEMO_DAY
from ..ui.test_signal_charts_scale import PARTNERS, trajectory
from .test_report import after_contents, chapter, pdf_text


def test_the_chart_draws_the_busiest_partners_and_the_table_lists_all(tmp_path):
    db = open_trajectory(trajectory(tmp_path / "provincie.drempel"))
    try:
        out = tmp_path / "rapport.pdf"
        write_report(db, DEMO_DAY, pdf=out)
    finally:
        db.close()
    body = after_contents(pdf_text(out))
    part = body[chapter(body, "Signalen"):body.index("Per niveau")]
    assert (f"de {HEATMAP_PARTNERS} partners met de meeste signalen, van {PARTNERS}; de tabel "
            "noemt ze allemaal") in part
    named = {n: len(re.findall(rf"\bPartner {n:02}\b", part)) for n in range(PARTNERS)}
    busiest = range(PARTNERS - HEATMAP_PARTNERS, PARTNERS)
    assert {n for n, times in named.items() if times == 2} == set(busiest)  # chart and table
    assert {n for n, times in named.items() if times == 1} == set(range(PARTNERS)) - set(busiest)


def test_a_barrier_of_many_partners_names_three_in_the_pdf_and_all_in_the_workbook(tmp_path):
    db = open_trajectory(trajectory(tmp_path / "provincie.drempel"))
    many, few = PARTNERS_NAMED + 3, PARTNERS_NAMED
    try:
        barriers.create_barrier(db, "b1", "Wachtlijst aan de balie",
                                [f"s{n:02}00" for n in range(many)])
        barriers.create_barrier(db, "b2", "Wachtlijst aan de telefoon",
                                [f"s{n:02}01" for n in range(10, 10 + few)])
        out, book = tmp_path / "rapport.pdf", tmp_path / "rapport.xlsx"
        write_report(db, DEMO_DAY, pdf=out, xlsx=book)
    finally:
        db.close()
    body = after_contents(pdf_text(out))
    part = body[chapter(body, "Geprioriteerde drempels"):]
    assert f"Partner 00, Partner 01, Partner 02 en {many - 3} andere" in part
    assert ", ".join(f"Partner {n:02}" for n in range(10, 10 + few)) in part
    rows = [row for sheet in openpyxl.load_workbook(book, read_only=True)
            for row in sheet.iter_rows(values_only=True)]
    assert any(", ".join(f"Partner {n:02}" for n in range(many)) in map(str, row)
               for row in rows)
