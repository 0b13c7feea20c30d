"""What the phase-4 views share: the session's prioritisation round of their method, edits, keys."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QColor,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.ids import new_id
from ...domain.prioritisation import METHODS
from ...services import barriers, partners, prioritisation, room, vocabularies, workshops
from ...services.prioritisation import EntryResult, RoundResult
from .. import barrier_edits
from ..chart_view import read_only_table
from ..document import TrajectoryDocument
from ..formats import format_date
from ..i18n import fill, language, tr
from ..read_when_shown import ReadWhenShown
from .keyed import KeyedActivity
from .room_host import RoomJoin
from .style import ACCENT, CURRENT, MUTED, TEXT, set_role

#: Barriers with this status are not put to the room again.
SET_ASIDE = "set_aside"


def session_round(rounds: list[RoundResult], method: str, held_on: date | None
                  ) -> RoundResult | None:
    """The round a view of `method` shows: the open one that takes the votes
    (`prioritisation.open_round`, as the room's); else the closed one held last on the
    session's day (shown read-only); else none."""
    opened = prioritisation.open_round(rounds, method)
    if opened is not None:
        return opened
    that_day = [r for r in rounds if r.method == method and r.held_on == held_on]
    return max(that_day, key=lambda r: (r.closed_on or r.held_on, r.id), default=None)


class Shortened(NamedTuple):
    """A text and a shorter one with the same meaning (a name as `short_name` gives it, a
    count without its word): shown instead where the full one does not fit on a line, the
    full one kept as its tooltip and for a screen reader."""

    full: str
    short: str


def short_name(name: str) -> str:
    """"Joke Vanderwaeren" as "Joke V.": the first name and the initials of the others."""
    first, *others = name.split()
    return " ".join([first, *(f"{word[0]}." for word in others)]) if others else name


Index = QModelIndex | QPersistentModelIndex
#: A beamer table's cell: its text (shortened where needed), and maybe dots (drawn filled,
#: drawn open) beside it.
Cell = str | Shortened | tuple[str | Shortened, tuple[int, int]]
#: where a cell keeps its dots
DOTS_ROLE = Qt.ItemDataRole.UserRole + 1
#: where a cell says it is on the selected row
SELECTED_ROLE = Qt.ItemDataRole.UserRole + 2
#: where a cell or heading keeps its shortened text (the full one: AccessibleTextRole)
SHORT_ROLE = Qt.ItemDataRole.UserRole + 3
#: The least share of a beamer table's width its title column keeps, whatever the zoom.
TITLE_SHARE = 0.5


class BeamerDelegate(QStyledItemDelegate):
    """Draws a beamer table's cells: the selected row bold on the current colour with a bar in
    the accent colour before it (seen from the back of the room), a cell's dots as dots (as
    many as fit) before its number. Sizes follow the table's font, so the zoom too."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        selected = bool(index.data(SELECTED_ROLE))
        dots = index.data(DOTS_ROLE)
        text, item.text = item.text, ""
        painter.save()
        if selected:
            painter.fillRect(item.rect, QColor(CURRENT))
            if index.column() == 0:
                painter.fillRect(QRectF(item.rect.left(), item.rect.top(),
                                        max(4, item.fontMetrics.height() // 5),
                                        item.rect.height()), QColor(ACCENT))
            item.font.setBold(True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(item.font)
        pad = metrics.height() * 0.3
        x = item.rect.left() + pad
        if dots:
            filled, hollow = dots
            size = metrics.height() * 0.6
            gap = size * 0.35
            room = item.rect.right() - x - metrics.horizontalAdvance(f" {text} ") + gap
            for n in range(min(filled + hollow, max(0, int(room // (size + gap))))):
                if n < filled:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(ACCENT))
                else:
                    painter.setPen(QPen(QColor(MUTED), max(1.0, size / 8)))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QRectF(x, item.rect.center().y() - size / 2, size, size))
                x += size + gap
        painter.setPen(QColor(TEXT))
        painter.setFont(item.font)
        painter.drawText(QRectF(x, item.rect.top(), item.rect.right() - x - pad,
                                item.rect.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                             | Qt.TextFlag.TextWordWrap), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        selected = bool(index.data(SELECTED_ROLE))
        item.font.setBold(True)  # as wide as the selected row's bold type: no jumps
        metrics = QFontMetrics(item.font)
        pad = metrics.height() * 0.3
        dots = index.data(DOTS_ROLE)
        drawn = min(sum(dots), 12) * metrics.height() * 0.6 * 1.35 if dots else 0
        width = metrics.horizontalAdvance(f" {item.text} ") + 3 * pad + drawn
        item.font.setBold(selected)
        metrics = QFontMetrics(item.font)
        height = metrics.height()
        if 0 < item.rect.width() < width:  # a row as high as its text wrapped in the column
            room = item.rect.right() - item.rect.left() - 2 * pad - drawn  # as paint() has it
            height = metrics.boundingRect(
                0, 0, max(1, int(room)), 10_000, int(Qt.TextFlag.TextWordWrap),
                item.text).height()
        return QSize(round(width), round(height + metrics.height() * 0.4))

    @staticmethod
    def width_for(table: QTableWidget, text: str, *, wrapped: bool) -> int:
        """The least width of a cell of `table` that paint() draws `text` in whole, in bold
        (the selected row's), on one line or (`wrapped`) a line for each word; its dots left
        out (paint() draws as many as fit)."""
        font = table.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        lines = text.split() if wrapped else [text]
        return math.ceil(max(map(metrics.horizontalAdvance, lines), default=0)
                         + 2 * metrics.height() * 0.3 + 1)


def beamer_table(name: str, title: str, stretch: int) -> QTableWidget:
    """A table for the beamer: read by the room, driven by the view's keys (it takes no focus),
    column `stretch` (the barrier's title) taking the width left."""
    table = read_only_table(name, title)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setWordWrap(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.setItemDelegate(BeamerDelegate(table))
    table.setProperty("stretch", stretch)
    table.horizontalHeader().setMinimumSectionSize(1)  # fit_columns says how narrow
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # "Stip…"
    ColumnFit(table)
    return table


def two_lines(text: str, metrics: QFontMetrics) -> str:
    """`text` broken at the space that leaves its longer line shortest (none: as it is)."""
    words = text.split(" ")
    splits = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
    if not splits:
        return text
    return "\n".join(min(splits, key=lambda lines: max(map(metrics.horizontalAdvance, lines))))


def full_text(item: QTableWidgetItem) -> str:
    """A beamer table's cell or heading as `named_item` made it, shortened or not."""
    return str(item.data(Qt.ItemDataRole.AccessibleTextRole))


def show_headings(table: QTableWidget, wrapped: bool, short: bool) -> None:
    """The headings on one line each, or (`wrapped`) on two where they have a space, and
    shortened (`short`) where they can be."""
    header = table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    for c in range(table.columnCount()):
        item = table.horizontalHeaderItem(c)
        if item is None:
            continue
        full = full_text(item)
        text = (item.data(SHORT_ROLE) or full) if short else full
        item.setText(two_lines(text, metrics) if wrapped else text)
    # Qt cuts a heading of two lines short as if it were one: only one line is ever cut
    header.setTextElideMode(Qt.TextElideMode.ElideNone if wrapped
                            else Qt.TextElideMode.ElideRight)


def fit_columns(table: QTableWidget) -> None:
    """Column `stretch` (the barrier's title) keeps at least TITLE_SHARE of the width, and
    its heading whole. The other columns (numbers, a name in the heading) take the width
    they want if it is there; else their headings go on two lines, then with the name
    short, the cells as narrow as their longest word (the dots as many as fit); only when
    even that is too wide do they give up width, their headings cut short on one line,
    rather than the titles squeezed to a few letters at a large zoom. Then the rows as high
    as their text wraps in those widths; where that cuts a word or takes the table out of
    view, the cells with a shortened text (a name) that does not fit on a line show it."""
    header = table.horizontalHeader()
    stretch = table.property("stretch")
    others = [c for c in range(table.columnCount()) if c != stretch]
    width = table.viewport().width()
    delegate = table.itemDelegate()
    assert isinstance(delegate, BeamerDelegate)
    cells = [[table.item(r, c) for r in range(table.rowCount())]
             for c in range(table.columnCount())]
    shortened = [item for column in cells for item in column
                 if item and item.data(SHORT_ROLE)]

    def room() -> float:
        kept = max([header.sectionSizeHint(stretch), *(
            delegate.width_for(table, item.data(SHORT_ROLE), wrapped=False)
            for item in shortened if item.column() == stretch)]) \
            if 0 <= stretch < table.columnCount() else 0
        return min(width * (1 - TITLE_SHARE), width - kept)

    def least(c: int) -> int:
        return max([header.sectionSizeHint(c), *(
            delegate.width_for(table, item.data(SHORT_ROLE) or item.text(), wrapped=True)
            for item in cells[c] if item is not None)])

    for item in shortened:
        item.setText(full_text(item))
    show_headings(table, False, False)
    wanted = {c: max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in others}
    sizes = {c: float(w) for c, w in wanted.items()}
    if sum(wanted.values()) > room():
        for short in (False, True):
            show_headings(table, True, short)
            narrow = {c: least(c) for c in others}
            spare = room() - sum(narrow.values())
            if spare >= 0:
                more = sum(wanted[c] - narrow[c] for c in others if wanted[c] > narrow[c])
                sizes = {c: narrow[c] + max(0, wanted[c] - narrow[c]) * min(1, spare / more)
                         if more else narrow[c] for c in others}
                break
        else:  # the last resort: each gives up width, its heading cut short
            show_headings(table, False, False)
            scale = room() / max(1, sum(wanted.values()))
            sizes = {c: wanted[c] * scale for c in others}
    for c in others:
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(c, int(sizes[c]))
    if 0 <= stretch < table.columnCount():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()
    def fits(item: QTableWidgetItem, wrapped: bool) -> bool:
        return delegate.width_for(table, item.text(), wrapped=wrapped) \
            <= table.columnWidth(item.column())

    if not all(fits(item, True) for item in shortened) \
            or sum(map(table.rowHeight, range(table.rowCount()))) > table.viewport().height():
        for item in shortened:  # the full texts cut, or wrapped out of view
            if not fits(item, False):
                item.setText(item.data(SHORT_ROLE))
        table.resizeRowsToContents()


class ColumnFit(QObject):
    """Fits a beamer table's columns and rows again, once per pass, after what changes them:
    its width (a scroll bar, a resize; the table filled while hidden) or its type (the
    zoom)."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self.again = QTimer(self)
        self.again.setSingleShot(True)
        self.again.timeout.connect(lambda: fit_columns(table))
        table.horizontalHeader().sectionResized.connect(lambda *_: self.again.start())
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.again.start()
        return super().eventFilter(watched, event)


def named_item(text: str | Shortened) -> QTableWidgetItem:
    """A cell or heading with its full text as its accessible text (for a screen reader);
    if it has a shortened one, that is kept aside and the full one is its tooltip too."""
    full, short = text if isinstance(text, Shortened) else (text, "")
    item = QTableWidgetItem(full)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, full)
    if short and short != full:
        item.setData(SHORT_ROLE, short)
        item.setToolTip(full)
    return item


def fill_rows(table: QTableWidget, headers: Sequence[str | Shortened], rows: list[list[Cell]],
              selected: int | None) -> None:
    """The rows of a beamer table, the `selected` one marked (and said to be selected, for a
    screen reader) and scrolled into view."""
    header = table.horizontalHeader()
    for c in range(table.columnCount()):  # sized once, when all is in (not at every cell)
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
    table.setRowCount(len(rows))
    table.setColumnCount(len(headers))
    for c, heading in enumerate(headers):
        table.setHorizontalHeaderItem(c, named_item(heading))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            text, dots = (cell, None) if isinstance(cell, str | Shortened) else cell
            item = named_item(text)
            item.setData(DOTS_ROLE, dots)
            if r == selected:
                item.setData(SELECTED_ROLE, True)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tr("selected"))
            table.setItem(r, c, item)
    fit_columns(table)
    shown = table.item(selected, 0) if selected is not None else None
    if shown is not None:
        table.scrollToItem(shown)


class RoundActivity(ReadWhenShown, KeyedActivity):
    """A presenter view writing into the session's round of `method`."""

    method = ""

    def __init__(self, document: TrajectoryDocument, session_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.session_id = session_id
        self.result: RoundResult | None = None
        #: barrier id → title, of every barrier of the trajectory, oldest first
        self.titles: dict[str, str] = {}
        #: the barrier the coach is on (kept across reloads)
        self.selected: str | None = None
        self._edit_actions: list[QAction] = []
        self.room: RoomJoin | None = None
        self.setObjectName(f"{self.key}View")
        self.setAccessibleName(self.title())
        self.status = QLabel()
        self.status.setObjectName(f"{self.key}Status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("State of the round"))
        set_role(self.status, "muted")
        self.notice = QLabel()
        self.notice.setObjectName(f"{self.key}Notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("What the last key did not do, or waits for"))
        #: in the body's place while there is no round: what to press, in large type
        self.empty = QLabel()
        self.empty.setObjectName(f"{self.key}Empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(tr("State of the round"))
        set_role(self.empty, "title")
        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.start_action = self.add_key(tr("Start a round"), ["R"], self.start_round,
                                         editing=False)

    def frame(self, body: QWidget) -> None:
        """The view's layout (the presenter shows its title above): the state of the round,
        `body` (while there is no round, what to press in its place), and the line that says
        why a key was refused."""
        self.body.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        work = QHBoxLayout()
        work.addWidget(self.body, 2)
        layout.addLayout(work, 1)
        layout.addWidget(self.notice)
        #: the room's phones vote too (J), into the open round beside the typed votes (the
        #: methods the room has a page for)
        self.room = RoomJoin(self, work, None, lambda: room.start(
            self.document.db, self.method, self.session_id)) if self.method in room.KINDS \
            else None

    def leave(self) -> None:
        if self.room is not None:
            self.room.close()

    def add_key(self, text: str, keys: Sequence[str | QKeySequence],  # type: ignore[override]
                handler: Callable[[], None], *, editing: bool = True) -> QAction:
        """An action of this view with its keys (the first is the one the legend shows);
        `editing` actions work only on an open round."""
        action = super().add_key(text, keys, handler)
        if editing:
            self._edit_actions.append(action)
        return action

    @property
    def editable(self) -> bool:
        return (self.result is not None and self.result.closed_on is None
                and not self.document.read_only)

    def reload(self) -> None:
        """Read the round again; a hidden view waits until it shows (the controller reloads
        every view at every edit)."""
        self.read_when_shown()

    def read_file(self) -> None:
        self.load()

    def load(self) -> None:
        self.stale = False
        db = self.document.db
        session = next((s for s in workshops.list_sessions(db) if s.id == self.session_id), None)
        rounds = prioritisation.list_rounds(db)
        before = self.result.id if self.result else None
        self.result = session_round(rounds, self.method, session.held_on if session else None)
        if (self.result.id if self.result else None) != before:
            self.new_round()
        self.titles = {r.id: r.title for r in barriers.barrier_listing(db).records
                       if r.status != SET_ASIDE}
        open_one = prioritisation.open_round(rounds, self.method) is not None
        self.start_action.setEnabled(not self.document.read_only and not open_one
                                     and bool(self.titles))
        for action in self._edit_actions:
            action.setEnabled(self.editable)
        if self.room is not None:  # J closes the room, even of a round closed meanwhile
            self.room.action.setEnabled(self.editable or self.room.running)
        ids = self.entry_ids()
        if self.selected not in ids:
            self.selected = ids[0] if ids else None
        state = self._state_text()
        self.status.setText(state)
        # Empty frames before a round say nothing: the state, large, in their place.
        self.status.setVisible(self.result is not None)
        self.empty.setText(state if self.result is None else "")
        self.body.setCurrentIndex(0 if self.result is None else 1)
        self.show_round()

    def new_round(self) -> None:
        """Another round is shown (one was started, or its start undone): from its start."""
        self.selected = None

    def _state_text(self) -> str:
        start = fill(tr("Press R to start a round over the %1 barriers."), len(self.titles)
                     ) if self.start_action.isEnabled() else ""
        if self.result is None:
            if start:
                return fill(tr("No round of “%1” is open."),
                            METHODS.label(self.method, language())) + " " + start
            if self.document.read_only and self.titles:
                return fill(tr("No round of “%1” to show: the file is open read-only."),
                            METHODS.label(self.method, language()))
            return tr("No round to show: there are no barriers yet.")
        held = format_date(self.result.held_on)
        if self.result.closed_on is not None:
            return " ".join(filter(None, (fill(
                tr("Round of %1, closed on %2: shown as it was decided, read-only."),
                held, format_date(self.result.closed_on)), start)))
        if self.document.read_only:
            return fill(tr("Round of %1: the file is open read-only."), held)
        return fill(tr("Round of %1, open."), held) + " " + self.how_text()

    def how_text(self) -> str:
        """How the coach enters this method's inputs (shown while the round is open)."""
        return ""

    def show_round(self) -> None:
        """Show `self.result` (None: no round) with `self.selected` marked."""
        raise NotImplementedError

    def entry_ids(self) -> list[str]:
        """The barrier ids of the round, in its own (fixed) order."""
        return [e.barrier_id for e in self.result.entries] if self.result else []

    def number_of(self, barrier_id: str) -> int:
        """A barrier's number in the round: the same in each view, so the room can name it."""
        return self.entry_ids().index(barrier_id) + 1

    def label_of(self, barrier_id: str) -> str:
        return f"{self.number_of(barrier_id)}. {self.titles.get(barrier_id, barrier_id)}"

    def entry(self, barrier_id: str) -> EntryResult:
        assert self.result is not None
        return next(e for e in self.result.entries if e.barrier_id == barrier_id)

    def step(self, offset: int) -> None:
        """Move the selection `offset` barriers on in the round's order (not past either end)."""
        ids = self.entry_ids()
        if not ids:
            return
        here = ids.index(self.selected) if self.selected in ids else 0
        self.select(ids[max(0, min(len(ids) - 1, here + offset))])

    def select(self, barrier_id: str) -> None:
        self.selected = barrier_id
        self.clear_notice()
        self.show_round()

    def refuse(self, text: str) -> None:
        """Say on the beamer why a key did nothing (and to a screen reader)."""
        self.say(text, "over")

    def say(self, text: str, role: str = "current") -> None:
        """A line under the view about the last key: what it waits for (or, role "over",
        why it did nothing); said to a screen reader too."""
        set_role(self.notice, role)
        self.notice.setText(text)
        if self.notice.isVisible():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.notice, text))

    def clear_notice(self) -> None:
        self.notice.clear()

    def put(self, barrier_id: str, new: dict[str, Any]) -> bool:
        """Write what a barrier is given in the round, as an undoable edit."""
        assert self.result is not None
        old = self.entry(barrier_id).inputs
        if new == old:
            return False
        self.clear_notice()
        return self.document.push(barrier_edits.set_priority_inputs(
            self.document, self.result.id, barrier_id, new, old))

    def start_round(self) -> None:
        """A round of this view's method over the trajectory's barriers, held today, with the
        `participants`."""
        if self.document.push(barrier_edits.start_priority_round(
                self.document, new_id(), self.method, date.today(), self.participants(),
                list(self.titles))):
            self.clear_notice()

    def participants(self) -> list[str]:
        """Who takes part in a round started here: the session's attendees; when none are
        recorded (a session made as the workshop started), the working group."""
        db = self.document.db
        session = next((s for s in workshops.list_sessions(db) if s.id == self.session_id), None)
        attendees = set(session.attendee_ids) if session else set()
        people = partners.list_participants(db)
        return [p.name for p in people if p.id in attendees] if attendees else [
            p.name for p in people
            if not vocabularies.effective(db).working_groups.isdisjoint(p.groups)]

