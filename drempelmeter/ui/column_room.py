"""A table's columns sharing its width: one column of words takes what the others leave."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

#: Room above and below a row's lines of text, in pixels.
ROW_MARGIN = 6


class ColumnRoom(QObject):
    """The `main` column (a title, a signal's text) takes the width the other columns leave,
    and at least `least` average characters: the table scrolls sideways below that. The other
    columns are as wide as their header and texts, those in `caps` at most their cap (in
    average characters; a longer text is cut with an ellipsis, the whole text in its tooltip)
    unless `main` has room beyond its texts' width, and a capped column gives up width down to
    its header's, or the characters it `keeps`, while `main` has less than its texts' width up
    to `most` characters (none by default).
    With `lines` above one every row is that many lines of text tall and the texts wrap into
    them (the last line cut with an ellipsis), rather than each row as tall as its texts: a
    list of thousands keeps its rows without measuring them. Shared again as the view is
    resized or its font changes (a zoom); a column the user drags keeps its width."""

    def __init__(self, view: QTableView, main: int, least: int,
                 caps: Mapping[int, int] | None = None, most: int = 0,
                 keeps: Mapping[int, int] | None = None, lines: int = 1) -> None:
        super().__init__(view)
        self.view, self.main, self.lines = view, main, lines
        self._least, self._most = least, most
        self._caps, self._keeps = dict(caps or {}), dict(keeps or {})
        self.wanted: dict[int, int] = {}
        self._given: dict[int, int] = {}  # the pixels the caller measured, in `_given_char`
        self._given_char = 1
        self._sharing = False
        if lines > 1:
            view.setWordWrap(True)
            self._size_rows()
        view.horizontalHeader().sectionResized.connect(self._dragged)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)

    @property
    def char(self) -> int:
        """The view's average character width now (it follows a zoom)."""
        return self.view.fontMetrics().averageCharWidth()

    def fit(self, wanted: Mapping[int, int] | None = None) -> None:
        """Each column as wide as its header and texts: as given in `wanted` (pixels the caller
        measured), else as the view measures them (see QHeaderView.resizeContentsPrecision)."""
        self._given, self._given_char = dict(wanted or {}), self.char
        self._measure(self._given)

    def _measure(self, given: Mapping[int, int]) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.wanted = {column: given.get(column) or max(header.sectionSizeHint(column),
                                                        self.view.sizeHintForColumn(column))
                       for column in range(header.count())}
        self.share()

    def widths(self) -> dict[int, int]:
        """Every shown column's width in the view's width now."""
        header, char = self.view.horizontalHeader(), self.char
        caps = {column: cap * char for column, cap in self._caps.items()}
        widths = {column: min(width, caps.get(column, width))
                  for column, width in self.wanted.items() if column != self.main
                  and column < header.count() and not header.isSectionHidden(column)}
        room = self.view.viewport().width()
        short = min(self.wanted[self.main], self._most * char) - (room - sum(widths.values()))
        spare = {column: max(0, widths[column] - max(header.sectionSizeHint(column),
                                                     self._keeps.get(column, 0) * char))
                 for column in caps if column in widths}
        if short > 0 and sum(spare.values()):
            given = min(short, sum(spare.values()))
            total = sum(spare.values())
            for column, width in spare.items():
                widths[column] -= -(-width * given // total)  # rounded up: none short
        # `main` whole on one line with room to spare (a beamer): the capped columns cut short
        # take it, up to their texts' width
        cut = {column: self.wanted[column] - widths[column] for column in caps
               if column in widths and self.wanted[column] > widths[column]}
        extra = min(room - sum(widths.values()) - self.wanted[self.main], sum(cut.values()))
        for column, width in cut.items() if extra > 0 else ():
            widths[column] += width * extra // sum(cut.values())  # rounded down: none over
        widths[self.main] = max(self._least * char, room - sum(widths.values()))
        return widths

    def share(self) -> None:
        header = self.view.horizontalHeader()
        if self.main >= header.count():
            return
        self._sharing = True
        try:
            for column, width in self.widths().items():
                header.resizeSection(column, width)
        finally:
            self._sharing = False
        if self.view.wordWrap() and self.lines == 1:  # rows as tall as their wrapped texts
            self.view.resizeRowsToContents()

    def _size_rows(self) -> None:
        rows = self.view.verticalHeader()
        rows.setMinimumSectionSize(0)
        rows.setDefaultSectionSize(self.lines * self.view.fontMetrics().lineSpacing()
                                   + ROW_MARGIN)

    def _dragged(self, column: int, _old: int, new: int) -> None:
        if self._sharing or column == self.main or column not in self.wanted:
            return
        self.wanted[column] = new
        self._caps.pop(column, None)
        self.share()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is not self.view and self.wanted:
            self.share()
        elif event.type() == QEvent.Type.FontChange and watched is self.view:
            # a zoom: the texts the caller measured are as much wider as the characters
            if self.lines > 1:
                self._size_rows()
            if self.wanted:
                char, before = self.char, self._given_char
                self._given_char = char
                self._given = {column: -(-width * char // before)
                               for column, width in self._given.items()}
                self._measure(self._given)
        return False


class RowNamesRoom(QObject):
    """The row names of a table of figures (the partners beside their B's) as wide as the room
    its columns leave, down to `least` average characters: a name cut there ends in an
    ellipsis and shows whole as its tooltip. The table scrolls sideways only below that."""

    def __init__(self, view: QTableView, least: int = 16) -> None:
        super().__init__(view)
        self.view, self._least = view, least
        view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        view.horizontalHeader().sectionResized.connect(lambda *_: self.share())
        view.viewport().installEventFilter(self)  # also as its scroll bar comes or goes

    def share(self) -> None:
        """Called again once the table is refilled (its names' tooltips)."""
        view, names, scroll = self.view, self.view.verticalHeader(), self.view.verticalScrollBar()
        room = (view.width() - 2 * view.frameWidth() - view.horizontalHeader().length()
                - (scroll.width() if scroll.isVisible() else 0))
        most = max(self._least * view.fontMetrics().averageCharWidth(), room)
        if names.maximumWidth() != most:
            names.setMaximumWidth(most)
            view.updateGeometries()  # the names' header as wide at once
        model = view.model()
        for row in range(model.rowCount()):
            name = model.headerData(row, Qt.Orientation.Vertical)
            if model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) != name:
                model.setHeaderData(row, Qt.Orientation.Vertical, name,
                                    Qt.ItemDataRole.ToolTipRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False


def _halves(text: str, advance: Callable[[str], int]) -> tuple[str, ...]:
    """`text` on two lines, its words split where the longer line is the shortest (one line
    for a single word)."""
    words = text.split()
    splits = [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words))]
    return min(splits, key=lambda lines: max(map(advance, lines)), default=(text,))


def two_line_chars(view: QTableView, texts: Iterable[str]) -> int:
    """The average characters a column of `view` needs to show each of `texts` whole on two
    lines (its longest word, or its words split where the longer line is the shortest), with
    the cell's room around its text: what a closed list (the levels) keeps, in any language."""
    metrics = view.fontMetrics()
    advance = metrics.horizontalAdvance
    widest = max((max(map(advance, _halves(text, advance))) for text in texts), default=0)
    room = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 1
    return -(-(widest + room) // metrics.averageCharWidth())


def _ending_halves(word: str, words: Sequence[str]) -> tuple[str, ...]:
    """`word` split after a hyphen before the longest ending of three letters or more that at
    least half of `words` (two at least) end in: a closed list of compounds, such as the B's
    ("Bereik-" above "baarheid", "Reach-" above "ability"); whole when it has no such ending
    or fewer than three letters would stand before it."""
    folded = [w.casefold() for w in words]
    enough = max(2, -(-len(words) // 2))
    for start in range(1, len(word) - 2):
        ending = word[start:].casefold()
        if sum(w.endswith(ending) for w in folded) >= enough:
            return (word[:start] + "-", word[start:]) if start >= 3 else (word,)
    return (word,)


def two_line_headers(view: QTableView, headers: Iterable[str],
                     endings: bool = False) -> list[str]:
    """Each header of more than one word on two lines, split as `two_line_chars` splits a
    text: a column of short figures or dates is then no wider than its texts ("Sounding
    board" above "Works"), in any language. With `endings`, a one-word header is split
    before the ending it shares with the others (see _ending_halves): the B's above counts."""
    advance = view.horizontalHeader().fontMetrics().horizontalAdvance
    headers = list(headers)
    single = [header for header in headers if len(header.split()) == 1]
    return ["\n".join(_ending_halves(header, single) if endings and header in single
                      else _halves(header, advance)) for header in headers]
