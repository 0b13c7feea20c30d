"""The measurement: rounds, the keyboard entry grid for paper forms, and the score charts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.ids import new_id
from ..domain.questionnaire import RESPONDENT_GROUPS, ROUND_KINDS, WORDING_OF_GROUP, Questionnaire
from ..services import measurement, next_cycle, partners, questionnaire_themes, questionnaires
from ..services.errors import InvalidInput, TrajectoryFileError
from ..services.records import RespondentRecord, RoundRecord
from . import measurement_edits as edits
from . import prompts
from .document import TrajectoryDocument
from .entry_grid import AnswersModel, EntryGridView
from .formats import format_date
from .i18n import fill, language, tr
from .score_views import ScoreViews
from .theme_edits import QUESTIONNAIRE_THEMES_AREA
from .widgets import button, heading, term_combo

#: The least width of the round, partner and group choosers, in characters (longer names are
#: cut in the closed combo and read in full in its list).
COMBO_CHARACTERS = 18


class MeasurementPage(QWidget):
    #: a filled response form the user chose to import (the window runs the import)
    import_requested = Signal(object)

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measurementPage")
        self.document = document
        self._rounds: list[RoundRecord] = []
        self._questionnaire: Questionnaire | None = None
        self._questionnaire_key: tuple[str, str] | None = None

        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundChooser")
        self.round_combo.setAccessibleName(tr("Measurement round"))
        self.new_round_button = button(tr("New round…"), "roundNew")
        self.close_round_button = button(tr("Close round…"), "roundClose")
        self.partner_combo = QComboBox()
        self.partner_combo.setObjectName("measurementPartner")
        self.partner_combo.setAccessibleName(tr("Partner"))
        # Every group, the retired one too: the answers of older rounds were entered under it.
        self.group_combo = term_combo(RESPONDENT_GROUPS, retired=True)
        self.group_combo.setObjectName("measurementGroup")
        self.group_combo.setAccessibleName(tr("Group"))
        # Two rows, and combos that do not grow with a long name: the page stays narrow
        # enough to leave the phase navigator its width on a laptop.
        top = QGridLayout()
        for row, column, caption, widget in (
                (0, 0, tr("&Round:"), self.round_combo), (0, 2, None, self.new_round_button),
                (0, 3, None, self.close_round_button),
                (1, 0, tr("&Partner:"), self.partner_combo),
                (1, 2, tr("Gro&up:"), self.group_combo)):
            if isinstance(widget, QComboBox):
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(COMBO_CHARACTERS)
            if caption:
                label = QLabel(caption)
                label.setBuddy(widget)
                top.addWidget(label, row, column)
                column += 1
            top.addWidget(widget, row, column)
        top.setColumnStretch(1, 1)
        top.setColumnStretch(4, 1)  # buttons and the group keep their own width
        self.round_info = QLabel()
        self.round_info.setObjectName("roundInfo")
        self.round_info.setWordWrap(True)

        self.answers = AnswersModel(self)
        self.grid = EntryGridView(self.answers)
        self.grid.answer_typed.connect(self.on_answer)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self.show_question())
        self.question = QLabel()
        self.question.setObjectName("currentQuestion")
        self.question.setWordWrap(True)
        self.entry_help = QLabel(tr(
            "Type 1 to 5, w for “weet niet” or n for “niet van toepassing”; the next question "
            "follows. Enter or the arrow keys move on, Delete clears an answer. Typing in the last "
            "row (+) adds a questionnaire."))
        self.entry_help.setWordWrap(True)
        self.remove_button = button(tr("Remove questionnaire"), "respondentRemove")
        self.remove_button.clicked.connect(self.on_remove_respondent)
        self.form_button = button(tr("Excel form for this group…"), "formExport")
        self.form_button.clicked.connect(self.on_export_form)
        self.form_import_button = button(tr("Import a filled form…"), "formImport")
        self.form_import_button.clicked.connect(self.on_import_form)
        self.print_button = button(tr("Printable questionnaire (PDF)…"), "questionnairePdf")
        self.print_button.clicked.connect(self.on_print)
        self.count_label = QLabel()
        self.count_label.setObjectName("respondentCount")
        entry = QWidget()
        entry_layout = QVBoxLayout(entry)
        entry_layout.addWidget(self.entry_help)
        entry_layout.addWidget(self.grid, 1)
        entry_layout.addWidget(self.question)
        below = QGridLayout()  # two rows of buttons: they fit beside the navigator
        below.addWidget(self.count_label, 0, 0)
        below.addWidget(self.remove_button, 0, 2)
        below.addWidget(self.print_button, 1, 0)
        below.addWidget(self.form_button, 1, 1)
        below.addWidget(self.form_import_button, 1, 2)
        entry_layout.addLayout(below)

        self.scores = ScoreViews(document)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("measurementTabs")
        self.tabs.setAccessibleName(tr("Measurement: entry and charts"))
        self.tabs.addTab(entry, tr("E&ntry"))
        for view, title in self.scores.tabs():
            self.tabs.addTab(view, title)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_scores())

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Measurement"), "measurementTitle"))
        layout.addLayout(top)
        layout.addWidget(self.round_info)
        layout.addWidget(self.tabs, 1)

        self.new_round_button.clicked.connect(self.on_new_round)
        self.close_round_button.clicked.connect(self.on_close_round)
        self.round_combo.currentIndexChanged.connect(lambda _i: self.on_round_chosen())
        self.partner_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.group_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        document.changed.connect(self.on_changed)
        self.reload()

    # ---- data ------------------------------------------------------------------------------

    def current_round(self) -> RoundRecord | None:
        index = self.round_combo.currentIndex()
        return self._rounds[index] if 0 <= index < len(self._rounds) else None

    def reload(self) -> None:
        """Rounds and partners from the file; keeps what the user had chosen."""
        db = self.document.db
        chosen_round = self.round_combo.currentData()
        chosen_partner = self.partner_combo.currentData()
        self._rounds = measurement.list_rounds(db)
        for combo, entries, chosen in (
                (self.round_combo, [(self._round_label(r), r.id) for r in self._rounds],
                 chosen_round),
                (self.partner_combo, [(p.name, p.id) for p in partners.list_partners(db)],
                 chosen_partner)):
            combo.blockSignals(True)
            combo.clear()
            for text, key in entries:
                combo.addItem(text, key)
            found = combo.findData(chosen)
            combo.setCurrentIndex(found if found >= 0 else combo.count() - 1
                                  if combo is self.round_combo else 0)
            combo.blockSignals(False)
        self.on_round_chosen()

    def _round_label(self, record: RoundRecord) -> str:
        text = f"{record.name} ({ROUND_KINDS.label(record.kind, language())})"
        return text + " — " + tr("closed") if record.closed else text

    def on_changed(self, area: str) -> None:
        if area == QUESTIONNAIRE_THEMES_AREA:
            self._questionnaire_key = None  # a theme's wording or name changed
        if area in ("measurement", "partners", "trajectory", QUESTIONNAIRE_THEMES_AREA):
            self.reload()

    def on_round_chosen(self) -> None:
        """Read the round's questionnaire file only when it is another one than shown: the
        page reloads at every answer typed."""
        record = self.current_round()
        wanted = None if record is None else (record.questionnaire_id,
                                              record.questionnaire_version)
        if wanted != self._questionnaire_key:
            self._questionnaire_key = wanted
            found = None if wanted is None else questionnaires.find(*wanted)
            self._questionnaire = None if found is None or record is None else (
                questionnaire_themes.for_round(self.document.db, found,
                                               [item for item, _b in record.items]))
        self.refresh()

    def editable(self) -> bool:
        record = self.current_round()
        return (record is not None and not record.closed and not self.document.read_only
                and self.partner_combo.currentData() is not None)

    def refresh(self) -> None:
        record = self.current_round()
        self.close_round_button.setEnabled(self.editable())
        self.new_round_button.setEnabled(not self.document.read_only)
        if record is None:
            self.round_info.setText(tr("There is no measurement round yet. Start one with "
                                       "“New round…”."))
            self.answers.set_data([], [], False)
            self.count_label.clear()
            for widget in (self.form_button, self.form_import_button, self.remove_button,
                           self.print_button):
                widget.setEnabled(False)
            self.scores.clear()
            return
        info = fill(tr("Questionnaire “%1”, version %2; started %3."),
                    record.questionnaire_id, record.questionnaire_version, format_date(record.started_on))
        if record.closed:
            info += " " + fill(tr("Closed on %1: its answers are frozen."), format_date(record.closed_on))
        self.round_info.setText(info)
        partner = self.partner_combo.currentData()
        group = self.group_combo.currentData()
        respondents = [] if partner is None else measurement.list_respondents(
            self.document.db, record.id, partner, group)
        self.answers.set_data([(item, self._wording(item, group)) for item, _b in record.items],
                              respondents, self.editable())
        if not self.grid.currentIndex().isValid() and self.answers.rowCount():
            self.grid.setCurrentIndex(self.answers.index(0, 0))
        self.count_label.setText(fill(tr("%1 questionnaires of this group."), str(len(respondents))))
        self.remove_button.setEnabled(self.editable() and bool(respondents))
        self.form_button.setEnabled(partner is not None)
        self.print_button.setEnabled(self._questionnaire is not None)
        self.form_import_button.setEnabled(self.editable())
        self.show_question()
        self.refresh_scores()

    def refresh_scores(self) -> None:
        record = self.current_round()
        if record is not None:
            self.scores.show(self.tabs.currentWidget(), record, self._rounds,
                             self.partner_combo.currentData(), self.partner_combo.currentText(),
                             self.group_combo.currentData())

    def _wording(self, item_id: str, group: str) -> str:
        """The question as this group reads it, when the round's questionnaire file is here."""
        if self._questionnaire is None:
            return item_id
        item = next((i for i in self._questionnaire.items() if i.id == item_id), None)
        if item is None:
            return item_id
        text = item.wording(WORDING_OF_GROUP[group])  # each group reads its perspective's wording
        return text.en if language() == "en" and text.en else text.nl

    def show_question(self) -> None:
        index = self.grid.currentIndex()
        if not index.isValid():
            self.question.clear()
            return
        item_id, wording = self.answers.items[index.column()]
        self.question.setText(f"<b>{item_id}</b> — {wording}")

    # ---- edits -----------------------------------------------------------------------------

    def on_answer(self, row: int, column: int, value: int | None, special: str | None) -> None:
        record = self.current_round()
        if record is None or not self.editable():
            return
        item_id = self.answers.items[column][0]
        if self.answers.is_new_row(row):
            if value is None and special is None:
                return
            self.document.push(edits.add_respondent(self.document, RespondentRecord(
                new_id(), record.id, self.partner_combo.currentData(),
                self.group_combo.currentData(), ((item_id, value, special),))))
            return
        old = self.answers.answer(row, column)
        if old != (value, special):
            self.document.push(edits.set_answer(self.document, self.answers.respondents[row].id,
                                                item_id, (value, special), old))

    def on_remove_respondent(self) -> None:
        row = self.grid.currentIndex().row()
        if 0 <= row < len(self.answers.respondents) and self.editable():
            self.document.push(edits.remove_respondent(self.document,
                                                       self.answers.respondents[row]))

    def on_export_form(self, target: Path | None = None) -> None:
        """Write the Excel response form of the chosen partner's group, for the partner to fill."""
        from ..exchange.errors import WriteError
        from ..services.response_forms import export_form
        from .messages import describe_write_error, masked_text

        record = self.current_round()
        partner = self.partner_combo.currentData()
        if record is None or partner is None:
            return
        group = self.group_combo.currentData()
        if target is None:
            suggestion = self.document.db.path.parent / (
                f"{record.name} {self.partner_combo.currentText()} "
                f"{self.group_combo.currentText()}.xlsx")
            target = prompts.choose_file_to_save(self, tr("Save the response form as"),
                                                 suggestion, ".xlsx")
            if target is None:
                return
        try:
            exported = export_form(self.document.db, target, record.id, partner, group)
        except WriteError as exc:
            prompts.show_error(self, tr("Excel form for this group"), describe_write_error(exc))
            return
        self.round_info.setText(fill(tr("Response form saved as %1 (%2 questionnaires filled in)."),
                                     str(target), str(exported.count)))
        if exported.masked:
            prompts.show_info(self, tr("Excel form for this group"),
                              masked_text(exported.masked))

    def on_print(self, target: Path | None = None) -> None:
        """The paper questionnaire of this round, as the chosen group reads it."""
        from ..exchange.errors import WriteError
        from .messages import describe_write_error

        record = self.current_round()
        if record is None or self._questionnaire is None:
            return
        group = self.group_combo.currentData()
        heading = " · ".join(t for t in (self.partner_combo.currentText(), record.name) if t)
        if target is None:
            suggestion = self.document.db.path.parent / (
                f"{record.name} {self.group_combo.currentText()}.pdf")
            target = prompts.choose_file_to_save(self, tr("Save the questionnaire as"),
                                                 suggestion, ".pdf")
            if target is None:
                return
        try:
            questionnaires.write_paper_form(target, self._questionnaire, group, heading)
        except WriteError as exc:
            prompts.show_error(self, tr("Printable questionnaire"), describe_write_error(exc))
            return
        self.round_info.setText(fill(tr("Questionnaire saved as %1."), str(target)))

    def on_import_form(self) -> None:
        path = prompts.choose_workbook_to_open(self, str(self.document.db.path.parent))
        if path is not None:
            self.import_requested.emit(path)

    def on_new_round(self) -> None:
        from .round_dialog import RoundDialog

        found, problems = questionnaires.available()
        found = next_cycle.linked_first(self.document.db, found)
        kinds = [t.key for t in ROUND_KINDS]
        done = {r.kind for r in self._rounds}
        next_kind = next((k for k in kinds if k not in done), kinds[-1])
        dialog = RoundDialog(found, problems, next_kind, self)
        dialog.accepted.connect(lambda: self._start_round(*dialog.chosen()))
        dialog.open()

    def _start_round(self, kind: str, name: str, started_on: date,
                     questionnaire: Questionnaire) -> None:
        round_id = new_id()
        if self.document.push(edits.start_round(self.document, round_id, kind, name, started_on,
                                                questionnaire)):
            self.round_combo.setCurrentIndex(self.round_combo.findData(round_id))

    def on_close_round(self) -> None:
        record = self.current_round()
        if record is None or record.closed:
            return
        if not prompts.confirm(self, tr("Close the round"), fill(tr(
                "Close “%1”? Its answers are then frozen for good: they can no longer be "
                "changed, and this cannot be undone."), record.name)):
            return
        try:
            measurement.close_round(self.document.db, record.id, date.today())
        except (InvalidInput, TrajectoryFileError) as exc:
            self.document.edit_failed.emit(exc)
            return
        self.document.undo_stack.clear()  # earlier edits of the round can no longer be undone
        self.document.changed.emit("measurement")

    def select_partner(self, partner_id: str) -> None:
        self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(partner_id)))

    def select_group(self, group: str) -> None:
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(group)))

    def focus_entry(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
