"""The outcome of checking a workbook: counts, every problem by sheet/row/column, a choice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.questionnaire import RESPONDENT_GROUPS
from ..exchange.errors import CellProblem
from ..services.bundles import ImportReport
from ..services.response_forms import FormReport
from .i18n import fill, language, tr
from .messages import cell_words, review_line

REVIEW_SHOWN = 15


class ImportReportDialog(QDialog):
    """Accept = write the valid part; reject = write nothing."""

    def __init__(self, title: str, counts: str, problems: Sequence[CellProblem],
                 problems_line: str, partial_label: str, macros_ignored: bool, writable: int,
                 parent: QWidget | None, to_review: Sequence[CellProblem] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("importReport")
        lines = [counts]
        if problems:
            lines.append(problems_line)
        if macros_ignored:
            lines.append(tr("The workbook contains macros; they were ignored."))
        summary = QLabel("\n".join(lines))
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        shown = [review_line(p) for p in to_review[:REVIEW_SHOWN]]
        more = len(to_review) - len(shown)
        self.to_review = QLabel("\n".join([
            tr("These rows are imported, but their text looks like personal data. They are left "
               "out of reports and masked in exports until you review them:"), *shown,
            *([fill(tr("… and %1 more."), more)] if more > 0 else [])]))
        self.to_review.setObjectName("importToReview")
        self.to_review.setTextFormat(Qt.TextFormat.PlainText)
        self.to_review.setWordWrap(True)
        self.to_review.setVisible(bool(to_review))
        self.problems = QTableWidget(len(problems), 5)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(tr("Problems in the workbook"))
        self.problems.setHorizontalHeaderLabels(
            [tr("Row"), tr("Column"), tr("Value found"), tr("Problem"), tr("Allowed")])
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setTabKeyNavigation(False)
        self.problems.verticalHeader().hide()
        for row, problem in enumerate(problems):
            cells = (str(problem.row), f"{problem.column} ({problem.header})", problem.value,
                     cell_words(problem.problem), cell_words(problem.allowed))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems.setItem(row, column, item)
        self.problems.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.problems.setVisible(bool(problems))
        buttons = QDialogButtonBox()
        text = partial_label if problems else tr("Import")
        self.import_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importConfirm")
        self.import_button.setEnabled(writable > 0)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("importCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.to_review)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(900, 420 if problems else 160 + (120 if to_review else 0))


def bundle_report(report: ImportReport, parent: QWidget | None) -> ImportReportDialog:
    return ImportReportDialog(
        fill(tr("Import the bundle of %1"), report.partner_name),
        fill(tr("New signals: %1 · updated: %2 · already in the trajectory: %3"),
             str(report.added), str(report.updated), str(report.unchanged)),
        report.problems,
        fill(tr("%1 rows have problems and will not be imported. Fix them in the workbook and import "
                "it again, or import the other rows now."), str(len({p.row for p in report.problems}))),
        tr("Import the valid rows"), report.macros_ignored, report.added + report.updated, parent,
        report.to_review)


def form_report(report: FormReport, parent: QWidget | None) -> ImportReportDialog:
    group = RESPONDENT_GROUPS.label(report.group, language())
    return ImportReportDialog(
        fill(tr("Import the answers of %1 (%2)"), report.partner_name, group),
        fill(tr("%1: new questionnaires: %2 · updated: %3 · already in the round: %4"),
             report.round_name, str(report.added), str(report.updated), str(report.unchanged)),
        report.problems,
        fill(tr("%1 questionnaires (columns) have problems and will not be imported. Fix them in the "
                "workbook and import it again, or import the other questionnaires now."),
             str(len({p.column for p in report.problems}))),
        tr("Import the valid questionnaires"), report.macros_ignored,
        report.added + report.updated, parent)
