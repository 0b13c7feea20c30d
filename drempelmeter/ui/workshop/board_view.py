"""The impact/effort 2×2 board on the beamer: cards placed by keys or mouse, a table one key away."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QStackedWidget, QWidget

from ...domain.prioritisation import HIGH, QUADRANTS, quadrant
from ..document import TrajectoryDocument
from ..i18n import fill, language, tr
from .round_activity import Cell, RoundActivity, beamer_table, fill_rows
from .style import ACCENT, BACKGROUND, BAR, BLACK, CURRENT, MUTED, PANEL, TEXT

#: The scale of impact and effort.
LOW, TOP = 1, 5
#: The height of a quadrant's name, and the room under its meaning, in lines of the board's type.
NAME_LINE = 1.05
BAND_PAD = 0.2
#: The size of a quadrant's meaning, in lines of the board's type.
HINT_SIZE = 0.55
#: What each quadrant means, beside its name (the names are the domain's, as in the report).
QUADRANT_HINTS = {
    "quick_win": lambda: tr("high impact, little effort"),
    "big_project": lambda: tr("high impact, much effort"),
    "fill_in": lambda: tr("low impact, little effort"),
    "time_sink": lambda: tr("low impact, much effort"),
}
#: A quadrant's meaning: right under its name, broken between words where the cell is narrow.
HINT_FLAGS = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def card_lines(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """`text` broken between words into at most `most` lines of `width`; what does not fit
    is cut off with an ellipsis."""
    def fits(line: str) -> bool:  # as the ellipsis judges it (not a rounded advance)
        return metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) == line

    words = text.split()
    lines: list[str] = []
    line = ""
    for n, word in enumerate(words):
        longer = f"{line} {word}".strip()
        if not line or fits(longer):
            line = longer
            continue
        if len(lines) == most - 1:  # the last line takes the rest
            line = " ".join([line, *words[n:]])
            break
        lines.append(line)
        line = word
    lines.append(line)
    return [metrics.elidedText(x, Qt.TextElideMode.ElideRight, width) for x in lines]


@dataclass(frozen=True)
class Card:
    barrier_id: str
    label: str
    impact: int | None
    effort: int | None

    @property
    def placed(self) -> bool:
        return self.impact is not None and self.effort is not None


class BoardCanvas(QWidget):
    """Draws the board and its cards; a card dragged with the mouse is dropped on a cell (or on
    the tray: off the board). The view does the writing."""

    picked = Signal(str)
    #: barrier id, impact, effort (both None: taken off the board)
    dropped = Signal(str, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("impactEffortBoard")
        self.setAccessibleName(tr("Impact and effort board"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(320, 200)
        self.cards: list[Card] = []
        self.selected: str | None = None
        self.movable = False
        self._drag: tuple[str, QPointF, QPointF] | None = None  # card, grab offset, now

    def show_cards(self, cards: list[Card], selected: str | None, movable: bool) -> None:
        self.cards, self.selected, self.movable = cards, selected, movable
        self.setAccessibleDescription("; ".join(
            fill(tr("%1: impact %2, effort %3"), c.label, c.impact, c.effort) if c.placed
            else fill(tr("%1: not placed"), c.label) for c in cards))
        self.update()

    # ---- geometry --------------------------------------------------------------------------

    def _unit(self) -> float:
        return QFontMetrics(self.font()).height()

    def board_rect(self) -> QRectF:
        """The 5×5 grid: room left and below for the axes' names, on the right for the tray."""
        unit = self._unit()
        tray = self.width() * 0.22
        return QRectF(unit * 2.2, unit * 0.3, self.width() - unit * 2.6 - tray,
                      self.height() - unit * 2.6)

    def tray_rect(self) -> QRectF:
        board = self.board_rect()
        unit = self._unit()
        return QRectF(board.right() + unit * 0.4, board.top(), self.width() - board.right()
                      - unit * 0.4, board.height())

    def cell_rect(self, impact: int, effort: int) -> QRectF:
        board = self.board_rect()
        width, height = board.width() / TOP, board.height() / TOP
        return QRectF(board.left() + (effort - 1) * width, board.top() + (TOP - impact) * height,
                      width, height)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        """(impact, effort) of the cell under `point`, None off the board."""
        board = self.board_rect()
        if not board.contains(point):
            return None
        effort = min(TOP, int((point.x() - board.left()) / (board.width() / TOP)) + 1)
        impact = TOP - min(TOP - 1, int((point.y() - board.top()) / (board.height() / TOP)))
        return impact, effort

    def hint_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, round(self._unit() * HINT_SIZE)))
        return font

    def label_band(self, key: str) -> QRectF:
        """Where a quadrant's name and meaning stand: along its outer corner cell (at the top
        of the board or at the bottom), a band no card covers; as high as the meaning takes
        wrapped in the cell's width (a narrow board, or a longer language)."""
        unit = self._unit()
        impact = TOP if key in ("quick_win", "big_project") else LOW
        effort = HIGH - 1 if key in ("quick_win", "fill_in") else TOP
        cell = self.cell_rect(impact, effort).adjusted(unit * 0.2, unit * 0.1, -unit * 0.2,
                                                       -unit * 0.1)
        hint = QFontMetrics(self.hint_font()).boundingRect(
            QRect(0, 0, max(1, int(cell.width())), 10_000), HINT_FLAGS, QUADRANT_HINTS[key]())
        high = unit * (NAME_LINE + BAND_PAD) + hint.height()
        if impact == TOP:
            return QRectF(cell.left(), cell.top(), cell.width(), high)
        return QRectF(cell.left(), cell.bottom() - high, cell.width(), high)

    def card_rects(self) -> list[tuple[QRectF, Card]]:
        """Where each card is drawn: cards on one cell share it, one under the other; the
        cards not placed stand in the tray."""
        unit = self._unit()
        spots: dict[tuple[int, int], list[Card]] = {}
        waiting = []
        for card in self.cards:
            if card.placed:
                spots.setdefault((card.impact, card.effort), []).append(card)  # type: ignore[arg-type]
            else:
                waiting.append(card)
        bands = [self.label_band(key) for key in QUADRANTS.ordered_keys()]
        rects = []
        for (impact, effort), cards in spots.items():
            cell = self.cell_rect(impact, effort).adjusted(unit * 0.1, unit * 0.1,
                                                           -unit * 0.1, -unit * 0.1)
            for band in bands:  # the cards keep clear of a quadrant's name
                if cell.intersects(band):
                    if impact == TOP:
                        cell.setTop(band.bottom())
                    else:
                        cell.setBottom(band.top())
            high = min(cell.height() / len(cards), unit * 3)
            for n, card in enumerate(cards):
                rects.append((QRectF(cell.left(), cell.top() + n * high, cell.width(),
                                     high - unit * 0.08), card))
        tray = self.tray_rect().adjusted(0, unit * 1.4, 0, 0)
        high = min(tray.height() / max(1, len(waiting)), unit * 2.2)
        for n, card in enumerate(waiting):
            rects.append((QRectF(tray.left(), tray.top() + n * high, tray.width(),
                                 high - unit * 0.1), card))
        return rects

    # ---- drawing ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        self._draw_board(painter)
        for rect, card in self.card_rects():
            if self._drag is None or card.barrier_id != self._drag[0]:
                self._draw_card(painter, rect, card)
        if self._drag is not None:
            found = next(((r, c) for r, c in self.card_rects()
                          if c.barrier_id == self._drag[0]), None)
            if found is not None:
                rect, card = found
                rect.moveTopLeft(self._drag[2] - self._drag[1])
                self._draw_card(painter, rect, card)
        painter.end()

    def _draw_board(self, painter: QPainter) -> None:
        unit = self._unit()
        board = self.board_rect()
        high_impact = self.cell_rect(TOP, 1).top(), self.cell_rect(HIGH, 1).bottom()
        little_effort = self.cell_rect(1, 1).left(), self.cell_rect(1, HIGH - 1).right()
        name_font, hint_font = QFont(self.font()), self.hint_font()
        name_font.setBold(True)
        for key in QUADRANTS.ordered_keys():
            top = key in ("quick_win", "big_project")
            left = key in ("quick_win", "fill_in")
            y0, y1 = high_impact if top else (high_impact[1], board.bottom())
            x0, x1 = little_effort if left else (little_effort[1], board.right())
            painter.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0),
                             QColor(PANEL if top == left else BAR))
            band = self.label_band(key)
            right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            painter.setFont(name_font)
            painter.setPen(QColor(ACCENT))
            painter.drawText(band, right, QUADRANTS.label(key, language()))
            painter.setFont(hint_font)
            painter.setPen(QColor(MUTED))
            painter.drawText(band.adjusted(0, unit * NAME_LINE, 0, 0), HINT_FLAGS,
                             QUADRANT_HINTS[key]())
        painter.setPen(QPen(QColor(MUTED), 1, Qt.PenStyle.DotLine))
        for n in range(1, TOP):
            x = board.left() + n * board.width() / TOP
            y = board.top() + n * board.height() / TOP
            painter.drawLine(QPointF(x, board.top()), QPointF(x, board.bottom()))
            painter.drawLine(QPointF(board.left(), y), QPointF(board.right(), y))
        painter.setPen(QPen(QColor(TEXT), max(2.0, unit / 10)))
        painter.drawLine(QPointF(little_effort[1], board.top()),
                         QPointF(little_effort[1], board.bottom()))
        painter.drawLine(QPointF(board.left(), high_impact[1]),
                         QPointF(board.right(), high_impact[1]))
        painter.setPen(QColor(TEXT))
        painter.setFont(self.font())
        for n in range(LOW, TOP + 1):  # the scale on both axes
            cell = self.cell_rect(n, n)
            painter.drawText(QRectF(board.left() - unit * 1.0, cell.top(), unit * 0.8,
                                    cell.height()), int(Qt.AlignmentFlag.AlignCenter), str(n))
            painter.drawText(QRectF(cell.left(), board.bottom(), cell.width(), unit * 1.1),
                             int(Qt.AlignmentFlag.AlignCenter), str(n))
        painter.drawText(QRectF(board.left(), board.bottom() + unit * 1.1, board.width(),
                                unit * 1.2), int(Qt.AlignmentFlag.AlignCenter),
                         tr("Effort →"))
        painter.save()
        painter.translate(board.left() - unit * 1.2, board.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-board.height() / 2, -unit * 1.1, board.height(), unit * 1.1),
                         int(Qt.AlignmentFlag.AlignCenter), tr("Impact →"))
        painter.restore()
        tray = self.tray_rect()
        painter.drawText(QRectF(tray.left(), tray.top(), tray.width(), unit * 1.3),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         tr("Not yet placed"))

    def _draw_card(self, painter: QPainter, rect: QRectF, card: Card) -> None:
        selected = card.barrier_id == self.selected
        font = QFont(self.font())
        font.setPixelSize(max(8, min(round(self._unit() * 0.75), round(rect.height() * 0.6))))
        font.setBold(selected)
        radius = min(rect.height(), rect.width()) * 0.12
        painter.setPen(QPen(QColor(TEXT if selected else MUTED), 3 if selected else 1))
        painter.setBrush(QColor(ACCENT if selected else CURRENT))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setFont(font)
        painter.setPen(QColor(BLACK if selected else TEXT))
        metrics = QFontMetrics(font)
        pad = metrics.height() * 0.3
        inner = rect.adjusted(pad, 0, -pad, 0)
        most = max(1, int((rect.height() - pad) // metrics.lineSpacing()))
        lines = card_lines(card.label, metrics, round(inner.width()), min(3, most))
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         "\n".join(lines))

    # ---- the mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        hit = next((c for r, c in reversed(self.card_rects()) if r.contains(point)), None)
        if hit is None:
            return
        self.picked.emit(hit.barrier_id)
        if self.movable:
            rect = next(r for r, c in self.card_rects() if c.barrier_id == hit.barrier_id)
            self._drag = (hit.barrier_id, point - rect.topLeft(), point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = (self._drag[0], self._drag[1], event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        barrier_id, _offset, _now = self._drag
        self._drag = None
        point = event.position()
        spot = self.cell_at(point)
        if spot is not None:
            self.dropped.emit(barrier_id, *spot)
        elif self.tray_rect().contains(point):
            self.dropped.emit(barrier_id, None, None)
        self.update()


class BoardView(RoundActivity):
    """The session's impact/effort round as a board: Tab a card, arrows move it, two digits
    place it (impact, then effort), Delete takes it off; V shows the board as a table."""

    key = "board"
    method = "impact_effort"

    def title(self) -> str:
        return tr("Impact and effort")

    def __init__(self, document: TrajectoryDocument, session_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(document, session_id, parent)
        #: the impact typed as the first of two digits, waiting for the effort
        self.typed_impact: int | None = None
        self.canvas = BoardCanvas()
        self.canvas.picked.connect(self.on_picked)
        self.canvas.dropped.connect(self.place)
        self.table = beamer_table("boardTable", tr("Impact and effort per barrier"), 0)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.canvas)
        self.pages.addWidget(self.table)
        self.frame(self.pages)
        self.add_key(tr("Next card"), ["Tab"], lambda: self.step(1))
        self.add_key(tr("Previous card"), ["Shift+Tab"], lambda: self.step(-1))
        self.add_key(tr("More impact"), ["Up"], lambda: self.shift_card(1, 0))
        self.add_key(tr("Less impact"), ["Down"], lambda: self.shift_card(-1, 0))
        self.add_key(tr("More effort"), ["Right"], lambda: self.shift_card(0, 1))
        self.add_key(tr("Less effort"), ["Left"], lambda: self.shift_card(0, -1))
        self.add_key(tr("Impact, then effort (two digits 1–5)"),
                     [str(n) for n in range(LOW, TOP + 1)], self.digit)
        self.add_key(tr("Take the card off the board"), ["Del", "Backspace"], self.take_off)
        self.add_key(tr("Show the table or the board"), ["V"], self.toggle_table,
                     editing=False)  # V as on a chart's slide
        self.load()

    def how_text(self) -> str:
        return tr("Arrows move the card chosen with Tab; or type its impact, then its effort.")

    def cards(self) -> list[Card]:
        return [Card(e.barrier_id, self.label_of(e.barrier_id), e.inputs.get("impact"),
                     e.inputs.get("effort")) for e in self.result.entries] if self.result else []

    def show_round(self) -> None:
        cards = self.cards()
        self.canvas.show_cards(cards, self.selected, self.editable)
        lang = language()
        rows: list[list[Cell]] = []
        for card in cards:
            rank = self.entry(card.barrier_id).rank
            rows.append([card.label, str(card.impact or "—"), str(card.effort or "—"),
                         QUADRANTS.label(quadrant(card.impact, card.effort), lang)  # type: ignore[arg-type]
                         if card.placed else tr("not placed"), str(rank or "—")])
        ids = self.entry_ids()
        fill_rows(self.table, [tr("Barrier"), tr("Impact"), tr("Effort"), tr("Quadrant"),
                               tr("Rank")], rows,
                  ids.index(self.selected) if self.selected in ids else None)

    def select(self, barrier_id: str) -> None:
        self.typed_impact = None
        super().select(barrier_id)

    def on_picked(self, barrier_id: str) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select(barrier_id)

    def toggle_table(self) -> None:
        self.pages.setCurrentIndex(1 - self.pages.currentIndex())

    def shift_card(self, impact: int, effort: int) -> None:
        """The selected card one step; a card not on the board yet starts in the middle."""
        if self.selected is None:
            return
        self.typed_impact = None
        inputs = self.entry(self.selected).inputs
        now = (inputs.get("impact") or HIGH, inputs.get("effort") or HIGH)
        if not (inputs.get("impact") and inputs.get("effort")):
            impact = effort = 0
        spot = (max(LOW, min(TOP, now[0] + impact)), max(LOW, min(TOP, now[1] + effort)))
        if (impact or effort) and spot == now:
            self.refuse(fill(tr("“%1” is at the edge of the board."),
                             self.titles.get(self.selected, "")))
            return
        self.place(self.selected, *spot)

    def digit(self) -> None:
        """The first digit is the impact, the second the effort: then the card is placed."""
        if self.selected is None or not self.pressed.isdigit():
            return
        value = int(self.pressed)
        if self.typed_impact is None:
            self.typed_impact = value
            self.say(fill(tr("Impact %1 for “%2”: now type its effort (1–5)."), value,
                             self.titles.get(self.selected, "")))
            return
        impact, self.typed_impact = self.typed_impact, None
        self.place(self.selected, impact, value)

    def take_off(self) -> None:
        if self.selected is not None:
            self.place(self.selected, None, None)

    def place(self, barrier_id: str, impact: int | None, effort: int | None) -> None:
        """Write where a card stands (None, None: off the board) into the round."""
        if not self.editable or barrier_id not in self.entry_ids():
            return
        self.selected = barrier_id
        inputs = {k: v for k, v in self.entry(barrier_id).inputs.items()
                  if k not in ("impact", "effort")}
        if impact is not None and effort is not None:
            inputs.update(impact=impact, effort=effort)
        if not self.put(barrier_id, inputs):
            self.show_round()
