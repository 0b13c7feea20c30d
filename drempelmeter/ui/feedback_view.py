"""Feedback per partner, for the feedback session of phase 4: its signals per B, its
measurement (the radar of the latest closed round, small groups hidden as in its own report:
never because of another partner's small group), and the barriers it recognises in the order
of the region's priorities, with their place and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ..domain.prioritisation import explain
from ..domain.taxonomy import ALL_BS, BARRIER_STATUSES
from ..services import measurement, partners, signal_lines, signals, trajectory
from ..services.prioritisation import Prioritisation
from ..services.records import BarrierRecord
from .chart_view import fill_table, read_from_left, read_only_table
from .document import TrajectoryDocument
from .i18n import fill, language, tr
from .priority_rounds_view import reading_note
from .score_views import ScoreViews


class FeedbackView(QWidget):
    def __init__(self, document: TrajectoryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._barriers: list[BarrierRecord] = []
        self._priorities: Prioritisation | None = None
        self.partner = QComboBox()
        self.partner.setObjectName("feedbackPartner")
        self.partner.setAccessibleName(tr("Feedback for partner"))
        self.partner.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("feedbackSummary")
        self.summary.setWordWrap(True)
        self.signals_table = read_only_table("feedbackSignals", tr("The partner's signals per B"))
        self.barriers_table = read_only_table("feedbackBarriers",
                                              tr("Barriers the partner recognises"))
        self.scores = ScoreViews(document, own_only=True)
        self.radar_tab = self.scores.tabs()[0][0]
        row = QHBoxLayout()
        label = QLabel(tr("Par&tner:"))
        label.setBuddy(self.partner)
        row.addWidget(label)
        row.addWidget(self.partner, 1)
        # the counts per B take a quarter of the width, the barriers the rest; the tables a
        # third of the height, the radar the rest, to be moved (on a 1280×720 laptop the
        # tables had room for one or two rows under a radar twice their height)
        tables = QSplitter()
        tables.addWidget(self.signals_table)
        tables.addWidget(self.barriers_table)
        tables.setStretchFactor(0, 1)
        tables.setStretchFactor(1, 3)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setObjectName("feedbackParts")
        parts.setChildrenCollapsible(False)
        parts.addWidget(tables)
        parts.addWidget(self.radar_tab)
        parts.setSizes([1000, 2000])  # shares of the height it gets
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(parts, 1)

    def reload(self, barriers: list[BarrierRecord], priorities: Prioritisation) -> None:
        self._barriers = barriers
        self._priorities = priorities
        chosen = self.partner.currentData()
        self.partner.blockSignals(True)
        self.partner.clear()
        for record in partners.list_partners(self.document.db):
            self.partner.addItem(record.name, record.id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(chosen)))
        self.partner.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        partner_id = self.partner.currentData()
        if partner_id is None or self._priorities is None:
            return
        db = self.document.db
        lang = language()
        own = signal_lines.list_signal_lines(db, partner_id)
        optional = trajectory.get_trajectory(db).optional_bs
        counts = signals.count_signals(own, [partner_id], optional)
        b_labels = [ALL_BS.label(b, lang) for b in counts.b_keys]
        fill_table(self.signals_table, b_labels, [tr("Signals")],
                   [[n] for n in counts.by_partner_and_b[0]])
        by_id = {b.id: b for b in self._barriers}
        recognised = [(p, by_id[p.barrier_id]) for p in self._priorities.order
                      if partner_id in by_id[p.barrier_id].recognised_by]
        fill_table(self.barriers_table, [b.title for _p, b in recognised],
                   [tr("Rank"), tr("Why"), tr("Status"), tr("Signals of this partner")],
                   [[str(p.place), "" if p.basis is None else explain(p.basis, lang),
                     BARRIER_STATUSES.label(b.status, lang),
                     str(sum(1 for s in own if s.id in b.signal_ids))] for p, b in recognised])
        read_from_left(self.barriers_table, (1, 2))  # why and status
        rounds = measurement.list_rounds(db)
        measured = [r for r in rounds if r.closed]
        lines = [fill(tr("%1 signals; %2 barriers recognised."), len(own), len(recognised)),
                 reading_note(self._priorities)]
        # Without a closed measurement there is no radar: the tables take its room (at 1280×720
        # an empty box took two thirds of the height).
        self.radar_tab.setVisible(bool(measured))
        if measured:
            self.scores.show(self.radar_tab, measured[-1], rounds, partner_id,
                             self.partner.currentText(), "staff")
            lines.append(fill(tr("Measurement: %1."), measured[-1].name))
        else:
            lines.append(tr("No measurement is closed yet: its radar shows here once one is."))
        self.summary.setText(" ".join(lines))
