"""The clustering suggestions, found in a worker thread and kept by what they were found from.

The page reads the unbundled signals' columns (in the GUI thread, as every read) and asks;
the groups come back through a queued signal. One search runs at a time: a request made
meanwhile waits for it, and only the latest waiting request is kept. Results are kept by a
digest of the signals they were found from, so reopening the page, or an edit that leaves the
unbundled signals as they were, finds them at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from ..domain.clustering import SignalText, digest, suggest_groups
from ..services.barriers import SUGGESTION_THRESHOLD

#: How many results are kept (for as many states of the unbundled signals); each holds ids only.
KEPT = 4


class Suggestion(NamedTuple):
    """Signals that probably belong together, and the text of the first, to show."""

    signal_ids: tuple[str, ...]
    example: str


#: digest of the signals → their suggestions, most recently found last
_found: dict[str, list[Suggestion]] = {}


def _keep(key: str, suggestions: list[Suggestion]) -> None:
    _found.pop(key, None)
    _found[key] = suggestions
    while len(_found) > KEPT:
        del _found[next(iter(_found))]


def find(signals: Sequence[SignalText], threshold: float) -> list[Suggestion]:
    """The suggestions for these signals (the work a search does, in whatever thread)."""
    texts = {s.id: s.text for s in signals}
    return [Suggestion(ids, texts[ids[0]]) for ids in suggest_groups(signals, threshold)]


class _Delivery(QObject):
    """Carries a search's result from its thread to the finder's (a queued connection)."""

    done = Signal(str, object)


class _Search(QRunnable):
    def __init__(self, key: str, signals: Sequence[SignalText], delivery: _Delivery) -> None:
        super().__init__()
        self.key = key
        self.signals = signals
        self.delivery = delivery

    def run(self) -> None:
        self.delivery.done.emit(self.key, find(self.signals, SUGGESTION_THRESHOLD))


class SuggestionFinder(QObject):
    """Finds the suggestions for the latest signals asked about; `found` says they are in."""

    found = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key: str | None = None
        self._suggestions: list[Suggestion] | None = None
        self._waiting: tuple[str, Sequence[SignalText]] | None = None
        self._running = False
        self._delivery = _Delivery()  # no parent: it outlives the finder while a search runs
        self._delivery.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def request(self, signals: Sequence[SignalText]) -> bool:
        """Ask for the suggestions for these signals; True when they are known at once (found
        before, or nothing to group), else they come with `found`."""
        key = digest(signals, SUGGESTION_THRESHOLD)
        if key == self._key and self._suggestions is not None:
            return True
        self._key = key
        known = _found.get(key, [] if len(signals) < 2 else None)
        self._suggestions = known
        if known is not None:
            self._waiting = None
            return True
        self._waiting = (key, signals)
        if not self._running:
            self._start()
        return False

    def suggestions(self) -> list[Suggestion] | None:
        """The suggestions for the signals last asked about; None while they are looked for."""
        return self._suggestions

    def searching(self) -> bool:
        return self._running

    def _start(self) -> None:
        assert self._waiting is not None
        key, signals = self._waiting
        self._waiting = None
        self._running = True
        QThreadPool.globalInstance().start(_Search(key, signals, self._delivery))

    def _on_done(self, key: str, suggestions: list[Suggestion]) -> None:
        self._running = False
        _keep(key, suggestions)
        if self._waiting is not None and self._waiting[0] != key:
            self._start()
        else:
            self._waiting = None
        if key == self._key:  # else the signals changed while it searched: a stale result
            self._suggestions = suggestions
            self.found.emit()
