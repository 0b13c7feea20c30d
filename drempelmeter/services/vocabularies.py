"""The trajectory's own vocabularies: read (cached per open file), add, rename, retire and
restore terms (each returns what undoes it), and share them as a YAML file."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from ..domain.terms import Vocabulary
from ..domain.vocabularies import (
    EDITABLE,
    KEY_MAX,
    LABEL_MAX,
    RENAME_ONLY,
    Change,
    Vocabularies,
    changes_by_list,
    label_clash,
    new_key,
    separator_in,
)
from ..exchange.vocabulary_file import VocabularyFileError, read_vocabularies, write_vocabularies
from ..exchange.yaml_words import YamlProblems as P
from ..store import vocabulary_terms
from ..store.database import TrajectoryDatabase
from . import backups, personal_data
from .errors import InvalidInput
from .validation import clean_text, refuse_own_file

# The ORM models and the queries on them are imported in the functions that use them: the
# first window needs none of them, and their set-up is a sixth of the start-up (#14).

RECORD = "vocabulary_term"
#: A backup's reason, named in its file name.
BEFORE_VOCABULARY_IMPORT = "before-vocabulary-import"
_cache: weakref.WeakKeyDictionary[TrajectoryDatabase, Vocabularies] = weakref.WeakKeyDictionary()


def effective(db: TrajectoryDatabase) -> Vocabularies:
    """The lists this trajectory uses: the defaults with the region's changes."""
    found = _cache.get(db)
    if found is None:
        found = Vocabularies(_changes(db))
        _cache[db] = found
    return found


def _changes(db: TrajectoryDatabase) -> list[Change]:
    """Every change the region made, in the order it added terms (in a running session: with
    its work)."""
    with db.sqlite() as conn:
        return [Change(*row) for row in vocabulary_terms.changes(conn)]


def screened(lists: Vocabularies, text: Callable[[str], str]) -> Vocabularies:
    """The lists with the region's labels passed through `text` (an export's screen)."""
    return Vocabularies(replace(c, nl=c.nl and text(c.nl), en=c.en and text(c.en))
                        for c in lists.changes)


def forget_cached(db: TrajectoryDatabase) -> None:
    """Read the lists again on next use (after a change, an undo or a restored backup)."""
    _cache.pop(db, None)


def editable(name: str) -> Vocabulary:
    """The default of an editable list; an unknown name is refused."""
    if name not in EDITABLE:
        raise InvalidInput("vocabulary", InvalidInput.UNKNOWN_VALUE, name, tuple(EDITABLE))
    return EDITABLE[name]


def add_term(db: TrajectoryDatabase, vocabulary: str, nl: str, en: str = "") -> str:
    """Add a term the region names; returns its new key (made from the label, never one the
    list has). Undo with `put_back(db, vocabulary, key, None)`."""
    editable(vocabulary)
    if vocabulary in RENAME_ONLY:
        raise InvalidInput("vocabulary", InvalidInput.CLOSED, vocabulary)
    nl, en = _labels(nl, en)
    current = effective(db)[vocabulary]
    _refuse_clash(current, (nl, en), "")
    with db.session() as session:
        changes = changes_by_list(_changes(db))[vocabulary]
        key = new_key(nl, set(current.ordered_keys()) | set(changes))
        position = max((c.position for c in changes.values()), default=0) + 1
        _save(db, session, Change(vocabulary, key, nl, en or None, None, position))
    return key


def rename_term(db: TrajectoryDatabase, vocabulary: str, key: str, nl: str,
                en: str = "") -> Change | None:
    """Give a term new labels (its key stays, so records keep their meaning); an empty English
    label keeps the one it has. Returns what `put_back` needs to undo it."""
    term = _term(db, vocabulary, key)
    nl, en = _labels(nl, en or term.en)
    _refuse_clash(effective(db)[vocabulary], (nl, en), key)
    default = EDITABLE[vocabulary]
    with db.session() as session:
        before = _stored(db, vocabulary, key)
        change = before or Change(vocabulary, key)
        if key in default:  # the default's own label is not stored: later versions improve it
            change = replace(change, nl=None if nl == default[key].nl else nl,
                             en=None if en == default[key].en else en)
        else:
            change = replace(change, nl=nl, en=en)
        _save(db, session, change)
    return before


def retire_term(db: TrajectoryDatabase, vocabulary: str, key: str,
                retired: bool = True) -> Change | None:
    """Retire a term (no longer offered; records keep it and show it as retired) or restore it.
    Returns what `put_back` needs to undo it."""
    _term(db, vocabulary, key)
    if vocabulary in RENAME_ONLY:
        raise InvalidInput("vocabulary", InvalidInput.CLOSED, vocabulary)
    default = EDITABLE[vocabulary]
    with db.session() as session:
        before = _stored(db, vocabulary, key)
        change = before or Change(vocabulary, key)
        same_as_default = key in default and default[key].retired == retired
        _save(db, session, replace(change, retired=None if same_as_default else retired))
    return before


def stored(db: TrajectoryDatabase, vocabulary: str, key: str) -> Change | None:
    """What the region stored for a term (None: nothing, it is the default), for undo."""
    return _stored(db, vocabulary, key)


def put_back(db: TrajectoryDatabase, vocabulary: str, key: str, before: Change | None) -> None:
    """Undo: the term as the region had it (`before`, None: no change of its own). A term the
    region added is taken away only while no record uses it."""
    from ..store import vocabulary_rows
    editable(vocabulary)
    with db.session() as session:
        if before is not None:
            _save(db, session, before)
            return
        if key not in EDITABLE[vocabulary] and key in vocabulary_rows.keys_in_use(session,
                                                                                   vocabulary):
            raise InvalidInput(key, InvalidInput.IN_USE, key)
        vocabulary_rows.forget(session, vocabulary, [key])
        forget_cached(db)


@dataclass(frozen=True)
class VocabularyImport:
    """What importing a file did (or, on a dry run, would do), per kind of change."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    written: bool


def export_file(db: TrajectoryDatabase, out: Path) -> int:
    """Write every editable list to a YAML file, to share with other regions (personal data
    nobody confirmed masked, as in every export); returns the number of terms written."""
    from .export_screen import export_screen

    refuse_own_file(db, Path(out))
    lists = screened(effective(db), export_screen(db).text)
    write_vocabularies(Path(out), {name: lists[name].terms for name in EDITABLE})
    return sum(len(lists[name]) for name in EDITABLE)


def import_file(db: TrajectoryDatabase, path: Path, *, dry_run: bool = False) -> VocabularyImport:
    """Merge a YAML file into the trajectory's lists, all or nothing.

    Terms are matched by key: a known key takes the file's labels and retirement, a new key is
    added. For each list the file names, a term the region added that the file leaves out is
    taken away, and the whole file refused when a record uses it. A default term stays however
    the file lists it (it can be retired, never deleted); one the file leaves out keeps the
    region's labels (a file of a few new terms does not undo the region's renames).
    """
    from ..store import queries, vocabulary_rows
    terms = read_vocabularies(Path(path), tuple(EDITABLE))
    wanted: dict[str, dict[str, Change]] = {}
    for position, t in enumerate(terms, start=1):
        default = EDITABLE[t.vocabulary]
        fail = partial(VocabularyFileError, Path(path), t.line)
        if t.vocabulary in RENAME_ONLY and t.key not in default:
            raise fail(P.FIXED_SET, t.vocabulary, t.key)
        if t.vocabulary in RENAME_ONLY and t.retired:
            raise fail(P.NOT_RETIRABLE, t.vocabulary, t.key)
        if t.key not in default and new_key(t.key, ()) != t.key:
            raise fail(P.BAD_KEY, t.key, KEY_MAX)
        for language, label in (("nl", t.nl), ("en", t.en)):
            if (mark := separator_in(label)) == "\n":
                raise fail(P.LINE_BREAK_IN_LABEL, t.vocabulary, t.key, language)
            if mark is not None:
                raise fail(P.SEPARATOR_IN_LABEL, t.vocabulary, t.key, language, mark)
        if t.key in default:
            d = default[t.key]
            change = Change(t.vocabulary, t.key, None if t.nl == d.nl else t.nl,
                            None if not t.en or t.en == d.en else t.en,
                            None if t.retired == d.retired else t.retired)
        else:
            change = Change(t.vocabulary, t.key, t.nl, t.en or None, t.retired or None, position)
        wanted.setdefault(t.vocabulary, {})[t.key] = change
    own = changes_by_list(effective(db).changes)
    for name, changes in wanted.items():
        kept = [c for k, c in own[name].items() if k not in changes and k in EDITABLE[name]]
        merged = Vocabularies([*changes.values(), *kept])[name]
        for t in (t for t in terms if t.vocabulary == name):
            clash = label_clash(merged, (t.nl, t.en), t.key)
            if clash is not None:
                raise VocabularyFileError(Path(path), t.line, P.SAME_LABEL, name, t.key,
                                          clash.key)
    with db.session() as session:
        personal_data.refuse_unconfirmed("vocabulary", [t.nl for t in terms] +
                                         [t.en for t in terms if t.en])
        trajectory_id = queries.trajectory(session).id
        have = changes_by_list(_changes(db))
        added, changed, removed = [], [], []
        for name, changes in wanted.items():
            gone = [k for k in have[name] if k not in changes and k not in EDITABLE[name]]
            used = vocabulary_rows.keys_in_use(session, name) if gone else set()
            if blocked := [k for k in gone if k in used]:
                raise VocabularyFileError(Path(path), 1, P.TERMS_IN_USE, name,
                                          ", ".join(blocked))
            removed += [f"{name}.{k}" for k in gone]
            for key, change in changes.items():
                old = have[name].get(key)
                if old is None and key not in EDITABLE[name]:
                    added.append(f"{name}.{key}")
                elif _labels_of(old or Change(name, key)) != _labels_of(change):
                    changed.append(f"{name}.{key}")
        report = VocabularyImport(tuple(added), tuple(changed), tuple(removed), not dry_run)
        if dry_run or not (added or changed or removed):
            return replace(report, written=False) if dry_run else report
    backups.back_up(db, BEFORE_VOCABULARY_IMPORT)
    with db.session() as session:
        for name, changes in wanted.items():
            vocabulary_rows.forget(session, name, [k for k in have[name] if k not in changes
                                                   and k not in EDITABLE[name]])
            for change in changes.values():
                if change.nl or change.en or change.retired is not None or (
                        change.key not in EDITABLE[name]):
                    vocabulary_rows.save(session, trajectory_id, change)
                else:
                    vocabulary_rows.forget(session, name, [change.key])
        forget_cached(db)
    forget_cached(db)
    return report


def _labels_of(change: Change) -> tuple[str | None, str | None, bool | None]:
    return change.nl, change.en, change.retired


def _labels(nl: str, en: str) -> tuple[str, str]:
    """The labels cleaned; one holding what a workbook puts between terms is refused."""
    labels = (clean_text("nl", nl, required=True, limit=LABEL_MAX),
              clean_text("en", en, limit=LABEL_MAX))
    for field, label in zip(("nl", "en"), labels, strict=True):
        if (mark := separator_in(label)) is not None:
            raise InvalidInput(field, InvalidInput.SEPARATOR, mark)
    return labels


def _refuse_clash(vocabulary: Vocabulary, labels: tuple[str, str], key: str) -> None:
    clash = label_clash(vocabulary, labels, key)
    if clash is not None:
        raise InvalidInput("name", InvalidInput.DUPLICATE, labels[0], (clash.nl,))


def _term(db: TrajectoryDatabase, vocabulary: str, key: str):
    editable(vocabulary)
    current = effective(db)[vocabulary]
    if key not in current:
        raise InvalidInput("key", InvalidInput.NOT_FOUND, key)
    return current[key]


def _stored(db: TrajectoryDatabase, vocabulary: str, key: str) -> Change | None:
    return changes_by_list(_changes(db))[vocabulary].get(key)


def _save(db: TrajectoryDatabase, session, change: Change) -> None:
    from ..store import queries, vocabulary_rows
    row_id = vocabulary_rows.save(session, queries.trajectory(session).id, change)
    for field in ("nl", "en"):
        personal_data.check(session, RECORD, row_id, field, getattr(change, field) or "")
    forget_cached(db)
