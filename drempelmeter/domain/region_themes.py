"""A region's own questionnaire themes beside the three fixed ones: their items as a
questionnaire's sections, their names as terms, and how an edit keeps item ids."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from .questionnaire import PERSPECTIVES, QUESTIONNAIRE_THEMES, Item, Questionnaire, Section, Text
from .taxonomy import ALL_BS
from .terms import Term, Vocabulary

#: A theme asks a handful of questions; more belong in a questionnaire file.
MAX_ITEMS = 12


@dataclass(frozen=True)
class ThemeItem:
    """One question; `key` is the item id rounds ask and answers carry. Every group reads
    `text` but a perspective (of PERSPECTIVES) with a wording of its own in `wordings`, as a
    questionnaire's item words it per perspective ("Cliënten weten dat…", "Ik wist dat…")."""

    key: str
    text: str
    wordings: tuple[tuple[str, str], ...] = ()

    def wording(self, perspective: str) -> str:
        """What the groups of `perspective` read."""
        return dict(self.wordings).get(perspective) or self.text


def own_wordings(text: str, wordings: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """The wordings of `wordings` (perspective: text) a question keeps: in the perspectives'
    order, none empty, none the same as the common `text`."""
    return tuple((p, own) for p in PERSPECTIVES if (own := wordings.get(p, "")) and own != text)


@dataclass(frozen=True)
class RegionTheme:
    """A theme the region added, as stored (also what undo puts back): `items` are its
    questions now; `removed` those taken out after a round asked them, kept for that round's
    wording and never asked again."""

    key: str
    name: str
    explanation: str = ""
    items: tuple[ThemeItem, ...] = ()
    retired: bool = False
    position: int = 0
    removed: tuple[ThemeItem, ...] = ()

    def term(self) -> Term:
        return Term(self.key, self.name, self.name, self.explanation, self.explanation,
                    self.retired)


def theme_terms(themes: Iterable[RegionTheme]) -> Vocabulary:
    """Every theme a round of this trajectory may have measured: the fixed ones, then the
    region's (retired ones too, marked so: their answers stay readable)."""
    return Vocabulary("questionnaire_themes",
                      QUESTIONNAIRE_THEMES.terms + tuple(t.term() for t in themes))


def measured_terms(themes: Iterable[RegionTheme]) -> Vocabulary:
    """Everything an item of this trajectory may measure: the B's, then every theme."""
    return Vocabulary("measured", ALL_BS.terms + theme_terms(themes).terms)


def taken_keys(themes: Iterable[RegionTheme]) -> set[str]:
    """The keys a new theme may not have: the B's, the fixed themes and the region's."""
    return {*ALL_BS.ordered_keys(), *QUESTIONNAIRE_THEMES.ordered_keys(),
            *(t.key for t in themes)}


def sections(themes: Iterable[RegionTheme], asked: Collection[str] | None = None,
             taken: Collection[str] = ()) -> tuple[Section, ...]:
    """The themes as questionnaire sections, each perspective reading its wording; with
    `asked`, only the items among those ids (a round's, questions removed since too), and only
    themes that keep one; never an item whose id is `taken` (by the questionnaire the sections
    join)."""
    found = []
    for theme in themes:
        chosen = theme.items if asked is None else [
            i for i in (*theme.items, *theme.removed) if i.key in asked]
        items = tuple(Item(i.key, theme.key, tuple((p, Text(i.wording(p))) for p in PERSPECTIVES))
                      for i in chosen if i.key not in taken)
        if items:
            found.append(Section(theme.key, Text(theme.name), items, Text(theme.explanation)))
    return tuple(found)


def with_themes(questionnaire: Questionnaire, themes: Iterable[RegionTheme],
                asked: Collection[str] | None = None) -> Questionnaire:
    """The questionnaire with the themes' sections after its own (see `sections`)."""
    own = {i.id for i in questionnaire.items()}
    return replace(questionnaire,
                   sections=questionnaire.sections + sections(themes, asked, own))


def with_questions(theme: RegionTheme, texts: Sequence[str], used: Collection[str],
                   asked: Collection[str],
                   wordings: Sequence[Mapping[str, str]] = ()) -> RegionTheme:
    """`theme` asking `texts`, ids as `keep_keys` gives them (see `keep_asked` for the
    questions taken out), each with its wordings per perspective in `wordings` (in the order of
    `texts`; none: every group reads the text)."""
    items = tuple(replace(item, wordings=own_wordings(item.text, wordings[n]
                                                      if n < len(wordings) else {}))
                  for n, item in enumerate(keep_keys(theme.key, theme.items, texts, used,
                                                     theme.removed)))
    return keep_asked(replace(theme, items=items, removed=()), theme, asked)


def keep_asked(theme: RegionTheme, was: RegionTheme, asked: Collection[str]) -> RegionTheme:
    """`theme` in place of `was`, keeping among its removed questions those of `was` it no
    longer asks that a round asked (ids `asked`) or that were removed already: a round keeps
    the wording of every question it asked."""
    now = {i.key for i in theme.items}
    removed: dict[str, ThemeItem] = {}
    for item in (*theme.removed, *was.removed, *(i for i in was.items if i.key in asked)):
        if item.key not in now:
            removed.setdefault(item.key, item)
    return replace(theme, removed=tuple(removed.values()))


def keep_keys(theme_key: str, old: Sequence[ThemeItem], texts: Sequence[str],
              used: Collection[str], removed: Sequence[ThemeItem] = ()) -> tuple[ThemeItem, ...]:
    """The items `texts` as a theme's new list: a text it had keeps its item id (so answers
    keep their question), a changed text takes the id of the item it replaces in its place (a
    text added elsewhere never takes the id, and so the answers, of one taken out), a new one gets
    an id none of `used` has (ids outside this theme: a round's, a questionnaire's, another
    theme's): short like a questionnaire's ("dig-1" in "digitale_toegang"), as the entry grid's
    columns show them. A text of a question `removed` earlier takes its id back while no
    question outside the theme took it (`used`): its answers are that question's."""
    by_text = {i.text: i.key for i in removed if i.key not in used}
    by_text |= {i.text: i.key for i in old}
    kept = {by_text[t] for t in texts if t in by_text}
    reworded: dict[int, str] = {}  # a new text's place -> the id of the old one it replaces
    matcher = SequenceMatcher(None, [i.text for i in old], list(texts), autojunk=False)
    for tag, old_from, old_to, new_from, new_to in matcher.get_opcodes():
        if tag == "replace":
            free = [i.key for i in old[old_from:old_to] if i.key not in kept]
            places = [n for n in range(new_from, new_to) if texts[n] not in by_text]
            reworded.update(zip(places, free, strict=False))
    taken = {*used, *(i.key for i in (*old, *removed))}
    number = 0
    items = []
    for place, text in enumerate(texts):
        key = by_text.pop(text, None) or reworded.get(place)
        while key is None:
            number += 1
            candidate = f"{theme_key.replace('_', '')[:3]}-{number}"
            if candidate not in taken:
                key = candidate
        taken.add(key)
        items.append(ThemeItem(key, text))
    return tuple(items)
