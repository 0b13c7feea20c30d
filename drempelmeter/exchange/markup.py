"""User text as the PDFs print it: control characters dropped, Arabic and Hebrew shaped and in
display order, a character the font lacks as a stated placeholder; and as reportlab paragraph
markup, with <, > and & escaped."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from ..domain.text import without_controls

#: What stands in for a character the report's font has no glyph for (never an empty box).
EMOJI, OTHER = "[emoji]", "[teken]"
#: Hebrew, Arabic and the other right-to-left scripts, and Arabic's presentation forms.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
#: Characters that join to or modify the emoji before them (ZWJ, variation selectors, skin
#: tones, tags, the keycap): they go into the same placeholder.
_EMOJI_PARTS = re.compile("[\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
_REGIONAL = re.compile("[\U0001f1e6-\U0001f1ff]")  # two of them make a flag


def markup(text: str) -> str:
    """`text` to print as written in a Paragraph: never read as markup (a `<img src=...>` would
    embed a file from the disk), never a control character."""
    return escape(printable(text))


def printable(text: str) -> str:
    """`text` as the report's font (DejaVu Sans) can draw it from left to right: right-to-left
    runs shaped (Arabic letters joined) and put in display order, and each character the font
    has no glyph for replaced by a placeholder (a whole emoji sequence by one `EMOJI`). A tab
    (a word processor's list or layout, pasted along) is a space: the font has no glyph for it."""
    text = without_controls(text).replace("\t", " ")
    if text.isascii():
        return text
    if _RIGHT_TO_LEFT.search(text):
        from bidi import get_display

        text = get_display(_reshaper().reshape(text))
    glyphs = _glyphs()
    if glyphs.issuperset(text):
        return text
    return _placeholders(text, glyphs)


def _placeholders(text: str, glyphs: frozenset[str]) -> str:
    out: list[str] = []
    joining = False  # the last character joins the next emoji to the placeholder before it
    for char in text:
        if out and out[-1] == EMOJI and (_EMOJI_PARTS.match(char)
                                         or (joining and _is_emoji(char))):
            joining = char == "\u200d"
            continue
        joining = False
        if char in glyphs or char == "\n":  # a line break stays one (the font has no glyph)
            out.append(char)
        elif _EMOJI_PARTS.match(char):
            continue  # a modifier of a character the font has: drawn without it
        elif _is_emoji(char):
            out.append(EMOJI)
            joining = bool(_REGIONAL.match(char))
        elif unicodedata.category(char) not in ("Cf", "Mn", "Zs") and out[-1:] != [OTHER]:
            out.append(OTHER)  # invisible ones are left out
    return "".join(out)


def _is_emoji(char: str) -> bool:
    return char >= "\U0001f000" or unicodedata.category(char) == "So"


@cache
def _glyphs() -> frozenset[str]:
    """The characters both the regular and the bold face of the report's font can draw, in the
    Basic Multilingual Plane: reportlab maps a character beyond it (the font's few emoji) to
    text in a form PDF readers cannot read, so copying, searching and screen readers would
    lose it; those get the placeholder too."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from .questionnaire_pdf import BOLD, FONT, register_fonts

    register_fonts()
    regular, bold = (set(getFont(name).face.charToGlyph) for name in (FONT, BOLD))
    return frozenset(chr(code) for code in regular & bold if code <= 0xFFFF)


@cache
def _reshaper():
    """Arabic reshaping with only the ligatures the report's font has glyphs for."""
    from arabic_reshaper import ArabicReshaper, config_for_true_type_font

    from ..paths import resource

    return ArabicReshaper(configuration=config_for_true_type_font(
        str(resource("fonts", "DejaVuSans.ttf"))))
