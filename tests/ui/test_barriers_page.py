"""Barriers driven as a coach would: bundle three signals, change the weights, see the rank
and the Pareto follow, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from drempelmeter.services import barriers, prioritisation, signals
from drempelmeter.ui.formats import format_date
from drempelmeter.ui.workspace import BARRIERS, SIGNALS


def select_first_signals(window, count: int):  # type: ignore[no-untyped-def]
    """The signals page, with its first `count` rows selected as a coach would."""
    window.workspace.show_section(SIGNALS)
    signals_page = window.workspace.signals_page
    selection = signals_page.view.selectionModel()
    for row in range(count):
        selection.select(signals_page.proxy.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    return signals_page


def found_suggestions(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the page's suggestions are in (they are looked for in a worker)."""
    if page.finder.suggestions() is None:
        with qtbot.waitSignal(page.finder.found, timeout=20_000):
            pass


def test_bundle_three_signals_see_them_ranked_and_undo(window, demo_file, qtbot, answers):
    window.open_path(demo_file)
    demo = len(barriers.list_barriers(window.document.db))  # the demo's own barriers
    signals_page = select_first_signals(window, 3)
    chosen = {r.id for r in signals_page.selected()}
    assert len(chosen) == 3 and signals_page.bundle_button.isEnabled()
    answers.text = "Wachtlijsten en drempels bij het onthaal"
    signals_page.bundle_button.click()
    [made] = [b for b in barriers.list_barriers(window.document.db) if b.title == answers.text]
    assert set(made.signal_ids) == chosen

    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    assert page.model.rowCount() == demo + 1
    # Bundled after the rounds, it has no rank there: it follows the ranked barriers.
    listed = [page.model.index(r, 1).data() for r in range(demo + 1)]
    row = listed.index(answers.text)
    assert page.model.index(row, 7).data() == "—" and row >= 1
    answers.text = "Tweede drempel"
    page.tabs.setCurrentIndex(1)
    found_suggestions(page, qtbot)
    assert page.suggestions.count() >= 1 and page.looking.isHidden()
    page.accept_button.click()
    assert page.model.rowCount() == demo + 2
    page.tabs.setCurrentIndex(2)
    pareto_rows = [page.pareto.table.verticalHeaderItem(r).text()
                   for r in range(page.pareto.table.rowCount())]
    by_score = [r.title for r, _rank, _score in page.by_score()]
    assert pareto_rows == by_score and len(by_score) == demo + 2
    assert sorted(by_score) == sorted(r.title for r, _place, _score in page.ranked())

    window.undo_action.trigger()
    assert page.model.rowCount() == demo + 1
    titles = {b.title for b in barriers.list_barriers(window.document.db)}
    assert "Tweede drempel" not in titles and "Wachtlijsten en drempels bij het onthaal" in titles
    window.undo_action.trigger()
    assert page.model.rowCount() == demo
    assert len(barriers.list_barriers(window.document.db)) == demo
    window.redo_action.trigger()
    assert page.model.rowCount() == demo + 1


def test_the_rounds_tab_says_which_method_ranked_and_why(window, demo_file):
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    # The list says each barrier's rank in the round closed last, why, and which round that is.
    assert page.model.headerData(7, Qt.Orientation.Horizontal).replace("\n", " ") == (
        "Rank in round")
    why = [page.model.index(r, 8).data() for r in range(page.model.rowCount())]
    assert all(w.startswith("impact ") and ", effort " in w for w in why)
    assert page.model.index(0, 7).data() == "1"
    latest = prioritisation.latest_closed(prioritisation.list_rounds(window.document.db))
    assert page.decided.text().startswith(
        f"Order of the round of {format_date(latest.held_on)} (Impact and effort)")
    page.tabs.setCurrentWidget(page.rounds)
    view = page.rounds
    assert view.chooser.count() == 2
    view.chooser.setCurrentIndex(0)  # the dot vote
    assert "Dot voting" in view.about.text() and "Rita V." in view.about.text()
    table = view.table
    first = table.verticalHeaderItem(0).text()
    assert first == "1. Rechten die niet gekend zijn of niet vanzelf worden toegekend"
    bars = view.chart.canvas.figure.axes[0].patches
    assert [b.get_width() for b in bars][:3] == [5, 4, 4]  # the chart draws the table's dots
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("1", "5 dots")
    objections = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert sum(bool(o) for o in objections) == 1
    view.chooser.setCurrentIndex(1)
    assert "Quick win" in table.item(0, 1).text() and table.item(0, 0).text() == "1"
    points = view.chart.canvas.figure.axes[0].collections
    assert len(points) == table.rowCount() == 8  # every placed barrier on the matrix


def test_cluster_then_vote_and_see_the_rank_then_undo_it_all(window, demo_file, qtbot,
                                                             answers):
    window.open_path(demo_file)
    signals_page = select_first_signals(window, 3)
    answers.text = "Nieuwe drempel uit drie signalen"
    signals_page.bundle_button.click()
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.tabs.setCurrentIndex(2)
    assert answers.text in [page.pareto.table.verticalHeaderItem(r).text()
                            for r in range(page.pareto.table.rowCount())]

    page.tabs.setCurrentWidget(page.rounds)
    view = page.rounds
    rounds_before = view.chooser.count()
    assert view.method.currentData() == "dots"
    view.new_button.click()
    assert view.chooser.count() == rounds_before + 1 and view.votes.isVisible()
    grid = view.votes
    row = [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())].index(answers.text)
    people = grid.columnCount() - 1
    assert people >= 3 and grid.horizontalHeaderItem(people).text() == "Tally"
    other = 0 if row else 1
    # Two participants give the new barrier two dots each, a third gives one elsewhere: typed.
    for cell, key in (((row, 0), Qt.Key.Key_2), ((row, 1), Qt.Key.Key_2),
                      ((other, 2), Qt.Key.Key_1)):
        grid.setCurrentCell(*cell)
        qtbot.keyClick(grid, key)
        assert grid.item(*cell).text() == ("2" if key == Qt.Key.Key_2 else "1")
    table = view.table
    assert table.verticalHeaderItem(0).text() == f"1. {answers.text}"
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("1", "4 dots")

    assert [table.item(r, 1).text() for r in range(2)] == ["4 dots", "1 dot"]
    for _ in range(3):  # the three votes
        window.undo_action.trigger()
    assert {table.item(r, 1).text() for r in range(table.rowCount())} == {"0 dots"}
    assert {table.item(r, 0).text() for r in range(table.rowCount())} == {"1"}  # all tied
    window.undo_action.trigger()  # the round
    assert view.chooser.count() == rounds_before
    window.undo_action.trigger()  # the barrier
    assert answers.text not in {b.title for b in barriers.list_barriers(window.document.db)}


def test_feedback_per_partner_shows_its_barriers_ranks_and_hidden_groups(window, demo_file):
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.tabs.setCurrentWidget(page.feedback)
    view = page.feedback
    view.partner.setCurrentIndex(view.partner.findText("Armoedevereniging Het Heuvelhuis"))
    barriers_table = view.barriers_table
    titles = [barriers_table.verticalHeaderItem(r).text() for r in range(barriers_table.rowCount())]
    assert titles and all(t for t in titles)
    ranks = [barriers_table.item(r, 0).text() for r in range(barriers_table.rowCount())]
    assert ranks == sorted(ranks, key=lambda r: (r == "—", int(r) if r.isdigit() else 0))
    assert "Impact and effort" in view.summary.text()  # the latest closed round
    signals_total = sum(int(view.signals_table.item(r, 0).text())
                        for r in range(view.signals_table.rowCount()))
    assert signals_total == sum(s.partner_id == view.partner.currentData()
                                for s in signals.list_signals(window.document.db))
    radar = view.scores.radar.table
    management = [radar.item(1, c).text() for c in range(radar.columnCount())]
    assert set(management) == {"hidden"}  # a group of two: never a number


def test_edit_a_barrier_and_choose_its_partners_then_undo(window, demo_file, qtbot):
    from drempelmeter.ui.barrier_dialog import BarrierDialog

    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.table.selectRow(0)
    old = next(b for b in barriers.list_barriers(window.document.db)
               if b.id == page.selected_ids()[0])
    page.edit_button.click()
    dialog = page.findChild(BarrierDialog)
    assert not dialog.partners.isEnabled()  # derived from the signals until the coach chooses
    dialog.title.setText("Aangepaste titel")
    dialog.status.setCurrentIndex(dialog.status.findData("validated"))
    dialog.own_choice.setChecked(True)
    for i in range(dialog.partners.count()):
        dialog.partners.item(i).setCheckState(Qt.CheckState.Checked if i == 0
                                              else Qt.CheckState.Unchecked)
    dialog.accept()
    changed = barriers.get_barrier(window.document.db, old.id)
    assert (changed.title, changed.status) == ("Aangepaste titel", "validated")
    assert changed.recognised_by == (dialog.partners.item(0).data(Qt.ItemDataRole.UserRole),)
    assert "Aangepaste titel" in [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    window.undo_action.trigger()
    assert barriers.get_barrier(window.document.db, old.id) == old


def test_place_by_impact_and_effort_then_moscow_and_compare_rounds(window, demo_file, qtbot):
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.tabs.setCurrentWidget(page.rounds)
    view = page.rounds
    view.method.setCurrentIndex(view.method.findData("impact_effort"))
    view.new_button.click()
    grid = view.votes
    assert grid.isVisible() and grid.columnCount() == 2
    last = grid.verticalHeaderItem(grid.rowCount() - 1).text()
    # The last barrier: impact 5, effort 1 — a quick win; "9" and "x" mean nothing and change
    # nothing.
    grid.setCurrentCell(grid.rowCount() - 1, 0)
    qtbot.keyClicks(grid, "5")
    grid.setCurrentCell(grid.rowCount() - 1, 1)
    for key in "9x1":
        grid.setCurrentCell(grid.rowCount() - 1, 1)
        qtbot.keyClicks(grid, key)
    assert (grid.item(grid.rowCount() - 1, 0).text(),
            grid.item(grid.rowCount() - 1, 1).text()) == ("5", "1")
    table = view.table
    assert table.verticalHeaderItem(0).text() == f"1. {last}"
    assert "Quick win" in table.item(0, 1).text()
    assert len(view.chart.canvas.figure.axes[0].collections) == 1  # one placed barrier

    # Compared with the demo's dot vote: that round's rank stands beside this one's.
    dot_vote = next(r for r in view._rounds if r.method == "dots")
    view.compared.setCurrentIndex(view.compared.findData(dot_vote.id))
    assert table.columnCount() == 4 and table.horizontalHeaderItem(3).text().startswith("Rank in")
    then = next(e.rank for e in dot_vote.entries
                if view._titles[e.barrier_id] == last)
    assert table.item(0, 3).text() == str(then)

    view.method.setCurrentIndex(view.method.findData("moscow"))
    view.new_button.click()
    grid.setCurrentCell(0, 0)
    qtbot.keyClicks(grid, "wsm")  # the first three barriers: won't, should, must
    assert [grid.item(r, 0).text() for r in range(3)] == [
        "Won't have this time", "Should have", "Must have"]
    assert view.table.item(0, 1).text() == "Must have"
    assert view.table.verticalHeaderItem(0).text() == f"1. {grid.verticalHeaderItem(2).text()}"
    window.undo_action.trigger()
    assert grid.item(2, 0).text() == ""


def test_a_tally_vote_with_an_objection_and_a_note(window, demo_file, qtbot, answers):
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.tabs.setCurrentWidget(page.rounds)
    view = page.rounds
    view.new_button.click()
    grid = view.votes
    tally = grid.columnCount() - 1
    grid.setCurrentCell(1, tally)
    qtbot.keyClicks(grid, "7")  # the room's count for the second barrier, over any budget
    second = grid.verticalHeaderItem(1).text()
    assert view.table.verticalHeaderItem(0).text() == f"1. {second}"
    assert view.table.item(0, 1).text() == "7 dots"

    grid.setCurrentCell(1, 0)
    answers.note = "Ervaringsdeskundigen: dit raakt vooral wie geen computer heeft."
    view.objection_button.click()
    assert view.table.item(0, 2).text() == answers.note
    answers.note = "Lang gepraat over digitale drempels."
    view.note_button.click()
    assert "Discussion: Lang gepraat" in view.about.text()
    window.undo_action.trigger()
    assert "Discussion" not in view.about.text()
    window.undo_action.trigger()
    assert view.table.item(0, 2).text() == ""


def test_the_score_in_its_factors_and_split_a_barrier(window, demo_file, qtbot, answers):
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    page.weights["severity"].setValue(2)
    page.tabs.setCurrentWidget(page.factors)
    table = page.factors.table
    assert table.rowCount() == page.model.rowCount()
    for row in range(table.rowCount()):
        severity, frequency, reach, influence, score = (
            float(table.item(row, c).text().replace(",", ".")) for c in range(1, 6))
        assert severity * frequency * reach * influence == pytest.approx(score, rel=1e-2)
    bars = page.factors.canvas.figure.axes[0].patches
    assert len(bars) == 4 * table.rowCount()

    page.tabs.setCurrentWidget(page.table.parentWidget())
    biggest = max(barriers.list_barriers(window.document.db), key=lambda b: len(b.signal_ids))
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, 0).data(page.model.IdRole) == biggest.id)
    page.table.selectRow(row)
    assert page.members.count() == len(biggest.signal_ids)
    page.members.item(0).setSelected(True)
    answers.text = "Afgesplitst"
    page.split_button.click()
    split = next(b for b in barriers.list_barriers(window.document.db) if b.title == "Afgesplitst")
    assert split.signal_ids == (biggest.signal_ids[0],)
    window.undo_action.trigger()
    assert barriers.get_barrier(window.document.db, biggest.id).signal_ids == biggest.signal_ids
