"""The Questionnaire themes dialog: the three fixed themes and the region's own, with add, edit,
retire and restore of the region's (undoable); a theme is a name, a short explanation and its
questions, each worded for a group of its own where it asks so. The region's themes are exported
to or imported from a YAML file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.questionnaire import (
    PERSPECTIVES,
    QUESTIONNAIRE_THEMES,
    RESPONDENT_GROUPS,
    WORDING_OF_GROUP,
)
from ..domain.region_themes import MAX_ITEMS, RegionTheme
from ..services import questionnaire_themes
from . import prompts, theme_edits
from .chart_view import read_only_table
from .document import TrajectoryDocument
from .i18n import fill, language, tr, tr_noop
from .record_dialogs import RecordDialog
from .widgets import add_row, button, fit_to_screen
from .yaml_exchange import export_yaml, import_yaml

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

NAME, QUESTIONS, STATE = range(3)
#: The questions box's height in lines: a theme has a handful (it scrolls beyond).
QUESTION_LINES = 7
YAML_FILTER = tr_noop("Themes file (*.yaml *.yml)")


def _group_label(perspective: str) -> str:
    """A perspective named after the first group that reads it ("Clients")."""
    return next(t for t in RESPONDENT_GROUPS if not t.retired
                and WORDING_OF_GROUP[t.key] == perspective).label(language())


class ThemeDialog(RecordDialog):
    """A theme's name (required), its short explanation and its questions, one a line; below
    them each question's wording per group (perspective), where a group reads it otherwise."""

    def __init__(self, title: str, parent: QWidget | None,
                 theme: RegionTheme | None = None) -> None:
        super().__init__(title, parent)
        self.name = self.required_text(tr("&Name:"), "themeName", theme.name if theme else "")
        self.explanation = QPlainTextEdit(theme.explanation if theme else "")
        self.explanation.setTabChangesFocus(True)
        self.explanation.setFixedHeight(70)
        add_row(self.form, tr("E&xplanation:"), self.explanation, "themeExplanation")
        self.items = QPlainTextEdit("\n".join(i.text for i in theme.items) if theme else "")
        self.items.setTabChangesFocus(True)
        self.items.setPlaceholderText(tr("One question a line, as every group reads it unless "
                                         "its own wording below says otherwise."))
        add_row(self.form, tr("&Questions:"), self.items, "themeItems")
        hint = QLabel(fill(tr("One question a line (at most %1), answered on the 1 to 5 scale "
                              "like every question. A question kept, or reworded in its place, "
                              "keeps its answers: reword a question only to say the same more "
                              "clearly; ask something else on a line of its own."),
                           str(MAX_ITEMS)))
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.items.setFixedHeight(QUESTION_LINES * self.items.fontMetrics().lineSpacing()
                                  + 2 * self.items.frameWidth() + 8)
        self.wording = QTableWidget(0, 1 + len(PERSPECTIVES))
        self.wording.setHorizontalHeaderLabels([tr("Question"),
                                                *map(_group_label, PERSPECTIVES)])
        self.wording.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the rows measured again as the columns take their width (at first, or a wider form)
        self.wording.horizontalHeader().sectionResized.connect(
            lambda *_: self.wording.resizeRowsToContents())
        self.wording.verticalHeader().hide()
        self.wording.setWordWrap(True)
        self.wording.setTabKeyNavigation(False)
        self.wording.setMinimumHeight(200)
        add_row(self.form, tr("&Wording per group:"), self.wording, "themeWording")
        worded = QLabel(tr("Optional: how a group reads a question, as the questionnaire words "
                           "its own per group (staff: “Clients know that…”, clients: “I knew "
                           "that…”); lived-experience experts read the clients' wording. An "
                           "empty cell: that group reads the question as above. Type or press "
                           "F2 in a cell to word it."))
        worded.setWordWrap(True)
        self.form.addRow("", worded)
        self._fill_wording([(i.text, dict(i.wordings)) for i in theme.items] if theme else [])
        self.items.textChanged.connect(self.update_ok)
        self.items.textChanged.connect(self.follow_questions)
        self.wording.itemChanged.connect(lambda item: self.wording.resizeRowToContents(
            item.row()))
        fit_to_screen(self, 900, 720)
        self.update_ok()

    def is_complete(self) -> bool:
        return bool(self.name.text().strip()) and bool(self.item_texts())

    def item_texts(self) -> list[str]:
        return [line.strip() for line in self.items.toPlainText().splitlines() if line.strip()]

    def wordings(self) -> list[dict[str, str]]:
        """Per question (in the order of `item_texts`), its wording per perspective typed."""
        found = []
        for row in range(self.wording.rowCount()):
            cells = (self.wording.item(row, 1 + n) for n in range(len(PERSPECTIVES)))
            found.append({p: cell.text().strip() for p, cell in zip(PERSPECTIVES, cells,
                                                                     strict=True)
                          if cell is not None and cell.text().strip()})
        return found

    def follow_questions(self) -> None:
        """A row per question as typed above: a question kept keeps its wordings, one reworded
        in its place those of the one it replaces."""
        before = [(self.wording.item(r, 0).text(), worded)  # type: ignore[union-attr]
                  for r, worded in enumerate(self.wordings())]
        texts = self.item_texts()
        if texts == [text for text, _worded in before]:
            return
        by_text = dict(before)
        self._fill_wording([
            (text, by_text[text] if text in by_text else (
                before[n][1] if n < len(before) and before[n][0] not in texts else {}))
            for n, text in enumerate(texts)])

    def _fill_wording(self, rows: list[tuple[str, dict[str, str]]]) -> None:
        self.wording.setRowCount(len(rows))
        for r, (text, worded) in enumerate(rows):
            question = QTableWidgetItem(text)
            question.setFlags(question.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.wording.setItem(r, 0, question)
            for n, perspective in enumerate(PERSPECTIVES):
                self.wording.setItem(r, 1 + n, QTableWidgetItem(worded.get(perspective, "")))
        self.wording.resizeRowsToContents()


class ThemesDialog(QDialog):
    """The themes a questionnaire may measure beside the B's. Every change is an undoable edit
    of the trajectory; the fixed themes are listed but cannot change."""

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(tr("Questionnaire themes"))
        self.setAccessibleName(tr("Questionnaire themes"))
        self.setObjectName("themesDialog")
        fit_to_screen(self, 820, 560)
        intro = QLabel(tr("Beside the B's, a questionnaire measures themes. The three fixed "
                          "ones come with the questionnaire; add the region's own with its "
                          "questions. A new round asks the themes in use; a retired theme is no "
                          "longer asked, and the answers given to it stay readable."))
        intro.setWordWrap(True)
        self.table = read_only_table("themesTable", tr("Themes"))
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([tr("Theme"), tr("Questions"), tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QUESTIONS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        label = QLabel(tr("&Themes:"))
        label.setBuddy(self.table)
        self.explanation = QLabel()
        self.explanation.setObjectName("themeExplanationShown")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.add = button(tr("&Add…"), "themeAdd")
        self.edit = button(tr("&Edit…"), "themeEdit")
        self.retire = button(tr("&Retire"), "themeRetire")
        self.export = button(tr("E&xport…"), "themeExport")
        self.import_ = button(tr("&Import…"), "themeImport")
        row = QHBoxLayout()
        for widget in (self.add, self.edit, self.retire):
            row.addWidget(widget)
        row.addStretch()
        row.addWidget(self.export)
        row.addWidget(self.import_)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.on_edit())
        self.add.clicked.connect(self.on_add)
        self.edit.clicked.connect(self.on_edit)
        self.retire.clicked.connect(self.on_retire)
        self.export.clicked.connect(self.on_export)
        self.import_.clicked.connect(self.on_import)
        document.changed.connect(self.on_changed)
        self.reload()

    def reload(self) -> None:
        """The fixed themes, then the region's; keeps the selected one selected."""
        chosen = self.selected()
        lang = language()
        self._themes = questionnaire_themes.themes(self.document.db)
        rows = [(t.key, t.label(lang), "—", tr("Fixed"), False) for t in QUESTIONNAIRE_THEMES]
        rows += [(t.key, t.name, str(len(t.items)),
                  tr("Retired") if t.retired else tr("Added by the region"), t.retired)
                 for t in self._themes]
        self.table.setRowCount(len(rows))
        for r, (key, name, questions, state, retired) in enumerate(rows):
            for column, text in ((NAME, name), (QUESTIONS, questions), (STATE, state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                if retired:  # set apart by its state's words, and in italics
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, column, item)
        keys = [key for key, *_rest in rows]
        wanted = chosen.key if chosen is not None else (
            self._themes[-1].key if self._themes else keys[0])
        self.table.selectRow(keys.index(wanted) if wanted in keys else 0)
        self.update_buttons()

    def selected(self) -> RegionTheme | None:
        """The region's theme chosen (None: none, or a fixed one)."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), NAME)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((t for t in getattr(self, "_themes", []) if t.key == key), None)

    def update_buttons(self) -> None:
        theme = self.selected()
        editable = not self.document.read_only
        self.add.setEnabled(editable)
        self.edit.setEnabled(editable and theme is not None)
        self.retire.setEnabled(editable and theme is not None)
        text = tr("Rest&ore") if theme is not None and theme.retired else tr("&Retire")
        self.retire.setText(text)
        self.retire.setAccessibleName(text.replace("&", ""))
        self.import_.setEnabled(editable)
        self.export.setEnabled(bool(self._themes))
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if theme is not None:
            shown = [theme.explanation, *(line for i in theme.items for line in (
                f"• {i.text}", *(f"    {_group_label(p)}: {said}" for p, said in i.wordings)))]
        elif rows and rows[0].row() < len(QUESTIONNAIRE_THEMES):
            shown = [tr("A fixed theme: its questions come with the questionnaire.")]
        else:
            shown = []
        self.explanation.setText("\n".join(line for line in shown if line))

    def on_changed(self, area: str) -> None:
        if area == theme_edits.QUESTIONNAIRE_THEMES_AREA:
            self.reload()

    def on_add(self) -> None:
        dialog = ThemeDialog(tr("Add a questionnaire theme"), self)
        dialog.save_with(self.document, lambda: theme_edits.add_theme(
            self.document, dialog.name.text(), dialog.explanation.toPlainText(),
            dialog.item_texts(), dialog.wordings()))
        dialog.exec()

    def on_edit(self) -> None:
        theme = self.selected()
        if theme is None or self.document.read_only:
            return
        dialog = ThemeDialog(fill(tr("Edit the theme “%1”"), theme.name), self, theme)
        dialog.save_with(self.document, lambda: theme_edits.edit_theme(
            self.document, theme.key, theme.name, dialog.name.text(),
            dialog.explanation.toPlainText(), dialog.item_texts(), dialog.wordings()))
        dialog.exec()

    def on_retire(self) -> None:
        theme = self.selected()
        if theme is not None and not self.document.read_only:
            self.document.push(theme_edits.retire_theme(self.document, theme.key, theme.name,
                                                        not theme.retired))


    def _folder(self) -> Path:
        return Path(self.document.db.path).parent

    def on_export(self) -> None:
        suggestion = self._folder() / fill(tr("Themes %1.yaml"), Path(self.document.db.path).stem)
        export_yaml(self, tr("Export the questionnaire themes"), suggestion, tr(YAML_FILTER),
                    lambda target: questionnaire_themes.export_file(self.document.db, target),
                    tr("%1 themes written to %2. Another trajectory takes them with Import…"))

    def on_import(self) -> None:
        title = tr("Import questionnaire themes")

        def question(path: Path) -> str | None:
            check = questionnaire_themes.import_file(self.document.db, path, dry_run=True)
            if not (check.added or check.changed):
                prompts.show_info(self, title, tr("The file holds the themes as they are: "
                                                  "nothing to change."))
                return None
            asked = fill(tr(
                "“%1” adds %2 themes and changes %3. Import it? (A backup of the trajectory is "
                "made first.)"), path.name, str(len(check.added)), str(len(check.changed)))
            if check.changed:
                asked += "\n\n" + fill(tr(
                    "Changed: %1. A question worded otherwise takes the answers given to the "
                    "question in its place."), ", ".join(check.changed))
            if check.cleared:
                asked += "\n\n" + "\n".join([fill(tr(
                    "The file lacks wordings per group that %1 questions have here: importing "
                    "clears them, and those groups then read the question as it is:"),
                    str(len(check.cleared))), *("• " + fill(tr("“%1” (%2)"), question, theme)
                                                for theme, question in check.cleared)])
            return asked

        path = import_yaml(self, title, self.document, theme_edits.AREAS, tr(YAML_FILTER),
                           question, lambda path: questionnaire_themes.import_file(self.document.db, path))
        if path is not None:
            log.info("questionnaire themes imported from %s", path)


def show_themes(window: MainWindow) -> None:
    """Edit ▸ Questionnaire themes…: the dialog over the window, for the open trajectory."""
    if window.document is None:
        return
    dialog = ThemesDialog(window.document, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
