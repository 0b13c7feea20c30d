"""What an export writes, with personal data nobody confirmed replaced by neutral words."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from ..domain.privacy import redact, screen
from ..store import report_rows
from ..store.database import TrajectoryDatabase

T = TypeVar("T")
SHOWN = 60
#: A record's id: never text a person wrote, and it must reach the workbook unchanged.
RECORD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def _is_id(name: str) -> bool:
    return name == "id" or name.endswith(("_id", "_ids"))


@dataclass(frozen=True)
class MaskedText:
    """One text an export wrote with its findings replaced: what kinds, and the text as written."""

    kinds: tuple[str, ...]
    written: str

    def describe(self) -> str:
        text = self.written if len(self.written) <= SHOWN else self.written[:SHOWN] + "…"
        return f"{', '.join(self.kinds)}: “{text}”"


@dataclass(frozen=True)
class Exported:
    """What an export wrote: how many records, and the texts it masked (as `describe` says)."""

    count: int
    masked: tuple[str, ...] = ()


class ExportScreen:
    """Masks findings in every string of what an export is about to write; remembers what."""

    def __init__(self, kept: set[str]) -> None:
        self._kept = kept
        self._done: dict[str, str] = {}
        self.masked: list[MaskedText] = []

    def text(self, value: str) -> str:
        if RECORD_ID.fullmatch(value):
            return value
        if value not in self._done:
            findings = [f for f in screen(value) if f.text not in self._kept]
            written = redact(value, findings) if findings else value
            if findings:
                self.masked.append(MaskedText(
                    tuple(sorted({f.placeholder for f in findings})), written))
            self._done[value] = written
        return self._done[value]

    def joined(self, parts: Iterable[str], separator: str = ", ") -> str:
        """The parts screened one by one and joined; the whole counts as screened (a list of
        partner names screens each name once, not every combination of names)."""
        text = separator.join(map(self.text, parts))
        self._done[text] = text
        return text

    def walk(self, value: T) -> T:
        """`value` with every string in it (through dataclasses, lists, tuples and dict values)
        screened; other values as they are."""
        if isinstance(value, str):
            return self.text(value)  # type: ignore[return-value]
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(value, **{
                f.name: self.walk(getattr(value, f.name))
                for f in dataclasses.fields(value) if f.init and not _is_id(f.name)})
        if isinstance(value, tuple) and hasattr(value, "_fields"):
            return type(value)(*(self.walk(v) for v in value))
        if isinstance(value, list | tuple):
            return type(value)(self.walk(v) for v in value)
        if isinstance(value, dict):
            return {k: v if isinstance(k, str) and _is_id(k) else self.walk(v)  # type: ignore[return-value]
                    for k, v in value.items()}
        return value


def export_screen(db: TrajectoryDatabase) -> ExportScreen:
    """A screen that lets through only what the user confirmed somewhere in this file."""
    with db.session() as session:
        return ExportScreen(report_rows.confirmed_texts(session))
