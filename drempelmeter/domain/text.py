"""Free text as the app keeps it: no control or invisible characters, line breaks as LF, NFC,
trimmed."""

from __future__ import annotations

import re
import unicodedata

#: What ends a line besides LF, each as one LF: CR LF and a lone CR (Windows, old Macs), the
#: vertical tab (a word processor's Shift+Enter, as Word pastes it), the form feed (a page
#: break), NEL, and Unicode's line and paragraph separators (U+2028, U+2029).
_LINE_BREAK = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
#: Control characters other than tab and newline (C0, DEL, C1), and what XML cannot hold at all
#: (lone surrogates, U+FFFE, U+FFFF): spreadsheets refuse them, PDFs and charts show boxes.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def without_controls(text: str) -> str:
    """`text` with each line break of `_LINE_BREAK` as LF, and without the characters of
    `_UNWANTED`."""
    if text.isprintable():  # the common case: none of them (nor any other control)
        return text
    return _UNWANTED.sub("", _LINE_BREAK.sub("\n", text))


#: Invisible characters a word processor or a web page pastes along: the soft hyphen, the
#: zero-width space, the word joiner and a byte-order mark. They only break search, matching
#: and the personal-data guard ("Kerk\u00adstraat 12"); joiners that shape a script or an emoji
#: (U+200C, U+200D) stay.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def clean(text: str) -> str:
    """Free text as it is stored: `without_controls`, without invisible characters, normalised
    to NFC, trimmed."""
    if text.isascii() and text.isprintable():  # most text: nothing to take out or normalise
        return text.strip()
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", without_controls(text))).strip()
