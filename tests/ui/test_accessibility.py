"""Every interactive control has an accessible name and is reachable with the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
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
from drempelmeter.ui.app import BorderStyle, accessible_palette
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


def luminance(colour: QColor) -> float:
    """WCAG 2.2 relative luminance of an sRGB colour."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_on_known_pairs():
    assert round(contrast(QColor("#ffffff"), QColor("#000000")), 1) == 21.0
    assert round(contrast(QColor("#ffffff"), QColor("#308cc6")), 2) == 3.69  # Fusion's default
    assert round(contrast(QColor("#767676"), QColor("#ffffff")), 2) == 4.54


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def colours(request, qapp):
    """The app's palette and style, light or dark, put back as they were after the test."""
    before = QPalette(qapp.palette())
    qapp.setStyle(BorderStyle(request.param))
    qapp.setPalette(accessible_palette(request.param))
    yield qapp.palette()
    qapp.setStyle("Fusion")
    qapp.setPalette(before)


def test_the_palette_passes_wcag_contrast(colours):
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in ((role.WindowText, role.Window), (role.Text, role.Base),
                                 (role.Text, role.AlternateBase),
                                 (role.ButtonText, role.Button),
                                 (role.HighlightedText, role.Highlight),
                                 (role.PlaceholderText, role.Base), (role.Link, role.Base),
                                 (role.ToolTipText, role.ToolTipBase)):
            ratio = contrast(colours.color(group, text), colours.color(group, background))
            assert ratio >= 4.5, (group, text, background, round(ratio, 2))  # WCAG 1.4.3


@pytest.mark.parametrize("make", [
    lambda: QLineEdit("tekst"), lambda: QPlainTextEdit("tekst"),
    lambda: QComboBox(), lambda: QDateEdit(), lambda: QCheckBox(),
    lambda: QPushButton("OK")], ids=["line", "text", "combo", "date", "check", "button"])
def test_field_borders_and_the_focus_outline_stand_out(qtbot, colours, make):
    """The drawn border, read from the rendered pixels, against the window and the field."""
    around = QWidget()
    qtbot.addWidget(around)
    layout = QHBoxLayout(around)
    widget = make()
    other = QLineEdit()
    layout.addWidget(widget)
    layout.addWidget(other)
    around.show()
    for focused in (False, True):
        (widget if focused else other).setFocus()
        qtbot.wait(10)
        image = widget.grab().toImage()
        y = image.height() // 2
        border = QColor(image.pixel(0, y))
        if isinstance(widget, QCheckBox):  # the box is drawn inside the widget's rect
            x = next(x for x in range(image.width())
                     if contrast(QColor(image.pixel(x, y)), colours.color(QPalette.ColorRole.Window)) > 1.2)
            border = QColor(image.pixel(x, y))
        inside = QColor(image.pixel(image.width() // 2 if not isinstance(widget, QCheckBox)
                                    else x + 4, y))
        window = colours.color(QPalette.ColorRole.Window)
        assert contrast(border, window) >= 3, (focused, border.name(), window.name())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QCheckBox):
            assert contrast(border, inside) >= 3, (focused, border.name(), inside.name())


def tree(interface) -> list:  # type: ignore[no-untyped-def]
    """Every node under an accessibility interface, as a screen reader walks it."""
    nodes = [interface]
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and not child.state().invisible:
            nodes += tree(child)
    return nodes


ROLES_TO_NAME = {QAccessible.Role.PushButton, QAccessible.Role.CheckBox,
                 QAccessible.Role.ComboBox, QAccessible.Role.EditableText,
                 QAccessible.Role.SpinBox, QAccessible.Role.List, QAccessible.Role.Table,
                 QAccessible.Role.Tree, QAccessible.Role.PageTab, QAccessible.Role.Heading}


def tree_problems(window: QWidget) -> list[str]:
    out = []
    for node in tree(QAccessible.queryAccessibleInterface(window)):
        role = node.role()
        if role in ROLES_TO_NAME and not node.text(QAccessible.Text.Name).strip():
            out.append(f"{role.name} {node.object().objectName()!r}: no name")
        view = node.object()
        if role in (QAccessible.Role.Table, QAccessible.Role.Tree) and view.model() is not None:
            model = view.model()  # what Qt's table interface reads the headers from
            for column in range(model.columnCount()):
                header = str(model.headerData(column, Qt.Orientation.Horizontal) or "").strip()
                if not header or header == str(column + 1):  # Qt's default: the number
                    out.append(f"{view.objectName()!r} column {column}: {header!r}")
    return out


def tab_walk(window, start: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab visits from `start` until it comes back; the page must not change."""
    page = window.workspace.pages.currentWidget()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(200):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert window.workspace.pages.currentWidget() is page, f"Tab to {widget.objectName()}"
        if widget is start:
            return seen
        seen.append(widget)
    raise AssertionError("Tab never came back to where it started")


def pages_and_tabs(window):  # type: ignore[no-untyped-def]
    """Every page of the workspace and every tab on it, shown in turn."""
    for number in range(1, 8):
        window.workspace.show_phase(number)
        yield f"phase {number}"
    for section in (SIGNALS, MEASUREMENT, BARRIERS, PLAN, PARTNERS, DETAILS):
        window.workspace.show_section(section)
        page = window.workspace.pages.currentWidget()
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            yield f"section {section} tab {tab}"


def test_the_accessibility_tree_of_every_page_and_tab(window, demo_file):
    window.open_path(demo_file)
    for where in pages_and_tabs(window):
        assert tree_problems(window) == [], where


def test_tab_from_the_navigator_reaches_every_control_without_changing_the_page(window,
                                                                                 demo_file):
    window.open_path(demo_file)
    workspace = window.workspace
    for where in pages_and_tabs(window):
        page = workspace.pages.currentWidget()
        expected = [w for w in controls(page) if w.isEnabled()]
        reached = tab_walk(window, workspace.navigator)
        missing = [w.objectName() for w in expected if w not in reached]
        assert missing == [], where
        assert all(w.accessibleName() or QAccessible.queryAccessibleInterface(w).text(
            QAccessible.Text.Name) for w in reached), where


def test_a_page_chosen_by_shortcut_takes_the_focus(window, demo_file):
    window.open_path(demo_file)
    window.findChild(QAction, "actionPlan").trigger()
    assert window.workspace.plan_page.isAncestorOf(QApplication.focusWidget())
    window.findChild(QAction, "actionPhase2").trigger()
    assert QApplication.focusWidget() is window.workspace.phase_page.state


def test_page_headings_and_checklist_notes_reach_a_screen_reader(window, demo_file):
    window.open_path(demo_file)
    page = window.workspace.phase_page
    title = QAccessible.queryAccessibleInterface(page.title)
    assert title.role() == QAccessible.Role.Heading
    assert title.text(QAccessible.Text.Name) == page.title.text()
    entry = page.checklist_model.entry(0)
    page.on_toggle(entry, entry.done)  # no change; the note goes through the same edit
    from drempelmeter.ui import edits
    window.workspace.document.push(edits.note_checklist(window.workspace.document, entry,
                                                        "Besproken op de stuurgroep"))
    spoken = page.checklist_model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.endswith("Note: Besproken op de stuurgroep")


def test_the_personal_data_warning_is_said_and_the_new_signal_starts_in_its_text(qtbot):
    dialog = SignalDialog(SignalRecord("s", "p", "", "bekendheid"),
                          [PartnerRecord("p", "CAW", "core", "caw")], CORE_BS.terms, None,
                          new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.description
    assert dialog.description.accessibleDescription() == ""
    dialog.description.setPlainText("Mail naar jan.peeters@example.be")
    assert "personal data" in dialog.description.accessibleDescription()
    assert QAccessible.queryAccessibleInterface(dialog.warning).text(
        QAccessible.Text.Name) == dialog.warning.text()
    dialog.description.setPlainText("Wachtlijsten zijn lang")
    assert dialog.description.accessibleDescription() == ""


def test_a_date_field_takes_one_tab(qtbot):
    dialog = DecisionDialog(DecisionRecord("d", date(2026, 1, 5), "steering", ""), None, new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    date_field = dialog.findChild(QDateEdit, "decisionDate")
    date_field.setFocus()
    QTest.keyClick(date_field, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.findChild(QComboBox, "decisionBy")
