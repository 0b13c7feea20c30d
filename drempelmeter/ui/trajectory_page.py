"""The trajectory's own details: name, region, coach, start, target groups, B's, suppression,
the sounding board's rhythm."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.indicators import EVALUATION_RHYTHMS
from ..domain.taxonomy import OPTIONAL_BS
from ..services import trajectory, vocabularies
from ..services.records import TrajectoryRecord
from ..services.trajectory import MAX_SUPPRESSION, MIN_SUPPRESSION
from . import edits
from .cycle_view import CycleSummary
from .document import TrajectoryDocument
from .i18n import fill, language, tr
from .vocabulary_edits import VOCABULARIES
from .widgets import (
    add_row,
    button,
    checked_keys,
    date_edit,
    fill_term_checklist,
    from_qdate,
    heading,
    term_checklist,
    to_qdate,
)

#: The target groups listed without a scroll bar, at most (a page scrolls before the list).
MOST_GROUPS_SHOWN = 24


class TrajectoryPage(QWidget):
    """Each change is written (and undoable) as soon as a field is left or a box is ticked."""

    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trajectoryPage")
        self.document = document
        self._record = trajectory.get_trajectory(document.db)
        form = QFormLayout()
        # text fields and the list as wide as the page; a number, a date, two boxes as wide as
        # they need (on a beamer a spin box across the screen reads as a text field)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit()
        add_row(form, tr("&Name:"), self.name, "trajectoryName")
        self.region = QLineEdit()
        add_row(form, tr("&Region:"), self.region, "trajectoryRegion")
        self.coach = QLineEdit()
        add_row(form, tr("Process &coach:"), self.coach, "trajectoryCoach")
        start_row = QWidget()
        start_layout = QHBoxLayout(start_row)
        start_layout.setContentsMargins(0, 0, 0, 0)
        self.has_start = QCheckBox(tr("&Known"))
        self.has_start.setObjectName("trajectoryHasStart")
        self.has_start.setAccessibleName(tr("Start date known"))
        self.start: QDateEdit = date_edit(None)
        self.start.setObjectName("trajectoryStart")
        self.start.setAccessibleName(tr("Start date"))
        start_layout.addWidget(self.has_start)
        start_layout.addWidget(self.start)
        start_layout.addStretch()
        start_label = QLabel(tr("&Start date:"))
        start_label.setBuddy(self.has_start)
        form.addRow(start_label, start_row)
        self.target_groups = term_checklist((), ())
        add_row(form, tr("&Target groups:"), self.target_groups, "trajectoryTargetGroups")
        # The region's own target groups, principles, groups and roles are edited there.
        self.vocabularies = button(tr("&Vocabularies…"), "trajectoryVocabularies")
        self.vocabularies.clicked.connect(self.show_vocabularies)
        vocabularies_row = QHBoxLayout()
        vocabularies_row.addWidget(self.vocabularies)
        vocabularies_row.addStretch()
        form.addRow("", vocabularies_row)
        self.optional_bs: dict[str, QCheckBox] = {}
        bs_row = QWidget()
        bs_layout = QHBoxLayout(bs_row)
        bs_layout.setContentsMargins(0, 0, 0, 0)
        for term in OPTIONAL_BS:
            box = QCheckBox(term.label(language()))
            box.setObjectName(f"optionalB_{term.key}")
            box.setAccessibleName(term.label(language()))
            box.setToolTip(term.definition(language()))
            bs_layout.addWidget(box)
            self.optional_bs[term.key] = box
        bs_label = QLabel(tr("&Optional B's:"))
        bs_label.setBuddy(next(iter(self.optional_bs.values())))
        form.addRow(bs_label, bs_row)
        self.suppression = QSpinBox()
        self.suppression.setRange(MIN_SUPPRESSION, MAX_SUPPRESSION)
        add_row(form, tr("Smallest &group shown:"), self.suppression, "trajectorySuppression")
        self.suppression.setToolTip(tr("Results of fewer respondents than this are never shown "
                                       "separately in charts and reports."))
        self.rhythm = QComboBox()
        for months in EVALUATION_RHYTHMS:
            self.rhythm.addItem(fill(tr("%1 months"), str(months)), months)
        add_row(form, tr("Sounding board &meets every:"), self.rhythm, "trajectoryRhythm")
        self.rhythm.setToolTip(tr("How often the sounding board (klankgroep) evaluates each "
                                  "action under way: the plan's follow-up counts the "
                                  "evaluations late or to plan from it."))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Trajectory details"), "trajectoryTitle"))
        layout.addLayout(form)
        self.cycle = CycleSummary(document)
        layout.addWidget(self.cycle, 1)
        layout.addStretch()
        self._show(self._record)
        for line in (self.name, self.region, self.coach):
            line.editingFinished.connect(self.apply)
        self.has_start.toggled.connect(self.apply)
        self.start.editingFinished.connect(self.apply)
        self.target_groups.itemChanged.connect(lambda _item: self.apply())
        for box in self.optional_bs.values():
            box.toggled.connect(self.apply)
        self.suppression.editingFinished.connect(self.apply)
        self.rhythm.currentIndexChanged.connect(lambda _index: self.apply())
        self.setEnabled(not document.read_only)
        document.changed.connect(self.on_changed)

    def _show(self, record: TrajectoryRecord) -> None:
        self._loading = True
        self.name.setText(record.name)
        self.region.setText(record.region)
        self.coach.setText(record.coach)
        self.has_start.setChecked(record.start_date is not None)
        self.start.setEnabled(record.start_date is not None)
        if record.start_date:
            self.start.setDate(to_qdate(record.start_date))
        fill_term_checklist(self.target_groups,
                            vocabularies.effective(self.document.db).target_groups,
                            record.target_groups)
        groups = self.target_groups
        if groups.count():  # every target group in view where the page has the room
            groups.setMinimumHeight(min(groups.count(), MOST_GROUPS_SHOWN)
                                    * groups.sizeHintForRow(0) + 2 * groups.frameWidth())
        for key, box in self.optional_bs.items():
            box.setChecked(key in record.optional_bs)
        self.suppression.setValue(record.suppression_threshold)
        self.rhythm.setCurrentIndex(self.rhythm.findData(record.evaluation_months))
        self._loading = False

    def current(self) -> TrajectoryRecord:
        return replace(
            self._record, name=self.name.text().strip(), region=self.region.text().strip(),
            coach=self.coach.text().strip(),
            start_date=from_qdate(self.start.date()) if self.has_start.isChecked() else None,
            target_groups=checked_keys(self.target_groups),
            optional_bs=tuple(k for k, box in self.optional_bs.items() if box.isChecked()),
            suppression_threshold=self.suppression.value(),
            evaluation_months=self.rhythm.currentData(),
        )

    def apply(self) -> None:
        if self._loading:
            return
        self.start.setEnabled(self.has_start.isChecked())
        new = self.current()
        if new == self._record:
            return
        if not self.document.push(edits.update_trajectory(self.document, self._record, new)):
            self._show(self._record)  # refused (and explained): show what the file holds

    def show_vocabularies(self) -> None:
        from .vocabulary_dialog import VocabularyDialog  # the dialog, when first needed

        dialog = VocabularyDialog(self.document, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_changed(self, area: str) -> None:
        if area in ("trajectory", VOCABULARIES):
            self._record = trajectory.get_trajectory(self.document.db)
            self._show(self._record)

