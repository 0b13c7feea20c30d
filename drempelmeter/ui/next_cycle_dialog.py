"""File ▸ Start the next cycle…: the new file's place, the new cycle's name, target groups and
start date; the new trajectory is written beside the open one (which stays as it is) and opened."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ..domain.terms import Vocabulary
from ..paths import safe_file_name
from ..services import next_cycle, trajectory, vocabularies
from ..services.errors import InvalidInput, TrajectoryFileError
from ..services.personal_data import PersonalDataFound, confirmed
from . import prompts
from .i18n import fill, tr
from .messages import describe_file_error, describe_invalid_input, describe_write_error
from .record_dialogs import RecordDialog
from .widgets import add_row, button, checked_keys, date_edit, from_qdate, term_checklist

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


class NextCycleDialog(RecordDialog):
    """What the next cycle needs before its file is written."""

    def __init__(self, name: str, groups: Vocabulary, target_groups: tuple[str, ...],
                 path: Path, parent: QWidget | None) -> None:
        super().__init__(tr("Start the next cycle"), parent)
        self.setObjectName("nextCycleDialog")
        intro = QLabel(tr(
            "A new trajectory file for the next cycle: it takes over the partners, participants, "
            "the region's own words and the questionnaire, the open barriers and unfinished "
            "actions (marked as carried over), and the last closed measurement as its baseline. "
            "This file stays as it is; the two stay linked, so the report can compare the "
            "cycles."))
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.folder = Path(path).parent
        self.path = QLineEdit(str(path))
        browse = button(tr("&Browse…"), "nextCycleBrowse")
        browse.clicked.connect(self.browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(browse)
        caption = QLabel(tr("New &file:"))
        caption.setBuddy(self.path)
        self.path.setAccessibleName(tr("New file:"))
        self.path.setObjectName("nextCyclePath")
        self.form.addRow(caption, row)
        self.name = self.required_text(tr("&Name:"), "nextCycleName", name)
        self.target_groups = term_checklist(groups.offered(), target_groups)
        add_row(self.form, tr("&Target groups:"), self.target_groups, "nextCycleTargetGroups")
        self.start = date_edit(date.today())
        add_row(self.form, tr("&Start date:"), self.start, "nextCycleStart")
        self.path.textChanged.connect(self.update_ok)
        self.setMinimumWidth(640)  # room for a folder and a file name
        self.update_ok()

    def browse(self) -> None:
        chosen = prompts.choose_file_to_save(self, tr("Save the next cycle as"),
                                             Path(self.path.text()))
        if chosen is not None:
            self.path.setText(str(chosen))

    def is_complete(self) -> bool:
        return bool(self.name.text().strip() and self.path.text().strip())

    def chosen_path(self) -> Path:
        """The file typed or chosen; a bare name goes beside the current file."""
        path = self.folder / Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".drempel" else path.with_name(
            path.name + ".drempel")

    def cycle(self) -> next_cycle.NextCycle:
        return next_cycle.NextCycle(self.name.text().strip(),
                                    checked_keys(self.target_groups),
                                    from_qdate(self.start.date()))


def start_next_cycle(window: MainWindow) -> None:
    """Ask for the next cycle, write it, and open it in the window."""
    document = window.document
    if document is None:
        return
    details = trajectory.get_trajectory(document.db)
    name = next_cycle.default_name(details.name, next_cycle.cycle_number(document.db) + 1)
    current = Path(document.db.path)
    dialog = NextCycleDialog(name, vocabularies.effective(document.db).target_groups,
                             details.target_groups,
                             current.with_name(safe_file_name(name) + ".drempel"), window)
    dialog.attempt_with(lambda: make_next_cycle(window, dialog.chosen_path(), dialog.cycle(),
                                                dialog))
    dialog.open()


def make_next_cycle(window: MainWindow, path: Path, cycle: next_cycle.NextCycle,
                    form: NextCycleDialog | None = None) -> bool:
    """Write the next cycle to `path` and open it; True once written. A refusal is said under
    `form` (which keeps what was typed), or in a message without one."""
    from ..exchange.errors import WriteError

    if window.document is None:
        return False
    kept: list[str] = []
    while True:
        try:
            with confirmed(kept):
                made = next_cycle.start_next_cycle(window.document.db, path, cycle)
        except PersonalDataFound as exc:
            texts = [f.text for f in exc.findings]
            if set(texts) <= set(kept) or not (prompts.confirmed_in_form(exc)
                                               or prompts.confirm_personal_data(window, exc)):
                return False
            kept.extend(texts)
            continue
        except TrajectoryFileError as exc:
            return refuse(window, form, describe_file_error(exc), file=True)
        except InvalidInput as exc:
            if form is not None:
                form.show_refusal(exc)
                return False
            return refuse(window, form, describe_invalid_input(exc))
        except WriteError as exc:
            return refuse(window, form, describe_write_error(exc), file=True)
        break
    log.info("next cycle written: %s", made.path)
    if window.open_path(made.path):
        window.statusBar().showMessage(fill(
            tr("Cycle %1 started: %2 barriers and %3 actions carried over"),
            str(made.cycle_number), str(made.barriers), str(made.actions)), 10000)
    return True


def refuse(window: MainWindow, form: NextCycleDialog | None, reason: str, *,
           file: bool = False) -> bool:
    """Say why the cycle was not written: under the form (the focus on the file when it is the
    file's fault), or in a message; False, for the caller to return."""
    if form is None:
        prompts.show_error(window, tr("Start the next cycle"), reason)
    else:
        form.show_refusal(reason, form.path if file else None)
    return False
