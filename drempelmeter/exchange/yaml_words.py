"""What a shared YAML file's readers say is wrong with it: English templates with {} details, a
detail itself a Words, so the command line prints them and the window says them translated."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """A template of YamlProblems with its details (texts, numbers or Words), in order."""

    template: str
    details: tuple[object, ...] = ()

    def __str__(self) -> str:
        return self.template.format(*(str(d) for d in self.details))


class YamlProblems:
    """Every template a YAML file's reader or import uses; the window has a translation of each
    (ui.yaml_messages). A detail that is a key, a list name or a field of the file is shown as
    the file has it."""

    # what a message is about
    THE_FILE = "the file"
    VOCABULARIES = "vocabularies"
    A_TERM_OF = "a term of {}"
    TERM_FIELD = "{} '{}': {}"
    KEY = "key"
    A_THEME = "a theme"
    THEME_FIELD = "theme '{}': {}"
    THEME_QUESTION = "theme '{}': a question"
    ITS_NAME = "its name"
    ITS_EXPLANATION = "its explanation"
    QUESTION_NUMBER = "question {}"
    REGION_VOCABULARIES = "a region's vocabularies"
    REGION_THEMES = "a region's themes"
    # the file as a whole
    TOO_LARGE = "the file is larger than {} KiB; {} are far smaller"
    UNREADABLE = "cannot be read: {}"
    NOT_UTF8 = "is not saved as UTF-8 (in the text editor: Save as…, encoding UTF-8)"
    ALIASES = ("anchors and aliases (& and *) are not allowed; put a label that starts with & "
               "or * in double quotes")
    NOT_YAML = "not valid YAML: {}"
    NOT_YAML_HINT = "not valid YAML: {} ({})"
    EMPTY = "the file is empty"
    # what a person editing the file by hand did, said after the YAML parser's own words
    HINT_TAB = "a tab: indent with spaces only"
    HINT_COLON = ("a label holding ': ' must be put in straight quotes (not a word processor's "
                  "“ ”): nl: \"Werkgroep: onthaal\"")
    HINT_NO_COLON = "a line misses the ':' after its name (key:, nl:, en:)"
    HINT_QUOTE_END = ("a label that starts with a quote must end with it: put the whole label in "
                      "double quotes, and write a \" inside it as \\\"")
    HINT_UNCLOSED = "a quote is not closed"
    HINT_INDENT = ("this line is not indented like the lines of its kind above it: line it up "
                   "with them, with spaces")
    HINT_SIGN = "a label that starts with a sign such as @, % or ` must be put in double quotes"
    HINT_BRACKET = "a label that starts with a bracket must be put in double quotes"
    # the file's structure and values
    NOT_A_MAPPING = "{} must be a set of 'name: value' lines"
    NAME_TWICE = "'{}' appears twice in {}"
    UNKNOWN_NAME = "unknown name '{}' in {}; allowed: {}"
    WRONG_FORMAT = "format must be '{}'"
    NOT_A_VERSION = "format_version must be a whole number, such as 1"
    NEWER_FORMAT = ("format_version {} is newer than this Drempelmeter reads ({}); update "
                    "Drempelmeter")
    NOT_A_FLAG = "{} must be true or false"
    MISSING = "'{}' is missing"
    EMPTY_TEXT = "{} must not be empty"
    NOT_A_TEXT = "{} must be a text (put it in quotes if it looks like a number or yes/no)"
    TOO_LONG = "{} is longer than {} characters"
    COMMENT_IN_LABEL = ("{}: YAML reads what follows ' #' as a comment; put a label holding # "
                        "in quotes")
    # a vocabularies file
    NOT_A_TERM_LIST = "{} must be a list of terms ('- key: ...')"
    TOO_MANY_TERMS = "more than {} terms"
    TERM_KEY_TWICE = "the key '{}' appears twice in {} (first on line {})"
    FIXED_SET = "{} has a fixed set of terms; '{}' is not one of them"
    NOT_RETIRABLE = "{}: '{}' cannot be retired"
    BAD_KEY = "the key '{}' may hold only small letters, digits and _ (at most {})"
    LINE_BREAK_IN_LABEL = ("{} '{}': the {} label holds a line break, which a workbook puts "
                           "between terms: the label would come back as two terms (use '/' or "
                           "',' instead)")
    SEPARATOR_IN_LABEL = ("{} '{}': the {} label holds '{}', which a workbook puts between "
                          "terms: the label would come back as two terms (use '/' or ',' "
                          "instead)")
    SAME_LABEL = "{} '{}': the label is the same as that of '{}'"
    TERMS_IN_USE = ("{}: the file leaves out {}, which records use; keep them in the file "
                    "(retired: true to stop offering them)")
    # a questionnaire themes file
    NOT_A_THEME_LIST = "themes must be a list of themes ('- key: ...')"
    THEME_KEY_TWICE = "the key '{}' appears twice (first on line {})"
    NO_QUESTIONS = "theme '{}': questions must be a list of questions ('- ...'), at least one"
    TOO_MANY_QUESTIONS = "theme '{}': more than {} questions"
    QUESTION_COLON = ("theme '{}': a question holding ': ' must be put in straight quotes: "
                      "- \"Let op: wie hulp vraagt, krijgt ze.\"")
    TAKEN_KEY = ("the key '{}' is that of a B or a fixed theme, or holds more than small "
                 "letters, digits and _")
    QUESTION_TWICE = "theme '{}': the question '{}' appears twice"
    SAME_THEME_NAME = "theme '{}': its name is that of another B or theme"
    PERSONAL_DATA = ("theme '{}', {}: it seems to hold personal data ({}); replace it with a "
                     "neutral word")

    @classmethod
    def templates(cls) -> list[str]:
        return [v for k, v in vars(cls).items() if k.isupper()]
