"""Dialogs of the follow-up in numbers: an indicator (typed, or a B of the measurement), a
value measured on a date, and the klankgroep's evaluation of an action."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..charts import local_number
from ..domain.indicators import DIRECTIONS, VERDICTS, Evaluation, IndicatorRecord
from ..domain.taxonomy import ALL_BS
from ..services.indicators import UNIT_MAX
from ..services.records import RoundRecord
from .action_editor import date_of, optional_date
from .formats import locale_decimal
from .i18n import tr
from .record_dialogs import RecordDialog
from .widgets import add_row, date_edit, from_qdate, optional_combo, term_combo, to_qdate


def parse_number(text: str) -> float | None:
    """A number as the user's locale writes it (or with a decimal point); None when the text
    is no number."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    value, ok = QLocale().toDouble(text)
    if ok:
        return value
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def shown_number(value: float | None) -> str:
    """A number as the user's locale writes it ("" for none)."""
    return "" if value is None else local_number(value, locale_decimal())


def number_field(value: float | None) -> QLineEdit:
    field = QLineEdit(shown_number(value))
    field.setMaxLength(30)
    return field


class IndicatorDialog(RecordDialog):
    """An indicator's name, unit and direction, and where it starts and should get to: typed,
    or linked to a B, whose score in a closed round is the baseline."""

    def __init__(self, record: IndicatorRecord, rounds: list[RoundRecord],
                 parent: QWidget | None, *, new: bool) -> None:
        super().__init__(tr("New indicator") if new else tr("Edit indicator"), parent)
        self.setObjectName("indicatorDialog")
        self._record = record
        self.name = self.required_text(tr("&Name:"), "indicatorName", record.name)
        self.unit = QLineEdit(record.unit)
        self.unit.setMaxLength(UNIT_MAX)
        add_row(self.form, tr("&Unit (days, %, people…):"), self.unit, "indicatorUnit")
        self.direction = term_combo(DIRECTIONS, record.direction)
        add_row(self.form, tr("&Which way is better:"), self.direction, "indicatorDirection")
        self.b = optional_combo(ALL_BS, record.b, tr("None: typed or reported values"))
        add_row(self.form, tr("Linked to a B of the &measurement:"), self.b, "indicatorB")
        self.round = QComboBox()
        self.round.addItem(tr("The first closed round"), None)
        for held in rounds:
            if held.closed:
                self.round.addItem(held.name, held.id)
        self.round.setCurrentIndex(max(0, self.round.findData(record.baseline_round_id)))
        add_row(self.form, tr("Baseline &round:"), self.round, "indicatorRound")
        self.baseline = number_field(record.baseline_value)
        add_row(self.form, tr("&Baseline value:"), self.baseline, "indicatorBaseline",
                privacy=False)
        self.baseline_on = optional_date()
        if record.baseline_on:
            self.baseline_on.setDate(to_qdate(record.baseline_on))
        add_row(self.form, tr("Baseline &date:"), self.baseline_on, "indicatorBaselineDate")
        self.target = number_field(record.target_value)
        add_row(self.form, tr("&Target value:"), self.target, "indicatorTarget", privacy=False)
        self.target_on = optional_date()
        if record.target_on:
            self.target_on.setDate(to_qdate(record.target_on))
        add_row(self.form, tr("Target d&ate:"), self.target_on, "indicatorTargetDate")
        self.problem = QLabel()
        self.problem.setObjectName("indicatorProblem")
        self.problem.setWordWrap(True)
        self.form.addRow(self.problem)
        for field in (self.baseline, self.target):
            field.textChanged.connect(self.update_ok)
        self.direction.currentIndexChanged.connect(self.update_ok)
        self.b.currentIndexChanged.connect(self.update_ok)
        self.update_ok()

    def _numbers(self) -> tuple[float | None, float | None] | None:
        """Baseline and target as typed (None when empty); None when either is no number."""
        found = []
        for field in (self.baseline, self.target):
            text = field.text().strip()
            value = parse_number(text) if text else None
            if text and value is None:
                return None
            found.append(value)
        return found[0], found[1]

    def why_not(self) -> str:
        """Why the form cannot be saved as it is ("" when it can)."""
        if not self.name.text().strip():
            return tr("Give the indicator a name.")
        numbers = self._numbers()
        if numbers is None:
            return tr("The baseline and the target are numbers (or empty).")
        baseline, target = numbers
        linked = self.b.currentData() is not None
        if not linked and baseline is not None and target is not None and target != baseline \
                and (target > baseline) != (self.direction.currentData() == "higher"):
            return tr("The target lies on the wrong side of the baseline for the chosen "
                      "direction.")
        return ""

    def is_complete(self) -> bool:
        linked = self.b.currentData() is not None
        self.round.setEnabled(linked)
        self.baseline.setEnabled(not linked)
        self.baseline_on.setEnabled(not linked)
        why = self.why_not()
        self.problem.setText(why)
        return not why

    def record(self) -> IndicatorRecord:
        numbers = self._numbers() or (None, None)
        linked = self.b.currentData() is not None
        return replace(
            self._record, name=self.name.text().strip(), unit=self.unit.text().strip(),
            direction=self.direction.currentData(), b=self.b.currentData(),
            baseline_round_id=self.round.currentData() if linked else None,
            baseline_value=None if linked else numbers[0],
            baseline_on=None if linked else date_of(self.baseline_on),
            target_value=numbers[1], target_on=date_of(self.target_on), values=())


class ValueDialog(RecordDialog):
    """A value of an indicator measured on a date, and who reported it."""

    def __init__(self, indicator: IndicatorRecord, parent: QWidget | None) -> None:
        super().__init__(tr("Type a value"), parent)
        self.setObjectName("valueDialog")
        self.form.addRow(QLabel(f"{indicator.name} ({indicator.unit})" if indicator.unit
                                else indicator.name))
        self.on = date_edit(date.today())
        add_row(self.form, tr("&Measured on:"), self.on, "valueDate")
        self.value = number_field(None)
        add_row(self.form, tr("&Value:"), self.value, "valueNumber", privacy=False)
        self.value.textChanged.connect(self.update_ok)
        self.reporter = QLineEdit()
        self.reporter.setMaxLength(200)
        add_row(self.form, tr("&Reported by:"), self.reporter, "valueReporter")
        self.note = QLineEdit()
        add_row(self.form, tr("N&ote:"), self.note, "valueNote")
        self.update_ok()

    def is_complete(self) -> bool:
        return parse_number(self.value.text()) is not None

    def values(self) -> tuple[date, float, str, str]:
        return (from_qdate(self.on.date()), parse_number(self.value.text()) or 0.0,
                self.reporter.text().strip(), self.note.text().strip())


class EvaluationDialog(RecordDialog):
    """The klankgroep's view of an action: works, partly or not, and why."""

    def __init__(self, action_title: str, parent: QWidget | None) -> None:
        super().__init__(tr("The sounding board's evaluation"), parent)
        self.setObjectName("evaluationDialog")
        self.form.addRow(QLabel(action_title))
        self.on = date_edit(date.today())
        add_row(self.form, tr("&Date:"), self.on, "evaluationDate")
        self.verdict = term_combo(VERDICTS, "works")
        add_row(self.form, tr("&Does it work?"), self.verdict, "evaluationVerdict")
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        add_row(self.form, tr("&Why (needed unless it works):"), self.reason, "evaluationReason")
        self.reason.textChanged.connect(self.update_ok)
        self.verdict.currentIndexChanged.connect(self.update_ok)
        self.update_ok()

    def is_complete(self) -> bool:
        return self.verdict.currentData() == "works" or bool(self.reason.toPlainText().strip())

    def evaluation(self, evaluation_id: str, action_id: str) -> Evaluation:
        return Evaluation(evaluation_id, action_id, from_qdate(self.on.date()),
                          self.verdict.currentData(), self.reason.toPlainText().strip())
