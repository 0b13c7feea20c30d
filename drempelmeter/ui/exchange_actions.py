"""The window's exchange actions: import a filled workbook (also dropped on it) or a plan, export
a bundle, write a report."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from ..services import partners, trajectory
from ..services.errors import TrajectoryFileError
from . import prompts
from .i18n import fill, tr
from .messages import (
    cell_words,
    describe_file_error,
    describe_workbook_error,
    describe_write_error,
    masked_text,
    review_line,
)

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .report_writer import ReportWriter
    from .workbook_import import WorkbookImport

log = logging.getLogger(__name__)


def as_last_saved(window: MainWindow, path: Path, title: str) -> bool:
    """True unless the workbook is still open in Excel or LibreOffice and the user does not want
    it imported as it was last saved (what was typed since is not in the file); `title` is the
    import's own, for the question."""
    from ..exchange.safe_open import lock_beside

    lock = lock_beside(Path(path))
    return lock is None or prompts.confirm(window, title, fill(tr(
        "“%1” is still open in Excel or LibreOffice (its lock file “%2” is beside it): what was "
        "typed there since it was last saved is not in the file. Import it as it was last "
        "saved?"), Path(path).name, lock.name))


class ExchangeActions:
    """Mixed into the main window: what goes out of the file and comes into it as workbooks."""

    def choose_and_import(self: MainWindow) -> None:
        path = prompts.choose_workbook_to_open(self, self.settings.last_folder())
        if path is not None:
            self.import_workbook(path)

    def import_workbook(self: MainWindow, path: Path) -> WorkbookImport | None:
        """Check a filled signal bundle, response form or follow-up form off the GUI thread, show the report,
        write what the user says."""
        from ..exchange.followup_reader import is_follow_up_form
        from ..exchange.response_reader import is_response_form  # loads when first needed
        from .followup_import import FOLLOW_UP
        from .workbook_import import BUNDLE, FORM, WorkbookImport

        if self.document is None or self.document.read_only or not as_last_saved(
                self, path, tr("Import a filled workbook")):
            return None
        kind = (FOLLOW_UP if is_follow_up_form(Path(path))
                else FORM if is_response_form(Path(path)) else BUNDLE)
        job = WorkbookImport(self.document, path, self, self.log_file, kind)
        job.done.connect(job.deleteLater)
        job.start()
        return job

    def export_bundle(self: MainWindow) -> None:
        from ..exchange.errors import WriteError
        from ..services.bundles import export_template  # the exchange layer, when first needed

        if self.document is None:
            return
        names = [p.name for p in partners.list_partners(self.document.db)]
        if not names:
            self.lead_to_partners(tr("Export a signal bundle"), tr(
                "A signal bundle is made for one partner, and this trajectory has no partners "
                "yet. Add the partners first, on the page Partners and participants."))
            return
        name = prompts.choose_item(self, tr("Export a signal bundle"), tr("For which partner?"),
                                   names)
        if name is None:
            return
        target = prompts.choose_file_to_save(self, tr("Save the bundle as"), self.suggested_path(
            fill(tr("Signal bundle %1"), name), ".xlsx"), ".xlsx")
        if target is None:
            return
        self.settings.set_last_folder(target.parent)
        try:
            exported = export_template(self.document.db, name, target)
        except WriteError as exc:
            log.warning("bundle export to %s failed: %s", target, exc.kind)
            prompts.show_error(self, tr("Export a signal bundle"), describe_write_error(exc))
            return
        log.info("bundle exported: %s (%d signals, %d texts masked)", target, exported.count,
                 len(exported.masked))
        self.statusBar().showMessage(
            fill(tr("Bundle for %1 saved as %2 (%3 signals filled in)."),
                 name, str(target), str(exported.count)), 10000)
        if exported.masked:
            prompts.show_info(self, tr("Export a signal bundle"), masked_text(exported.masked))

    def write_report(self: MainWindow) -> ReportWriter | None:
        """The regional report or a partner's, or their signals and what became of them, as a
        PDF or a workbook, written off the GUI thread behind a progress dialog."""
        from .report_writer import ReportWriter
        from .steering_texts import report_year

        if self.document is None:
            return None
        region = tr("The whole region")
        names = [p.name for p in partners.list_partners(self.document.db)]
        whose = prompts.choose_item(self, tr("Write a report"), tr("The report for:"),
                                    [region, *names])
        if whose is None:
            return None
        pdf, workbook = tr("PDF, to read"), tr("Excel workbook, to work on")
        signals_pdf = tr("Signals and what became of them, as a PDF")
        signals_workbook = tr("Signals and what became of them, as an Excel workbook")
        yearly_pdf = tr("The yearly realisation report per action, as a PDF")
        yearly_workbook = tr("The yearly realisation report per action, as an Excel workbook")
        kind = prompts.choose_item(self, tr("Write a report"), tr("As:"), [
            pdf, workbook, signals_pdf, signals_workbook,
            *([yearly_pdf, yearly_workbook] if whose == region else [])])
        if kind is None:
            return None
        suffix = ".pdf" if kind in (pdf, signals_pdf, yearly_pdf) else ".xlsx"
        signals = kind in (signals_pdf, signals_workbook)
        details = trajectory.get_trajectory(self.document.db)
        year = (report_year(self, details.start_date)
                if kind in (yearly_pdf, yearly_workbook) else None)
        if kind in (yearly_pdf, yearly_workbook) and year is None:
            return None
        about = details.name if whose == region else whose
        name = (fill(tr("Realisation %1 %2"), str(year), about) if year
                else fill(tr("Signals %1") if signals else tr("Report %1"), about))
        target = prompts.choose_file_to_save(
            self, tr("Save the report as"), self.suggested_path(name, suffix), suffix)
        if target is None:
            return None
        self.settings.set_last_folder(target.parent)
        writer = ReportWriter(self.document.db.path, target,
                              None if whose == region else whose, self, self.log_file,
                              signals=signals, year=year)
        writer.done.connect(writer.deleteLater)
        writer.start()
        return writer

    def choose_and_import_plan(self: MainWindow) -> None:
        path = prompts.choose_workbook_to_open(self, self.settings.last_folder(),
                                               tr("Import an action plan"))
        if path is not None:
            self.import_plan(path)

    def import_plan(self: MainWindow, path: Path) -> bool:
        """Bring an existing plan in; a workbook with problems is named row by row and changes
        nothing; when the plan already holds the same titles the user says what to do."""
        from ..services import plan  # the plan's modules, when first needed
        from ..services.plan_import import ADD, REFUSE, REPLACE

        title = tr("Import an action plan")
        if self.document is None or self.document.read_only or not as_last_saved(
                self, path, title):
            return False
        checked = self._run_plan_import(path, dry_run=True, existing=REFUSE)
        if checked is None:
            return False
        if checked.already_there:
            choice = prompts.ask_choice(self, title, fill(tr(
                "The plan already holds %1 of the pillars, goals and actions in “%2” (the same "
                "titles). Replace the plan by the imported one, or add the imported plan after "
                "it (the same titles then appear twice)?"), checked.already_there,
                Path(path).name), [tr("&Replace the plan"), tr("&Add after it")])
            if choice is None:
                return False
            existing = REPLACE if choice == 0 else ADD
        else:
            present = sum(len(g.actions) for p in plan.read_plan(self.document.db)
                          for g in p.goals)
            if present and not prompts.confirm(self, title, fill(tr(
                    "This trajectory already has a plan of %1 actions. The imported plan is "
                    "added after it, as pillars of its own. Go on?"), present)):
                return False
            existing = ADD
        report = self._run_plan_import(path, dry_run=False, existing=existing)
        if report is None:
            return False
        log.info("plan imported from %s: %d pillars, %d goals, %d actions (%s)", path,
                 report.pillars, report.goals, report.actions,
                 "replaced" if report.replaced else "added")
        self.document.changed.emit("plan")
        done = fill(tr("Imported from the sheet “%1”: %2 pillars, %3 goals, %4 actions."),
                    report.sheet, report.pillars, report.goals, report.actions)
        self.statusBar().showMessage(done, 10000)
        notes = [fill(tr("Columns that were not read: %1."), ", ".join(report.ignored_columns))
                 ] if report.ignored_columns else []
        notes += [fill(tr("Row %1: the barrier “%2” is not in this trajectory; the action was "
                          "imported without that link."), p.row, p.value)
                  for p in report.unknown_barriers[:15]]
        if report.to_review:
            shown = [review_line(p) for p in report.to_review[:15]]
            more = len(report.to_review) - len(shown)
            notes += ["", *shown,
                      *([fill(tr("… and %1 more."), more)] if more > 0 else []), "",
                      tr("Check these texts with File ▸ Check for personal data…; they are "
                         "masked in every export until then.")]
        if notes:
            prompts.show_info(self, title, "\n".join([done, "", *notes]))
        return True

    def _run_plan_import(self: MainWindow, path: Path, *, dry_run: bool, existing: str):  # type: ignore[no-untyped-def]
        """The plan import's report, or None after saying why nothing was imported."""
        from ..exchange.errors import WorkbookError
        from ..services.plan_import import import_plan

        title = tr("Import an action plan")
        try:
            report = import_plan(self.document.db, path, dry_run=dry_run,  # type: ignore[union-attr]
                                 existing=existing)
        except WorkbookError as exc:
            log.warning("plan import from %s refused: %s", path, exc.kind)
            prompts.show_error(self, title, describe_workbook_error(exc))
            return None
        except TrajectoryFileError as exc:
            log.warning("plan import from %s failed: %s", path, type(exc).__name__)
            prompts.show_error(self, title, describe_file_error(exc))
            return None
        if report.problems:
            log.info("plan import from %s refused: %d problems", path, len(report.problems))
            shown = [fill(tr("Row %1, column %2 (%3): %4 “%5”"), p.row, p.column, p.header,
                          cell_words(p.problem), p.value) for p in report.problems[:15]]
            more = len(report.problems) - len(shown)
            prompts.show_error(self, title, "\n".join([
                fill(tr("Nothing was imported from “%1”; fix these cells first:"),
                     Path(path).name), *shown,
                *([fill(tr("… and %1 more."), more)] if more > 0 else [])]))
            return None
        return report

    # ---- a workbook dropped on the window is imported --------------------------------------

    def dragEnterEvent(self: MainWindow, event: QDragEnterEvent) -> None:
        if self.document is not None and self._dropped_workbook(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self: MainWindow, event: QDropEvent) -> None:
        path = self._dropped_workbook(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.import_workbook(path)

    @staticmethod
    def _dropped_workbook(mime) -> Path | None:  # type: ignore[no-untyped-def]
        urls = [u for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if len(urls) != 1:
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in (".xlsx", ".xlsm", ".ods", ".xls") else None
