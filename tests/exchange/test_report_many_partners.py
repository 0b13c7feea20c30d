"""The report of a province's many partners: its Partner × B chart draws the busiest ones, as
the window's does, and says so; the table under it lists every partner (read back from the
PDF)."""

from __future__ import annotations

import re

from drempelmeter.charts.signal_charts import HEATMAP_PARTNERS
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
