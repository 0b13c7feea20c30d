"""Checks shared by the use cases: required text, lengths, closed-list values."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Container, Iterable
from pathlib import Path
from types import SimpleNamespace

from ..domain.terms import Vocabulary
from ..domain.text import clean
from ..exchange.errors import WriteError
from .errors import ChangedElsewhere, InvalidInput

NAME_MAX = 200
TEXT_MAX = 500


def clean_text(field: str, value: str, *, required: bool = False, limit: int = NAME_MAX) -> str:
    """`value` cleaned (domain.text.clean); refused when required and empty, or longer than
    `limit`."""
    text = clean(value or "")
    if required and not text:
        raise InvalidInput(field, InvalidInput.REQUIRED, value)
    if len(text) > limit:
        raise InvalidInput(field, InvalidInput.TOO_LONG, value)
    return text


def known_key(field: str, vocabulary: Vocabulary, key: str) -> str:
    if key not in vocabulary:
        raise InvalidInput(field, InvalidInput.UNKNOWN_VALUE, key)
    return key


def known_keys(field: str, vocabulary: Vocabulary, keys: Iterable[str]) -> list[str]:
    """The keys in vocabulary order, without duplicates; an unknown one is refused."""
    wanted = set(keys)
    if not wanted:
        return []
    for key in wanted:
        known_key(field, vocabulary, key)
    return [t.key for t in vocabulary if t.key in wanted]


def existing(session, model, row_id: str):
    """The row of `model` with this id; refused as not found when it is gone."""
    row = session.get(model, row_id)
    if row is None:
        raise InvalidInput("id", InvalidInput.NOT_FOUND, row_id)
    return row


def all_existing(ids: Iterable[str], found: Container[str]) -> None:
    """Refused as not found, naming the first of `ids` that is not among those `found`."""
    missing = next((row_id for row_id in ids if row_id not in found), None)
    if missing is not None:
        raise InvalidInput("id", InvalidInput.NOT_FOUND, missing)


def refuse_own_file(db, out_path: Path) -> None:
    """Refuse to write an export over the trajectory file it is made from: the rename that
    completes the export would put the PDF or workbook where the trajectory was."""
    if Path(out_path).exists() and os.path.samefile(out_path, db.path):
        raise WriteError(Path(out_path), WriteError.OTHER,
                         "that is the trajectory file itself; choose another name")


def refuse_if_changed(db, row, write: Callable, expected: object | None, what: str,
                      clean: Callable) -> None:
    """Optimistic concurrency for a whole-record save: `expected` is the record as the editor
    last saw it. The row is unchanged when it holds what writing `expected` would put there,
    as it was read (a file from an older version may hold text not yet cleaned) or as `clean`
    makes it (what an edit saved: undo expects that). Otherwise someone changed the record
    since, and the save is refused instead of overwriting their change."""
    if expected is None:
        return
    seen = [expected]
    with contextlib.suppress(InvalidInput):  # an old value the rules refuse now
        seen.append(clean(expected))
    for record in seen:
        probe = SimpleNamespace()
        write(probe, record)
        if all(getattr(row, name) == value for name, value in vars(probe).items()):
            return
    raise ChangedElsewhere(db.path, what)
