"""The Dutch translation: complete in the catalog, and nothing English left on screen."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTableView,
)

from drempelmeter.ui.i18n import catalog_path, language, load_catalog, tr
from drempelmeter.ui.workspace import BARRIERS, DETAILS, MEASUREMENT, PARTNERS, SIGNALS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import i18n as extractor

SAME_IN_BOTH = {"Partner", "Partners", "Checklist", "Type", "&Type:", "&Partner:", "&Help",
                "B", "&B:", "Moment", "&Moment:", "Partner × B", "Non-take-up:", "Filter: %1",
                "A&genda:", "Drempelmeter", "English", "Nederlands", "Score", "&Pareto", "Par&tner:",
                "MoSCoW", "&Workshop", "Cluster", "Pre-mortem", "%1 min", "Workshop — %1 — %2"}


def test_every_ui_string_has_a_finished_dutch_translation():
    catalog = load_catalog(catalog_path("nl"))
    wanted = extractor.extract()
    missing = [source for source, comment in wanted if not catalog.get((source, comment))]
    assert missing == []
    unused = [source for source, comment in catalog if (source, comment) not in wanted]
    assert unused == []


def test_placeholders_survive_translation():
    for (source, _), text in load_catalog(catalog_path("nl")).items():
        for marker in ("%1", "%2", "%3", "%4"):
            assert (marker in source) == (marker in text), (source, text)


def visible_texts(root) -> set[str]:  # type: ignore[no-untyped-def]
    """Every text a user can read in `root` and its menus, views and drop-downs."""
    texts: set[str] = set()
    widgets = [root, *root.findChildren(object)]
    for widget in widgets:
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            texts.add(widget.title())
            texts.update(a.text() for a in widget.actions())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            if isinstance(widget, QTableView):
                for column in range(model.columnCount(QModelIndex())):
                    texts.add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(QModelIndex()), 30)):
                texts.add(str(model.index(row, 0).data() or ""))
    return {t for t in texts if t.strip()}


def test_the_dutch_window_shows_no_untranslated_english(dutch, window, demo_file):
    assert language() == "nl"
    english = {source for source, _ in extractor.extract()} - SAME_IN_BOTH
    window.open_path(demo_file)
    seen: set[str] = set()
    for number in range(1, 7):
        window.workspace.show_phase(number)
        seen |= visible_texts(window)
    for section in (SIGNALS, MEASUREMENT, BARRIERS, PARTNERS, DETAILS):
        window.workspace.show_section(section)
        seen |= visible_texts(window)
    seen |= visible_texts(window.menuBar())
    seen.add(window.undo_action.text())
    leftovers = sorted(t for t in seen if t in english or t.replace("&", "") in
                       {e.replace("&", "") for e in english})
    assert leftovers == []
    assert "Fase 3: Nulmeting" in seen
    assert tr("Undo") == "Ongedaan maken"
    window.close_trajectory()
    assert "Welkom bij Drempelmeter" in visible_texts(window)


def test_english_is_the_default(window):
    assert language() == "en"
    assert "Welcome to Drempelmeter" in visible_texts(window)


def test_every_word_a_reader_says_about_a_cell_is_translated(dutch):
    from drempelmeter.exchange.errors import Problems
    from drempelmeter.ui.messages import CELL_WORDS, cell_words

    assert set(Problems.templates()) == set(CELL_WORDS)
    for template in Problems.templates():
        english = template.format("§")
        dutch_words = cell_words(english)
        assert dutch_words != english and ("§" in dutch_words) == ("{}" in template), template
    assert cell_words("Bekendheid; Bereikbaarheid") == "Bekendheid; Bereikbaarheid"


def test_every_message_fills_its_placeholders_in_one_pass():
    """A chain of .replace("%1", …).replace("%2", …) fills a name that holds "%2" a second time;
    every message goes through i18n.fill instead."""
    import re
    from pathlib import Path

    from drempelmeter.exchange.errors import WriteError
    from drempelmeter.ui import messages

    ui = Path(messages.__file__).parent
    chained = [f"{path.name}:{n}" for path in sorted(ui.glob("*.py"))
               for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if re.search(r'\.replace\(\s*"%\d"', line)]
    assert chained == []
    said = messages.describe_write_error(
        WriteError(Path("/tmp/Regio %2 Demer.pdf"), WriteError.OTHER, "permission denied"))
    assert "Regio %2 Demer.pdf" in said and said.count("permission denied") == 1
