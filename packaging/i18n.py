#!/usr/bin/env python3
"""Keep resources/translations/drempelmeter_nl.ts in step with the tr() calls in drempelmeter/ui.

New strings are added as unfinished, strings no longer in the code are dropped, and existing
translations are kept. Needs only Python. Prints what a translator still has to do.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "drempelmeter" / "ui"
CONTEXT = "Drempelmeter"
MARKERS = ("tr", "tr_noop")


def extract(folder: Path = UI) -> dict[tuple[str, str], list[str]]:
    """{(source, disambiguation): [file:line, ...]} for every literal tr()/tr_noop() call."""
    found: dict[tuple[str, str], list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in MARKERS and node.args):
                continue
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                    for a in node.args[:2]]
            if args[0] is None:
                continue
            key = (args[0], args[1] if len(args) > 1 and args[1] else "")
            found.setdefault(key, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def read_catalog(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """{(source, disambiguation): (translation, finished)} from an existing .ts file."""
    if not path.exists():
        return {}
    catalog = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        text = translation.text if translation is not None and translation.text else ""
        catalog[key] = (text, translation is not None and translation.get("type") is None)
    return catalog


def write_catalog(path: Path, lang: str, strings, catalog) -> None:  # type: ignore[no-untyped-def]
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for key in sorted(strings, key=lambda k: (k[0].casefold(), k[1])):
        source, comment = key
        message = ET.SubElement(context, "message")
        for file in sorted({where.rsplit(":", 1)[0] for where in strings[key]}):
            ET.SubElement(message, "location", filename=file)
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        text, finished = catalog.get(key, ("", False))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not finished or not text:
            translation.set("type", "unfinished")
    ET.indent(root)
    partial = path.with_suffix(".ts.partial")
    partial.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    partial.replace(path)


def main() -> int:
    strings = extract()
    status = 0
    for path in sorted((ROOT / "resources" / "translations").glob("drempelmeter_*.ts")):
        lang = path.stem.split("_", 1)[1]
        catalog = read_catalog(path)
        write_catalog(path, lang, strings, catalog)
        todo = [k[0] for k in strings if not catalog.get(k, ("", False))[1]]
        dropped = [k[0] for k in catalog if k not in strings]
        print(f"{path.relative_to(ROOT)}: {len(strings)} strings, {len(todo)} to translate, "
              f"{len(dropped)} dropped")
        for source in todo:
            print(f"  to translate: {source!r}")
        status |= bool(todo)
    return status


if __name__ == "__main__":
    sys.exit(main())
