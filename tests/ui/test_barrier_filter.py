"""The search above the barriers list: words in a barrier's title, description, B or partners,
without case or accents; the selection, a reload, an undo and new weights with words typed;
and the work per keystroke, counted: one refill of the list, each barrier's text made once per
reading of the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drempelmeter.services import barriers
from drempelmeter.services.records import BarrierRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory, open_trajectory
from drempelmeter.ui import barrier_filter
from drempelmeter.ui.barrier_list_model import BarrierListModel
from drempelmeter.ui.workspace import BARRIERS

EXTRA = 24  # barriers added to the demo's eight


def with_extra_barriers(path: Path) -> Path:
    """The demo with EXTRA more barriers, of the third partner, a third about waiting lists."""
    db = open_trajectory(path)
    try:
        for n in range(EXTRA):
            barriers.add_barrier(db, BarrierRecord(
                f"extra-{n:02}", f"Extra drempel {n}" + (" (wachtlijst)" if n % 3 == 0 else ""),
                "bereikbaarheid", description=f"Beschrijving nummer {n}."))
    finally:
        db.close()
    return path


def opened(window, path: Path):  # type: ignore[no-untyped-def]
    window.open_path(path)
    window.workspace.show_section(BARRIERS)
    return window.workspace.barriers_page


def titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.index(r, BarrierListModel.TITLE).data()
            for r in range(page.model.rowCount())]


def test_typing_refills_the_list_once_per_key_and_makes_each_text_once_per_reading(
        window, demo_file, qtbot, monkeypatch):
    page = opened(window, with_extra_barriers(demo_file))
    every = page.model.rowCount()
    assert every == 8 + EXTRA and page.search.count.text() == f"{every} of {every} barriers"
    refills: list[int] = []
    set_records = BarrierListModel.set_records

    def refilling(model, records):  # type: ignore[no-untyped-def]
        refills.append(len(records))
        set_records(model, records)

    monkeypatch.setattr(BarrierListModel, "set_records", refilling)
    normalised: list[str] = []
    original = barrier_filter.normalise

    def normalising(text: str) -> str:
        normalised.append(text)
        return original(text)

    monkeypatch.setattr(barrier_filter, "normalise", normalising)
    typed = "wacht"  # the demo's first barrier and every third extra one: rows all over the list
    page.search.rows_examined = 0
    qtbot.keyClicks(page.search.field, typed)

    assert len(refills) == len(typed)  # one refill of the list a key, whatever the rows removed
    texts = normalised[:every + 1]
    assert normalised[every + 1:] == ["wa", "wac", "wach", "wacht"]  # only what was typed
    assert texts[0] == "w" and len(set(texts[1:])) == every  # each barrier's text, once
    # a letter more looks at the barriers still shown, not at every barrier again
    assert page.search.rows_examined == every + sum(refills[:-1])
    expected = [line.record.title for line in page._lines if "wacht" in " ".join(
        (line.record.title, line.record.description, line.partners)).casefold()]
    assert titles(page) == expected and 1 < len(expected) < every
    assert page.search.count.text() == f"{len(expected)} of {every} barriers"

    normalised.clear()
    page.weights["severity"].setValue(3)  # new weights: the texts in the new order, not made again
    assert normalised == [] and page.search.field.text() == typed
    assert titles(page) == [t for t in (r.title for r, _place, _score in page.ranked())
                            if t in expected]
    window.document.changed.emit("barriers")  # read again: each text made once more
    assert len(normalised) == every and titles(page) == [
        t for t in (r.title for r, _place, _score in page.ranked()) if t in expected]


def test_words_anywhere_in_the_barrier_without_case_or_accents(window, demo_file, qtbot):
    page = opened(window, demo_file)
    search = page.search.field
    assert search.placeholderText() and search.accessibleName() == "Search in the barriers"
    search.setText("ocmw")  # a partner's name
    assert titles(page) == sorted(titles(page), key=[
        r.title for r, _p, _s in page.ranked()].index)  # still in the order of the priorities
    assert set(titles(page)) == {"Lange wachttijd voor een eerste gesprek",
                                 "Brieven en formulieren in moeilijke taal",
                                 "Kosten die hulp doen uitstellen"}
    search.setText("OCMW  MOEILIJKE")  # every word, in any field
    assert titles(page) == ["Brieven en formulieren in moeilijke taal"]
    search.setText("officiele")  # in the description, without its accent
    assert titles(page) == ["Brieven en formulieren in moeilijke taal"]
    search.setText("understandability")  # the B as shown
    assert titles(page) == ["Brieven en formulieren in moeilijke taal"]
    search.setText("betaalbaarheid")  # and by its Dutch name
    assert titles(page) == ["Kosten die hulp doen uitstellen"]
    search.setText("niemand heeft dit")
    assert titles(page) == [] and page.search.count.text() == "0 of 8 barriers"
    assert search.accessibleDescription() == "0 of 8 barriers"  # read out with the field
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # Escape empties the field: every barrier again
    assert search.text() == "" and page.model.rowCount() == 8
    assert page.search.count.text() == "8 of 8 barriers"


def test_a_hidden_barrier_is_no_longer_chosen_and_the_words_outlive_an_edit_and_its_undo(
        window, demo_file, answers):
    page = opened(window, demo_file)
    row = titles(page).index("Brieven en formulieren in moeilijke taal")
    page.table.selectRow(row)
    chosen = page.selected_ids()
    assert page.members.count() > 0 and page.edit_button.isEnabled()
    page.search.field.setText("taal")  # it is still shown: still chosen, its signals listed
    assert page.selected_ids() == chosen and page.members.count() > 0
    page.search.field.setText("taal kosten")  # hidden: nothing chosen, no signals listed
    assert page.selected_ids() == [] and page.members.count() == 0
    assert not page.edit_button.isEnabled() and not page.remove_button.isEnabled()

    page.search.field.setText("Brieven")
    page.table.selectRow(0)
    page.remove_button.click()  # an edit: the list is read again, the words stay
    assert page.search.field.text() == "Brieven" and titles(page) == []
    assert page.search.count.text() == "0 of 7 barriers"
    window.undo_action.trigger()
    assert titles(page) == ["Brieven en formulieren in moeilijke taal"]
    assert page.search.count.text() == "1 of 8 barriers"


def test_find_goes_to_the_search_and_the_tab_order_runs_from_it_to_the_list(window, demo_file):
    page = opened(window, demo_file)
    window.activateWindow()
    window.find_action.trigger()  # Edit ▸ Find, Ctrl+F
    assert QApplication.focusWidget() is page.search.field
    assert page.search.field.nextInFocusChain() is not None
    after = page.search.field.nextInFocusChain()
    while not after.focusPolicy() & Qt.FocusPolicy.TabFocus:
        after = after.nextInFocusChain()
    assert after is page.table


def test_with_no_barrier_yet_there_is_nothing_to_search(window, tmp_path):
    create_trajectory(tmp_path / "leeg.drempel", TrajectoryRecord(name="Leeg")).close()
    page = opened(window, tmp_path / "leeg.drempel")
    assert page.search.isHidden() and page.next_step.isVisibleTo(page)
    window.find_action.trigger()
    assert "nothing to search" in window.statusBar().currentMessage()
