"""The barriers page at scale, by the work it does (not timed): opening it loads no signal or
barrier objects for its lists at any size, a weight change reads nothing again and redraws the
Pareto's figure in place, and the suggestions come from a worker, kept by what they were found
from, a stale result dropped."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from drempelmeter.charts import PARETO_BARS, shorten
from drempelmeter.domain.clustering import SignalText
from drempelmeter.services import barriers, partners, prioritisation, signals
from drempelmeter.services.records import PartnerRecord, SignalRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.ui.suggestion_finder import SuggestionFinder
from drempelmeter.ui.workspace import BARRIERS

WORDS = ("wachtlijst", "budgetbegeleiding", "energiepremie", "onthaal", "telefoon", "formulier",
         "huurwaarborg", "kinderopvang", "vervoer", "schuldhulp", "afspraak", "website")


def trajectory(path: Path, barrier_count: int) -> Path:
    """A file with `barrier_count` barriers of three signals each, and as many left over."""
    db = create_trajectory(path, TrajectoryRecord(name="Schaal"))
    try:
        for n in range(3):
            partners.add_partner(db, PartnerRecord(f"p{n}", f"Partner {n}", "core", "caw"))
        signals.add_signals(db, [SignalRecord(
            f"s{n:04}", f"p{n % 3}", f"{WORDS[n % 12]} en {WORDS[n // 12 % 12]} nummer {n}",
            "beschikbaarheid", level="organisation", severity=1 + n % 4, frequency="weekly")
            for n in range(6 * barrier_count)])
        for b in range(barrier_count):
            barriers.create_barrier(db, f"b{b:03}", f"Drempel {b}",
                                    [f"s{3 * b + n:04}" for n in range(3)])
    finally:
        db.close()
    return path


def open_page(window, path: Path, loads: Counter[str]):  # type: ignore[no-untyped-def]
    """The barriers page opened on `path`; the objects loaded meanwhile, by class."""
    window.open_path(path)
    loads.clear()
    window.workspace.show_section(BARRIERS)
    return window.workspace.barriers_page, sorted(loads.elements())


def test_opening_the_page_loads_no_signal_or_barrier_objects(window, tmp_path, loads):
    seen = []
    for count in (4, 16):
        page, loaded = open_page(window, trajectory(tmp_path / f"{count}.drempel", count), loads)
        assert page.model.rowCount() == count
        assert page.model.index(0, page.model.SIGNALS).data() == "3"
        assert "Signal" not in loaded and "Barrier" not in loaded
        seen.append(loaded)
        window.close_trajectory()
    assert seen[0] == seen[1]  # the same few objects (the trajectory, the partners) at any size


def test_a_weight_change_reranks_what_the_page_holds(window, tmp_path, loads, monkeypatch):
    page, _loaded = open_page(window, trajectory(tmp_path / "w.drempel", 8), loads)
    page.tabs.setCurrentWidget(page.pareto)
    page.table.selectRow(2)
    chosen = page.selected_ids()
    before = {r.id: score for r, _place, score in page.ranked()}

    def refuse(*_args):  # type: ignore[no-untyped-def]
        raise AssertionError("read again")

    for module, name in ((barriers, "barrier_listing"), (barriers, "list_barriers"),
                         (barriers, "unbundled"), (prioritisation, "list_rounds")):
        monkeypatch.setattr(module, name, refuse)
    loads.clear()
    page.weights["severity"].setValue(3)
    assert set(loads) <= {"Trajectory"}  # the weights as saved, read back after the edit
    after = {r.id: score for r, _place, score in page.ranked()}
    assert after.keys() == before.keys() and after != before
    assert page.selected_ids() == chosen  # the chosen barrier stays chosen
    assert page.pareto.table.rowCount() == 8
    window.undo_action.trigger()
    assert {r.id: score for r, _place, score in page.ranked()} == before


def test_a_weight_change_with_the_pareto_shown_redraws_its_figure_in_place(window, tmp_path,
                                                                           loads, qtbot):
    page, _loaded = open_page(window, trajectory(tmp_path / "p.drempel", PARETO_BARS + 5), loads)
    page.tabs.setCurrentWidget(page.pareto)
    qtbot.wait(20)  # the first, whole draw
    canvas = page.pareto.canvas
    figure, axes = canvas.figure, canvas.figure.axes[0]
    before = [bar.get_height() for bar in axes.patches]
    whole_draws: list[int] = []
    draw = canvas.draw
    canvas.draw = lambda: (whole_draws.append(1), draw())

    page.weights["severity"].setValue(3)
    qtbot.wait(20)
    shown = page.by_score()[:PARETO_BARS]
    assert canvas.figure is figure and figure.axes[0] is axes  # no new figure, not drawn whole
    assert whole_draws == []
    heights = [bar.get_height() for bar in axes.patches]
    assert heights == [score for _r, _rank, score in shown] and heights != before
    assert axes.get_ylim()[1] == pytest.approx(max(heights) * 1.05)
    assert [t.get_text() for t in axes.get_xticklabels()] == [
        shorten(r.title, 24) for r, _rank, _score in shown]
    # The table under it holds the bars drawn: the same barriers, ranks and scores.
    table = page.pareto.table
    assert [table.verticalHeaderItem(r).text() for r in range(table.rowCount())] == [
        r.title for r, _rank, _score in shown]
    assert [(table.item(r, 0).text(), QLocale().toDouble(table.item(r, 1).text())[0])
            for r in range(table.rowCount())] == [
        (str(rank), pytest.approx(height))
        for (_r, rank, _score), height in zip(shown, heights, strict=True)]


def alike(prefix: str, count: int) -> list[SignalText]:
    return [SignalText(f"{prefix}{n}", "beschikbaarheid", None, f"wachtlijst onthaal {prefix}")
            for n in range(count)]


def test_suggestions_come_from_a_worker_kept_by_their_signals(qtbot):
    finder = SuggestionFinder()
    first = alike("a", 3)
    assert not finder.request(first) and finder.suggestions() is None  # never waited for
    with qtbot.waitSignal(finder.found, timeout=20_000):
        pass
    assert [s.signal_ids for s in finder.suggestions() or []] == [("a0", "a1", "a2")]
    # Known at once for the same signals, also to another page's finder: nothing recomputed.
    assert SuggestionFinder().request(list(first))
    assert finder.request(alike("x", 1)) and finder.suggestions() == []  # nothing to group


def test_a_result_for_signals_changed_meanwhile_is_dropped(qtbot):
    finder = SuggestionFinder()
    found: list[object] = []
    finder.found.connect(lambda: found.append(finder.suggestions()))
    assert not finder.request(alike("b", 2))
    assert not finder.request(alike("c", 4))  # changed while the first search runs
    with qtbot.waitSignal(finder.found, timeout=20_000):
        pass
    qtbot.wait(50)  # any later delivery would arrive now
    assert [[s.signal_ids for s in result] for result in found] == [  # type: ignore[attr-defined]
        [("c0", "c1", "c2", "c3")]]
    assert SuggestionFinder().request(alike("b", 2))  # the dropped result is still kept


def test_the_page_looks_for_suggestions_when_their_tab_is_shown(window, tmp_path, qtbot):
    window.open_path(trajectory(tmp_path / "s.drempel", 4))
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    assert page.finder.suggestions() is None and page.suggestions.count() == 0
    page.tabs.setCurrentWidget(page.suggested)
    if page.finder.suggestions() is None:
        assert page.looking.isVisibleTo(page)
        with qtbot.waitSignal(page.finder.found, timeout=20_000):
            pass
    assert page.suggestions.count() >= 1 and page.looking.isHidden()
    assert page.accept_button.isEnabled()
