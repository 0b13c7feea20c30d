"""The dialog that starts a measurement round: its kind, name, date and questionnaire."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ..domain.questionnaire import QUESTIONNAIRE, ROUND_KINDS, Questionnaire
from ..exchange.questionnaire_file import QuestionnaireError
from .i18n import fill, language, tr
from .record_dialogs import RecordDialog
from .widgets import add_row, date_edit, from_qdate, term_combo


class RoundDialog(RecordDialog):
    """Offers every questionnaire that loads; files that do not load are listed with why."""

    def __init__(self, questionnaires: list[Questionnaire], problems: list[QuestionnaireError],
                 next_kind: str, parent: QWidget | None) -> None:
        super().__init__(tr("New measurement round"), parent)
        self.kind = term_combo(ROUND_KINDS, next_kind)
        add_row(self.form, tr("&Kind:"), self.kind, "roundKind")
        self.name = self.required_text(tr("&Name:"), "roundName",
                                       f"{ROUND_KINDS.label(next_kind, 'nl')} {date.today().year}")
        self.kind.currentIndexChanged.connect(self._suggest_name)
        self.started_on = date_edit(date.today())
        add_row(self.form, tr("&Starts on:"), self.started_on, "roundStart")
        self.questionnaire = QComboBox()
        self._questionnaires = [q for q in questionnaires if q.kind == QUESTIONNAIRE]
        lang = language()
        for questionnaire in self._questionnaires:
            title = questionnaire.title.en if lang == "en" and questionnaire.title.en \
                else questionnaire.title.nl
            self.questionnaire.addItem(
                fill(tr("%1 (version %2)"), title, questionnaire.version))
        add_row(self.form, tr("&Questionnaire:"), self.questionnaire, "roundQuestionnaire")
        if problems:
            note = QLabel(tr("These questionnaire files could not be read and are not offered:")
                          + "\n" + "\n".join(
                              fill(tr("%1, line %2: %3"), str(p.path), str(p.line), p.message)
                              for p in problems))
            note.setObjectName("questionnaireProblems")
            note.setWordWrap(True)
            self.form.addRow(note)
        self.update_ok()

    def _suggest_name(self) -> None:
        self.name.setText(f"{ROUND_KINDS.label(self.kind.currentData(), 'nl')} "
                          f"{from_qdate(self.started_on.date()).year}")

    def is_complete(self) -> bool:
        return bool(self.name.text().strip()) and bool(self._questionnaires)

    def chosen(self) -> tuple[str, str, date, Questionnaire]:
        return (self.kind.currentData(), self.name.text().strip(),
                from_qdate(self.started_on.date()),
                self._questionnaires[self.questionnaire.currentIndex()])
