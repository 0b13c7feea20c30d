"""User text as reportlab paragraph markup: control characters dropped, <, > and & escaped."""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..domain.text import without_controls


def markup(text: str) -> str:
    """`text` to print as written in a Paragraph: never read as markup (a `<img src=...>` would
    embed a file from the disk), never a control character."""
    return escape(without_controls(text))
