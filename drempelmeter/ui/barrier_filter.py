"""The search field above the barriers list: every word typed, without case or accents, in a
barrier's title, description, B or partners; and the count of the barriers shown."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ..domain.taxonomy import ALL_BS
from ..domain.terms import normalise
from .barrier_list_model import BarrierLine
from .i18n import fill, language, tr


def search_text(line: BarrierLine, lang: str) -> str:
    """What a barrier is found by, normalised: its title, description, B (as shown, and by
    its Dutch name, the one the nine B's are known by) and partners."""
    record = line.record
    return normalise(" ".join((record.title, record.description, record.primary_b,
                               ALL_BS.label(record.primary_b, lang), line.partners)))


class BarrierFilter(QWidget):
    """The field, and "N of M barriers" beside it; `shown()` are the lines that hold every word
    typed, in the list's order (the priorities').

    The texts are made once per reading of the barriers (`forget` drops them), at the first
    word typed; new weights only put them in the new order. A keystroke is one pass over
    them, over the lines shown when every word typed before is part of a word now (one more
    letter), and the page refills its list once, however many rows go."""

    #: the words typed changed: the page shows `shown()` again
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barrierFilter")
        self.field = QLineEdit()
        self.field.setObjectName("barrierSearch")  # Edit ▸ Find (Ctrl+F) gives it the focus
        self.field.setPlaceholderText(tr("Words in the title, description, B or partners"))
        self.field.setAccessibleName(tr("Search in the barriers"))
        self.field.setClearButtonEnabled(True)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.field, self.field.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)
        caption = QLabel(tr("&Search:"))
        caption.setBuddy(self.field)
        self.count = QLabel()
        self.count.setObjectName("barrierFilterCount")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        self._keys: dict[str, str] | None = None  # barrier id → its text, once per reading
        self._lines: list[BarrierLine] = []  # every barrier, in the list's order
        self._texts: list[str] | None = None  # their texts, in that order
        self._words: list[str] = []
        self._shown_at: Sequence[int] = ()  # the places in `_lines` of those shown, rising
        #: lines looked at so far (at most one per line per keystroke)
        self.rows_examined = 0
        self.field.textChanged.connect(self._typed)

    def forget(self) -> None:
        """The barriers were read again: their texts are made again when next searched."""
        self._keys = None
        self._texts = None

    def set_lines(self, lines: list[BarrierLine]) -> None:
        """Every barrier, in the order of the priorities (read again, or new weights). With no
        barrier the search is not offered (unless words are typed: to be emptied)."""
        self._lines = lines
        self._texts = None
        self._filter(narrower=False)
        self.setHidden(not lines and not self.field.text())

    def shown(self) -> list[BarrierLine]:
        """The lines holding every word typed, in the list's order."""
        lines = self._lines
        if len(self._shown_at) == len(lines):
            return lines
        return list(map(lines.__getitem__, self._shown_at))

    def _typed(self, text: str) -> None:
        words = normalise(text).split()
        narrower = all(any(old in new for new in words) for old in self._words)
        self._words = words
        self._filter(narrower=narrower)
        self.changed.emit()

    def _filter(self, *, narrower: bool) -> None:
        at: Sequence[int] = self._shown_at if narrower else range(len(self._lines))
        if self._words:
            self.rows_examined += len(at)
            texts = self._search_texts()
            for word in self._words:
                at = [p for p in at if word in texts[p]]
        self._shown_at = at
        counted = fill(tr("%1 of %2 barriers"), len(at), len(self._lines))
        self.count.setText(counted)
        self.field.setAccessibleDescription(counted)  # read out with the field

    def _search_texts(self) -> list[str]:
        if self._texts is None:
            if self._keys is None:
                lang = language()
                self._keys = {line.id: search_text(line, lang) for line in self._lines}
            self._texts = list(map(self._keys.__getitem__, map(attrgetter("id"), self._lines)))
        return self._texts
