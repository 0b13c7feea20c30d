"""MoSCoW on the beamer: a column per category and one for the barriers not yet put in one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QTableWidget, QWidget

from ...domain.prioritisation import MOSCOW
from ..document import TrajectoryDocument
from ..i18n import fill, language, tr
from .round_activity import RoundActivity, beamer_table, fill_rows
from .style import set_role

#: the column of the barriers not yet put in a category
NOT_CHOSEN = ""


class MoscowView(RoundActivity):
    """The session's MoSCoW round: Up/Down (or Tab) a barrier, M/S/C/W its category (the next
    barrier follows), Delete takes it out again."""

    key = "moscow"
    method = "moscow"

    def title(self) -> str:
        return tr("MoSCoW")

    def __init__(self, document: TrajectoryDocument, session_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(document, session_id, parent)
        body = QWidget()
        grid = QGridLayout(body)  # the headings on one row: every column starts level
        grid.setContentsMargins(0, 0, 0, 0)
        #: category key → (its heading, its list)
        self.columns: dict[str, tuple[QLabel, QTableWidget]] = {}
        for n, key in enumerate((NOT_CHOSEN, *MOSCOW.ordered_keys())):
            name = tr("Not yet chosen") if key == NOT_CHOSEN else MOSCOW.label(key, language())
            heading = QLabel(name)
            heading.setObjectName(f"moscowHeading_{key or 'none'}")
            heading.setWordWrap(True)
            heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            set_role(heading, "title")
            table = beamer_table(f"moscowColumn_{key or 'none'}", name, 0)
            table.horizontalHeader().hide()
            heading.setBuddy(table)
            grid.addWidget(heading, 0, n)
            grid.addWidget(table, 1, n)
            grid.setColumnStretch(n, 1)
            self.columns[key] = (heading, table)
        grid.setRowStretch(1, 1)
        self.frame(body)
        self.add_key(tr("Previous barrier"), ["Up", "Shift+Tab"], lambda: self.step(-1))
        self.add_key(tr("Next barrier"), ["Down", "Tab"], lambda: self.step(1))
        for key in MOSCOW.ordered_keys():
            self.add_key(fill(tr("Put it in “%1”"), MOSCOW.label(key, language())),
                         [key[0].upper()], self._chooser(key))
        self.add_key(tr("Take it out of its column"), ["Del", "Backspace"],
                     lambda: self.choose(None))
        self.load()

    def how_text(self) -> str:
        return tr("Up and Down choose a barrier; M, S, C or W puts it in a column.")

    def show_round(self) -> None:
        placed: dict[str, list[str]] = {key: [] for key in self.columns}
        for barrier_id in self.entry_ids():
            choice = self.entry(barrier_id).inputs.get("moscow") or NOT_CHOSEN
            placed[choice if choice in placed else NOT_CHOSEN].append(barrier_id)
        for key, (heading, table) in self.columns.items():
            ids = placed[key]
            name = tr("Not yet chosen") if key == NOT_CHOSEN else MOSCOW.label(key, language())
            heading.setText(f"{name} ({len(ids)})")
            fill_rows(table, [name], [[self.label_of(b)] for b in ids],
                      ids.index(self.selected) if self.selected in ids else None)

    def _chooser(self, choice: str) -> Callable[[], None]:
        return lambda: self.choose(choice)

    def choose(self, choice: str | None) -> None:
        """Put the selected barrier in a category (None: in none); then on to the next."""
        if self.selected is None:
            return
        inputs = {k: v for k, v in self.entry(self.selected).inputs.items() if k != "moscow"}
        if choice is not None:
            inputs["moscow"] = choice
        here = self.selected
        self.put(here, inputs)
        if choice is not None and self.selected == here:
            self.step(1)
