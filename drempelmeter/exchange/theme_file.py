"""A region's own questionnaire themes as a small YAML file (format 1): written to share with
another trajectory or region, read with every check, saying line and theme on error."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.questionnaire import PERSPECTIVES
from ..domain.region_themes import MAX_ITEMS, RegionTheme, ThemeItem
from .atomic import write_atomically
from .vocabulary_file import load_document
from .yaml_words import Words
from .yaml_words import YamlProblems as P

FORMAT_NAME = "drempelmeter-questionnaire-themes"
FORMAT_VERSION = 1
#: The longest key, explanation and question a theme may hold (as the trajectory stores them).
KEY_MAX, TEXT_MAX = 30, 500
FIELDS = ("key", "name", "explanation", "retired", "questions")
#: A question worded per group: its common text, and a wording per perspective.
QUESTION_FIELDS = ("text", *PERSPECTIVES)


@dataclass(frozen=True)
class FileTheme:
    """One theme as the file gives it, with the line it is on."""

    key: str
    name: str
    explanation: str
    questions: tuple[str, ...]
    retired: bool
    line: int
    #: Per question, its wordings per perspective (perspective, text), where it has any.
    wordings: tuple[tuple[tuple[str, str], ...], ...] = ()


def write_themes(path: Path, themes: Sequence[RegionTheme]) -> None:
    """Write every theme with its key, name, explanation, whether it is retired, its
    questions (a question worded per group as its text with those wordings)."""
    import yaml

    document = {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
        "themes": [{"key": t.key, "name": t.name, "explanation": t.explanation,
                    "retired": t.retired, "questions": [_question(i) for i in t.items]}
                   for t in themes],
    }
    text = ("# Drempelmeter: de eigen thema's van een regio in de vragenlijst. Een sleutel (key)\n"
            "# verandert nooit; een vraag die blijft zoals ze was, houdt haar antwoorden; zet\n"
            "# retired: true om een thema niet meer te bevragen. Een vraag die een groep anders\n"
            "# leest, is text: (voor iedereen) met staff:, management: en/of client:.\n"
            ) + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)

    def write(target: Path) -> None:
        Path(target).write_text(text, encoding="utf-8")

    write_atomically(Path(path), write)


def _question(item: ThemeItem) -> str | dict[str, str]:
    return {"text": item.text, **dict(item.wordings)} if item.wordings else item.text


def read_themes(path: Path) -> list[FileTheme]:
    """Every theme of the file, checked. Raises VocabularyFileError naming the line."""
    import yaml

    path = Path(path)
    document, reader = load_document(path, P.REGION_THEMES)
    root = reader.mapping(document, Words(P.THE_FILE), ("format", "format_version", "themes"))
    reader.check_format(root, document, FORMAT_NAME, FORMAT_VERSION)
    node = reader.required(root, "themes", document)
    if not isinstance(node, yaml.SequenceNode):
        raise reader.fail(node, P.NOT_A_THEME_LIST)
    themes: list[FileTheme] = []
    seen: dict[str, int] = {}
    for entry in node.value:
        fields = reader.mapping(entry, Words(P.A_THEME), FIELDS)
        key = reader.text(reader.required(fields, "key", entry), Words(P.KEY), KEY_MAX)
        line = entry.start_mark.line + 1
        if key in seen:
            raise reader.fail(fields["key"], P.THEME_KEY_TWICE, key, seen[key])
        seen[key] = line
        name = reader.label(reader.required(fields, "name", entry),
                            Words(P.THEME_FIELD, (key, "name")))
        said = fields.get("explanation")
        explanation = (reader.label(said, Words(P.THEME_FIELD, (key, "explanation")), TEXT_MAX)
                       if said is not None and str(said.value).strip() else "")
        retired = "retired" in fields and reader.flag(fields["retired"],
                                                      Words(P.THEME_FIELD, (key, "retired")))
        listed = reader.required(fields, "questions", entry)
        if not isinstance(listed, yaml.SequenceNode) or not listed.value:
            raise reader.fail(listed, P.NO_QUESTIONS, key)
        if len(listed.value) > MAX_ITEMS:
            raise reader.fail(listed, P.TOO_MANY_QUESTIONS, key, MAX_ITEMS)
        questions = [_read_question(reader, q, key) for q in listed.value]
        themes.append(FileTheme(key, name, explanation, tuple(q for q, _w in questions),
                                retired, line, tuple(w for _q, w in questions)))
    return themes


def _read_question(reader, node, key: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A question: a text, or its `text:` with a wording per perspective (`staff:`,
    `management:`, `client:`)."""
    import yaml

    what = Words(P.THEME_QUESTION, (key,))
    if not isinstance(node, yaml.MappingNode):
        return reader.label(node, what, TEXT_MAX), ()
    if len(node.value) == 1 and not _a_field_name(str(node.value[0][0].value)):
        raise reader.fail(node, P.QUESTION_COLON, key)  # "- Let op: wie ..." unquoted
    fields = reader.mapping(node, what, QUESTION_FIELDS)
    text = reader.label(reader.required(fields, "text", node), what, TEXT_MAX)
    return text, tuple((p, reader.label(fields[p], Words(P.THEME_FIELD, (key, p)), TEXT_MAX))
                       for p in PERSPECTIVES if p in fields)


def _a_field_name(name: str) -> bool:
    """Whether `name` could be meant as one of a question's names (text:, client:, or a slip
    of one), not the start of a question YAML cut at its ': ' (capitals or spaces)."""
    return name in QUESTION_FIELDS or (name.islower() and " " not in name)
