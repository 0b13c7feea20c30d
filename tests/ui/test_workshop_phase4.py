"""The phase-4 views of the presenter (dots, impact/effort board, MoSCoW) on a copy of the demo,
driven by keys only: what the prioritisation round in the file holds afterwards, undo, the
budget refused, closed rounds read-only, and how they look at beamer sizes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from drempelmeter.services import partners, prioritisation, workshops
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.ui.document import TrajectoryDocument
from drempelmeter.ui.workshop import style
from drempelmeter.ui.workshop.board_view import BoardView
from drempelmeter.ui.workshop.dots_view import DotsView
from drempelmeter.ui.workshop.moscow_view import MoscowView
from drempelmeter.ui.workshop.round_activity import RoundActivity

K = Qt.Key


@pytest.fixture
def document(demo_file):
    db = open_trajectory(demo_file, back_up=False)
    doc = TrajectoryDocument(db)
    yield doc
    doc.close()


def session_of(document: TrajectoryDocument, words: str) -> str:
    """The demo's phase-4 session whose title holds `words`."""
    return next(s.id for s in workshops.list_sessions(document.db, 4) if words in s.title)


def on_beamer(qtbot, view: RoundActivity, size: tuple[int, int] = (1280, 720)) -> QWidget:  # type: ignore[no-untyped-def]
    """The view in a window styled as the presenter, reloaded at every edit as the controller
    does, with the keys on it."""
    host = QWidget()
    host.setObjectName("presenterWindow")
    host.setStyleSheet(style.style_sheet(style.base_px(size[1])))
    QVBoxLayout(host).addWidget(view)
    host.resize(*size)
    view.document.changed.connect(view.reload)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    view.setFocus()
    return host


def press(qtbot, view: RoundActivity, *keys: K) -> None:  # type: ignore[no-untyped-def]
    for key in keys:
        qtbot.keyClick(view, key)


def the_round(document: TrajectoryDocument, method: str) -> prioritisation.RoundResult:
    """The open round of `method` in the file."""
    return next(r for r in prioritisation.list_rounds(document.db)
                if r.method == method and r.closed_on is None)


def inputs_of(document: TrajectoryDocument, method: str) -> list[dict]:
    return [e.inputs for e in the_round(document, method).entries]


def attendees(document: TrajectoryDocument, session_id: str) -> list[str]:
    session = next(s for s in workshops.list_sessions(document.db) if s.id == session_id)
    return sorted(p.name for p in partners.list_participants(document.db)
                  if p.id in session.attendee_ids)


def test_dots_by_keys_with_the_budget_refused_the_objection_and_undo(qtbot, document):
    session_id = session_of(document, "stippenstemming")
    view = DotsView(document, session_id)
    _host = on_beamer(qtbot, view)
    assert "read-only" in view.status.text()  # the demo's own vote of that day, closed
    press(qtbot, view, K.Key_Plus)
    assert not any(r.closed_on is None for r in prioritisation.list_rounds(document.db))

    press(qtbot, view, K.Key_R)
    result = the_round(document, "dots")
    assert result.held_on == date.today()
    assert sorted(result.participants) == attendees(document, session_id)
    assert len(result.entries) == 8 and result.settings["budget"] == 2
    first, second, third = result.participants[:3]

    press(qtbot, view, K.Key_1, K.Key_Plus, K.Key_Plus)
    press(qtbot, view, K.Key_Plus)  # a third dot: over the budget of two
    assert view.notice.text() == f"{first} has no dots left: 2 each."
    press(qtbot, view, K.Key_Down, K.Key_Tab, K.Key_Plus)  # the second participant
    press(qtbot, view, K.Key_Down, K.Key_3, K.Key_Plus, K.Key_Minus)
    press(qtbot, view, K.Key_Minus)
    assert "has no dot on" in view.notice.text()
    press(qtbot, view, K.Key_Up, K.Key_3, K.Key_Plus)
    votes = [e.get("votes", {}) for e in inputs_of(document, "dots")]
    assert votes[:3] == [{first: 2}, {second: 1, third: 1}, {}]
    ranked = {e.barrier_id: e.rank for e in the_round(document, "dots").entries}
    ids = view.entry_ids()
    assert (ranked[ids[0]], ranked[ids[1]]) == (1, 1)  # two dots each: a shared first place
    assert view.board.item(0, 2).text() == "1"  # the rank on the beamer, at once

    press(qtbot, view, K.Key_O)  # the objection round: the rationale typed on the laptop
    field = view.control().findChild(QLineEdit, "objectionText")
    assert field.isEnabled() and view.panel.barrier_id == ids[1]
    qtbot.keyClicks(field, "Treft vooral nieuwkomers")
    qtbot.keyClick(field, K.Key_Return)
    assert inputs_of(document, "dots")[1]["objection"] == "Treft vooral nieuwkomers"
    assert view.board.item(1, 3).text() == "objection"

    document.undo_stack.undo()
    assert "objection" not in inputs_of(document, "dots")[1]
    document.undo_stack.undo()
    assert inputs_of(document, "dots")[1]["votes"] == {second: 1}
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert not any(r.closed_on is None for r in prioritisation.list_rounds(document.db))
    assert "read-only" in view.status.text()


def test_board_by_keys_and_by_mouse_with_undo_and_its_table(qtbot, document):
    view = BoardView(document, session_of(document, "impact"))
    _host = on_beamer(qtbot, view, (1920, 1080))
    assert "read-only" in view.status.text()
    press(qtbot, view, K.Key_Up)
    assert view.notice.text() == ""
    press(qtbot, view, K.Key_R)
    the_round(document, "impact_effort")

    press(qtbot, view, K.Key_Up)  # not on the board yet: to the middle
    press(qtbot, view, K.Key_Up, K.Key_Up, K.Key_Left)
    press(qtbot, view, K.Key_Up)
    assert "edge of the board" in view.notice.text()
    press(qtbot, view, K.Key_Tab, K.Key_2)
    assert "now type its effort" in view.notice.text()
    press(qtbot, view, K.Key_4)
    press(qtbot, view, K.Key_Tab, K.Key_1, K.Key_5, K.Key_Backtab, K.Key_Delete)
    placed = inputs_of(document, "impact_effort")
    assert placed[:3] == [{"impact": 5, "effort": 2}, {}, {"impact": 1, "effort": 5}]
    ranks = {e.barrier_id: e.rank for e in the_round(document, "impact_effort").entries}
    assert ranks[view.entry_ids()[0]] == 1  # a quick win comes first

    document.undo_stack.undo()  # the card taken off is back
    assert inputs_of(document, "impact_effort")[1] == {"impact": 2, "effort": 4}

    canvas = view.canvas  # the fourth card dragged onto impact 4, effort 1
    fourth = view.entry_ids()[3]
    start = next(r for r, c in canvas.card_rects() if c.barrier_id == fourth).center()
    target = canvas.cell_rect(4, 1).center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start.toPoint())
    qtbot.mouseMove(canvas, target.toPoint())
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target.toPoint())
    assert inputs_of(document, "impact_effort")[3] == {"impact": 4, "effort": 1}
    assert view.selected == fourth
    document.undo_stack.undo()
    assert inputs_of(document, "impact_effort")[3] == {}

    press(qtbot, view, K.Key_V)  # the table alternative, with the same keys
    assert view.pages.currentWidget() is view.table
    assert [view.table.item(0, c).text() for c in range(4)] == [
        view.label_of(view.entry_ids()[0]), "5", "2", "Quick win"]
    press(qtbot, view, K.Key_3, K.Key_3)  # on the fourth card, still selected
    assert view.table.item(3, 1).text() == "3"
    press(qtbot, view, K.Key_V)
    assert view.pages.currentWidget() is not view.table


def test_moscow_by_keys_with_undo(qtbot, document):
    view = MoscowView(document, session_of(document, "stippenstemming"))
    _host = on_beamer(qtbot, view)
    assert view.status.text().startswith("No round of “MoSCoW” is open. Press R")
    press(qtbot, view, K.Key_R)
    press(qtbot, view, K.Key_M, K.Key_S, K.Key_C, K.Key_W, K.Key_M)
    press(qtbot, view, K.Key_Up, K.Key_Up, K.Key_Delete)
    chosen = [e.get("moscow") for e in inputs_of(document, "moscow")]
    assert chosen == ["must", "should", "could", None, "must", None, None, None]
    heading, column = view.columns["must"]
    assert heading.text() == "Must have (2)"
    assert column.item(1, 0).text() == view.label_of(view.entry_ids()[4])
    document.undo_stack.undo()
    assert inputs_of(document, "moscow")[3] == {"moscow": "wont"}


@pytest.mark.parametrize("view_class", [DotsView, BoardView, MoscowView])
def test_before_a_round_the_frames_say_what_to_press(qtbot, document, view_class):
    view = view_class(document, session_of(document, "duiden"))  # a day without rounds
    _host = on_beamer(qtbot, view)
    assert view.body.currentWidget() is view.empty and view.empty.isVisible()
    assert "Press R" in view.empty.text() and not view.status.isVisible()
    press(qtbot, view, K.Key_R)
    assert view.body.currentWidget() is not view.empty and view.status.isVisible()
    document.undo_stack.undo()
    assert view.body.currentWidget() is view.empty


def test_a_read_only_file_without_a_round_says_so_not_that_barriers_are_missing(qtbot,
                                                                                 demo_file):
    db = open_trajectory(demo_file, read_only=True)
    document = TrajectoryDocument(db)
    try:
        view = MoscowView(document, session_of(document, "stippenstemming"))
        _host = on_beamer(qtbot, view)
        assert view.empty.text() == "No round of “MoSCoW” to show: the file is open read-only."
    finally:
        document.close()


def test_letters_go_to_a_text_field_not_to_the_view(qtbot, document):
    view = MoscowView(document, session_of(document, "stippenstemming"))
    host = on_beamer(qtbot, view)
    press(qtbot, view, K.Key_R)
    field = QLineEdit()
    host.layout().addWidget(field)
    field.setFocus()
    qtbot.keyClicks(field, "msr+")
    assert field.text() == "msr+"
    assert all(not e for e in inputs_of(document, "moscow"))
    assert len([r for r in prioritisation.list_rounds(document.db) if r.method == "moscow"]) == 1


def test_every_key_has_a_shortcut_and_a_text_and_every_widget_a_name(qapp, document):
    session_id = session_of(document, "stippenstemming")
    for kind in (DotsView, BoardView, MoscowView):
        view = kind(document, session_id)
        assert view.accessibleName() == view.title()
        for action in view.key_actions():
            assert action.text() and action.shortcuts(), action.text()
        panel = view.control()
        widgets = [view, *view.findChildren(QTableWidget), *(
            panel.findChildren(QLineEdit) + panel.findChildren(QPushButton) if panel else [])]
        widgets += [w for w in view.findChildren(QWidget) if w.objectName() == "impactEffortBoard"]
        for widget in widgets:
            if widget.isVisibleTo(view) or widget is view:
                assert widget.accessibleName(), widget.objectName()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_screenshots_at_beamer_sizes(qtbot, document, tmp_path, size):
    """Each view on an open round with some input, grabbed at the beamer's size: every barrier
    of the demo shows without scrolling."""
    session_id = session_of(document, "stippenstemming")
    for kind, keys in ((DotsView, (K.Key_Plus, K.Key_Down, K.Key_Tab, K.Key_Plus)),
                       (BoardView, (K.Key_4, K.Key_2, K.Key_Tab, K.Key_Up, K.Key_Tab)),
                       (MoscowView, (K.Key_M, K.Key_S, K.Key_W))):
        view = kind(document, session_id)
        host = on_beamer(qtbot, view, size)
        if not view.editable:
            press(qtbot, view, K.Key_R)
        press(qtbot, view, *keys)
        image = host.grab()
        assert (image.width(), image.height()) == size
        assert image.save(str(tmp_path / f"{view.key}_{size[0]}.png"))
        for table in view.findChildren(QTableWidget):
            if table.isVisibleTo(view):
                assert table.verticalScrollBar().maximum() == 0, table.objectName()
        host.close()


def test_a_card_breaks_between_words_and_cuts_what_does_not_fit(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from drempelmeter.ui.workshop.board_view import card_lines

    font = QFont()
    font.setPixelSize(20)
    metrics = QFontMetrics(font)
    title = "1. Lange wachttijd voor een eerste gesprek"
    width = metrics.horizontalAdvance("1. Lange wachttijd")
    assert card_lines(title, metrics, width * 3, 3) == [title]
    lines = card_lines(title, metrics, width, 2)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width + 1 for line in lines)
    assert card_lines(title, metrics, width, 1)[0].endswith("…")


def test_the_objection_is_typed_on_the_laptop_with_the_personal_data_warning(qtbot, document,
                                                                              answers):
    from drempelmeter.ui import prompts

    document.confirm_personal_data = lambda exc: prompts.confirm_personal_data(None, exc)
    view = DotsView(document, session_of(document, "stippenstemming"))
    _host = on_beamer(qtbot, view)
    press(qtbot, view, K.Key_R, K.Key_O)
    panel = view.control()
    assert panel.window() is not view.window()  # never on the beamer
    qtbot.keyClicks(panel.field, "Mail jan.peeters@example.be")
    assert panel.hint.isVisibleTo(panel)
    answers.keep = False  # the coach goes back to change it: nothing is recorded
    qtbot.keyClick(panel.field, K.Key_Return)
    assert answers.personal and "objection" not in inputs_of(document, "dots")[0]
    answers.keep = True
    qtbot.keyClick(panel.field, K.Key_Return)
    assert inputs_of(document, "dots")[0]["objection"] == "Mail jan.peeters@example.be"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen; the window raises
def test_in_the_presenter_the_boards_arrows_move_cards_not_views(window, demo_file, qtbot):
    """(A whole session by keys: tests/ui/test_workshop_presenter.py.) Right is the next view
    everywhere but on the board, where it moves the card; PageDown still turns the page."""

    def key(widget, k):  # type: ignore[no-untyped-def]
        """A key as the keyboard gives it: to the active window's focus, its shortcuts too."""
        if QApplication.activeWindow() is not widget.window():
            widget.window().activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
        widget.setFocus()
        qtbot.keyClick(widget, k)

    assert window.open_path(demo_file)
    assert window.start_workshop(4)
    presenter = window.workshop.presenter
    qtbot.waitExposed(presenter)
    presenter.show_view([v.key for v in presenter.views].index("dots"))
    key(presenter.current_view(), K.Key_Right)
    board = presenter.current_view()
    assert isinstance(board, BoardView)
    for k in (K.Key_R, K.Key_Right, K.Key_Right, K.Key_Left, K.Key_Right):
        key(board, k)
    assert presenter.current_view() is board
    assert inputs_of(window.document, "impact_effort")[0] == {"impact": 3, "effort": 4}
    key(board, K.Key_PageDown)
    assert isinstance(presenter.current_view(), MoscowView)


def test_a_session_without_attendees_votes_with_the_working_group(qtbot, document):
    from drempelmeter.services.records import SessionRecord

    workshops.save_session(document.db, SessionRecord("today", 4, date.today(), "Vandaag"))
    view = DotsView(document, "today")
    _host = on_beamer(qtbot, view)
    press(qtbot, view, K.Key_R)
    assert set(the_round(document, "dots").participants) == {
        p.name for p in partners.list_participants(document.db) if "working" in p.groups}


def rows_fit(table: QTableWidget) -> bool:
    """Every row of a beamer table as high as its text wrapped in its column now needs."""
    return all(table.rowHeight(r) == table.sizeHintForRow(r) for r in range(table.rowCount()))


def test_table_rows_follow_their_columns_width(qtbot, document):
    """Rows are sized as the columns are: a table filled while hidden (the board's, behind V)
    or narrowed by its scroll bar (MoSCoW's) has no rows cut off or blown up."""
    board = BoardView(document, session_of(document, "impact"))
    _host = on_beamer(qtbot, board, (1920, 1080))
    press(qtbot, board, K.Key_R, K.Key_V)
    qtbot.waitUntil(lambda: rows_fit(board.table))
    assert board.table.rowHeight(0) < 3 * board.table.fontMetrics().height()

    moscow = MoscowView(document, session_of(document, "impact"))
    _host2 = on_beamer(qtbot, moscow, (1920, 1080))
    press(qtbot, moscow, K.Key_R)
    qtbot.waitUntil(lambda: all(rows_fit(t) for _h, t in moscow.columns.values()))


@pytest.mark.parametrize("field", ["objection", "cluster", "prompts", "summary", "agenda",
                                   "location", "notes", "rationale", "participants"])
def test_the_personal_data_question_names_a_workshop_field_in_words(qapp, field):
    """The question on the laptop says which text it is about in the user's language, not
    the stored field's key ("objection bevat tekst ..." in Dutch)."""
    from drempelmeter.services.personal_data import PersonalDataFound, findings_in
    from drempelmeter.ui.personal_data_dialog import PersonalDataDialog

    dialog = PersonalDataDialog(PersonalDataFound(field, findings_in("jan.peeters@example.be")),
                                None)
    intro = dialog.findChild(QLabel, "personalDataIntro").text()
    assert not intro.startswith(field) and intro.startswith("The ")
    dialog.deleteLater()


def test_a_quadrants_meaning_fits_its_band_on_a_small_beamer(qtbot, document):
    """At 960×540 "high impact, little effort" is wider than a cell: it wraps, and the band
    the cards keep clear of grows with it (it was cut off at the cell's left edge)."""
    from PySide6.QtGui import QFontMetrics

    from drempelmeter.domain.prioritisation import QUADRANTS
    from drempelmeter.ui.workshop.board_view import HINT_FLAGS, NAME_LINE, QUADRANT_HINTS

    board = BoardView(document, session_of(document, "impact"))
    _host = on_beamer(qtbot, board, (960, 540))
    canvas = board.canvas
    metrics = QFontMetrics(canvas.hint_font())
    wrapped = 0
    for key in QUADRANTS.ordered_keys():
        band = canvas.label_band(key)
        room = band.adjusted(0, canvas._unit() * NAME_LINE, 0, 0).toRect()
        drawn = metrics.boundingRect(room, HINT_FLAGS, QUADRANT_HINTS[key]())
        assert band.left() - 1 <= drawn.left() and drawn.right() <= band.right() + 1
        assert drawn.bottom() <= band.bottom() + 1
        wrapped += drawn.height() > metrics.height()
    assert wrapped  # the case this is about: at least one meaning takes two lines



def test_a_row_is_as_high_as_its_text_wraps_where_it_is_painted(qtbot, document):
    """The delegate paints a cell's text a pixel narrower than the column (QRect.right()):
    at a width where that pixel breaks a line more, the row is a line higher (it was a line
    short on the beamer: MoSCoW's selected barrier cut at the top and bottom)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from drempelmeter.ui.workshop.round_activity import SELECTED_ROLE

    moscow = MoscowView(document, session_of(document, "impact"))
    _host = on_beamer(qtbot, moscow, (1280, 720))
    press(qtbot, moscow, K.Key_R)
    _heading, table = moscow.columns[""]
    index = table.model().index(0, 0)
    assert index.data(SELECTED_ROLE)
    text = table.item(0, 0).text()
    font = QFont(table.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    pad = metrics.height() * 0.3

    def lines(room: int) -> int:
        return metrics.boundingRect(0, 0, room, 10_000, int(Qt.TextFlag.TextWordWrap),
                                    text).height() // metrics.lineSpacing()

    width = next(w for w in range(60, 600)  # the column's width where the pixel counts
                 if lines(round(w - 2 * pad)) < lines(int(w - 1 - 2 * pad)))
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = table.font()
    option.rect = QRect(0, 0, width, 20)
    hint = table.itemDelegate().sizeHint(option, index)
    assert hint.height() >= lines(int(width - 1 - 2 * pad)) * metrics.lineSpacing()



def test_at_a_large_zoom_the_barriers_keep_half_the_table(qtbot, document):
    """Zoomed twice on a 1280×720 beamer, the dots' columns (and the heading with a name)
    grew until the barrier's title had a few letters' width: the title keeps half the table,
    the others give up width, and a zoom fits them again."""
    view = DotsView(document, session_of(document, "stippenstemming"))
    host = on_beamer(qtbot, view, (1280, 720))
    press(qtbot, view, K.Key_R)
    host.setStyleSheet(style.style_sheet(style.base_px(720, 2.0)))
    for table in (view.board, view.people):
        qtbot.waitUntil(lambda t=table: t.columnWidth(0) >= t.viewport().width() * 0.49
                        and rows_fit(t))
        assert sum(table.columnWidth(c) for c in range(table.columnCount())) \
            <= table.viewport().width() + 1  # no sideways scrolling


def whole_on_screen(table: QTableWidget) -> bool:
    """Each heading of a beamer table (each of its lines) as wide as its section at most and
    its lines all as high as the header, and each cell's words (in the selected row's bold,
    within the delegate's padding) as wide as the cell at most: nothing cut or elided; the
    rows as high as their text and all in view."""
    from PySide6.QtGui import QFont, QFontMetrics

    header = table.horizontalHeader()
    heading = QFontMetrics(header.font())
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    room = 2 * metrics.height() * 0.3  # paint()'s padding, either side
    for c in range(table.columnCount()):
        lines = table.horizontalHeaderItem(c).text().split("\n")
        if any(heading.horizontalAdvance(line) > header.sectionSize(c) for line in lines) \
                or len(lines) * heading.lineSpacing() > header.height():
            return False
        for r in range(table.rowCount()):
            words = table.item(r, c).text().split()
            if any(metrics.horizontalAdvance(w) > table.columnWidth(c) - room for w in words):
                return False
    return rows_fit(table) and table.verticalScrollBar().maximum() == 0


@pytest.mark.qt_log_ignore("This plugin does not support raise", "propagateSizeHints")
def test_dots_headings_and_names_are_whole_at_720_lines_beside_the_room(window, demo_file,
                                                                      qtbot, monkeypatch):
    """A user test on a 1280×720 beamer with the room's QR code shown: the headings were cut
    to "D…", "R…", "Obje…", "Of Ayse Ko…" and the names to "Korkma", "Meulema". Now the headings
    take two lines and the names their short form (first name and initials) where needed, the
    full text kept as tooltip and for a screen reader; the tables keep clear of the room's
    panel, which keeps its QR code at its size."""
    from PySide6.QtCore import QPoint, QRect, QSize

    from drempelmeter.ui.workshop import room_host
    from drempelmeter.ui.workshop.round_activity import SHORT_ROLE

    monkeypatch.setattr(room_host, "default_host", lambda: "127.0.0.1")
    assert window.open_path(demo_file)
    assert window.start_workshop(4)
    presenter = window.workshop.presenter
    qtbot.waitExposed(presenter)
    presenter.showNormal()  # the offscreen screen is smaller than a beamer
    presenter.resize(QSize(1280, 720))
    presenter.show_view(next(n for n, v in enumerate(presenter.views) if v.key == "dots"))
    view = presenter.current_view()
    assert isinstance(view, DotsView)
    if view.result is None:
        press(qtbot, view, K.Key_R)
    press(qtbot, view, K.Key_Plus, K.Key_Down, K.Key_Tab, K.Key_Plus, K.Key_J)
    assert view.room is not None and view.room.running
    qtbot.waitUntil(lambda: whole_on_screen(view.board) and whole_on_screen(view.people),
                    timeout=2000)
    # each text is the full one, or its short form where that is needed; never cut
    names = attendees(view.document, view.session_id)
    shown = [view.people.item(r, 0) for r in range(view.people.rowCount())]
    for item in shown[:-1]:  # the last: the dots counted in the room
        full = item.data(Qt.ItemDataRole.AccessibleTextRole)
        assert full.split(". ", 1)[-1] in names
        if item.text() != full:
            assert item.text() == item.data(SHORT_ROLE) and item.toolTip() == full
    assert any(item.text() != item.toolTip() for item in shown if item.toolTip())  # this case
    assert "Meulemans" in view.board.horizontalHeaderItem(4).data(
        Qt.ItemDataRole.AccessibleTextRole)

    def on_presenter(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(presenter, QPoint(0, 0)), widget.size())

    panel = on_presenter(view.room.panel)
    assert not panel.intersects(on_presenter(view.board))
    assert not panel.intersects(on_presenter(view.people))
    assert min(view.room.panel.qr.width(), view.room.panel.qr.height()) >= room_host.QR_PX
    window.workshop.stop()
