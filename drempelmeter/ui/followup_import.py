"""Importing a filled follow-up form from the window: its check's report lists what each
action's status becomes; the import itself runs as every workbook import does."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from ..charts import local_number
from ..domain.plan import ACTION_STATUSES
from ..services.followup_forms import FollowUpImport, import_followup
from .formats import format_date, locale_decimal
from .i18n import fill, language, tr, tr_noop
from .import_report import ImportReportDialog
from .workbook_import import ImportKind

CHANGES_SHOWN = 50


def followup_report(report: FollowUpImport, parent: QWidget | None) -> ImportReportDialog:
    """The check's outcome: who reported, the counts, every problem, and what each action's
    status becomes. A form with a problem is imported whole or not at all: no partial import."""
    dialog = ImportReportDialog(
        fill(tr("Import the follow-up form of %1"), report.partner_name),
        fill(tr("Reported by %1 on %2 · new steps: %3 · corrected: %4 · already in the "
                "trajectory: %5 · indicator values: %6"), report.reporter or "—",
             format_date(report.reported_on) if report.reported_on else tr("today"),
             str(report.added), str(report.updated), str(report.unchanged),
             str(len(report.values))),
        report.problems,
        fill(tr("%1 cells have problems, so nothing will be imported. Fix them in the workbook "
                "and import it again."), str(len(report.problems))),
        tr("Import"), report.macros_ignored,
        0 if report.problems else report.added + report.updated + len(report.values), parent)
    if report.changes or report.values:
        changes = QListWidget()
        changes.setObjectName("importChanges")
        changes.setAccessibleName(tr("What the import changes"))
        lang = language()
        for change in report.changes[:CHANGES_SHOWN]:
            before = ACTION_STATUSES.label(change.before, lang)
            after = ACTION_STATUSES.label(change.after, lang)
            changes.addItem(fill(tr("%1 %2: %3 → %4"), change.number, change.title, before,
                                 after) if before != after else
                            fill(tr("%1 %2: still %3"), change.number, change.title, after))
        for value in report.values[:CHANGES_SHOWN]:
            changes.addItem(fill(tr("%1 %2: %3 on %4"), value.number, value.name,
                                 f"{local_number(value.value, locale_decimal())} "
                                 f"{value.unit}".strip(),
                                 format_date(value.on)))
        hidden = sum(max(0, len(shown) - CHANGES_SHOWN) for shown in (report.changes,
                                                                       report.values))
        if hidden:
            changes.addItem(fill(tr("… and %1 more."), hidden))
        layout = dialog.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, changes, 1)
        dialog.resize(900, 420)
    return dialog


FOLLOW_UP = ImportKind(
    tr_noop("Import a follow-up form"),
    lambda db, path, dry_run, valid_only, accept_other: import_followup(db, path,
                                                                        dry_run=dry_run),
    followup_report, "plan",
    tr_noop("Imported the follow-up form of %1: %2 new steps, %3 corrected."))
