"""The main window's menu bar: File, Edit, Go, Workshop and Help, with their shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from .i18n import fill, tr
from .minutes_action import print_minutes
from .steering_texts import open_report_texts
from .text_size import add_view_menu
from .workspace import BARRIERS, DETAILS, MEASUREMENT, PARTNERS, PLAN, SIGNALS

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Fill the window's menu bar; actions that need a trajectory are kept on the window."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    window.add_action(file_menu, tr("&New trajectory…"), window.new_trajectory,
                 QKeySequence.StandardKey.New, "actionNew")
    window.add_action(file_menu, tr("&Open…"), window.choose_and_open,
                 QKeySequence.StandardKey.Open, "actionOpen")
    window.recent_menu = file_menu.addMenu(tr("Open &recent"))
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    window.add_action(file_menu, tr("Open the &demo"), window.open_demo, name="actionDemo")
    file_menu.addSeparator()
    window.import_action = window.add_action(
        file_menu, tr("&Import a filled workbook…"), window.choose_and_import, "Ctrl+I",
        "actionImportBundle")
    window.export_action = window.add_action(
        file_menu, tr("&Export a signal bundle…"), window.export_bundle, "Ctrl+E",
        "actionExportBundle")
    window.followup_action = window.add_action(
        file_menu, tr("Export a &follow-up form…"), lambda: _export_followup(window), None,
        "actionExportFollowUp")
    window.import_plan_action = window.add_action(
        file_menu, tr("Import an action &plan…"), window.choose_and_import_plan, None,
        "actionImportPlan")
    window.report_action = window.add_action(
        file_menu, tr("Write a &report…"), window.write_report, "Ctrl+R", "actionReport")
    report_texts = window.add_action(file_menu, tr("Report &texts…"),
                                     lambda: open_report_texts(window), None, "actionReportTexts")
    file_menu.aboutToShow.connect(lambda: report_texts.setEnabled(window.document is not None))
    window.minutes_action = window.add_action(file_menu, tr("Print &minutes…"),
                                       lambda: print_minutes(window), None, "actionMinutes")
    window.privacy_action = window.add_action(
        file_menu, tr("Chec&k for personal data…"), window.check_personal_data, None,
        "actionCheckPersonalData")
    next_cycle = window.add_action(file_menu, tr("Start the ne&xt cycle…"),
                                   lambda: _start_next_cycle(window), None, "actionNextCycle")
    file_menu.aboutToShow.connect(lambda: next_cycle.setEnabled(window.document is not None))
    file_menu.addSeparator()
    window.save_copy_action = window.add_action(
        file_menu, tr("Save a &copy…"), window.save_copy, "Ctrl+Shift+S", "actionSaveCopy")
    window.restore_action = window.add_action(
        file_menu, tr("Restore a &backup…"), window.show_backups, None, "actionRestoreBackup")
    window.close_action = window.add_action(file_menu, tr("&Close"), window.close_trajectory,
                                     QKeySequence.StandardKey.Close, "actionClose")
    file_menu.addSeparator()
    window.add_action(file_menu, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit,
                 "actionQuit")

    edit_menu = bar.addMenu(tr("&Edit"))
    window.undo_action = window.undo_group.createUndoAction(window, tr("Undo"))
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.undo_action.setObjectName("actionUndo")
    window.redo_action = window.undo_group.createRedoAction(window, tr("Redo"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    window.redo_action.setObjectName("actionRedo")
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    for text, key, method, name in (
            (tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut", "actionCut"),
            (tr("&Copy"), QKeySequence.StandardKey.Copy, "copy", "actionCopy"),
            (tr("&Paste"), QKeySequence.StandardKey.Paste, "paste", "actionPaste"),
            (tr("Select &all"), QKeySequence.StandardKey.SelectAll, "selectAll",
             "actionSelectAll")):
        window.add_action(edit_menu, text, lambda _=False, m=method: window.edit_focused(m), key,
                     name)
    window.find_action = window.add_action(edit_menu, tr("&Find"), window.find,
                                    QKeySequence.StandardKey.Find, "actionFind")
    edit_menu.addSeparator()
    vocabularies = window.add_action(edit_menu, tr("&Vocabularies…"),
                                     lambda: _show_vocabularies(window), None,
                                     "actionVocabularies")
    themes = window.add_action(edit_menu, tr("Questionnaire t&hemes…"),
                               lambda: _show_themes(window), None, "actionQuestionnaireThemes")
    edit_menu.aboutToShow.connect(lambda: vocabularies.setEnabled(window.document is not None))
    edit_menu.aboutToShow.connect(lambda: themes.setEnabled(window.document is not None))
    window.add_action(edit_menu, tr("&Preferences…"), window.show_preferences,
                 QKeySequence.StandardKey.Preferences, "actionPreferences")

    add_view_menu(window)

    window.go_menu = bar.addMenu(tr("&Go"))
    for number in range(1, 7):
        window.add_action(window.go_menu, fill(tr("Phase &%1"), str(number)),
                     lambda _=False, n=number: window.workspace and window.workspace.show_phase(n),
                     f"Ctrl+{number}", f"actionPhase{number}")
    window.go_menu.addSeparator()
    for section, text, key, name in (
            (SIGNALS, tr("&Signals"), "Ctrl+7", "actionSignals"),
            (MEASUREMENT, tr("&Measurement"), "Ctrl+8", "actionMeasurement"),
            (BARRIERS, tr("&Barriers"), "Ctrl+9", "actionBarriers"),
            (PLAN, tr("Action &plan"), "Ctrl+Shift+9", "actionPlan"),
            (PARTNERS, tr("P&artners and participants"), "Ctrl+0", "actionPartners"),
            (DETAILS, tr("Trajectory &details"), "Ctrl+Shift+0", "actionDetails")):
        window.add_action(window.go_menu, text,
                     lambda _=False, s=section: window.workspace and
                     window.workspace.show_section(s), key, name)

    window.go_menu.addSeparator()
    window.add_action(window.go_menu, tr("&Overdue and due-soon actions and evaluations…"),
                      lambda: _show_due(window), "Ctrl+Shift+D", "actionDueActions")
    window.add_action(window.go_menu, tr("Po&licy signals…"),
                      lambda: _show_policy_signals(window), None, "actionPolicySignals")

    window.workshop_menu = bar.addMenu(tr("&Workshop"))
    window.workshop_action = window.add_action(
        window.workshop_menu, tr("Start &workshop mode…"), window.start_workshop_here, "F5",
        "actionWorkshop")

    help_menu = bar.addMenu(tr("&Help"))
    window.add_action(help_menu, tr("Show the &log folder"), window.show_log_folder,
                 name="actionLogFolder")
    window.add_action(help_menu, tr("&Release notes"), window.show_release_notes,
                 name="actionReleaseNotes")
    window.add_action(help_menu, tr("&About Drempelmeter"), window.show_about, name="actionAbout")


def _show_vocabularies(window: MainWindow) -> None:
    from .vocabulary_dialog import show_vocabularies  # the dialog, when first needed

    show_vocabularies(window)


def _show_themes(window: MainWindow) -> None:
    from .theme_dialog import show_themes  # the dialog, when first needed

    show_themes(window)


def _start_next_cycle(window: MainWindow) -> None:
    from .next_cycle_dialog import start_next_cycle  # the dialog, when first needed

    start_next_cycle(window)


def _show_policy_signals(window: MainWindow) -> None:
    from .policy_dialog import show_policy_signals

    if window.document is not None:
        show_policy_signals(window.document, window)


def _show_due(window: MainWindow) -> None:
    from .due_view import show_due  # the plan's services, when first needed

    show_due(window)


def _export_followup(window: MainWindow) -> None:
    from .followup_actions import export_followup_form  # the exchange layer, when first needed

    export_followup_form(window)
