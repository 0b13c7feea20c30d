"""The report's priorities read back from the PDF: its summary names the first priorities of the
one reading of the prioritisation, in its order, for the demo and two trajectories with ties."""

from __future__ import annotations

import re

import pytest

from drempelmeter.domain.prioritisation import top_count
from drempelmeter.domain.report import EMPTY
from drempelmeter.services import barriers, prioritisation
from drempelmeter.services.report import write_report
from drempelmeter.services.trajectory import open_trajectory

from ..demo_day import DEMO_DAY
from ..services.priority_setup import CASES
from .test_report import after_contents, pdf_text

TODAY = DEMO_DAY  # the day the demo is dated: the tests make their files on it


def summary_priorities(path) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """(place, title) of the summary's "de eerste drie", as printed."""
    text = pdf_text(path)
    body = after_contents(text)
    start = body.index("de eerste drie volgens")
    listed = body[body.index(": ", start) + 2:body.index("Actieplan:", start)]
    items = listed.strip(" •").removesuffix(".").split("; ")
    return [(int(m[1]), m[2]) for m in (re.fullmatch(r"(\d+)\. (.+)", i) for i in items)]


def reading_top(db) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    titles = {b.id: b.title for b in barriers.list_barriers(db)}
    order = prioritisation.read_priorities(db).order
    first = order[:top_count([p.place for p in order])]
    return [(p.place, titles[p.barrier_id]) for p in first]


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_summary_names_the_first_priorities_of_a_trajectory_with_ties(name, tmp_path):
    build, order, places, _per_partner = CASES[name]
    db = open_trajectory(build(tmp_path / f"{name}.drempel"))
    try:
        out = tmp_path / "rapport.pdf"
        data = write_report(db, TODAY, pdf=out)
        count = top_count(places)
        expected = list(zip(places[:count], order[:count], strict=True))
        assert summary_priorities(out) == expected
        assert [(b.rank, b.title) for b in data.barriers[:count]] == expected
        assert reading_top(db) == expected
        assert "de eerste drie volgens de prioriteringsronde" in pdf_text(out)
    finally:
        db.close()


def test_the_demo_summary_follows_the_round_that_decided(demo_db, demo_report):
    written = demo_report(TODAY)
    out, data = written.pdf, written.data
    printed = summary_priorities(out)
    assert printed == reading_top(demo_db)
    assert printed == [(b.rank, b.title) for b in data.barriers[:len(printed)]]
    # Every barrier the summary names was ranked in the deciding round, in that round's order.
    ranks = [b.round_rank for b in data.barriers[:len(printed)]]
    assert EMPTY not in ranks and [int(r) for r in ranks] == sorted(int(r) for r in ranks)
    decided = prioritisation.read_priorities(demo_db).decided_by
    first = min(decided.entries, key=lambda e: (e.rank is None, e.rank or 0))
    assert first.rank == 1 and printed[0][0] == 1


@pytest.mark.parametrize(("places", "expected"), [
    ([1, 2, *[3] * 50], "1. Drempel 0; 2. Drempel 1; 50 drempels delen plaats 3 (zie "
                        "Geprioriteerde drempels)."),
    ([1] * 121, ": 121 drempels delen plaats 1 (zie Geprioriteerde drempels)."),
    ([1, 2, 3, 3, 3, 3, 7], "1. Drempel 0; 2. Drempel 1; 3. Drempel 2; 3. Drempel 3; "
                            "3. Drempel 4; 3. Drempel 5."),
])
def test_a_place_shared_by_many_is_counted_in_the_summary(places, expected, demo_db, tmp_path):
    """A province's scores tie a hundred barriers at once: the summary counts those sharing
    the third place rather than naming them all (up to six are still named)."""
    from dataclasses import replace

    from reportlab.platypus import SimpleDocTemplate

    from drempelmeter.exchange.questionnaire_pdf import register_fonts
    from drempelmeter.exchange.report_opening import summary
    from drempelmeter.exchange.report_writer import ReportWriter
    from drempelmeter.services.report import gather

    register_fonts()
    data = gather(demo_db, TODAY)
    tied = [replace(data.barriers[0], rank=place, title=f"Drempel {n}")
            for n, place in enumerate(places)]
    writer = ReportWriter(replace(data, barriers=tied), 480)
    summary(writer)
    out = tmp_path / "samenvatting.pdf"
    SimpleDocTemplate(str(out)).build(writer.story)
    text = pdf_text(out)
    assert expected in text
    assert "Drempel 6" not in text and "Drempel 120" not in text
