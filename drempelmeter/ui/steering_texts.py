"""What the coach writes for the steering group: the duiding of each chapter of the regional
report and the key findings (the Report texts dialog, from the File menu), and per action what
changes next year (fields in the action editor), each change one undoable edit; and the year a
realisation report is written for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.ids import new_id
from ..domain.steering import CHAPTERS
from ..services import steering
from .document import EditCommand, TrajectoryDocument
from .i18n import fill, language, tr
from .widgets import add_row

AREAS = ("report_texts",)


def edit_report_texts(doc: TrajectoryDocument, old_notes: dict[str, str],
                      new_notes: dict[str, str], old_findings: list[tuple[str, str]],
                      new_findings: list[tuple[str, str]]) -> EditCommand:
    """One edit for what changed in the dialog: the chapters' duiding and the key findings."""
    changed = [key for key in CHAPTERS.ordered_keys()
               if old_notes.get(key, "") != new_notes.get(key, "")]

    def write(notes: dict[str, str], findings: list[tuple[str, str]]) -> None:
        for key in changed:
            steering.save_chapter_note(doc.db, key, notes.get(key, ""))
        if [t for _i, t in old_findings] != [t for _i, t in new_findings]:
            steering.save_key_findings(doc.db, findings)

    return EditCommand(doc, tr("Edit the report texts"), lambda: write(new_notes, new_findings),
                       lambda: write(old_notes, old_findings), AREAS)


def edit_year_note(doc: TrajectoryDocument, action_id: str, number: str, year: int, old: str,
                   new: str) -> EditCommand:
    return EditCommand(doc, fill(tr("What changes after %1 for action %2"), str(year), number),
                       lambda: steering.save_year_note(doc.db, action_id, year, new),
                       lambda: steering.save_year_note(doc.db, action_id, year, old), ("plan",))


def report_year(parent: QWidget, start: date | None) -> int | None:
    """The year whose realisation report to write, chosen from the trajectory's years (latest
    first); None when cancelled."""
    from . import prompts

    this = date.today().year
    years = [str(y) for y in range(this, min(start.year if start else this, this) - 1, -1)]
    chosen = prompts.choose_item(parent, tr("Write a report"), tr("The year:"), years)
    return None if chosen is None else int(chosen)


class ReportTextsDialog(QDialog):
    """The duiding of each chapter (choose the chapter, write its text) and the key findings,
    one per line, in the order they are printed."""

    def __init__(self, doc: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = doc
        self.setObjectName("reportTextsDialog")
        self.setWindowTitle(tr("Report texts"))
        self.setAccessibleName(tr("Report texts"))
        texts = steering.report_texts(doc.db)
        self.old_notes = dict(texts.notes)
        self.notes = dict(texts.notes)
        self.old_findings = steering.key_findings(doc.db)
        intro = QLabel(tr("What you write here is printed in the regional report: the key "
                          "findings first, and each chapter's interpretation under its title."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.findings = QPlainTextEdit("\n".join(t for _i, t in self.old_findings))
        self.findings.setTabChangesFocus(True)
        add_row(form, tr("&Key findings (one per line):"), self.findings, "keyFindings")
        self.chapter = QComboBox()
        for term in CHAPTERS:
            self.chapter.addItem(term.label(language()), term.key)
        add_row(form, tr("&Chapter:"), self.chapter, "noteChapter")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        add_row(form, tr("&Interpretation of this chapter:"), self.note, "chapterNote")
        self._key = self.chapter.currentData()
        self.note.setPlainText(self.notes.get(self._key, ""))
        self.chapter.currentIndexChanged.connect(self._show_chapter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _show_chapter(self) -> None:
        self.notes[self._key] = self.note.toPlainText().strip()
        self._key = self.chapter.currentData()
        self.note.setPlainText(self.notes.get(self._key, ""))

    def new_findings(self) -> list[tuple[str, str]]:
        """The findings as written, each keeping the id of the finding it replaces (by place),
        so a text confirmed once stays confirmed."""
        lines = [line.strip() for line in self.findings.toPlainText().splitlines()
                 if line.strip()]
        ids = [i for i, _t in self.old_findings]
        return [(ids[n] if n < len(ids) else new_id(), text) for n, text in enumerate(lines)]

    def accept(self) -> None:
        """Save what was written as one undoable edit and close; a refused text (too long,
        personal data not confirmed) keeps the dialog open with everything written in it."""
        command = self.edit()
        if command is None or self.document.push(command):
            super().accept()

    def edit(self) -> EditCommand | None:
        """The edit the dialog asks for, or None when nothing changed."""
        self._show_chapter()
        notes = {k: v for k, v in self.notes.items() if v}
        findings = self.new_findings()
        if notes == self.old_notes and [t for _i, t in findings] == [
                t for _i, t in self.old_findings]:
            return None
        return edit_report_texts(self.document, self.old_notes, notes, self.old_findings,
                                 findings)


def open_report_texts(window) -> ReportTextsDialog | None:  # type: ignore[no-untyped-def]
    """The File menu's Report texts: edit, then one undoable edit on OK."""
    if window.document is None:
        return None
    dialog = ReportTextsDialog(window.document, window)
    for text in (dialog.findings, dialog.note):  # a file opened read-only: to read only
        text.setReadOnly(window.document.read_only)
    dialog.open()
    return dialog


class YearNoteFields(QObject):
    """Two rows of the action editor: a year, and what changes after it for the action; the
    text is committed when the field loses focus."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.document: TrajectoryDocument | None = None
        self.action_id = ""
        self.number = ""
        self.shown = ""
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        add_row(form, tr("Report &year:"), self.year, "actionReportYear", privacy=False)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        add_row(form, tr("What changes ne&xt year:"), self.text, "actionNextYear")
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.text.installEventFilter(self)

    def bind(self, document: TrajectoryDocument) -> None:
        self.document = document
        self.text.setReadOnly(document.read_only)

    def show_action(self, action_id: str, number: str) -> None:
        self.action_id, self.number = action_id, number
        self.reload()

    def reload(self) -> None:
        known = self.document is not None and bool(self.action_id)
        self.shown = (steering.year_note(self.document.db, self.action_id, self.year.value())
                      if known else "")  # type: ignore[union-attr]
        self.text.setPlainText(self.shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def commit(self) -> None:
        new = self.text.toPlainText().strip()
        if self.document is None or not self.action_id or new == self.shown:
            return
        if self.document.push(edit_year_note(self.document, self.action_id, self.number,
                                             self.year.value(), self.shown, new)):
            self.shown = new
