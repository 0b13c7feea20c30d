"""Dot voting on the beamer: barriers with their dots and rank, participants with dots left, objections."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..document import TrajectoryDocument
from ..i18n import fill, tr
from ..priority_rounds_view import TALLY, PriorityRoundsView, with_text
from ..privacy_hint import PrivacyHint
from .round_activity import Cell, RoundActivity, Shortened, beamer_table, fill_rows, short_name


class ObjectionPanel(QWidget):
    """The laptop side of the objection round: the rationale typed for the barrier marked, with
    the personal-data warning; Enter records it (empty: the objection is taken away), Esc
    goes back to the beamer without recording."""

    def __init__(self, view: DotsView) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("objectionPanel")
        self.setAccessibleName(tr("Objection round"))
        self.barrier_id: str | None = None
        self.caption = QLabel()
        self.caption.setObjectName("objectionCaption")
        self.caption.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("objectionText")
        self.field.setAccessibleName(tr("Objection: who objects to this barrier's place, and why"))
        self.field.setPlaceholderText(tr("Why this barrier matters more (or less) than its dots "
                                         "say; no client names"))
        self.caption.setBuddy(self.field)
        self.hint = PrivacyHint(self.field, "objectionText")
        self.record_button = QPushButton(tr("Record the objection"))
        self.record_button.setObjectName("objectionRecord")
        self.record_button.setAccessibleName(tr("Record the objection"))
        self.record_button.clicked.connect(self.record)
        self.field.returnPressed.connect(self.record)
        self.field.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.record_button)
        layout.addStretch()
        self.set_barrier(None, "", "")

    def set_barrier(self, barrier_id: str | None, label: str, current: str) -> None:
        """Type the objection to `barrier_id` (None: nothing to type for)."""
        self.barrier_id = barrier_id
        self.caption.setText(
            fill(tr("&Objection to “%1”:"), label) if barrier_id is not None
            else tr("Press O on the beamer's view to record an objection to the barrier "
                    "chosen there (while the round is open)."))
        self.field.setText(current)
        for widget in (self.field, self.record_button):
            widget.setEnabled(barrier_id is not None)

    def begin(self, barrier_id: str, label: str, current: str) -> None:
        self.set_barrier(barrier_id, label, current)
        self.field.selectAll()
        self.field.window().activateWindow()
        self.field.setFocus()

    def record(self) -> None:
        if self.barrier_id is not None:
            self.view.record_objection(self.barrier_id, self.field.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.view.take_keys()
            return True
        return super().eventFilter(watched, event)


class DotsView(RoundActivity):
    """The dot vote of the session's round: Up/Down a barrier, Tab or a digit a participant,
    + and − a dot, O an objection."""

    key = "dots"
    method = "dots"

    def title(self) -> str:
        return tr("Dot voting")

    def __init__(self, document: TrajectoryDocument, session_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(document, session_id, parent)
        #: who the coach enters dots for: a participant, or TALLY (dots counted in the room)
        self.voter: str | None = None
        self.board = beamer_table("dotsBarriers", tr("Barriers with their dots"), 0)
        self.people = beamer_table("dotsParticipants", tr("Participants with their dots left"), 0)
        self.voting = QLabel()
        self.voting.setObjectName("dotsVoter")
        self.voting.setWordWrap(True)
        self.voting.setAccessibleName(tr("Whose dots are entered"))
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.voting)
        column.addWidget(self.people, 1)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.board, 3)
        row.addWidget(side, 1)
        self.frame(body)
        self.add_key(tr("Previous barrier"), ["Up"], lambda: self.step(-1))
        self.add_key(tr("Next barrier"), ["Down"], lambda: self.step(1))
        self.add_key(tr("Next participant"), ["Tab"], lambda: self.turn(1))
        self.add_key(tr("Previous participant"), ["Shift+Tab"], lambda: self.turn(-1))
        self.add_key(tr("Participant by number (1–9)"), [str(n) for n in range(1, 10)],
                     self.choose_numbered)
        self.add_key(tr("Add a dot"), ["+", "="], lambda: self.add_dot(1))
        self.add_key(tr("Take a dot away"), ["-"], lambda: self.add_dot(-1))
        self.add_key(tr("Objection to this barrier (typed on the laptop)"), ["O"],
                     self.object_to)
        self.panel = ObjectionPanel(self)
        self.load()

    def control(self) -> QWidget:
        return self.panel

    def how_text(self) -> str:
        assert self.result is not None
        return fill(tr("Each participant has %1 dots."), self.result.settings.get("budget", 1))

    def new_round(self) -> None:
        super().new_round()
        self.voter = None

    def voters(self) -> list[str]:
        return [*self.result.participants, TALLY] if self.result else []

    def voter_name(self, voter: str) -> str:
        return tr("Counted in the room") if voter == TALLY else voter

    def voter_names(self, voter: str, text: str = "%1") -> Shortened:
        """`text` with the voter's name, and the same with the name short (`short_name`)."""
        name = self.voter_name(voter)
        return Shortened(fill(text, name),
                         fill(text, name if voter == TALLY else short_name(name)))

    def show_round(self) -> None:
        result = self.result
        voters = self.voters()
        if self.voter not in voters:
            self.voter = voters[0] if voters else None
        if result is None:
            fill_rows(self.board, [], [], None)
            fill_rows(self.people, [], [], None)
            self.voting.clear()
            self.panel.set_barrier(None, "", "")
            return
        budget = int(result.settings.get("budget", 1))
        left = PriorityRoundsView.dots_left_of(result)
        voter = self.voter or TALLY
        ids = self.entry_ids()
        rows: list[list[Cell]] = []
        for barrier_id in ids:
            entry = self.entry(barrier_id)
            dots = int(entry.score or 0)
            rows.append([self.label_of(barrier_id), (str(dots), (dots, 0)),
                         str(entry.rank) if dots and entry.rank else "—",
                         tr("objection") if entry.inputs.get("objection") else "",
                         str(entry.inputs.get("votes", {}).get(voter, 0) or "")])
        fill_rows(self.board, [tr("Barrier"), tr("Dots"), tr("Rank"), tr("Objection"),
                               self.voter_names(voter, tr("Of %1"))],
                  rows, ids.index(self.selected) if self.selected in ids else None)
        people: list[list[Cell]] = []
        for n, name in enumerate(voters, 1):
            number = f"{n}. " if n <= 9 else ""
            if name == TALLY:
                counted = sum(e.inputs.get("votes", {}).get(TALLY, 0) for e in result.entries)
                people.append([number + self.voter_name(name), (Shortened(
                    fill(tr("%1 counted"), counted), str(counted)), (counted, 0))])
            else:
                have = max(0, left[name])
                names = self.voter_names(name, number + "%1")
                people.append([names, (str(have), (have, budget - have))])
        fill_rows(self.people, [tr("Participant"), tr("Dots left")], people,
                  voters.index(voter))
        self.voting.setText(fill(tr("Dots of: %1"), self.voter_name(voter)))
        if self.selected is not None and not self.panel.field.hasFocus():
            self.panel.set_barrier(self.selected if self.editable else None,
                                   self.label_of(self.selected),
                                   self.entry(self.selected).inputs.get("objection", ""))

    def turn(self, offset: int) -> None:
        voters = self.voters()
        if voters:
            here = voters.index(self.voter) if self.voter in voters else 0
            self.choose(voters[(here + offset) % len(voters)])

    def choose_numbered(self) -> None:
        if not self.pressed.isdigit():
            return
        voters = self.voters()
        number = int(self.pressed)
        if number > len(voters):
            self.refuse(fill(tr("There is no participant %1."), number))
            return
        self.choose(voters[number - 1])

    def choose(self, voter: str) -> None:
        self.voter = voter
        self.clear_notice()
        self.show_round()

    def add_dot(self, change: int) -> None:
        """One dot more (or less) for the selected barrier from the chosen participant; a dot
        over the budget is refused with the reason on the beamer."""
        if self.result is None or self.selected is None or self.voter is None:
            return
        entry = self.entry(self.selected)
        votes = dict(entry.inputs.get("votes", {}))
        placed = votes.get(self.voter, 0)
        name = self.voter_name(self.voter)
        if change > 0 and self.voter != TALLY \
                and PriorityRoundsView.dots_left_of(self.result)[self.voter] <= 0:
            self.refuse(fill(tr("%1 has no dots left: %2 each."), name,
                             self.result.settings.get("budget", 1)))
            return
        if change < 0 and not placed:
            self.refuse(fill(tr("%1 has no dot on “%2” to take away."), name,
                             self.titles.get(self.selected, "")))
            return
        votes.pop(self.voter, None)
        if placed + change:
            votes[self.voter] = placed + change
        self.put(self.selected, {**entry.inputs, "votes": votes})

    def object_to(self) -> None:
        """The objection round: the rationale for the selected barrier is typed on the laptop."""
        if self.selected is None:
            return
        label = self.label_of(self.selected)
        self.panel.begin(self.selected, label, self.entry(self.selected).inputs.get("objection",
                                                                                    ""))
        self.say(fill(tr("Objection to “%1”: typed on the laptop."), label))

    def record_objection(self, barrier_id: str, text: str) -> None:
        """Keep (or, empty, take away) the objection to a barrier; the keys go back to the
        beamer's view (unless it was refused)."""
        if self.stale:  # an undo while the presenter was away
            self.load()
        if not self.editable or barrier_id not in self.entry_ids():
            self.refuse(tr("The objection was not recorded: the round is not open."))
            return
        inputs = self.entry(barrier_id).inputs
        new = with_text(inputs, "objection", text)
        if new == inputs or self.put(barrier_id, new):
            self.take_keys()
        else:  # refused (personal data the coach goes back to change): the text stays
            self.panel.field.setFocus()

    def take_keys(self) -> None:
        """Back from the laptop's field to the beamer's keys."""
        self.clear_notice()
        self.window().activateWindow()
        self.setFocus()
        self.show_round()
