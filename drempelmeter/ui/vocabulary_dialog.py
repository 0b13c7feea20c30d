"""The Vocabularies dialog: each list a region may change, its terms, and add, rename, retire,
restore (undoable), and the lists exported to or imported from a YAML file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.terms import Term
from ..domain.vocabularies import EDITABLE, RENAME_ONLY
from ..services import vocabularies
from . import prompts, vocabulary_edits
from .document import TrajectoryDocument
from .i18n import fill, language, tr, tr_noop
from .record_dialogs import RecordDialog
from .widgets import add_row, button, fit_to_screen
from .yaml_exchange import export_yaml, import_yaml

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

#: The lists in the order the dialog offers them, with their names.
LIST_NAMES = {
    "target_groups": tr_noop("Target groups"),
    "gbo_principles": tr_noop("GBO principles"),
    "partner_types": tr_noop("Partner types"),
    "groups": tr_noop("Groups (steering group, working groups, …)"),
    "participant_roles": tr_noop("Participant roles"),
    "life_domain_tags": tr_noop("Themes beside the life domains"),
    "phases": tr_noop("Phase names"),
}
YAML_FILTER = tr_noop("Vocabulary file (*.yaml *.yml)")
DUTCH, ENGLISH, STATE = range(3)


class TermDialog(RecordDialog):
    """A term's Dutch label (required) and English one."""

    def __init__(self, title: str, parent: QWidget | None, nl: str = "", en: str = "") -> None:
        super().__init__(title, parent)
        self.nl = self.required_text(tr("&Dutch:"), "termDutch", nl)
        self.en = self.required_text(tr("&English:"), "termEnglish", en)
        self.update_ok()

    def is_complete(self) -> bool:
        return bool(self.nl.text().strip())


class VocabularyDialog(QDialog):
    """The region's own words. Every change is an undoable edit of the trajectory."""

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(tr("Vocabularies"))
        self.setAccessibleName(tr("Vocabularies"))
        self.setObjectName("vocabularyDialog")
        fit_to_screen(self, 820, 680)
        intro = QLabel(tr("The lists this trajectory uses, with the region's own words: add a "
                          "term, rename one, or retire one that is no longer used. A retired term "
                          "stays on the records that have it; it is no longer offered."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.choice = QComboBox()
        for name, label in LIST_NAMES.items():
            self.choice.addItem(tr(label), name)
        add_row(form, tr("&List:"), self.choice, "vocabularyList")
        self.terms = QTableWidget(0, 3)
        self.terms.setObjectName("vocabularyTerms")
        self.terms.setAccessibleName(tr("Terms"))
        self.terms.setHorizontalHeaderLabels([tr("Dutch"), tr("English"), tr("State")])
        self.terms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.terms.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.terms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.terms.setTabKeyNavigation(False)
        self.terms.verticalHeader().hide()
        header = self.terms.horizontalHeader()
        header.setSectionResizeMode(DUTCH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ENGLISH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        terms_label = QLabel(tr("&Terms:"))
        terms_label.setBuddy(self.terms)
        self.add = button(tr("&Add…"), "vocabularyAdd")
        self.rename = button(tr("Re&name…"), "vocabularyRename")
        self.retire = button(tr("&Retire"), "vocabularyRetire")
        self.export = button(tr("&Export…"), "vocabularyExport")
        self.import_ = button(tr("&Import…"), "vocabularyImport")
        row = QHBoxLayout()
        for widget in (self.add, self.rename, self.retire):
            row.addWidget(widget)
        row.addStretch()
        row.addWidget(self.export)
        row.addWidget(self.import_)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(terms_label)
        layout.addWidget(self.terms)
        layout.addLayout(row)
        layout.addWidget(close)
        self.choice.currentIndexChanged.connect(lambda _i: self.reload())
        self.terms.itemSelectionChanged.connect(self.update_buttons)
        self.terms.doubleClicked.connect(lambda _index: self.on_rename())
        self.add.clicked.connect(self.on_add)
        self.rename.clicked.connect(self.on_rename)
        self.retire.clicked.connect(self.on_retire)
        self.export.clicked.connect(self.on_export)
        self.import_.clicked.connect(self.on_import)
        document.changed.connect(self.on_changed)
        self.reload()

    @property
    def name(self) -> str:
        return str(self.choice.currentData())

    def reload(self) -> None:
        """Show the chosen list's terms, keeping the selected one selected."""
        selected = self.selected()
        default = EDITABLE[self.name]
        shown = vocabularies.effective(self.document.db)[self.name]
        self.terms.setRowCount(len(shown))
        lang = language()
        for row, term in enumerate(shown):
            if term.retired:
                state = tr("Retired")
            elif term.key not in default:
                state = tr("Added by the region")
            elif (term.nl, term.en) != (default[term.key].nl, default[term.key].en):
                state = tr("Renamed")
            else:
                state = tr("Default")
            for column, text in ((DUTCH, term.nl), (ENGLISH, term.en), (STATE, state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, term.key)
                item.setToolTip(term.label(lang))
                if term.retired:  # set apart by its state's words, and in italics
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.terms.setItem(row, column, item)
        keys = [t.key for t in shown]
        if selected is not None and selected.key in keys:
            self.terms.selectRow(keys.index(selected.key))
        elif keys:
            self.terms.selectRow(0)
        self.update_buttons()

    def selected(self) -> Term | None:
        rows = self.terms.selectionModel().selectedRows() if self.terms.selectionModel() else []
        if not rows:
            return None
        item = self.terms.item(rows[0].row(), DUTCH)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        shown = vocabularies.effective(self.document.db)[self.name]
        return next((t for t in shown if t.key == key), None)

    def update_buttons(self) -> None:
        term = self.selected()
        editable = not self.document.read_only
        fixed = self.name in RENAME_ONLY
        self.add.setEnabled(editable and not fixed)
        self.rename.setEnabled(editable and term is not None)
        self.retire.setEnabled(editable and term is not None and not fixed)
        text = tr("Rest&ore") if term is not None and term.retired else tr("&Retire")
        self.retire.setText(text)
        self.retire.setAccessibleName(text.replace("&", ""))
        self.import_.setEnabled(editable)

    def on_changed(self, area: str) -> None:
        if area == vocabulary_edits.VOCABULARIES:
            self.reload()

    def on_add(self) -> None:
        dialog = TermDialog(fill(tr("Add to “%1”"), self.choice.currentText()), self)
        dialog.save_with(self.document, lambda: vocabulary_edits.add_term(
            self.document, self.name, dialog.nl.text(), dialog.en.text()))
        dialog.exec()

    def on_rename(self) -> None:
        term = self.selected()
        if term is None or self.document.read_only:
            return
        dialog = TermDialog(fill(tr("Rename “%1”"), term.nl), self, term.nl, term.en)
        dialog.save_with(self.document, lambda: vocabulary_edits.rename_term(
            self.document, self.name, term.key, term.nl, dialog.nl.text(), dialog.en.text()))
        dialog.exec()

    def on_retire(self) -> None:
        term = self.selected()
        if term is not None:
            self.document.push(vocabulary_edits.retire_term(
                self.document, self.name, term.key, term.nl, not term.retired))

    def _folder(self) -> str:
        return str(Path(self.document.db.path).parent)

    def on_export(self) -> None:
        suggestion = Path(self._folder()) / fill(tr("Vocabularies %1.yaml"),
                                                 Path(self.document.db.path).stem)
        export_yaml(self, tr("Export the vocabularies"), suggestion, tr(YAML_FILTER),
                    lambda target: vocabularies.export_file(self.document.db, target),
                    tr("%1 terms written to %2. Another trajectory takes them with Import…"))

    def on_import(self) -> None:
        title = tr("Import vocabularies")

        def question(path: Path) -> str | None:
            check = vocabularies.import_file(self.document.db, path, dry_run=True)
            if not (check.added or check.changed or check.removed):
                prompts.show_info(self, title, tr("The file holds the lists as they are: "
                                                  "nothing to change."))
                return None
            return fill(tr(
                "“%1” adds %2 terms, changes %3 and takes away %4 that no record uses. "
                "Import it? (A backup of the trajectory is made first.)"), path.name,
                str(len(check.added)), str(len(check.changed)), str(len(check.removed)))

        path = import_yaml(self, title, self.document, vocabulary_edits.AREAS, tr(YAML_FILTER),
                           question, lambda path: vocabularies.import_file(self.document.db, path))
        if path is not None:
            log.info("vocabularies imported from %s", path)


def show_vocabularies(window: MainWindow) -> None:
    """Edit ▸ Vocabularies…: the dialog over the window, for the open trajectory."""
    if window.document is None:
        return
    dialog = VocabularyDialog(window.document, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
