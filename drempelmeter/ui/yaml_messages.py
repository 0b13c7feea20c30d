"""A refused YAML file (vocabularies, questionnaire themes) said in the user's language, with
the file and the line."""

from __future__ import annotations

from pathlib import Path

from ..exchange.vocabulary_file import VocabularyFileError
from ..exchange.yaml_words import Words
from ..exchange.yaml_words import YamlProblems as P
from .i18n import fill, tr

YAML_WORDS = {
    P.THE_FILE: lambda: tr("the file"),
    P.VOCABULARIES: lambda: tr("the list of vocabularies"),
    P.A_TERM_OF: lambda: tr("a term of %1"),
    P.TERM_FIELD: lambda: tr("%1 '%2': %3"),
    P.KEY: lambda: tr("the key"),
    P.A_THEME: lambda: tr("a theme"),
    P.THEME_FIELD: lambda: tr("theme '%1': %2"),
    P.THEME_QUESTION: lambda: tr("theme '%1': a question"),
    P.ITS_NAME: lambda: tr("its name"),
    P.ITS_EXPLANATION: lambda: tr("its explanation"),
    P.QUESTION_NUMBER: lambda: tr("question %1"),
    P.REGION_VOCABULARIES: lambda: tr("a region's vocabularies"),
    P.REGION_THEMES: lambda: tr("a region's themes"),
    P.TOO_LARGE: lambda: tr("the file is larger than %1 KiB; %2 are far smaller"),
    P.UNREADABLE: lambda: tr("the file cannot be read: %1"),
    P.NOT_UTF8: lambda: tr("the file is not saved as UTF-8 (in the text editor: Save as…, "
                           "encoding UTF-8)"),
    P.ALIASES: lambda: tr("anchors and aliases (& and *) are not allowed; put a label that "
                          "starts with & or * in double quotes"),
    P.NOT_YAML: lambda: tr("the file is not valid YAML (%1)"),
    P.NOT_YAML_HINT: lambda: tr("%2 (the file is not valid YAML: %1)"),
    P.EMPTY: lambda: tr("the file is empty"),
    P.HINT_TAB: lambda: tr("a tab: indent with spaces only"),
    P.HINT_COLON: lambda: tr("a label holding ': ' must be put in straight quotes (not a word "
                             "processor's “ ”): nl: \"Werkgroep: onthaal\""),
    P.HINT_NO_COLON: lambda: tr("a line misses the ':' after its name (key:, nl:, en:)"),
    P.HINT_QUOTE_END: lambda: tr("a label that starts with a quote must end with it: put the "
                                 "whole label in double quotes, and write a \" inside it as "
                                 "\\\""),
    P.HINT_UNCLOSED: lambda: tr("a quote is not closed"),
    P.HINT_INDENT: lambda: tr("this line is not indented like the lines of its kind above it: "
                              "line it up with them, with spaces"),
    P.HINT_SIGN: lambda: tr("a label that starts with a sign such as @, % or ` must be put in "
                            "double quotes"),
    P.HINT_BRACKET: lambda: tr("a label that starts with a bracket must be put in double "
                               "quotes"),
    P.NOT_A_MAPPING: lambda: tr("%1 must be a set of 'name: value' lines"),
    P.NAME_TWICE: lambda: tr("'%1' appears twice in %2"),
    P.UNKNOWN_NAME: lambda: tr("unknown name '%1' in %2; allowed: %3"),
    P.WRONG_FORMAT: lambda: tr("the line 'format:' must say '%1'"),
    P.NOT_A_VERSION: lambda: tr("format_version must be a whole number, such as 1"),
    P.NEWER_FORMAT: lambda: tr("the file is of format version %1, newer than this Drempelmeter "
                               "reads (%2); update Drempelmeter"),
    P.NOT_A_FLAG: lambda: tr("%1 must be true or false"),
    P.MISSING: lambda: tr("'%1' is missing"),
    P.EMPTY_TEXT: lambda: tr("%1 must not be empty"),
    P.NOT_A_TEXT: lambda: tr("%1 must be a text (put it in quotes if it looks like a number or "
                             "yes/no)"),
    P.TOO_LONG: lambda: tr("%1 is longer than %2 characters"),
    P.COMMENT_IN_LABEL: lambda: tr("%1: YAML reads what follows ' #' as a comment; put a label "
                                   "holding # in quotes"),
    P.NOT_A_TERM_LIST: lambda: tr("%1 must be a list of terms ('- key: ...')"),
    P.TOO_MANY_TERMS: lambda: tr("more than %1 terms"),
    P.TERM_KEY_TWICE: lambda: tr("the key '%1' appears twice in %2 (first on line %3)"),
    P.FIXED_SET: lambda: tr("%1 has a fixed set of terms; '%2' is not one of them"),
    P.NOT_RETIRABLE: lambda: tr("%1: '%2' cannot be retired"),
    P.BAD_KEY: lambda: tr("the key '%1' may hold only small letters, digits and _ (at most "
                          "%2)"),
    P.LINE_BREAK_IN_LABEL: lambda: tr("%1 '%2': the %3 label holds a line break, which a "
                                      "workbook puts between terms: the label would come back "
                                      "as two terms (use '/' or ',' instead)"),
    P.SEPARATOR_IN_LABEL: lambda: tr("%1 '%2': the %3 label holds '%4', which a workbook puts "
                                     "between terms: the label would come back as two terms "
                                     "(use '/' or ',' instead)"),
    P.SAME_LABEL: lambda: tr("%1 '%2': the label is the same as that of '%3'"),
    P.TERMS_IN_USE: lambda: tr("%1: the file leaves out %2, which records use; keep them in "
                               "the file (retired: true to stop offering them)"),
    P.NOT_A_THEME_LIST: lambda: tr("themes must be a list of themes ('- key: ...')"),
    P.THEME_KEY_TWICE: lambda: tr("the key '%1' appears twice (first on line %2)"),
    P.NO_QUESTIONS: lambda: tr("theme '%1': questions must be a list of questions ('- ...'), "
                               "at least one"),
    P.TOO_MANY_QUESTIONS: lambda: tr("theme '%1': more than %2 questions"),
    P.QUESTION_COLON: lambda: tr("theme '%1': a question holding ': ' must be put in straight "
                                 "quotes: - \"Let op: wie hulp vraagt, krijgt ze.\""),
    P.TAKEN_KEY: lambda: tr("the key '%1' is that of a B or a fixed theme, or holds more than "
                            "small letters, digits and _"),
    P.QUESTION_TWICE: lambda: tr("theme '%1': the question '%2' appears twice"),
    P.SAME_THEME_NAME: lambda: tr("theme '%1': its name is that of another B or theme"),
    P.PERSONAL_DATA: lambda: tr("theme '%1', %2: it seems to hold personal data (%3); replace "
                                "it with a neutral word"),
}


def yaml_words(words: Words) -> str:
    """`words` in the user's language, each detail that is Words itself too."""
    return fill(YAML_WORDS[words.template](),
                *(yaml_words(d) if isinstance(d, Words) else d for d in words.details))


def describe_yaml_error(exc: VocabularyFileError) -> str:
    """Nothing was imported from the file: its name, the line and what is wrong there."""
    return fill(tr("Nothing was imported from “%1”. Line %2: %3"), Path(exc.path).name,
                exc.line, yaml_words(exc.words))
