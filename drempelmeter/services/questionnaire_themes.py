"""A region's own questionnaire themes: read, add, edit, retire and restore one (each returns
what undoes it), the questionnaire a round asks with them, and the themes shared as a YAML
file."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from ..domain.questionnaire import PERSPECTIVES, Questionnaire
from ..domain.region_themes import (
    MAX_ITEMS,
    RegionTheme,
    ThemeItem,
    keep_asked,
    measured_terms,
    taken_keys,
    theme_terms,
    with_questions,
    with_themes,
)
from ..domain.terms import Vocabulary
from ..domain.vocabularies import LABEL_MAX, label_clash, new_key
from ..exchange.theme_file import read_themes, write_themes
from ..exchange.vocabulary_file import VocabularyFileError
from ..exchange.yaml_words import Words
from ..exchange.yaml_words import YamlProblems as P
from ..store.database import TrajectoryDatabase
from . import backups, personal_data
from .errors import InvalidInput
from .questionnaires import available
from .validation import clean_text, refuse_own_file

# The store's rows are imported in the functions that use them: the first window needs no ORM
# model (#14).

THEME = "questionnaire_theme"
#: A backup's reason, named in its file name.
BEFORE_THEME_IMPORT = "before-theme-import"
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
    """`questionnaire` with the region's themes in use after its own sections (without the
    questions removed from them)."""
    return with_themes(questionnaire, [t for t in themes(db) if not t.retired])


def for_round(db: TrajectoryDatabase, questionnaire: Questionnaire,
              asked: Collection[str]) -> Questionnaire:
    """`questionnaire` with the region's themes as far as a round asked them (item ids
    `asked`), retired ones and questions removed since too: the paper form and the wordings
    of that round."""
    return with_themes(questionnaire, themes(db), asked)


def add_theme(db: TrajectoryDatabase, name: str, explanation: str, items: Sequence[str],
              wordings: Sequence[Mapping[str, str]] = ()) -> str:
    """Add a theme; `wordings` are its questions' wordings per perspective (in the order of
    `items`; a perspective without one reads the question). Returns its new key (made from its
    name). Undo with `put_back(db, key, None)`."""
    from ..store import theme_rows
    name, explanation, texts, worded = _checked(name, explanation, items, wordings)
    with db.session() as session:
        have = theme_rows.themes(session)
        _refuse_clash(have, name, "")
        key = new_key(name, taken_keys(have))
        position = max((t.position for t in have), default=0) + 1
        _save(session, with_questions(RegionTheme(key, name, explanation, position=position),
                                      texts, _outside(_ids(session, have), key), (), worded))
    return key


def edit_theme(db: TrajectoryDatabase, key: str, name: str, explanation: str,
               items: Sequence[str], wordings: Sequence[Mapping[str, str]] = ()) -> RegionTheme:
    """Give a theme a new name, explanation and items (with their `wordings` per perspective,
    as for `add_theme`); an item whose text stays keeps its id, so answers already given keep
    their question, and one taken out that a round asked is kept as removed (that round keeps
    its wording). Returns the theme before, for undo."""
    from ..store import theme_rows
    name, explanation, texts, worded = _checked(name, explanation, items, wordings)
    with db.session() as session:
        have = theme_rows.themes(session)
        before = _find(have, key)
        _refuse_clash(have, name, key)
        _save(session, with_questions(
            replace(before, name=name, explanation=explanation), texts,
            _outside(_ids(session, have), key), theme_rows.asked_items(session).get(key, ()),
            worded))
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
    """Undo: the theme as it was (`before`; a question a round asked since stays, removed),
    or with None, no theme: taken away only while no round asked it."""
    from ..store import theme_rows
    with db.session() as session:
        if before is not None:  # (the redo of an add finds no theme)
            now = next((t for t in theme_rows.themes(session) if t.key == key), before)
            _save(session, keep_asked(before, now, theme_rows.asked_items(session).get(key, ())))
            return
        if key in theme_rows.asked_items(session):
            raise InvalidInput("name", InvalidInput.IN_USE, _find(theme_rows.themes(session),
                                                                  key).name)
        theme_rows.forget(session, key)


@dataclass(frozen=True)
class ThemeImport:
    """What importing a file did (or, on a dry run, would do): the names of the themes, and
    (theme name, question) of each question the file keeps but gives fewer wordings per group
    than the trajectory has (a file written before questions were worded per group clears
    them: the file is taken as it is, and the coach is told)."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    written: bool
    cleared: tuple[tuple[str, str], ...] = ()


def export_file(db: TrajectoryDatabase, out: Path) -> int:
    """Write the region's themes (retired ones too, without the questions removed from them)
    to a YAML file, to share with another trajectory or region (personal data nobody confirmed
    masked, as in every export); returns the number of themes written."""
    from .export_screen import export_screen

    refuse_own_file(db, Path(out))
    screen = export_screen(db).text
    shared = [replace(t, name=screen(t.name), explanation=screen(t.explanation),
                      items=tuple(replace(i, text=screen(i.text), wordings=tuple(
                          (p, screen(w)) for p, w in i.wordings)) for i in t.items))
              for t in themes(db)]
    write_themes(Path(out), shared)
    return len(shared)


def import_file(db: TrajectoryDatabase, path: Path, *, dry_run: bool = False) -> ThemeImport:
    """Merge a YAML file into the region's themes, all or nothing: a theme is known by its key
    (it takes the file's name, explanation, questions and retirement; a question kept keeps its
    answers, one taken out that a round asked is kept as removed), a new key is added. A theme
    the file leaves out stays as it is."""
    from ..store import queries, theme_rows
    found = read_themes(Path(path))
    with db.session() as session:
        have = {t.key: t for t in theme_rows.themes(session)}
        position = max((t.position for t in have.values()), default=0)
        fixed = taken_keys(()) - set(have)
        ids = _ids(session, list(have.values()))
        asked = theme_rows.asked_items(session)
        wanted: list[RegionTheme] = []
        for t in found:
            fail = partial(VocabularyFileError, Path(path), t.line)
            if t.key in fixed or new_key(t.key, ()) != t.key:
                raise fail(P.TAKEN_KEY, t.key)
            try:
                name, explanation, texts, worded = _checked(
                    t.name, t.explanation, t.questions, [dict(w) for w in t.wordings])
            except InvalidInput as exc:
                if exc.problem != InvalidInput.DUPLICATE:
                    raise  # the file's reader refused every other problem, with its line
                raise fail(P.QUESTION_TWICE, t.key, exc.value) from exc
            before = have.get(t.key)
            if before is None:
                position += 1
                before = RegionTheme(t.key, name, position=position)
            theme = with_questions(replace(before, name=name, explanation=explanation,
                                           retired=t.retired), texts,
                                   _outside(ids, t.key), asked.get(t.key, ()), worded)
            # two new themes never take the same id
            ids.setdefault(t.key, set()).update(i.key for i in theme.items)
            wanted.append(theme)
        merged = {**have, **{t.key: t for t in wanted}}
        for t, theme in zip(found, wanted, strict=True):
            if label_clash(measured_terms(merged.values()), (theme.name,), t.key) is not None:
                raise VocabularyFileError(Path(path), t.line, P.SAME_THEME_NAME, t.key)
        for t, theme in zip(found, wanted, strict=True):
            _refuse_personal_data(path, t.line, theme)
        added = tuple(t.name for t in wanted if t.key not in have)
        changed = tuple(t.name for t in wanted if t.key in have and have[t.key] != t)
        cleared = tuple((t.name, item.text) for t in wanted if t.key in have
                        for item in _wordings_cleared(have[t.key], t))
        if dry_run or not (added or changed):
            return ThemeImport(added, changed, False, cleared)
        trajectory_id = queries.trajectory(session).id
    backups.back_up(db, BEFORE_THEME_IMPORT)
    with db.session() as session:
        for theme in wanted:
            if have.get(theme.key) != theme:
                row_id, item_ids = theme_rows.save(session, trajectory_id, theme)
                _check_texts(session, theme, row_id, item_ids)
    return ThemeImport(added, changed, True, cleared)


def _wordings_cleared(before: RegionTheme, after: RegionTheme) -> list[ThemeItem]:
    """The questions `after` keeps from `before` (by id) with a group's wording gone."""
    had = {item.key: {p for p, _said in item.wordings} for item in before.items}
    return [item for item in after.items
            if had.get(item.key, set()) - {p for p, _said in item.wordings}]


def _refuse_personal_data(path: Path, line: int, theme: RegionTheme) -> None:
    """Refuse a file's theme whose name, explanation or a question (or its wording for a
    group) holds personal data nobody confirmed, naming the theme's line and which text."""
    texts = [(Words(P.ITS_NAME), theme.name), (Words(P.ITS_EXPLANATION), theme.explanation),
             *((Words(P.QUESTION_NUMBER, (n,)), i.text) for n, i in enumerate(theme.items, 1)),
             *((Words(P.QUESTION_NUMBER, (f"{n} ({p})",)), said)
               for n, i in enumerate(theme.items, 1) for p, said in i.wordings)]
    for what, text in texts:
        left = personal_data.unresolved(text, ())
        if left:
            found = ", ".join(sorted({f.placeholder for f in left}))
            raise VocabularyFileError(Path(path), line, P.PERSONAL_DATA, theme.key, what, found)


def _checked(name: str, explanation: str, items: Sequence[str],
             wordings: Sequence[Mapping[str, str]] = ()
             ) -> tuple[str, str, list[str], list[dict[str, str]]]:
    """The name, explanation, questions (blank ones left out) and their wordings per
    perspective (in the questions' order), cleaned and checked."""
    name = clean_text("name", name, required=True, limit=LABEL_MAX)
    explanation = clean_text("explanation", explanation, limit=TEXT_MAX)
    given = [(clean_text("items", text, limit=TEXT_MAX),
              {p: clean_text("wording", said, limit=TEXT_MAX)
               for p, said in (wordings[n] if n < len(wordings) else {}).items()
               if p in PERSPECTIVES})
             for n, text in enumerate(items)]
    texts = [t for t, _worded in given if t]
    worded = [w for t, w in given if t]
    if not texts:
        raise InvalidInput("items", InvalidInput.REQUIRED, "")
    if len(texts) > MAX_ITEMS:
        raise InvalidInput("question_count", InvalidInput.OUT_OF_RANGE,
                           f"{len(texts)} > {MAX_ITEMS}")
    twice = next((t for n, t in enumerate(texts) if t in texts[:n]), None)
    if twice is not None:
        raise InvalidInput("items", InvalidInput.DUPLICATE, twice)
    return name, explanation, texts, worded


def _ids(session, have: list[RegionTheme]) -> dict[str, set[str]]:
    """The item ids in use, per what holds them: a theme's key (its questions, removed ones
    too, and what rounds asked under it), a B's (what rounds asked), "" (the questionnaires':
    a round asks a questionnaire's items and the themes' together)."""
    from ..store import theme_rows
    questionnaires, _problems = available()
    ids = {key: set(asked) for key, asked in theme_rows.asked_items(session).items()}
    for theme in have:
        ids.setdefault(theme.key, set()).update(i.key for i in (*theme.items, *theme.removed))
    ids.setdefault("", set()).update(i.id for q in questionnaires for i in q.items())
    return ids


def _outside(ids: dict[str, set[str]], key: str) -> set[str]:
    """The item ids a question of theme `key` may not take: those held outside it."""
    return {i for holder, held in ids.items() if holder != key for i in held}


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
    _check_texts(session, theme, row_id, item_ids)


def _check_texts(session, theme: RegionTheme, row_id: str, item_ids: list[str]) -> None:
    """Refuse personal data nobody confirmed in a stored theme; record what was confirmed."""
    personal_data.check(session, THEME, row_id, "name", theme.name)
    personal_data.check(session, THEME, row_id, "explanation", theme.explanation)
    for item_id, item in zip(item_ids, (*theme.items, *theme.removed), strict=True):
        personal_data.check(session, ITEM, item_id, "text", item.text)
        for perspective, wording in item.wordings:
            personal_data.check(session, ITEM, item_id, f"{perspective}_text", wording)
