"""Personal data in free text: refused as it is stored unless the user confirms it may stay."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

from ..domain.privacy import Finding, screen
from ..domain.text import clean
from .errors import InvalidInput

# The ORM models and the queries on them are imported in the functions that use them: the
# first window needs none of them, and their set-up is a sixth of the start-up (#14).

#: Finding texts the user has just confirmed are not personal data, for the edit being made.
_confirmed: ContextVar[frozenset[str]] = ContextVar("confirmed", default=frozenset())


class PersonalDataFound(InvalidInput):
    """A field holds text the guard flags and nobody confirmed; `findings` says what and where."""

    def __init__(self, field: str, findings: Iterable[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__(field, InvalidInput.PERSONAL_DATA,
                         ", ".join(sorted({f.placeholder for f in self.findings})))


@contextmanager
def confirmed(texts: Iterable[str]) -> Iterator[None]:
    """While inside, the flagged `texts` are accepted and their keep is recorded where stored."""
    token = _confirmed.set(_confirmed.get() | {clean(t) for t in texts})
    try:
        yield
    finally:
        _confirmed.reset(token)


def confirmed_now() -> frozenset[str]:
    return _confirmed.get()


def texts_of(value: str | Iterable[str]) -> tuple[str, ...]:
    """A field's value as the texts to screen: one text, or each point of a list."""
    return (value,) if isinstance(value, str) else tuple(value)


def findings_in(value: str | Iterable[str]) -> list[Finding]:
    """Everything the guard flags in a field's value (one text, or each point of a list)."""
    return [f for text in texts_of(value) for f in screen(text)]


def unresolved(value: str | Iterable[str], kept: Iterable[str],
               findings: list[Finding] | None = None) -> list[Finding]:
    """The findings in `value` (or the `findings` already made of it) that are neither kept
    before nor confirmed now."""
    allowed = set(kept) | confirmed_now()
    return [f for f in (findings_in(value) if findings is None else findings)
            if f.text not in allowed]


def refuse_unconfirmed(field: str, value: str | Iterable[str], kept: Iterable[str] = (),
                       findings: list[Finding] | None = None) -> None:
    """Refuse `value` when it holds a finding that is neither in `kept` nor confirmed now."""
    left = unresolved(value, kept, findings)
    if left:
        raise PersonalDataFound(field, left)


def check(session, record: str, record_id: str, field: str,
          value: str | Iterable[str]) -> None:
    """Refuse `value` (cleaned text, or a list of points) for this field when it holds personal
    data nobody confirmed; record what the user confirmed now. Findings confirmed once for the
    field stay confirmed, so undo and later edits of the same text are not asked again."""
    from ..store.models import PersonalDataKeep
    findings = findings_in(value)  # once: the guard is the costly part of a save
    found = {f.text for f in findings}
    if not found:
        return
    key = (record, record_id, field)
    row = session.get(PersonalDataKeep, key)
    kept = set(row.texts) if row is not None else set()
    refuse_unconfirmed(field, value, kept, findings)
    new = found - kept
    if not new:
        return
    if row is None:
        session.add(PersonalDataKeep(record=record, record_id=record_id, field=field,
                                     texts=sorted(new), confirmed_at=datetime.now(UTC)))
    else:
        row.texts = sorted(kept | new)
        row.confirmed_at = datetime.now(UTC)
