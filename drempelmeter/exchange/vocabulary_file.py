"""A region's vocabularies as a small YAML file (format 1): written to share, read with every
check, saying line and key on error."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..domain.terms import Term
from ..domain.text import clean
from .atomic import write_atomically
from .yaml_words import Words
from .yaml_words import YamlProblems as P

FORMAT_NAME = "drempelmeter-vocabularies"
FORMAT_VERSION = 1
#: A region's lists fit in a few kilobytes; anything far larger is not one.
MAX_BYTES = 512 * 1024
MAX_TERMS = 2000
LABEL_MAX = 200
_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: The YAML parser's words for a quote or bracket left open, found where it should have closed.
_LEFT_OPEN = ("end of stream", "<stream end>", "expected ',' or ")
#: What a person editing the file by hand did, by the words of the YAML parser's complaint.
_HINTS = (
    ("'\\t'", P.HINT_TAB),
    ("mapping values are not allowed", P.HINT_COLON),
    ("could not find expected ':'", P.HINT_NO_COLON),
    ("but found '<scalar>'", P.HINT_QUOTE_END),
    ("found unexpected end of stream", P.HINT_UNCLOSED),
    ("expected <block end>", P.HINT_INDENT),
    ("did not find expected key", P.HINT_INDENT),
    ("did not find expected '-' indicator", P.HINT_INDENT),
    ("that cannot start any token", P.HINT_SIGN),
    ("expected ',' or ", P.HINT_BRACKET),
)


class VocabularyFileError(Exception):
    """What is wrong with the file, and where: `file:line: message`; `words` are the message
    as a template of YamlProblems and its details, for the window to translate."""

    def __init__(self, path: Path, line: int, template: str, *details: object) -> None:
        self.words = Words(template, details)
        self.message = str(self.words)
        super().__init__(f"{path}:{line}: {self.message}")
        self.path = path
        self.line = line


@dataclass(frozen=True)
class FileTerm:
    """One term as the file gives it, with the line it is on."""

    vocabulary: str
    key: str
    nl: str
    en: str
    retired: bool
    line: int


def write_vocabularies(path: Path, lists: Mapping[str, tuple[Term, ...]]) -> None:
    """Write every list, each term with its key, labels and whether it is retired."""
    import yaml

    document = {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
        "vocabularies": {name: [{"key": t.key, "nl": t.nl, "en": t.en, "retired": t.retired}
                                for t in terms] for name, terms in lists.items()},
    }
    text = ("# Drempelmeter: de eigen woorden van een regio. Een sleutel (key) verandert nooit;\n"
            "# pas nl/en aan om te hernoemen, zet retired: true om een term niet meer aan te "
            "bieden.\n") + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)

    def write(target: Path) -> None:
        Path(target).write_text(text, encoding="utf-8")

    write_atomically(Path(path), write)


def read_vocabularies(path: Path, known: tuple[str, ...]) -> list[FileTerm]:
    """Every term of the file, checked: `known` names the lists that may appear. Raises
    VocabularyFileError naming the line."""
    import yaml

    path = Path(path)
    document, reader = load_document(path, P.REGION_VOCABULARIES)
    root = reader.mapping(document, Words(P.THE_FILE),
                          ("format", "format_version", "vocabularies"))
    reader.check_format(root, document, FORMAT_NAME, FORMAT_VERSION)
    lists_node = reader.required(root, "vocabularies", document)
    terms: list[FileTerm] = []
    for name, node in reader.mapping(lists_node, Words(P.VOCABULARIES), known).items():
        if not isinstance(node, yaml.SequenceNode):
            raise reader.fail(node, P.NOT_A_TERM_LIST, name)
        seen: dict[str, int] = {}
        for entry in node.value:
            if len(terms) >= MAX_TERMS:
                raise reader.fail(entry, P.TOO_MANY_TERMS, MAX_TERMS)
            fields = reader.mapping(entry, Words(P.A_TERM_OF, (name,)),
                                    ("key", "nl", "en", "retired"))
            key = reader.text(reader.required(fields, "key", entry), Words(P.KEY), 30)
            line = entry.start_mark.line + 1
            if key in seen:
                raise reader.fail(fields["key"], P.TERM_KEY_TWICE, key, name, seen[key])
            seen[key] = line
            said = {f: Words(P.TERM_FIELD, (name, key, f)) for f in ("nl", "en", "retired")}
            nl = reader.label(reader.required(fields, "nl", entry), said["nl"])
            en = reader.label(fields["en"], said["en"]) if "en" in fields else ""
            retired = "retired" in fields and reader.flag(fields["retired"], said["retired"])
            terms.append(FileTerm(name, key, nl, en, retired, line))
    return terms


def load_document(path: Path, what: str):
    """The YAML document of a small file a region shares (`what` it holds, a template of
    YamlProblems for the size message), its nodes with their lines, and a reader of them.
    Raises VocabularyFileError naming the line."""
    import yaml

    try:
        if path.stat().st_size > MAX_BYTES:
            raise VocabularyFileError(path, 1, P.TOO_LARGE, MAX_BYTES // 1024, Words(what))
        data = path.read_bytes()
    except OSError as exc:
        raise VocabularyFileError(path, 1, P.UNREADABLE, exc) from exc
    try:  # Notepad's "Unicode" is UTF-16 with a byte-order mark; YAML allows it
        source = data.decode("utf-16" if data[:2] in _UTF16_BOMS else "utf-8")
    except UnicodeDecodeError as exc:
        raise VocabularyFileError(path, 1, P.NOT_UTF8) from exc
    try:
        # Aliases (&a / *a) are refused before anything is built: they are how a small YAML
        # file expands into millions of entries.
        for event in yaml.parse(source, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise VocabularyFileError(path, event.start_mark.line + 1, P.ALIASES)
        document = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        problem = str(exc.problem or exc)
        # a quote or bracket left open is found further on: name the line it opens on
        opened = any(words in problem for words in _LEFT_OPEN)
        mark = (exc.context_mark if opened and exc.context_mark
                else exc.problem_mark or exc.context_mark)
        hint = next((h for words, h in _HINTS if words in problem), None)
        line = mark.line + 1 if mark else 1
        if hint is None:
            raise VocabularyFileError(path, line, P.NOT_YAML, problem) from exc
        raise VocabularyFileError(path, line, P.NOT_YAML_HINT, problem, Words(hint)) from exc
    except yaml.YAMLError as exc:
        raise VocabularyFileError(path, 1, P.NOT_YAML, exc) from exc
    if document is None:
        raise VocabularyFileError(path, 1, P.EMPTY)
    return document, _Reader(path, source.splitlines())


class _Reader:
    """Checks on YAML nodes that say the line when they fail."""

    def __init__(self, path: Path, lines: list[str]) -> None:
        self.path = path
        self.lines = lines

    def fail(self, node, template: str, *details: object) -> VocabularyFileError:
        """The error of `template` with its `details`, on the line `node` starts on."""
        return VocabularyFileError(self.path, node.start_mark.line + 1, template, *details)

    def mapping(self, node, what: Words, allowed: tuple[str, ...]) -> dict:
        import yaml

        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, P.NOT_A_MAPPING, what)
        found: dict = {}
        for key_node, value_node in node.value:
            name = str(key_node.value)
            if name in found:
                raise self.fail(key_node, P.NAME_TWICE, name, what)
            if name not in allowed:
                raise self.fail(key_node, P.UNKNOWN_NAME, name, what, ", ".join(allowed))
            found[name] = value_node
        return found

    def check_format(self, root: dict, document, name: str, version: int) -> None:
        """The file's `format` is `name` and its format_version one this version reads."""
        if self.text(self.required(root, "format", document), "format") != name:
            raise self.fail(root["format"], P.WRONG_FORMAT, name)
        version_node = self.required(root, "format_version", document)
        found = str(version_node.value)
        if not found.isdigit():
            raise self.fail(version_node, P.NOT_A_VERSION)
        if int(found) > version:
            raise self.fail(version_node, P.NEWER_FORMAT, found, version)

    def flag(self, node, what: Words) -> bool:
        if node.tag != _BOOL:
            raise self.fail(node, P.NOT_A_FLAG, what)
        return str(node.value).lower() in ("true", "yes", "on")

    def required(self, fields: dict, name: str, parent):
        if name not in fields:
            raise self.fail(parent, P.MISSING, name)
        return fields[name]

    def text(self, node, what: Words | str, limit: int = LABEL_MAX) -> str:
        """A text of at most `limit` characters; `what` it is: Words, or a name of the file."""
        import yaml

        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL and not node.value:
            raise self.fail(node, P.EMPTY_TEXT, what)
        if not isinstance(node, yaml.ScalarNode) or node.tag != _STR:
            raise self.fail(node, P.NOT_A_TEXT, what)
        text = clean(node.value)
        if not text:
            raise self.fail(node, P.EMPTY_TEXT, what)
        if len(text) > limit:
            raise self.fail(node, P.TOO_LONG, what, limit)
        return text

    def label(self, node, what: Words, limit: int = LABEL_MAX) -> str:
        """A label: a text, refused when YAML took part of it for a comment (" #" unquoted)."""
        text = self.text(node, what, limit)
        end = node.end_mark
        if node.style is None and end.line < len(self.lines) and (
                self.lines[end.line][end.column:].lstrip().startswith("#")):
            raise self.fail(node, P.COMMENT_IN_LABEL, what)
        return text
