"""Undoable edits of the region's own questionnaire themes: add, edit, retire and restore."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..domain.region_themes import RegionTheme
from ..services import questionnaire_themes
from .document import EditCommand, TrajectoryDocument
from .i18n import fill, tr

#: The area a theme edit changes; the measurement page listens too (wordings, theme names).
QUESTIONNAIRE_THEMES_AREA = "questionnaire_themes"
AREAS = (QUESTIONNAIRE_THEMES_AREA,)


def add_theme(doc: TrajectoryDocument, name: str, explanation: str, items: Sequence[str],
              wordings: Sequence[Mapping[str, str]] = ()) -> EditCommand:
    """Add a theme; redo puts back the very theme (its key and item ids) that undo took away."""
    added: list[RegionTheme] = []

    def do() -> None:
        if added:
            questionnaire_themes.put_back(doc.db, added[0].key, added[0])
        else:
            key = questionnaire_themes.add_theme(doc.db, name, explanation, items, wordings)
            added.append(questionnaire_themes.stored(doc.db, key))

    return EditCommand(doc, fill(tr("Add the theme “%1”"), name), do,
                       lambda: questionnaire_themes.put_back(doc.db, added[0].key, None), AREAS)


def edit_theme(doc: TrajectoryDocument, key: str, old: str, name: str, explanation: str,
               items: Sequence[str], wordings: Sequence[Mapping[str, str]] = ()) -> EditCommand:
    before: list[RegionTheme] = []

    def do() -> None:
        before[:] = [questionnaire_themes.edit_theme(doc.db, key, name, explanation, items,
                                                     wordings)]

    return EditCommand(doc, fill(tr("Edit the theme “%1”"), old), do,
                       lambda: questionnaire_themes.put_back(doc.db, key, before[0]), AREAS)


def retire_theme(doc: TrajectoryDocument, key: str, name: str, retired: bool) -> EditCommand:
    before: list[RegionTheme] = []

    def do() -> None:
        before[:] = [questionnaire_themes.retire_theme(doc.db, key, retired)]

    text = tr("Retire the theme “%1”") if retired else tr("Restore the theme “%1”")
    return EditCommand(doc, fill(text, name), do,
                       lambda: questionnaire_themes.put_back(doc.db, key, before[0]), AREAS)
