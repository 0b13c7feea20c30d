"""A workbook checked and its sheets built in a thread of their own, while the command that
reads it loads its code and opens the trajectory: calamine builds a sheet without holding
Python's lock, so the two overlap (#14: a tenth of a bundle import's whole run)."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType

from .sheet_reader import MAX_CELLS, SheetBook, open_sheets


class ReadAhead:
    """Start reading `path` now; `take` hands the opened book to read_sheets (None when the
    reading ahead failed or the file changed since: then the reading proper does it all again
    and says what is wrong, as it always does). Sheets are built in the workbook's order while
    their cells together stay within MAX_CELLS, each .xlsx sheet's span checked first, as the
    reading proper checks it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._stamp = _stamp(self.path)
        self._book: SheetBook | None = None
        self._thread = threading.Thread(target=self._read, name="read-ahead", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            book = open_sheets(self.path)
        except BaseException:  # said by the reading proper (a panic in Rust too)
            return
        try:
            # When no sheet is too large, none is looked up by name to check it beforehand.
            each_within = book.each_within(MAX_CELLS)
            budget = MAX_CELLS
            for name in book.sheetnames:
                height, width = (0, 0) if each_within else book.span(name)  # (0, 0) but .xlsx
                if height * width > budget:
                    break
                sheet = book.load(name, None if each_within else MAX_CELLS)
                budget -= sheet.height * sheet.width
                book.loaded[name] = sheet
                if budget < 0:
                    break
        except BaseException:  # as above: the reading proper builds it again
            book.close()
            return
        self._book = book

    def take(self, path: Path) -> SheetBook | None:
        """The book read ahead, if it is of `path` as it is now (once; the caller closes it)."""
        self._thread.join()
        book, self._book = self._book, None
        if book is not None and (Path(path) != self.path or _stamp(self.path) != self._stamp):
            book.close()
            return None
        return book

    def close(self) -> None:
        """Wait for the thread and close what was read and not taken."""
        if (book := self.take(self.path)) is not None:
            book.close()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


#: The reading the program's entry began (start.main), until the import takes it or it ends.
_begun: ReadAhead | None = None


def begin(path: Path) -> None:
    """Begin reading `path` for an import that is about to be parsed from the command line."""
    global _begun
    end()
    _begun = ReadAhead(path)


def taken_for(path: Path) -> ReadAhead:
    """The reading of `path` the program's entry began, else one begun now."""
    global _begun
    if _begun is not None and _begun.path == Path(path):
        ahead, _begun = _begun, None
        return ahead
    end()
    return ReadAhead(path)


def end() -> None:
    """Wait for a begun reading nobody took (the command failed before the import) and close
    it: the thread is never left running while the interpreter shuts down."""
    global _begun
    ahead, _begun = _begun, None
    if ahead is not None:
        ahead.close()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size
