"""The agenda on the beamer: each item's planned and kept time, the current clock, the running total."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..i18n import fill, tr
from . import style
from .activity import Activity, clear_layout
from .controller import clock_text

if TYPE_CHECKING:
    from .controller import WorkshopController

#: An item's minutes beside its text: level with it, also with the current item's padding.
BESIDE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AgendaView(Activity):
    key = "agenda"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.clock = controller.clock
        self.setObjectName("agendaView")
        self.setAccessibleName(self.title())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.current_text = QLabel()
        self.current_text.setObjectName("agendaCurrent")
        self.current_text.setWordWrap(True)
        self.current_text.setTextFormat(Qt.TextFormat.PlainText)
        style.set_role(self.current_text, "title")
        self.big_clock = QLabel()
        self.big_clock.setObjectName("agendaClock")
        self.big_clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        style.set_role(self.big_clock, "big")
        self.items = QGridLayout()
        self.items.setHorizontalSpacing(32)
        self.total = QLabel()
        self.total.setObjectName("agendaTotal")
        self.total.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.current_text, 1)
        top.addWidget(self.big_clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.items)
        layout.addStretch(1)
        layout.addWidget(self.total)
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self._shape: list[tuple[str, int | None]] = []
        self._pulsing = False
        self.clock.changed.connect(self.show_times)
        self.show_times()

    def title(self) -> str:
        return tr("Agenda")

    def _build_rows(self) -> None:
        clear_layout(self.items)
        self._rows = []
        self._shape = list(self.clock.items)
        for row, (text, minutes) in enumerate(self._shape):
            name = QLabel(text)
            name.setObjectName(f"agendaItem{row}")
            name.setWordWrap(True)
            name.setTextFormat(Qt.TextFormat.PlainText)
            planned = QLabel("" if minutes is None else fill(tr("%1 min"), str(minutes)))
            planned.setAlignment(BESIDE)
            kept = QLabel()
            kept.setObjectName(f"agendaKept{row}")
            kept.setAlignment(BESIDE)
            self.items.addWidget(name, row, 0)
            self.items.addWidget(planned, row, 1)
            self.items.addWidget(kept, row, 2)
            self._rows.append((name, planned, kept))
        self.items.setColumnStretch(0, 1)

    def show_times(self) -> None:
        clock = self.clock
        if clock.items != self._shape:
            self._build_rows()
        if not clock.items:
            self.current_text.setText(tr("This session has no agenda: add items in the control "
                                         "window (Attendees and agenda)."))
            self.big_clock.clear()
            self.total.clear()
            return
        current = clock.current
        text, _minutes = clock.items[current]
        self.current_text.setText(text)
        planned = clock.planned(current)
        elapsed = clock_text(clock.elapsed(current))
        self.big_clock.setText(elapsed if planned is None else f"{elapsed} / {clock_text(planned)}")
        self.big_clock.setAccessibleName(fill(tr("Time of “%1”: %2"), text,
                                              self.big_clock.text()))
        if not self._pulsing:
            style.set_role(self.big_clock, "big_over" if clock.is_over(current) else "big")
        for index, (name, planned_label, kept) in enumerate(self._rows):
            seconds = clock.elapsed(index)
            started = clock.kept[index] is not None or (index == current and clock.running)
            kept.setText(clock_text(seconds) if started else "")
            role = "current" if index == current else ("muted" if index < current else "")
            style.set_role(name, role)
            style.set_role(planned_label, "muted")
            style.set_role(kept, "over" if clock.is_over(index) else "muted")
            name.setAccessibleName(f"{name.text()}, {planned_label.text()}, {kept.text()}"
                                   + (f" ({tr('now')})" if index == current else ""))
        self.total.setText(self.total_text())
        over = clock.projected_over()
        style.set_role(self.total, "over" if over > 60 else "ahead" if over < -60 else "")

    def total_text(self) -> str:
        """"23:10 of 1:45:00 used · planned end 11:45 · 5 min behind"."""
        clock = self.clock
        used, planned = clock.total_used(), clock.total_planned()
        parts = [fill(tr("%1 of %2 used"), clock_text(used), clock_text(planned))]
        over = clock.projected_over()
        if clock.running or any(k is not None for k in clock.kept):
            end = datetime.now() + timedelta(seconds=max(planned - used + over, 0))
            parts.append(fill(tr("expected end %1"), end.strftime("%H:%M")))
        minutes = round(abs(over) / 60)
        if minutes:
            parts.append(fill(tr("%1 min behind"), str(minutes)) if over > 0
                         else fill(tr("%1 min ahead"), str(minutes)))
        else:
            parts.append(tr("on time"))
        return " · ".join(parts)

    def pulse_step(self, on: bool) -> None:
        """The presenter's gentle signal that time is up: the big clock flashes with it."""
        self._pulsing = on
        style.set_role(self.big_clock, "big_pulse" if on else "big_over")

    def reload(self) -> None:
        self.show_times()
