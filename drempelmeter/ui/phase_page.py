"""The page of one phase: purpose, state, checklist to tick, workshop sessions, decision log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.ids import new_id
from ..domain.phases import PHASE_STATES, phase
from ..domain.steering import DECIDED, PROPOSED
from ..services import decisions, partners, phases, vocabularies, workshops
from ..services.records import ChecklistEntry, DecisionRecord, PhaseStatus, SessionRecord
from . import edits, prompts
from .document import TrajectoryDocument
from .formats import format_date
from .i18n import fill, language, tr, tr_noop
from .next_step import NextStep
from .phase_models import ChecklistModel
from .record_section import RecordSection
from .tables import DecisionsModel, SessionsModel
from .vocabulary_edits import VOCABULARIES
from .widgets import button, heading

#: Where each phase's own work is done, in words and as a button (the workspace knows the page).
PHASE_WORK = {
    1: (tr_noop("Who takes part: the partners, and the people of the steering group, the "
                "working group and the sounding board."), tr_noop("Go to the &partners")),
    2: (tr_noop("The work of this phase: each partner's signals."),
        tr_noop("Go to the &signals")),
    3: (tr_noop("The work of this phase: the questionnaires of the baseline measurement."),
        tr_noop("Go to the &measurement")),
    4: (tr_noop("The work of this phase: bundle the signals into barriers and prioritise them."),
        tr_noop("Go to the &barriers")),
    5: (tr_noop("The work of this phase: the action plan."), tr_noop("Go to the action &plan")),
    6: (tr_noop("The work of this phase: follow the actions up and measure again."),
        tr_noop("Go to the &follow-up")),
}


class PhasePage(QScrollArea):
    """Shows the phase chosen in the navigator; every change is an undoable edit."""

    #: the user asked for the page where this phase's work is done (carries the phase number)
    work_requested = Signal(int)
    #: the user asked to run this phase's session in workshop mode (carries the phase number)
    workshop_requested = Signal(int)

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phasePage")
        self.setWidgetResizable(True)
        # Tab goes to the controls inside: the scroll area itself has nothing to say.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.document = document
        self.number = 1
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = heading("", "phaseTitle")
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.records = QLabel()
        self.records.setWordWrap(True)
        self.next_step = NextStep("phaseWork")
        layout.addWidget(self.title)
        layout.addWidget(self.purpose)
        layout.addWidget(self.records)

        state_row = QHBoxLayout()
        state_label = QLabel(tr("&State:"))
        self.state = QComboBox()
        self.state.setObjectName("phaseState")
        self.state.setAccessibleName(tr("State of this phase"))
        for term in PHASE_STATES:
            self.state.addItem(term.label(language()), term.key)
        state_label.setBuddy(self.state)
        self.state.activated.connect(self.on_state_chosen)
        self.dates = QLabel()
        self.dates.setObjectName("phaseDates")
        state_row.addWidget(state_label)
        state_row.addWidget(self.state)
        state_row.addWidget(self.dates)
        state_row.addStretch()
        layout.addLayout(state_row)
        layout.addWidget(self.next_step)  # after the state: the page's first control stays it

        checklist_box = QGroupBox(tr("Checklist"))
        self.checklist_model = ChecklistModel(self.on_toggle, self)
        self.checklist = QListView()
        self.checklist.setObjectName("checklist")
        self.checklist.setAccessibleName(tr("Checklist of this phase"))
        self.checklist.setModel(self.checklist_model)
        self.checklist.setMinimumHeight(110)
        self.checklist.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.add_item_button = button(tr("Add &item…"), "addChecklistItem")
        self.add_item_button.clicked.connect(self.on_add_item)
        self.note_button = button(tr("&Note…"), "checklistNote")
        self.note_button.clicked.connect(self.on_note)
        box_layout = QVBoxLayout(checklist_box)
        box_layout.addWidget(self.checklist)
        row = QHBoxLayout()
        row.addWidget(self.add_item_button)
        row.addWidget(self.note_button)
        row.addStretch()
        box_layout.addLayout(row)
        layout.addWidget(checklist_box)

        # the session's name takes the room the date, place and count leave (the count did)
        self.sessions = RecordSection(tr("Workshop sessions"), SessionsModel(self), "sessions",
                                      words=SessionsModel.TITLE)
        self.sessions.view.setMinimumHeight(110)
        self.sessions.add_requested.connect(self.on_add_session)
        self.sessions.edit_requested.connect(self.on_edit_session)
        self.sessions.remove_requested.connect(
            lambda r: self.document.push(edits.remove_session(self.document, r)))
        self.workshop_button = button(tr("Start wor&kshop mode…"), "startWorkshop")
        self.workshop_button.clicked.connect(lambda: self.workshop_requested.emit(self.number))
        self.sessions.add_action_button(self.workshop_button)
        layout.addWidget(self.sessions)

        self.decisions = RecordSection(tr("Decision log"), DecisionsModel(self), "decisions",
                                       words=DecisionsModel.TEXT, lines=2)
        self.decisions.view.setMinimumHeight(100)
        self.decisions.add_requested.connect(self.on_add_decision)
        self.decisions.edit_requested.connect(self.on_edit_decision)
        self.decisions.remove_requested.connect(
            lambda r: self.document.push(edits.remove_decision(self.document, r)))
        self.propose_button = button(tr("Add a proposal…"), "decisionsPropose")
        self.propose_button.clicked.connect(self.on_add_proposal)
        self.decide_button = button(tr("Decide on the proposal…"), "decisionsDecide")
        self.decide_button.clicked.connect(self.on_decide)
        for widget in (self.propose_button, self.decide_button):
            self.decisions.add_action_button(widget)
        self.decisions.view.selectionModel().selectionChanged.connect(self._update_decide)
        self.decisions.model.modelReset.connect(self._update_decide)
        layout.addWidget(self.decisions)
        # as tall as their lines (no blank in them while the page scrolls), at least the minimum
        for view in (self.sessions.view, self.decisions.view):
            view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        layout.addStretch()
        self.setWidget(body)

        editable = not document.read_only
        for widget in (self.state, self.add_item_button, self.note_button,
                       self.workshop_button, self.propose_button):
            widget.setEnabled(editable)
        self.checklist_model.editable = editable
        self.sessions.set_editable(editable)
        self.decisions.set_editable(editable)
        document.changed.connect(self.on_changed)

    def show_phase(self, number: int) -> None:
        self.number = number
        info = phase(number)
        lang = language()
        title = vocabularies.effective(self.document.db).phase_title(number, lang)
        self.title.setText(fill(tr("Phase %1: %2"), str(number), title))
        self.purpose.setText(info.purpose(lang))
        self.records.setText(fill(tr("What this phase records: %1"), info.records(lang)))
        words, button_text = PHASE_WORK[number]
        self.next_step.say(tr(words), tr(button_text), lambda: self.work_requested.emit(number))
        self.verticalScrollBar().setValue(0)  # a new phase starts at its top
        self.reload()

    def reload(self) -> None:
        self._show_status(phases.list_phases(self.document.db)[self.number - 1])
        self.checklist_model.set_entries(phases.checklist(self.document.db, self.number))
        self.sessions.set_records(workshops.list_sessions(self.document.db, self.number))
        self.decisions.model.lists = vocabularies.effective(self.document.db)
        self.decisions.set_records(decisions.decision_log(self.document.db, self.number))

    def _show_status(self, status: PhaseStatus) -> None:
        self.state.setCurrentIndex(self.state.findData(status.state))
        self.dates.setText(fill(tr("Started: %1 · Finished: %2"),
                                format_date(status.started_on), format_date(status.finished_on)))

    def on_changed(self, area: str) -> None:
        if area in ("phases", "sessions", "decisions", "participants", VOCABULARIES):
            self.reload()

    def on_state_chosen(self, index: int) -> None:
        state = self.state.itemData(index)
        self.document.push(edits.set_phase_state(self.document, self.number, state, date.today()))
        self.reload()

    def on_toggle(self, entry: ChecklistEntry, done: bool) -> None:
        self.document.push(edits.tick(self.document, entry, done))

    def current_entry(self) -> ChecklistEntry | None:
        index = self.checklist.currentIndex()
        return self.checklist_model.entry(index.row()) if index.isValid() else None

    def on_add_item(self) -> None:
        text = prompts.ask_text(self, tr("Add checklist item"), tr("Checklist item:"))
        if text:
            self.document.push(edits.add_checklist_item(self.document, new_id(), self.number, text))

    def on_note(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        note = prompts.ask_note(
            self, tr("Note"), fill(tr("Note on “%1”:"), edits.checklist_label(entry)),
            entry.note)
        if note is not None and note != entry.note:
            self.document.push(edits.note_checklist(self.document, entry, note))

    def _open_session(self, record: SessionRecord, *, new: bool) -> None:
        from .record_dialogs import SessionDialog  # dialogs load when first opened

        dialog = SessionDialog(record, partners.list_participants(self.document.db), self, new=new,
                               lists=vocabularies.effective(self.document.db))
        dialog.save_with(self.document, lambda: edits.save_session(
            self.document, None if new else record, dialog.record()))
        dialog.open()

    def on_add_session(self) -> None:
        self._open_session(SessionRecord(new_id(), self.number, date.today(), ""), new=True)

    def on_edit_session(self, record: SessionRecord) -> None:
        self._open_session(record, new=False)

    def _open_decision(self, record: DecisionRecord, *, new: bool, title: str = "",
                       was: DecisionRecord | None = None) -> None:
        """The dialog on `record`; its edit puts back `was` (else `record`) on undo."""
        from .record_dialogs import DecisionDialog

        dialog = DecisionDialog(record, self, new=new,
                                lists=vocabularies.effective(self.document.db), title=title)
        dialog.save_with(self.document, lambda: edits.save_decision(
            self.document, None if new else was or record, dialog.record()))
        dialog.open()

    def on_add_decision(self) -> None:
        self._open_decision(
            DecisionRecord(new_id(), date.today(), "steering", "", self.number), new=True)

    def on_edit_decision(self, record: DecisionRecord) -> None:
        self._open_decision(record, new=False)

    def on_add_proposal(self) -> None:
        """A proposal for a group to decide on (the steering group unless changed)."""
        self._open_decision(
            DecisionRecord(new_id(), None, "steering", "", self.number, PROPOSED, date.today()),
            new=True, title=tr("Add a proposal"))

    def on_decide(self) -> None:
        """The selected proposal, decided today unless the coach says otherwise (or not
        accepted); undo makes it a proposal again."""
        record = self.decisions.selected()
        if record is None or record.state != PROPOSED:
            return
        self._open_decision(replace(record, state=DECIDED, decided_on=date.today()),
                            new=False, title=tr("Decide on a proposal"), was=record)

    def _update_decide(self) -> None:
        record = self.decisions.selected()
        self.decide_button.setEnabled(not self.document.read_only and record is not None
                                      and record.state == PROPOSED)
