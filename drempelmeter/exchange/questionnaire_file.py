"""Questionnaire files (YAML, format 1): read, check every rule, and say file and line on error."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..domain.questionnaire import (
    KINDS,
    PERSPECTIVES,
    POLL,
    QUESTIONNAIRE_THEMES,
    SCALE_VALUES,
    Item,
    Questionnaire,
    Scale,
    Section,
    Text,
)
from ..domain.taxonomy import ALL_BS, CHANNELS, JOURNEY_MOMENTS, LEVELS
from ..domain.terms import Vocabulary
from ..domain.text import clean

FORMAT_NAME = "drempelmeter-vragenlijst"
FORMAT_VERSION = 1
SUFFIXES = (".yaml", ".yml")
IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9_-]*")
TEXT_KEYS = ("nl", "en", "easy_nl")
POLL_PERSPECTIVE = "group"


class QuestionnaireError(Exception):
    """What is wrong, and where: `file:line: message`, as editors and compilers say it."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


class _Node:
    """A YAML node that knows its file and line, so every check can say where it failed."""

    def __init__(self, node, path: Path) -> None:
        self.node = node
        self.path = path
        self.line = node.start_mark.line + 1

    def fail(self, message: str) -> QuestionnaireError:
        return QuestionnaireError(self.path, self.line, message)

    def mapping(self, what: str, allowed: tuple[str, ...]) -> dict[str, _Node]:
        import yaml

        if not isinstance(self.node, yaml.MappingNode):
            raise self.fail(f"{what} must be a set of 'key: value' lines")
        found: dict[str, _Node] = {}
        for key_node, value_node in self.node.value:
            key = _Node(key_node, self.path)
            name = str(key_node.value)
            if name in found:
                raise key.fail(f"'{name}' appears twice in {what}")
            if name not in allowed:
                raise key.fail(f"unknown key '{name}' in {what}; allowed: {', '.join(allowed)}")
            found[name] = _Node(value_node, self.path)
        return found

    def sequence(self, what: str) -> Iterator[_Node]:
        import yaml

        if not isinstance(self.node, yaml.SequenceNode) or not self.node.value:
            raise self.fail(f"{what} must be a list of one or more entries ('- ...')")
        return (_Node(child, self.path) for child in self.node.value)

    def text(self, what: str) -> str:
        import yaml

        text = clean(str(self.node.value)) if isinstance(self.node, yaml.ScalarNode) else ""
        if not text:
            raise self.fail(f"{what} must be a non-empty text")
        return text

    def identifier(self, what: str) -> str:
        value = self.text(what)
        if not IDENTIFIER.fullmatch(value):
            raise self.fail(f"{what} '{value}' may hold only small letters, digits, - and _")
        return value

    def key_of(self, vocabulary: Vocabulary, what: str) -> str:
        value = self.text(what)
        if value not in vocabulary:
            raise self.fail(f"unknown {what} '{value}'; known: {', '.join(vocabulary.ordered_keys())}")
        return value


def _required(fields: dict[str, _Node], key: str, parent: _Node, what: str) -> _Node:
    if key not in fields:
        raise parent.fail(f"{what} needs '{key}'")
    return fields[key]


def _text(node: _Node, what: str, *, easy: bool = False) -> Text:
    fields = node.mapping(what, TEXT_KEYS)
    nl = _required(fields, "nl", node, f"{what} (the Dutch wording)").text(f"{what}: nl")
    texts = {key: fields[key].text(f"{what}: {key}") for key in ("en", "easy_nl") if key in fields}
    if easy and "easy_nl" not in texts:
        raise node.fail(f"{what} needs 'easy_nl': the wording in easy language for clients")
    return Text(nl, texts.get("en", ""), texts.get("easy_nl", ""))


def _scale(node: _Node) -> Scale:
    fields = node.mapping("the scale", ("points", "dont_know", "not_applicable"))
    points_node = _required(fields, "points", node, "the scale")
    points = points_node.mapping("the scale points", tuple(str(v) for v in SCALE_VALUES))
    if len(points) != len(SCALE_VALUES):
        raise points_node.fail("the scale needs the points 1, 2, 3, 4 and 5")
    return Scale(
        tuple(_text(points[str(v)], f"scale point {v}") for v in SCALE_VALUES),
        _text(_required(fields, "dont_know", node, "the scale"), "'weet niet'"),
        _text(_required(fields, "not_applicable", node, "the scale"), "'niet van toepassing'"),
    )


def _measured(fields: dict[str, _Node], node: _Node, kind: str, what: str) -> str | None:
    """The B or theme that `fields` (of a section or an item) set, or None when neither."""
    if "b" in fields and "theme" in fields:
        raise fields["theme"].fail(f"{what} measures a B or a theme, not both")
    if "theme" in fields:
        if kind == POLL:
            raise fields["theme"].fail("a poll asks about the B's only: it has no themes")
        return fields["theme"].key_of(QUESTIONNAIRE_THEMES, "theme")
    return fields["b"].key_of(ALL_BS, "B") if "b" in fields else None


def _item(node: _Node, kind: str, section_b: str | None, seen: set[str]) -> Item:
    perspectives = (POLL_PERSPECTIVE,) if kind == POLL else PERSPECTIVES
    fields = node.mapping("an item", ("id", "b", "theme", "level", "journey_moment", "channel",
                                      *perspectives))
    item_id = _required(fields, "id", node, "an item").identifier("the item id")
    if item_id in seen:
        raise fields["id"].fail(f"the item id '{item_id}' is used twice")
    seen.add(item_id)
    b = _measured(fields, node, kind, f"item '{item_id}'") or section_b
    if b is None:
        raise node.fail(f"item '{item_id}' needs 'b' or 'theme' (its section has neither)")
    wordings = tuple(
        (p, _text(_required(fields, p, node, f"item '{item_id}'"), f"item '{item_id}', {p}",
                  easy=p == "client"))
        for p in perspectives
    )
    optional = {key: fields[key].key_of(vocabulary, key.replace("_", " "))
                for key, vocabulary in (("level", LEVELS), ("journey_moment", JOURNEY_MOMENTS),
                                        ("channel", CHANNELS)) if key in fields}
    return Item(item_id, b, wordings, **optional)


def read_questionnaire(path: Path) -> Questionnaire:
    """Read and check one questionnaire file; QuestionnaireError says file, line and what."""
    import yaml

    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QuestionnaireError(path, 1, (
            "is a trajectory file, not a questionnaire file (.yaml): a round's questionnaire, "
            "with the region's own themes, is printed in the window, on the Measurement page: "
            "Printable questionnaire (PDF)…") if path.suffix.lower() == ".drempel" else (
            f"is not a questionnaire file saved as UTF-8 text: {exc}")) from exc
    except OSError as exc:
        raise QuestionnaireError(path, 1, f"cannot be read: {exc}") from exc
    try:
        document = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise QuestionnaireError(path, line, f"not valid YAML: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise QuestionnaireError(path, 1, f"not valid YAML: {exc}") from exc
    if document is None:
        raise QuestionnaireError(path, 1, "the file is empty")
    root = _Node(document, path)
    fields = root.mapping("the file", ("format", "format_version", "id", "version", "kind",
                                       "title", "scale", "sections"))
    if _required(fields, "format", root, "the file").text("format") != FORMAT_NAME:
        raise fields["format"].fail(f"format must be '{FORMAT_NAME}'")
    version = _required(fields, "format_version", root, "the file").text("format_version")
    if version != str(FORMAT_VERSION):
        raise fields["format_version"].fail(
            f"format_version {version} is not known to this Drempelmeter (it reads "
            f"{FORMAT_VERSION}); a newer Drempelmeter may read it")
    kind = _required(fields, "kind", root, "the file").text("kind")
    if kind not in KINDS:
        raise fields["kind"].fail(f"kind must be one of: {', '.join(KINDS)}")
    seen_sections: set[str] = set()
    seen_items: set[str] = set()
    sections = []
    for node in _required(fields, "sections", root, "the file").sequence("sections"):
        section = node.mapping("a section", ("id", "b", "theme", "title", "items"))
        section_id = _required(section, "id", node, "a section").identifier("the section id")
        if section_id in seen_sections:
            raise section["id"].fail(f"the section id '{section_id}' is used twice")
        seen_sections.add(section_id)
        b = _measured(section, node, kind, f"section '{section_id}'")
        items = tuple(_item(item, kind, b, seen_items) for item in
                      _required(section, "items", node, "a section").sequence("items"))
        sections.append(Section(section_id, _text(_required(section, "title", node, "a section"),
                                                  "the section title"), items))
    return Questionnaire(
        _required(fields, "id", root, "the file").identifier("the questionnaire id"),
        _required(fields, "version", root, "the file").text("version"), kind,
        _text(_required(fields, "title", root, "the file"), "the title"),
        _scale(_required(fields, "scale", root, "the file")), tuple(sections),
    )


def read_folder(folder: Path) -> tuple[list[Questionnaire], list[QuestionnaireError]]:
    """Every questionnaire file in `folder`; a broken one is reported, the others still load."""
    found, errors = [], []
    for path in sorted(p for p in Path(folder).iterdir() if p.suffix in SUFFIXES):
        try:
            found.append(read_questionnaire(path))
        except QuestionnaireError as exc:
            errors.append(exc)
    return found, errors
