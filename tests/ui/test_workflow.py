"""The coach's workflow in the window: where files go, empty pages, the Edit menu, reopening,
the log, live dot voting, bundling out of ranked barriers, and a plan imported twice."""

from __future__ import annotations

import logging
import platform
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drempelmeter import __version__
from drempelmeter.logs import LOG_NAME, log_start, setup_logging
from drempelmeter.paths import safe_file_name
from drempelmeter.services import barriers, measurement, partners, plan, prioritisation, signals
from drempelmeter.services.records import PartnerRecord, TrajectoryRecord
from drempelmeter.services.response_forms import export_form
from drempelmeter.services.trajectory import create_trajectory, open_trajectory
from drempelmeter.ui import prompts
from drempelmeter.ui.main_window import MainWindow
from drempelmeter.ui.workspace import BARRIERS, PARTNERS, PLAN, SIGNALS

PLANS = Path(__file__).resolve().parent.parent / "fixtures" / "plans"


@pytest.fixture
def documents(monkeypatch, tmp_path) -> Path:
    """The user's Documents folder, as platformdirs names it, in tmp_path."""
    import platformdirs

    folder = tmp_path / "Documenten"
    folder.mkdir()
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(folder))
    return folder


@pytest.fixture
def suggestions(monkeypatch, answers) -> list[Path]:
    """The names the save dialogs propose; the answer stays `answers.save_path`."""
    proposed: list[Path] = []

    def choose(_parent, _title, suggestion, *_suffix):  # type: ignore[no-untyped-def]
        proposed.append(suggestion)
        return answers.save_path

    monkeypatch.setattr(prompts, "choose_file_to_save", choose)
    return proposed


def empty_trajectory(tmp_path: Path) -> Path:
    path = tmp_path / "leeg.drempel"
    create_trajectory(path, TrajectoryRecord(name="Demerstreek", region="Demer")).close()
    return path


def test_file_names_every_file_system_takes():
    assert safe_file_name("Rapport Regio: Demer/Dijle 2026-11-30") == \
        "Rapport Regio Demer Dijle 2026-11-30"
    assert safe_file_name(' <*?> . ') == "Drempelmeter"
    assert safe_file_name("CAW \"Demer\"\tvallei.") == "CAW Demer vallei"


def test_a_report_goes_to_documents_with_a_dated_name_and_is_offered_to_open(
        window, documents, suggestions, answers, qtbot, tmp_path, monkeypatch):
    from drempelmeter.ui import main_window

    # a small trajectory with a partner: where the report goes is tested, not what it holds
    # (the demo's took three times as long to write)
    path = empty_trajectory(tmp_path)
    db = open_trajectory(path)
    partners.add_partner(db, PartnerRecord("caw", "CAW Demervallei", "core", "caw"))
    db.close()
    # as the demo, it lives in the app's hidden folder: no place to propose for a report
    monkeypatch.setattr(main_window, "user_data_dir", lambda: path.parent)
    window.open_path(path)
    name = window.windowTitle().split(" — ")[0]
    answers.choices = ["The whole region", "PDF, to read"]
    answers.save_path = tmp_path / "elders" / "rapport.pdf"
    answers.save_path.parent.mkdir()
    answers.picks = [1]  # show it in its folder
    today = date.today().isoformat()  # the day the name is proposed (a run may pass midnight)
    writer = window.write_report()
    with qtbot.waitSignal(writer.done, timeout=60_000) as done:
        pass
    assert done.args == [True] and answers.errors == []
    assert suggestions[-1] == documents / f"Report {name} {today}.pdf"
    assert "rapport.pdf" in answers.questions[-1]
    assert answers.opened == [answers.save_path.parent]
    # the folder used is remembered: the bundle is proposed there, named after its partner
    answers.choices = ["CAW Demervallei"]
    answers.save_path = None
    today = date.today().isoformat()
    window.export_bundle()
    assert suggestions[-1] == tmp_path / "elders" / f"Signal bundle CAW Demervallei {today}.xlsx"


def test_a_new_trajectory_is_proposed_in_documents(window, documents, suggestions, answers):
    from drempelmeter.ui.app_dialogs import NewTrajectoryDialog

    window.new_trajectory()
    dialog = window.findChild(NewTrajectoryDialog)
    dialog.name.setText("Regio: Demer / Dijle")
    dialog.accept()
    assert suggestions == [documents / "Regio Demer Dijle.drempel"]
    assert window.document is None  # the save dialog was cancelled


def test_without_partners_new_signal_and_export_lead_to_the_partners(window, tmp_path, answers):
    window.open_path(empty_trajectory(tmp_path))
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    assert page.next_step.isVisible() and "add the partners first" in page.next_step.note.text()
    page.add_button.click()
    assert "no partners yet" in answers.infos[-1]
    assert window.workspace.sections.currentRow() == PARTNERS
    window.workspace.show_section(SIGNALS)
    page.next_step.button.click()  # "Add the partners…" goes straight there
    assert window.workspace.sections.currentRow() == PARTNERS
    window.workspace.show_section(SIGNALS)
    window.export_bundle()
    assert "no partners yet" in answers.infos[-1]
    assert window.workspace.sections.currentRow() == PARTNERS
    partners.add_partner(window.document.db,
                         PartnerRecord("p", "CAW Demervallei", "core", "caw"))
    window.document.changed.emit("partners")
    window.workspace.show_section(SIGNALS)
    page.reload()
    assert "New signal…" in page.next_step.note.text() and page.next_step.note.isVisible()


def test_the_edit_menu_acts_on_the_focused_field_and_find_goes_to_the_search(
        window, demo_file, qtbot):
    window.open_path(demo_file)
    window.activateWindow()
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    window.find_action.trigger()
    assert QApplication.focusWidget() is page.search
    page.search.setText("wachtlijst")
    window.findChild(type(window.find_action), "actionSelectAll").trigger()
    window.findChild(type(window.find_action), "actionCut").trigger()
    assert page.search.text() == "" and QApplication.clipboard().text() == "wachtlijst"
    window.findChild(type(window.find_action), "actionPaste").trigger()
    assert page.search.text() == "wachtlijst"
    page.search.clear()
    page.view.setFocus()
    page.view.selectRow(0)
    window.findChild(type(window.find_action), "actionCopy").trigger()
    first = page.proxy.index(0, 0).data()
    assert QApplication.clipboard().text().startswith(str(first))
    window.workspace.show_section(PLAN)
    window.find_action.trigger()  # nothing to search in: said, not silent
    assert "nothing to search" in window.statusBar().currentMessage()


def test_the_app_reopens_the_last_file_on_its_page(window, demo_file, settings, qtbot,
                                                    tmp_path):
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    window.close()
    again = MainWindow(settings, tmp_path / "drempelmeter.log")
    qtbot.addWidget(again)
    assert again.reopen_last()
    assert again.document.db.path == demo_file.resolve()
    assert again.workspace.sections.currentRow() == BARRIERS
    again.workspace.show_phase(5)
    again.close_trajectory()  # closed by hand, then quit on the welcome page: start there
    again.close()
    third = MainWindow(settings, tmp_path / "drempelmeter.log")
    qtbot.addWidget(third)
    assert not third.reopen_last() and third.document is None
    third.open_path(demo_file)
    assert third.workspace.current_phase() == 5  # the file opens where it was left
    third.close_trajectory()


@pytest.fixture
def log_text(tmp_path):
    path = setup_logging(tmp_path / "logs")
    yield lambda: path.read_text(encoding="utf-8")
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == LOG_NAME]:
        root.removeHandler(handler)
        handler.close()


def test_the_log_holds_what_support_needs_and_no_cell_values(
        window, demo_file, log_text, answers, qtbot, tmp_path):
    import PySide6
    from PySide6.QtCore import qVersion

    log_start(Qt=qVersion(), PySide6=PySide6.__version__)
    window.open_path(demo_file)
    answers.choices = ["CAW Demervallei"]
    answers.save_path = tmp_path / "bundel.xlsx"
    window.export_bundle()
    window.import_plan(PLANS / "reference_plan_libreoffice.xlsx")
    text = log_text()
    for needed in (__version__, platform.python_version(), qVersion(), PySide6.__version__,
                   str(demo_file), "bundle exported: " + str(answers.save_path),
                   "plan imported from"):
        assert needed in text, needed
    for record in signals.list_signals(window.document.db):
        assert record.description not in text


def open_dot_round(window, demo_file):  # type: ignore[no-untyped-def]
    window.open_path(demo_file)
    window.workspace.show_section(BARRIERS)
    page = window.workspace.barriers_page
    view = page.rounds
    page.tabs.setCurrentWidget(view)
    view.method.setCurrentIndex(view.method.findData("dots"))
    view.on_new_round()
    return view, view.current()


def test_dots_over_the_budget_are_said_beside_the_grid(window, demo_file, answers, qtbot):
    view, result = open_dot_round(window, demo_file)
    budget = result.settings["budget"]
    who = result.participants[0]
    assert f"{who} {budget}" in view.dots_left.text()
    grid = view.votes
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, str(budget))
    assert f"{who} 0" in view.dots_left.text()
    assert grid.currentRow() == 1
    qtbot.keyClick(grid, "1")
    assert answers.errors == []  # no box with "dots is out of range"
    assert view.budget_note.isVisible() and view.budget_note.text() == f"{who} has no dots left."
    assert grid.currentRow() == 1
    entry = next(e for e in view.current().entries if e.barrier_id == result.entries[1].barrier_id)
    assert who not in entry.inputs.get("votes", {})
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, "0")  # takes the dots back
    grid.setCurrentCell(1, 0)
    qtbot.keyClick(grid, str(budget + 1))
    assert view.budget_note.text() == f"{who} has {budget} of {budget} dots left."
    assert grid.currentRow() == 1  # refused: the cell stays, to type again
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # Enter: the next vote
    assert grid.currentRow() == 2 and view.budget_note.isVisible() and answers.errors == []


def test_bundling_out_of_a_ranked_barrier_asks_first(window, demo_file, answers):
    window.open_path(demo_file)
    db = window.document.db
    closed = [r for r in prioritisation.list_rounds(db) if r.closed_on is not None]
    ranked = {e.barrier_id for r in closed for e in r.entries if e.rank is not None}
    barrier = next(b for b in barriers.list_barriers(db) if b.id in ranked and b.signal_ids)
    window.workspace.show_section(SIGNALS)
    page = window.workspace.signals_page
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data(page.model.IdRole) == barrier.signal_ids[0])
    page.view.selectRow(row)
    answers.answer = False
    answers.text = "Nieuwe drempel"
    before = barriers.list_barriers(db)
    page.on_bundle()
    assert barrier.title in answers.questions[-1] and "closed round" in answers.questions[-1]
    assert barriers.list_barriers(db) == before
    answers.answer = True
    page.on_bundle()
    assert "Nieuwe drempel" in {b.title for b in barriers.list_barriers(db)}
    # a signal in no ranked barrier is bundled without a question
    asked = len(answers.questions)
    free = next(s for s in signals.list_signals(db)
                if not any(s.id in b.signal_ids for b in barriers.list_barriers(db)))
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data(page.model.IdRole) == free.id)
    page.view.selectRow(row)
    answers.text = "Nog een drempel"
    page.on_bundle()
    assert len(answers.questions) == asked
    assert "Nog een drempel" in {b.title for b in barriers.list_barriers(db)}


def test_a_plan_imported_twice_asks_replace_add_or_cancel(window, demo_file, answers,
                                                          tmp_path):
    window.open_path(demo_file)
    db = window.document.db
    fixture = PLANS / "reference_plan_libreoffice.xlsx"
    assert window.import_plan(fixture)  # added after the demo's plan, as before
    pillars = len(plan.read_plan(db))
    answers.picks = [None]  # Cancel
    assert not window.import_plan(fixture)
    assert "already holds" in answers.questions[-1] and len(plan.read_plan(db)) == pillars
    answers.picks = [0]  # Replace the plan
    assert window.import_plan(fixture)
    assert len(plan.read_plan(db)) == pillars - 3  # the demo's own three pillars are gone
    answers.picks = [1]  # Add after it
    assert window.import_plan(fixture)
    assert len(plan.read_plan(db)) == 2 * (pillars - 3)

    extra = tmp_path / "plan.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Pijler", "Doel", "Actie", "Drempels", "Opmerkingen"])
    book.active.append(["Nieuwe pijler", "Een doel", "Een actie", "Bestaat niet", "x"])
    book.save(extra)
    assert window.import_plan(extra)
    shown = answers.infos[-1]
    assert "Columns that were not read: E (Opmerkingen)." in shown
    assert "Row 2: the barrier “Bestaat niet” is not in this trajectory" in shown


def test_a_form_of_a_closed_round_is_refused_in_plain_words(window, demo_file, answers, qtbot,
                                                           tmp_path):
    window.open_path(demo_file)
    db = window.document.db
    closed = next(r for r in measurement.list_rounds(db) if r.closed)
    partner = partners.list_partners(db)[0]
    form = tmp_path / "formulier.xlsx"
    export_form(db, form, closed.id, partner.id, "staff")
    job = window.import_workbook(form)
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert "which was closed on" in answers.errors[-1] and closed.name in answers.errors[-1]
    assert "start a new round" in answers.errors[-1]


def test_the_language_switch_says_when_it_takes_effect(window, settings):
    from PySide6.QtWidgets import QLabel

    from drempelmeter.ui.app_dialogs import PreferencesDialog

    window.show_preferences()
    dialog = window.findChild(PreferencesDialog)
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("takes effect when Drempelmeter starts again" in text for text in notes)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.accept()
    assert settings.language_preference() == "nl"


def test_empty_barriers_and_plan_pages_say_what_comes_first(window, tmp_path, answers):
    window.open_path(empty_trajectory(tmp_path))
    window.workspace.show_section(BARRIERS)
    barriers_page = window.workspace.barriers_page
    step = barriers_page.next_step
    assert step.isVisible() and "No barriers yet" in step.note.text()
    step.button.click()  # "Go to the signals"
    assert window.workspace.sections.currentRow() == SIGNALS
    window.workspace.show_section(PLAN)
    plan_step = window.workspace.plan_page.next_step
    assert plan_step.isVisible() and "Import an action plan" in plan_step.note.text()
    answers.text = "Toegang tot hulp"
    plan_step.button.click()  # "New pillar…"
    assert [p.title for p in plan.read_plan(window.document.db)] == ["Toegang tot hulp"]
    assert not plan_step.isVisible()


def test_a_full_page_shows_no_next_step(window, demo_file):
    window.open_path(demo_file)
    for section, page in ((BARRIERS, "barriers_page"), (PLAN, "plan_page"),
                          (SIGNALS, "signals_page")):
        window.workspace.show_section(section)
        assert not getattr(window.workspace, page).next_step.isVisible()


def test_each_phase_page_leads_to_its_work_and_starts_at_its_top(window, demo_file):
    from drempelmeter.ui.workspace import MEASUREMENT

    window.open_path(demo_file)
    workspace = window.workspace
    for number, section in ((1, PARTNERS), (2, SIGNALS), (3, MEASUREMENT), (4, BARRIERS),
                            (5, PLAN), (6, PLAN)):
        workspace.show_phase(number)
        page = workspace.phase_page
        assert page.verticalScrollBar().value() == 0
        assert page.next_step.isVisibleTo(page) and page.next_step.button.text()
        page.next_step.button.click()
        assert workspace.sections.currentRow() == section, number
    assert workspace.plan_page.tabs.currentIndex() == workspace.plan_page.tabs.count() - 1
    workspace.show_phase(2)
    workspace.phase_page.verticalScrollBar().setValue(
        workspace.phase_page.verticalScrollBar().maximum())
    workspace.show_phase(3)  # another phase: back at the top
    assert workspace.phase_page.verticalScrollBar().value() == 0
