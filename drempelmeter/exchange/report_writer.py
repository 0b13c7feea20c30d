"""The regional report's writer: a story writer that numbers chapters, tables per B and figures
for the chapter modules (report_opening, report_findings, report_plan) to fill."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.report import ReportData
from ..domain.steering import CHAPTERS
from .pdf_figures import figure_drawing
from .pdf_story import StoryWriter, lines_markup, number, unnumbered


class ReportWriter(StoryWriter):
    """Collects the flowables of the report, chapter by chapter."""

    def __init__(self, data: ReportData, width: float) -> None:
        super().__init__(width)
        self.data = data
        self.section = 0
        self.contents_at = 0

    def chapter(self, text: str) -> None:
        """A numbered chapter on a new page, with the coach's duiding of it (when the title is
        one of domain.steering.CHAPTERS and the coach wrote one) under its title."""
        from reportlab.platypus import PageBreak

        self.section += 1
        self.story.append(PageBreak())
        self.heading(f"{self.section}. {text}", 0)
        term = CHAPTERS.find(text)
        note = self.data.steering.texts.notes.get(term.key, "") if term else ""
        if note:
            self.marked_up(f"<b>Duiding</b><br/>{lines_markup(note)}", self.styles.note)

    def per_b(self, first: str, b_labels: Sequence[str],
              rows: Sequence[tuple[str, Sequence[object]]]) -> None:
        """A table of a name and a number per B (counts, or means in Dutch notation)."""
        self.table([first, *b_labels],
                   [(name, *(number(v) if isinstance(v, float | str) else v for v in values))
                    for name, values in rows], wrap=(0,))

    def figure(self, figure) -> None:
        from reportlab.platypus import Spacer

        self.story.append(figure_drawing(figure, self.width))
        self.story.append(Spacer(1, 4))


def in_sentence(name: str) -> str:
    """A field's name inside a sentence: "Trekker" → "trekker", but "B's", "MoSCoW" stay."""
    word = name.split()[0]
    return name[0].lower() + name[1:] if word[1:].isalpha() and word[1:].islower() else name


def action_title(action) -> str:
    return unnumbered(action.title, action.number, "actie")


def goal_title(goal) -> str:
    return f"{goal.number}. {unnumbered(goal.title, goal.number, 'doel')}"

