"""Free text as the app keeps it: no control characters, line breaks as LF, NFC, trimmed."""

from __future__ import annotations

import re
import unicodedata

#: Control characters other than tab and newline (C0, DEL, C1), and what XML cannot hold at all
#: (lone surrogates, U+FFFE, U+FFFF): spreadsheets refuse them, PDFs and charts show boxes.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def without_controls(text: str) -> str:
    """`text` with CR LF and a lone CR as LF, and without the characters of `_UNWANTED`."""
    if text.isprintable():  # the common case: none of them (nor any other control)
        return text
    return _UNWANTED.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean(text: str) -> str:
    """Free text as it is stored: `without_controls`, normalised to NFC, trimmed."""
    return unicodedata.normalize("NFC", without_controls(text)).strip()
