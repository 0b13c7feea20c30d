"""An edit of a few signals on a long signal list, by the work it does (not timed): the list
reads those signals again, not every signal (at 100,000 a status change read them all, a second
and 70 MiB); an edit that does not name its signals still reads them all."""

from __future__ import annotations

from dataclasses import replace

from drempelmeter.services import signal_lines
from drempelmeter.ui import barrier_edits, edits
from drempelmeter.ui.workspace import SIGNALS


def test_an_edit_reads_again_the_signals_it_names(window, demo_file, monkeypatch):
    window.open_path(demo_file)
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    whole: list[int] = []  # every signal read
    named: list[list[str]] = []  # the signals read by their ids
    list_lines, with_ids = signal_lines.list_signal_lines, signal_lines.lines_with_ids
    monkeypatch.setattr(signal_lines, "list_signal_lines",
                        lambda db: (whole.append(1), list_lines(db))[1])
    monkeypatch.setattr(signal_lines, "lines_with_ids",
                        lambda db, ids: (named.append(sorted(ids)), with_ids(db, ids))[1])
    count = page.model.rowCount()
    page.view.selectRow(0)
    [chosen] = page.selected()
    status = "analysed" if chosen.status != "analysed" else "noticed"

    def line(signal_id: str):  # type: ignore[no-untyped-def]
        return next((x for x in page.model.rows() if x.id == signal_id), None)

    page.on_status(status)
    assert whole == [] and named == [[chosen.id]]
    assert line(chosen.id).status == status and page.model.rowCount() == count
    assert page.selected_ids() == [chosen.id]  # the selection stays
    assert page.model.rows() == signal_lines.list_signal_lines(window.document.db)
    window.undo_action.trigger()
    assert line(chosen.id).status == chosen.status and named[-1] == [chosen.id]

    window.document.push(edits.edit_signal(window.document, chosen, replace(
        chosen, description="Een volledig herschreven signaal over de zwembadkaart.")))
    page.search.setText("zwembadkaart")
    assert [x.id for x in page.proxy.records()] == [chosen.id]
    page.search.clear()
    page.view.selectRow(0)
    removed = page.selected()
    window.document.push(edits.remove_signals(window.document, removed))
    assert page.model.rowCount() == count - 1 and line(removed[0].id) is None
    window.undo_action.trigger()  # back, read by its id
    assert page.model.rowCount() == count and line(removed[0].id) is not None
    assert "Een volledig herschreven" in line(chosen.id).description
    assert whole == [1] and len(named) == 5  # the one whole reading: the check above

    window.document.push(barrier_edits.bundle_signals(  # names no signals: all read again
        window.document, "nieuw", "Nieuwe drempel", [chosen.id]))
    assert whole == [1, 1] and len(named) == 5
