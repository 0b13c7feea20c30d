"""Translations: `tr()` for UI strings, and a translator that reads our Qt Linguist (.ts) file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resource

CONTEXT = "Drempelmeter"
LANGUAGE_PREFERENCES = ("system", "en", "nl")


def tr(text: str, disambiguation: str | None = None) -> str:
    """`text` (English) in the user's language."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation)


def fill(template: str, *args: object) -> str:
    """`template` with %1, %2, … replaced by `args` in one pass, so a file named
    "Regio %2.drempel" is never filled in again."""
    return re.sub(r"%(\d)", lambda m: str(args[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(args) else m.group(0), template)


def tr_noop(text: str) -> str:
    """Marks `text` for translation where it is defined; `tr()` translates it where it is shown."""
    return text


def language() -> str:
    """The language the UI speaks now ("en" or "nl"), for domain labels and dates."""
    return tr("en", "language code of the user interface")


def catalog_path(lang: str) -> Path:
    return resource("translations", f"drempelmeter_{lang}.ts")


def load_catalog(path: Path) -> dict[tuple[str, str], str]:
    """{(source, disambiguation): translation} for every finished message of a .ts file."""
    import xml.etree.ElementTree as ET  # only needed when a translation is loaded

    messages: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            messages[(source, message.findtext("comment") or "")] = translation.text or ""
    return messages


class CatalogTranslator(QTranslator):
    """A QTranslator over a .ts catalog, so no compiled .qm file is generated or shipped."""

    def __init__(self, messages: dict[tuple[str, str], str], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._messages = messages

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        """The translation, or None (a null string) so Qt falls back to the English source.

        An empty string would be taken as the translation and show the user nothing.
        """
        if context != CONTEXT:
            return None
        return self._messages.get((source, disambiguation or "")) or None

    def isEmpty(self) -> bool:
        return not self._messages


def system_language() -> str:
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def resolve_language(preference: str) -> str:
    """The language to use for a preference of "system", "en" or "nl"."""
    return system_language() if preference not in ("en", "nl") else preference


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install our Dutch catalog and Qt's own (standard buttons); English needs none.

    The translators are parented to the application: held only by a local variable they would
    be garbage-collected and the UI would silently fall back to English.
    """
    if lang != "nl":
        return []
    ours = CatalogTranslator(load_catalog(catalog_path(lang)), app)
    qt = QTranslator(app)
    qt.load(QLocale(QLocale.Language.Dutch), "qtbase", "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for translator in (qt, ours):
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    return [ours, qt]
