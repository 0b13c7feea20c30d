"""The barriers page, the feedback view and the report name the same priorities in the same order
(the demo and two trajectories with ties); the score's weights are kept in the file and undone."""

from __future__ import annotations

import pytest

from drempelmeter.domain.prioritisation import Weights, top_count
from drempelmeter.services import partners, prioritisation
from drempelmeter.services.report import gather, write_report
from drempelmeter.ui.workspace import BARRIERS

from ..demo_day import DEMO_DAY
from ..exchange.test_report_priorities import summary_priorities
from ..services.priority_setup import CASES

TODAY = DEMO_DAY  # the day the demo is dated: the tests make their files on it


def first(places: list[int], titles: list[str]) -> list[tuple[int, str]]:
    """The first three (a tie at the third place not cut), as (place, title)."""
    count = top_count(places)
    return list(zip(places[:count], titles[:count], strict=True))


def page_top(page) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    rows = range(page.model.rowCount())
    return first([int(page.model.index(r, 0).data()) for r in rows],
                 [page.model.index(r, 1).data() for r in rows])


def feedback_top(view) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    table = view.barriers_table
    rows = range(table.rowCount())
    return first([int(table.item(r, 0).text()) for r in rows],
                 [table.verticalHeaderItem(r).text() for r in rows])


def report_top(db, partner: str | None = None) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    lines = gather(db, TODAY, partner).barriers
    return first([b.rank for b in lines], [b.title for b in lines])


@pytest.fixture(params=["demo", *sorted(CASES)])
def trajectory(request, demo_file, tmp_path):  # type: ignore[no-untyped-def]
    """A file to open, and the region's first priorities worked out by hand (None: the demo)."""
    if request.param == "demo":
        return demo_file, None
    build, order, places, _per_partner = CASES[request.param]
    return build(tmp_path / f"{request.param}.drempel"), first(places, order)


def test_page_feedback_and_report_name_the_same_first_priorities(window, trajectory, tmp_path,
                                                                 demo_report):
    path, expected = trajectory
    window.open_path(path)
    db = window.document.db
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    if expected is None:  # the demo, unchanged: its report as written once for the run
        out = demo_report(TODAY).pdf
    else:
        out = tmp_path / "rapport.pdf"
        write_report(db, TODAY, pdf=out)
    shown = page_top(page)
    assert shown == report_top(db) == summary_priorities(out)
    if expected is not None:
        assert shown == expected
    page.tabs.setCurrentWidget(page.feedback)
    view = page.feedback
    names = [p.name for p in partners.list_partners(db)]
    assert view.partner.count() == len(names) >= 2
    seen = 0
    for name in names:
        view.partner.setCurrentIndex(view.partner.findText(name))
        own = report_top(db, name)
        assert feedback_top(view) == own, name
        seen += bool(own)
        if expected is not None:
            _build, _order, _places, per_partner = CASES[path.stem]
            assert [title for _place, title in own][:3] == per_partner[name]
    assert seen >= 2
    assert "the round closed last" in view.summary.text()


def test_weights_are_kept_in_the_file_reorder_at_once_and_undo(window, tmp_path):
    build, order, _places, _per_partner = CASES["same_day"]
    window.open_path(build(tmp_path / "same_day.drempel"))
    db = window.document.db
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    # The weights saved in the file show in the spin boxes and order the barriers outside the
    # round: "Openingsuren" before "Kosten" with reach at 3.
    assert [page.weights[n].value() for n in ("severity", "frequency", "reach")] == [1, 1, 3]
    assert [r.title for r, _place, _score in page.ranked()] == order
    page.weights["reach"].setValue(1)
    assert prioritisation.get_weights(db) == Weights(1.0, 1.0, 1.0)
    assert [r.title for r, _place, _score in page.ranked()][4:] == [order[5], order[4]]
    assert [b.title for b in gather(db, TODAY).barriers][4:] == [order[5], order[4]]
    page.weights["severity"].setValue(0)
    assert prioritisation.get_weights(db) == Weights(0.0, 1.0, 1.0)
    assert {r.title: score for r, _place, score in page.ranked()}["Kosten van vervoer"] == 3

    window.undo_action.trigger()
    assert prioritisation.get_weights(db) == Weights(1.0, 1.0, 1.0)
    assert page.weights["severity"].value() == 1
    window.undo_action.trigger()
    assert prioritisation.get_weights(db) == Weights(1.0, 1.0, 3.0)
    assert page.weights["reach"].value() == 3
    assert [r.title for r, _place, _score in page.ranked()] == order
    window.redo_action.trigger()
    assert page.weights["reach"].value() == 1 and "weights" in window.undo_action.text()
