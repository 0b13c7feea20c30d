"""A region's own questionnaire themes: read, add, edit, retire and restore one (each returns
what undoes it), and the questionnaire a round asks with them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from ..domain.questionnaire import Questionnaire
from ..domain.region_themes import (
    MAX_ITEMS,
    RegionTheme,
    keep_keys,
    measured_terms,
    taken_keys,
    theme_terms,
    with_themes,
)
from ..domain.terms import Vocabulary
from ..domain.vocabularies import LABEL_MAX, label_clash, new_key
from ..store.database import TrajectoryDatabase
from . import personal_data
from .errors import InvalidInput
from .questionnaires import available
from .validation import clean_text

# The store's rows are imported in the functions that use them: the first window needs no ORM
# model (#14).

THEME = "questionnaire_theme"
ITEM = "questionnaire_theme_item"
#: The longest explanation and question a theme may hold (their columns' size).
TEXT_MAX = 500


def themes(db: TrajectoryDatabase) -> list[RegionTheme]:
    """Every theme the region added, retired ones too, in its order."""
    from ..store import theme_rows
    with db.session() as session:
        return theme_rows.themes(session)


def terms(db: TrajectoryDatabase) -> Vocabulary:
    """The themes a round of this trajectory may have measured, with their names: the fixed
    ones and the region's."""
    return theme_terms(themes(db))


def measured(db: TrajectoryDatabase) -> Vocabulary:
    """The B's and every theme, with their names: what a round's item may measure."""
    return measured_terms(themes(db))


def for_new_round(db: TrajectoryDatabase, questionnaire: Questionnaire) -> Questionnaire:
    """`questionnaire` with the region's themes in use after its own sections."""
    return with_themes(questionnaire, [t for t in themes(db) if not t.retired])


def for_round(db: TrajectoryDatabase, questionnaire: Questionnaire,
              asked: Collection[str]) -> Questionnaire:
    """`questionnaire` with the region's themes as far as a round asked them (item ids
    `asked`), retired ones too: the paper form and the wordings of that round."""
    return with_themes(questionnaire, themes(db), asked)


def add_theme(db: TrajectoryDatabase, name: str, explanation: str,
              items: Sequence[str]) -> str:
    """Add a theme; returns its new key (made from its name). Undo with `put_back(db, key,
    None)`."""
    from ..store import theme_rows
    name, explanation, texts = _checked(name, explanation, items)
    with db.session() as session:
        have = theme_rows.themes(session)
        _refuse_clash(have, name, "")
        key = new_key(name, taken_keys(have))
        position = max((t.position for t in have), default=0) + 1
        _save(session, RegionTheme(key, name, explanation,
                                   keep_keys(key, (), texts, _used(session, have)), False,
                                   position))
    return key


def edit_theme(db: TrajectoryDatabase, key: str, name: str, explanation: str,
               items: Sequence[str]) -> RegionTheme:
    """Give a theme a new name, explanation and items; an item whose text stays keeps its id,
    so answers already given keep their question. Returns the theme before, for undo."""
    from ..store import theme_rows
    name, explanation, texts = _checked(name, explanation, items)
    with db.session() as session:
        have = theme_rows.themes(session)
        before = _find(have, key)
        _refuse_clash(have, name, key)
        _save(session, replace(before, name=name, explanation=explanation,
                               items=keep_keys(key, before.items, texts, _used(session, have))))
    return before


def retire_theme(db: TrajectoryDatabase, key: str, retired: bool = True) -> RegionTheme:
    """Retire a theme (a new round no longer asks it; the answers given stay readable, under
    its name) or restore it. Returns the theme before, for undo."""
    from ..store import theme_rows
    with db.session() as session:
        before = _find(theme_rows.themes(session), key)
        _save(session, replace(before, retired=retired))
    return before


def stored(db: TrajectoryDatabase, key: str) -> RegionTheme:
    """The theme as the file holds it now (for redo)."""
    return _find(themes(db), key)


def put_back(db: TrajectoryDatabase, key: str, before: RegionTheme | None) -> None:
    """Undo: the theme as it was (`before`), or with None, no theme: taken away only while no
    round asked it."""
    from ..store import theme_rows
    with db.session() as session:
        if before is not None:
            _save(session, before)
            return
        if key in theme_rows.asked_items(session):
            raise InvalidInput("name", InvalidInput.IN_USE, _find(theme_rows.themes(session),
                                                                  key).name)
        theme_rows.forget(session, key)


def _checked(name: str, explanation: str, items: Sequence[str]) -> tuple[str, str, list[str]]:
    name = clean_text("name", name, required=True, limit=LABEL_MAX)
    explanation = clean_text("explanation", explanation, limit=TEXT_MAX)
    texts = [clean_text("items", text, limit=TEXT_MAX) for text in items]
    texts = [t for t in texts if t]
    if not texts:
        raise InvalidInput("items", InvalidInput.REQUIRED, "")
    if len(texts) > MAX_ITEMS:
        raise InvalidInput("items", InvalidInput.OUT_OF_RANGE, f"{len(texts)} > {MAX_ITEMS}")
    twice = next((t for n, t in enumerate(texts) if t in texts[:n]), None)
    if twice is not None:
        raise InvalidInput("items", InvalidInput.DUPLICATE, twice)
    return name, explanation, texts


def _used(session, have: list[RegionTheme]) -> set[str]:
    """The item ids a new question may not take: a round's, a theme's, a questionnaire's (a
    round asks a questionnaire's items and the themes' together)."""
    from ..store import theme_rows
    questionnaires, _problems = available()
    return ({i for ids in theme_rows.asked_items(session).values() for i in ids}
            | {i.key for t in have for i in t.items}
            | {i.id for q in questionnaires for i in q.items()})


def _refuse_clash(have: list[RegionTheme], name: str, key: str) -> None:
    """A theme's name may be no B's or other theme's: the tables name them by it."""
    clash = label_clash(measured_terms(have), (name,), key)
    if clash is not None:
        raise InvalidInput("name", InvalidInput.DUPLICATE, name, (clash.nl,))


def _find(have: list[RegionTheme], key: str) -> RegionTheme:
    found = next((t for t in have if t.key == key), None)
    if found is None:
        raise InvalidInput("key", InvalidInput.NOT_FOUND, key)
    return found


def _save(session, theme: RegionTheme) -> None:
    from ..store import queries, theme_rows
    row_id, item_ids = theme_rows.save(session, queries.trajectory(session).id, theme)
    personal_data.check(session, THEME, row_id, "name", theme.name)
    personal_data.check(session, THEME, row_id, "explanation", theme.explanation)
    for item_id, item in zip(item_ids, theme.items, strict=True):
        personal_data.check(session, ITEM, item_id, "text", item.text)
