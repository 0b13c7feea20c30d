"""Every interactive control has an accessible name and is reachable with the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from drempelmeter.domain.plan import ActionRecord
from drempelmeter.domain.taxonomy import CORE_BS
from drempelmeter.exchange.errors import CellProblem
from drempelmeter.services.bundles import ImportReport
from drempelmeter.services.records import (
    BarrierRecord,
    DecisionRecord,
    ParticipantRecord,
    PartnerRecord,
    SessionRecord,
    SignalRecord,
)
from drempelmeter.services.response_forms import FormReport
from drempelmeter.ui.app_dialogs import NewTrajectoryDialog, PreferencesDialog
from drempelmeter.ui.barrier_dialog import BarrierDialog
from drempelmeter.ui.import_report import bundle_report, form_report
from drempelmeter.ui.plan_page import StatusDialog
from drempelmeter.ui.record_dialogs import (
    DecisionDialog,
    ParticipantDialog,
    PartnerDialog,
    SessionDialog,
)
from drempelmeter.ui.signal_dialog import SignalDialog
from drempelmeter.ui.workspace import BARRIERS, DETAILS, MEASUREMENT, PARTNERS, PLAN, SIGNALS

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit)


#: Parts Qt builds inside its own widgets; they take their names from the widget around them.
QT_INTERNALS = ("qt_spinbox_lineedit", "qt_scrollarea_viewport", "qt_tableview_cornerbutton")


def controls(root: QWidget) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)
             and w.isVisibleTo(root) and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))
             and w.objectName() not in QT_INTERNALS]
    return [w for w in found if not type(w).__name__.startswith("QScrollBar")
            and "Header" not in type(w).__name__ and w.parent().objectName() != "qt_calendar"]


def problems(root: QWidget) -> list[str]:
    out = []
    for widget in controls(root):
        label = f"{type(widget).__name__} {widget.objectName()!r}"
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            out.append(f"{label}: no accessible name")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(f"{label}: not reachable with Tab")
    return out


def test_every_page_of_the_window(window, demo_file):
    assert problems(window) == []
    window.open_path(demo_file)
    for number in (1, 3):
        window.workspace.show_phase(number)
        assert problems(window) == [], number
    for section in (SIGNALS, MEASUREMENT, BARRIERS, PLAN, PARTNERS, DETAILS):
        window.workspace.show_section(section)
        assert problems(window) == [], section
    assert len(controls(window)) > 10
    for page in (window.workspace.barriers_page, window.workspace.plan_page):
        window.workspace.pages.setCurrentWidget(page)
        for tab in range(page.tabs.count()):  # every tab, with its charts and tables
            page.tabs.setCurrentIndex(tab)
            assert problems(window) == [], (page.objectName(), tab)


@pytest.mark.parametrize("make", [
    lambda: PartnerDialog(PartnerRecord("p", "", "core", "caw"), set(), None, new=True),
    lambda: ParticipantDialog(ParticipantRecord("q", "", "other"),
                              [PartnerRecord("p", "CAW", "core", "caw")], None, new=True),
    lambda: SessionDialog(SessionRecord("s", 2, date(2026, 1, 5), "Start"),
                          [ParticipantRecord("q", "An", "other")], None, new=False),
    lambda: DecisionDialog(DecisionRecord("d", date(2026, 1, 5), "steering", ""), None, new=True),
    lambda: NewTrajectoryDialog(None),
    lambda: PreferencesDialog("system", None),
    lambda: SignalDialog(SignalRecord("s", "p", "Woont Kerkstraat 3.", "bekendheid"),
                         [PartnerRecord("p", "CAW", "core", "caw")], CORE_BS.terms, None,
                         new=False),
    lambda: bundle_report(ImportReport("CAW", 1, 0, 2, 1, (CellProblem(
        "Signalen", 4, "C", "B", "Schoonheid", "not in the list", "Bekendheid"),), True, False),
        None),
    lambda: BarrierDialog(BarrierRecord("b", "Wachtlijsten", "beschikbaarheid",
                                        recognised_by=("p",)),
                          [PartnerRecord("p", "CAW", "core", "caw")], None),
    lambda: form_report(FormReport("CAW", "client", "Nulmeting", 2, 0, 1, 1, (CellProblem(
        "Antwoorden", 4, "F", "Vragenlijst 3", "zes", "not an answer", "1, 2"),), False, False),
        None),
    lambda: StatusDialog(ActionRecord("a", "Digipunt", number="1.1"), None),
], ids=["partner", "participant", "session", "decision", "new", "preferences", "signal",
        "import", "barrier", "form import", "follow-up"])
def test_every_dialog(qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    assert problems(dialog) == []
    assert dialog.accessibleName()


def test_the_phase_navigator_speaks_the_state(window, demo_file):
    window.open_path(demo_file)
    index = window.workspace.navigator_model.index(0)
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Phase 1: Introduction and commitment. Done, 7 of 7 done on the checklist."
