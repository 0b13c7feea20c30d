"""Undoable edits of the region's vocabularies: add, rename, retire and restore a term."""

from __future__ import annotations

from ..domain.vocabularies import Change
from ..services import vocabularies
from .document import EditCommand, TrajectoryDocument
from .i18n import fill, tr

#: The area a vocabulary edit changes; the pages that show labels of the lists listen too.
VOCABULARIES = "vocabularies"
AREAS = (VOCABULARIES, "partners", "participants", "signals", "trajectory", "phases",
         "decisions", "plan")


def add_term(doc: TrajectoryDocument, vocabulary: str, nl: str, en: str) -> EditCommand:
    """Add a term; redo puts back the very term (its key) that undo took away."""
    added: list[tuple[str, Change | None]] = []

    def do() -> None:
        if added:
            vocabularies.put_back(doc.db, vocabulary, *added[0])
        else:
            key = vocabularies.add_term(doc.db, vocabulary, nl, en)
            added.append((key, vocabularies.stored(doc.db, vocabulary, key)))

    return EditCommand(doc, fill(tr("Add “%1”"), nl), do,
                       lambda: vocabularies.put_back(doc.db, vocabulary, added[0][0], None), AREAS)


def rename_term(doc: TrajectoryDocument, vocabulary: str, key: str, old: str, nl: str,
                en: str) -> EditCommand:
    before: list[Change | None] = []

    def do() -> None:
        before[:] = [vocabularies.rename_term(doc.db, vocabulary, key, nl, en)]

    return EditCommand(doc, fill(tr("Rename “%1” to “%2”"), old, nl), do,
                       lambda: vocabularies.put_back(doc.db, vocabulary, key, before[0]), AREAS)


def retire_term(doc: TrajectoryDocument, vocabulary: str, key: str, label: str,
                retired: bool) -> EditCommand:
    before: list[Change | None] = []

    def do() -> None:
        before[:] = [vocabularies.retire_term(doc.db, vocabulary, key, retired)]

    text = tr("Retire “%1”") if retired else tr("Restore “%1”")
    return EditCommand(doc, fill(text, label), do,
                       lambda: vocabularies.put_back(doc.db, vocabulary, key, before[0]), AREAS)
