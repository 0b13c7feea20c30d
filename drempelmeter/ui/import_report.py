"""The outcome of checking a signal bundle: counts, every problem by sheet/row/column, a choice."""

from __future__ import annotations

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

from ..services.bundles import ImportReport
from .i18n import tr


class ImportReportDialog(QDialog):
    """Accept = write the valid rows; reject = write nothing."""

    def __init__(self, report: ImportReport, parent: QWidget | None) -> None:
        super().__init__(parent)
        title = tr("Import the bundle of %1").replace("%1", report.partner_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("importReport")
        self.report = report
        rows_with_problems = len({p.row for p in report.problems})
        lines = [tr("New signals: %1 · updated: %2 · already in the trajectory: %3")
                 .replace("%1", str(report.added)).replace("%2", str(report.updated))
                 .replace("%3", str(report.unchanged))]
        if report.problems:
            lines.append(tr("%1 rows have problems and will not be imported. Fix them in the "
                            "workbook and import it again, or import the other rows now.")
                         .replace("%1", str(rows_with_problems)))
        if report.macros_ignored:
            lines.append(tr("The workbook contains macros; they were ignored."))
        summary = QLabel("\n".join(lines))
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        self.problems = QTableWidget(len(report.problems), 5)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(tr("Problems in the workbook"))
        self.problems.setHorizontalHeaderLabels(
            [tr("Row"), tr("Column"), tr("Value found"), tr("Problem"), tr("Allowed")])
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setTabKeyNavigation(False)
        self.problems.verticalHeader().hide()
        for row, problem in enumerate(report.problems):
            cells = (str(problem.row), f"{problem.column} ({problem.header})", problem.value,
                     problem.problem, problem.allowed)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems.setItem(row, column, item)
        self.problems.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.problems.setVisible(bool(report.problems))
        buttons = QDialogButtonBox()
        writable = report.added + report.updated
        text = tr("Import the valid rows") if report.problems else tr("Import")
        self.import_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importConfirm")
        self.import_button.setEnabled(writable > 0)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("importCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(900, 420 if report.problems else 160)
