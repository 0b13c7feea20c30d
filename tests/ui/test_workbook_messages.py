"""Every way a workbook is refused has its words in the window, with the file's name and what to
do (a kind without them was a KeyError where the window explains a refusal)."""

from __future__ import annotations

from pathlib import Path

from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import bundles
from drempelmeter.ui.messages import describe_workbook_error

from ..exchange import bundle_setup

KINDS = [value for name, value in vars(WorkbookError).items()
         if name.isupper() and isinstance(value, str)]


def test_every_refusal_of_a_workbook_is_worded_in_the_window(qapp):
    for kind in KINDS:
        text = describe_workbook_error(WorkbookError(Path("/tmp/bundel.xlsx"), kind, "x"))
        assert "bundel.xlsx" in text and "%" not in text, kind


def test_the_lock_file_names_the_workbook_to_import(qapp):
    text = describe_workbook_error(WorkbookError(Path("/tmp/~$bundel CAW.xlsx"),
                                                 WorkbookError.LOCK_FILE, "bundel CAW.xlsx"))
    assert text.startswith("“~$bundel CAW.xlsx” is the lock file")
    assert "Close “bundel CAW.xlsx” and import that file." in text


def test_a_workbook_still_open_elsewhere_is_imported_as_last_saved_only_when_asked(
        window, answers, tmp_path, qtbot):
    """The window read a bundle open in Excel as last saved without a word; it asks first."""
    db = bundle_setup.build(tmp_path / "bundels.drempel")
    bundle = tmp_path / "caw.xlsx"
    bundles.export_template(db, bundle_setup.CAW[1], bundle)
    db.close()
    window.open_path(tmp_path / "bundels.drempel")
    (tmp_path / "~$caw.xlsx").write_bytes(b"\x03Jan" + b" " * 50)
    answers.answer = False
    assert window.import_workbook(bundle) is None
    assert answers.questions[-1] == (
        "“caw.xlsx” is still open in Excel or LibreOffice (its lock file “~$caw.xlsx” is beside "
        "it): what was typed there since it was last saved is not in the file. Import it as it "
        "was last saved?")
    assert window.import_plan(bundle) is False and len(answers.questions) == 2
    answers.answer = True
    job = window.import_workbook(bundle)
    assert job is not None
    qtbot.waitUntil(lambda: job.report_dialog is not None and job.report_dialog.isVisible())
    with qtbot.waitSignal(job.done, timeout=10_000):
        job.report_dialog.reject()


def test_the_plan_import_asks_about_a_workbook_open_elsewhere_under_its_own_title(
        window, demo_file, tmp_path, monkeypatch):
    """The plan import's question and file dialog were titled as the filled workbook's."""
    from drempelmeter.ui import prompts

    window.open_path(demo_file)
    plan = tmp_path / "plan.xlsx"
    plan.write_bytes(b"")
    (tmp_path / "~$plan.xlsx").write_bytes(b"\x03Jan" + b" " * 50)
    titles: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, title, _text: titles.append(title))
    monkeypatch.setattr(prompts.QFileDialog, "getOpenFileName",
                        lambda _p, title, *_a: (titles.append(title), ("", ""))[1])
    assert window.import_plan(plan) is False
    assert window.import_workbook(plan) is None
    window.choose_and_import_plan()
    window.choose_and_import()
    assert titles == ["Import an action plan", "Import a filled workbook",
                      "Import an action plan", "Import a filled workbook"]
