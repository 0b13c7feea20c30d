"""A theme's Wording per group table shows each question whole when the form opens: the rows
were measured before the columns took their width, so a long question ended in "…"."""

from __future__ import annotations

from drempelmeter.domain.region_themes import RegionTheme, ThemeItem
from drempelmeter.ui.theme_dialog import ThemeDialog

QUESTIONS = (
    "Op de website van de dienst is snel te vinden wat je zoekt.",
    "Wie een digitaal formulier niet alleen kan invullen, krijgt hulp van een medewerker.",
    "Je kunt ook zonder computer of smartphone bij de dienst terecht, op elk uur van de dag.",
)


def test_every_question_is_whole_in_the_wording_table_when_the_form_opens(qtbot):
    theme = RegionTheme("digitale_toegang", "Digitale toegang", items=tuple(
        ThemeItem(f"dig-{n}", text) for n, text in enumerate(QUESTIONS, start=1)))
    form = ThemeDialog("Thema", None, theme)
    qtbot.addWidget(form)
    form.resize(720, 720)
    form.show()
    qtbot.waitExposed(form)
    table = form.wording
    assert [table.rowHeight(r) >= table.sizeHintForRow(r)
            for r in range(table.rowCount())] == [True] * len(QUESTIONS)
    assert table.sizeHintForRow(2) > table.fontMetrics().lineSpacing() * 2  # wrapped lines
