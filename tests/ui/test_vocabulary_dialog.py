"""Edit ▸ Vocabularies…: the region's own words added, renamed, retired and restored as undoable
edits, seen on the pages, and shared as a YAML file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QLabel

from drempelmeter.services import vocabularies
from drempelmeter.ui import vocabulary_dialog
from drempelmeter.ui.signal_table import SignalsModel
from drempelmeter.ui.vocabulary_dialog import VocabularyDialog
from drempelmeter.ui.workspace import PARTNERS, SIGNALS

from .test_accessibility import problems


@pytest.fixture
def dialog(window, demo_file, qtbot):  # type: ignore[no-untyped-def]
    window.open_path(demo_file)
    action = window.findChild(type(window.save_copy_action), "actionVocabularies")
    action.trigger()
    found = window.findChild(VocabularyDialog)
    assert found is not None and found.isVisible()
    return found


def answer_term(monkeypatch, nl: str, en: str = "") -> None:  # type: ignore[no-untyped-def]
    """The add or rename form, filled in and accepted as a user would."""
    def execute(form) -> QDialog.DialogCode:  # type: ignore[no-untyped-def]
        form.nl.setText(nl)
        form.en.setText(en)
        form.accept()  # OK: saves, or stays open on a refusal
        return QDialog.DialogCode(form.result())

    monkeypatch.setattr(vocabulary_dialog.TermDialog, "exec", execute)


def choose(dialog, name: str, label: str | None = None) -> None:  # type: ignore[no-untyped-def]
    dialog.choice.setCurrentIndex(dialog.choice.findData(name))
    if label is not None:
        row = next(r for r in range(dialog.terms.rowCount())
                   if dialog.terms.item(r, 0).text() == label)
        dialog.terms.selectRow(row)


def states(dialog) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {dialog.terms.item(r, 0).text(): dialog.terms.item(r, 2).text()
            for r in range(dialog.terms.rowCount())}


def test_the_dialog_is_accessible_and_lists_the_demos_own_terms(dialog):
    assert problems(dialog) == [] and dialog.accessibleName() == "Vocabularies"
    choose(dialog, "target_groups")
    assert states(dialog)["Gezinnen met schulden"] == "Added by the region"
    choose(dialog, "phases")
    assert not dialog.add.isEnabled() and not dialog.retire.isEnabled()


def test_add_undo_redo_keeps_the_key(window, dialog, monkeypatch):
    choose(dialog, "target_groups")
    answer_term(monkeypatch, "Kwetsbare jongvolwassenen", "Vulnerable young adults")
    dialog.add.click()
    assert states(dialog)["Kwetsbare jongvolwassenen"] == "Added by the region"
    db = window.document.db
    assert "kwetsbare_jongvolwassenen" in vocabularies.effective(db).target_groups
    window.undo_action.trigger()
    assert "Kwetsbare jongvolwassenen" not in states(dialog)
    window.redo_action.trigger()
    assert vocabularies.effective(db).target_groups["kwetsbare_jongvolwassenen"].en == (
        "Vulnerable young adults")


def mnemonics(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    """The Alt+letter of every label and button: two alike and Alt jumps between them."""
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in dialog.findChildren(kind)
             if w.isVisibleTo(dialog)]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]


def test_retiring_a_term_in_use_marks_it_on_the_signals_page(window, dialog):
    choose(dialog, "target_groups", "Nieuwkomers")
    assert dialog.retire.text().replace("&", "") == "Retire"
    dialog.retire.click()
    assert states(dialog)["Nieuwkomers"] == "Retired"
    assert dialog.retire.text().replace("&", "") == "Restore"
    assert len(set(mnemonics(dialog))) == len(mnemonics(dialog)), mnemonics(dialog)
    window.workspace.show_section(SIGNALS)
    model = window.workspace.signals_page.model
    shown = {model.index(r, SignalsModel.GROUPS).data() for r in range(model.rowCount())}
    assert any("Newcomers (retired)" in text for text in shown)
    dialog.retire.click()  # restore
    assert states(dialog)["Nieuwkomers"] == "Default"


def test_a_rename_shows_on_the_partners_page_and_undoes(window, dialog, monkeypatch):
    choose(dialog, "partner_types", "CAW")
    answer_term(monkeypatch, "CAW Demervallei-regio", "CAW (regional)")
    dialog.rename.click()
    assert states(dialog)["CAW Demervallei-regio"] == "Renamed"
    window.workspace.show_section(PARTNERS)
    partners_model = window.workspace.partners_page.partners.model
    types = {partners_model.index(r, 2).data() for r in range(partners_model.rowCount())}
    assert "CAW (regional)" in types
    window.undo_action.trigger()
    assert states(dialog)["CAW"] == "Default"


def test_export_then_import_into_another_file(window, dialog, tmp_path, monkeypatch, answers):
    out = tmp_path / "lijsten.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    dialog.export.click()
    assert out.exists() and answers.infos
    text = out.read_text(encoding="utf-8").replace("nl: Ouderen\n", "nl: Senioren\n")
    edited = tmp_path / "aangepast.yaml"
    edited.write_text(text, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(edited), ""))
    dialog.import_.click()
    assert "changes 1" in answers.questions[-1]
    choose(dialog, "target_groups")
    assert states(dialog)["Senioren"] == "Renamed"
    bad = tmp_path / "slecht.yaml"
    bad.write_text("format: iets anders\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    dialog.import_.click()
    assert "“slecht.yaml”. Line 1" in answers.errors[-1]  # the file named, as the themes say it
    assert dialog.terms.item(0, 0).data(Qt.ItemDataRole.UserRole)


def test_edits_before_an_import_can_no_longer_be_undone_or_redone(window, dialog, tmp_path,
                                                                  monkeypatch, answers):
    """Redoing an add the import took away would give two terms one label (a bundle's
    drop-down would offer it twice, and an import would take the first)."""
    choose(dialog, "target_groups")
    answer_term(monkeypatch, "Jonge mantelzorgers")
    dialog.add.click()
    window.undo_action.trigger()
    shared = tmp_path / "gedeeld.yaml"
    shared.write_text("format: drempelmeter-vocabularies\nformat_version: 1\nvocabularies:\n"
                      "  target_groups:\n  - key: gezinnen_met_schulden\n"
                      "    nl: Gezinnen met schulden\n  - key: jongeren\n"
                      "    nl: Jonge mantelzorgers\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(shared), ""))
    dialog.import_.click()
    assert "adds 1" in answers.questions[-1] and "Jonge mantelzorgers" in states(dialog)
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    window.redo_action.trigger()
    labels = [t.nl for t in vocabularies.effective(window.document.db).target_groups]
    assert labels.count("Jonge mantelzorgers") == 1


def test_the_details_page_opens_it_and_shows_the_regions_target_groups(window, demo_file):
    from drempelmeter.ui.workspace import DETAILS

    window.open_path(demo_file)
    window.workspace.show_section(DETAILS)
    page = window.workspace.details_page
    labels = {page.target_groups.item(r).text(): page.target_groups.item(r).checkState()
              for r in range(page.target_groups.count())}
    assert labels["Families in debt"] == Qt.CheckState.Checked  # the demo's own, in use
    page.vocabularies.click()
    assert page.findChild(VocabularyDialog).isVisible()
    assert problems(page) == []
