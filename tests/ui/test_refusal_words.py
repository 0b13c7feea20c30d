"""What the window says when a service refuses a term label holding a workbook's separator, or a
policy signal's date after today: the field in words and what to do, never a code."""

from __future__ import annotations

from datetime import date

from drempelmeter.services.errors import InvalidInput
from drempelmeter.ui.messages import describe_invalid_input


def test_a_separator_in_a_label_and_a_date_after_today_are_said_in_words(qapp):
    said = describe_invalid_input(InvalidInput("nl", InvalidInput.SEPARATOR, ";"))
    assert said.startswith("The Dutch label cannot hold “;”: a workbook separates terms")
    assert "Use “/” or “,” instead." in said
    said = describe_invalid_input(InvalidInput("en", InvalidInput.SEPARATOR, "\n"))
    assert said.startswith("The English label cannot hold a line break:")
    said = describe_invalid_input(InvalidInput("sent_on", InvalidInput.AFTER_TODAY,
                                               date(2030, 5, 1)))
    assert said.startswith("The date the letter was sent cannot be after today (")
    assert "2030" in said and "sent_on" not in said and "after_today" not in said


def test_a_line_break_in_a_label_is_refused_in_one_dutch_sentence(dutch):
    """The sentence was put together from a translated "a line break" (“regeleinde”)."""
    said = describe_invalid_input(InvalidInput("en", InvalidInput.SEPARATOR, "\n"))
    assert said == ("De Engelse benaming mag geen regeleinde bevatten: een werkmap scheidt er "
                    "termen mee. Gebruik in de plaats “/” of “,”.")


def test_the_term_form_stays_open_saying_why_a_semicolon_cannot_be_in_a_label(
        window, demo_file, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from drempelmeter.services import vocabularies
    from drempelmeter.ui import vocabulary_dialog
    from drempelmeter.ui.vocabulary_dialog import VocabularyDialog

    window.open_path(demo_file)
    window.findChild(type(window.save_copy_action), "actionVocabularies").trigger()
    dialog = window.findChild(VocabularyDialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData("target_groups"))
    said = []

    def execute(form) -> QDialog.DialogCode:  # type: ignore[no-untyped-def]
        form.nl.setText("Ouders; grootouders")
        form.accept()  # OK: the service refuses, the form stays open saying why
        said.append(form.refusal.text() if form.refusal.isVisibleTo(form) else "")
        return QDialog.DialogCode(form.result())

    monkeypatch.setattr(vocabulary_dialog.TermDialog, "exec", execute)
    before = vocabularies.effective(window.document.db).changes
    dialog.add.click()
    assert said and said[0].startswith("The Dutch label cannot hold “;”")
    assert vocabularies.effective(window.document.db).changes == before
