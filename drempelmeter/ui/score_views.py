"""The score charts of a round, each with its table: radar, partner × B, gaps, change, themes.

Suppressed cells read "hidden" in every table and are never drawn as a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..domain.questionnaire import (
    RESPONDENT_GROUPS,
    clients_group,
    shown_groups,
    themes_of,
)
from ..domain.scoring import ALL, Score, Scores, change, hidden_counts
from ..domain.taxonomy import ALL_BS
from ..services import measurement, partners, questionnaire_themes
from ..services.records import RoundRecord
from .chart_view import ChartView, fill_table, read_from_left, read_only_table
from .column_room import RowNamesRoom, two_line_headers
from .document import TrajectoryDocument
from .formats import locale_decimal
from .i18n import fill, language, tr

EMPTY = "—"


class ScoreViews:
    """Builds the chart tabs and fills the one in view from the round's scores."""

    def __init__(self, document: TrajectoryDocument, own_only: bool = False) -> None:
        """`own_only`: a partner's own view (its feedback), where the scores are those its own
        report publishes, so that no other partner's small group hides its figures."""
        self.document = document
        self.own_only = own_only
        self.radar = ChartView("radarChart", tr("Scores per B for each group of the partner"))
        self.heatmap = ChartView("meanHeatmap", tr("Mean score per partner and B"))
        self.partner_names = RowNamesRoom(self.heatmap.table)  # the room the B's leave
        self.gaps = ChartView("gapChart", tr("Gap between staff and clients per B"))
        self.changes = ChartView("changeChart", tr("Change between two rounds per B"))
        self.details = read_only_table("scoreDetails", tr("Every number of the partner per B "
                                                          "and group"))
        self.themes = ChartView("themeChart", tr("Scores per theme beside the B's"))
        self.compare_with = QComboBox()
        self.compare_with.setObjectName("compareRound")
        self.compare_with.setAccessibleName(tr("Compare with round"))
        self.compare_with.currentIndexChanged.connect(lambda _i: self._redraw())
        self._tabs: list[QWidget] = []
        self._notes: list[QLabel] = []
        self._last: tuple | None = None  # type: ignore[type-arg]
        self._starts: dict[str, date] = {}
        for chart in (self.radar, self.heatmap, self.gaps, self.changes, self.details,
                      self.themes):
            wrapper = QWidget()
            layout = QVBoxLayout(wrapper)
            layout.setContentsMargins(0, 0, 0, 0)
            if chart is self.changes:
                row = QHBoxLayout()
                label = QLabel(tr("&Compare with:"))
                label.setBuddy(self.compare_with)
                row.addWidget(label)
                row.addWidget(self.compare_with, 1)
                layout.addLayout(row)
            layout.addWidget(chart, 1)
            note = QLabel()
            note.setWordWrap(True)
            layout.addWidget(note)
            self._notes.append(note)
            self._tabs.append(wrapper)

    def tabs(self) -> list[tuple[QWidget, str]]:
        return list(zip(self._tabs, (tr("R&adar"), tr("Partner × B"), tr("&Staff–client gap"),
                                     tr("C&hange"), tr("Num&bers"), tr("The&mes")),
                        strict=True))

    def clear(self) -> None:
        self._last = None
        for chart in (self.radar, self.heatmap, self.gaps, self.changes, self.themes):
            chart.table.setRowCount(0)
        self.details.setRowCount(0)

    def show(self, tab: QWidget, record: RoundRecord, rounds: Sequence[RoundRecord],
             partner_id: str | None, partner_name: str, group: str) -> None:
        """Draw the chart of `tab` (only the one in view: the others wait until shown)."""
        others = [r for r in rounds if r.id != record.id]
        chosen = self.compare_with.currentData()
        self.compare_with.blockSignals(True)
        self.compare_with.clear()
        for other in others:
            self.compare_with.addItem(other.name, other.id)
        earlier = [r for r in others if r.started_on <= record.started_on]
        fallback = (earlier or others)[-1].id if others else None
        found = self.compare_with.findData(chosen if chosen is not None else fallback)
        self.compare_with.setCurrentIndex(found if found >= 0 else
                                          self.compare_with.findData(fallback))
        self.compare_with.blockSignals(False)
        self._starts = {r.id: r.started_on for r in rounds}
        self._last = (tab, record, partner_id, partner_name, group)
        self._redraw()

    def _redraw(self) -> None:
        if self._last is None:
            return
        tab, record, partner_id, partner_name, group = self._last
        if tab not in self._tabs:
            return
        db = self.document.db
        scores = measurement.round_scores(db, record.id, self._published(partner_id))
        lang = language()
        present = {b for _item, b in record.items}
        bs = [t.key for t in ALL_BS if t.key in present]
        b_labels = [ALL_BS.label(b, lang) for b in bs]
        theme_terms = questionnaire_themes.terms(db)
        themes = themes_of(present, theme_terms)
        theme_labels = [theme_terms.label(t, lang) for t in themes]
        if tab is self._tabs[0]:
            cells = self._draw_radar(scores, bs, b_labels, partner_id, partner_name)
        elif tab is self._tabs[1]:
            cells = self._draw_heatmap(scores, bs, b_labels, group)
        elif tab is self._tabs[2]:
            cells = self._draw_gaps(scores, bs, b_labels, partner_id, partner_name)
        elif tab is self._tabs[4]:
            cells = self._fill_details(scores, [*bs, *themes], [*b_labels, *theme_labels],
                                       partner_id)
        elif tab is self._tabs[5]:
            cells = self._draw_themes(scores, themes, theme_labels, partner_id, partner_name)
        else:
            cells = self._draw_change(scores, record, bs, b_labels, partner_id, partner_name,
                                      group)
        if cells is not None:
            self._notes[self._tabs.index(tab)].setText(hidden_note(cells, scores.threshold))

    def _published(self, partner_id: str | None) -> list[str] | None:
        """The partners whose cells the scores publish: all, or the partner's own."""
        return [partner_id] if self.own_only and partner_id else None

    # ---- the four charts -------------------------------------------------------------------

    def _draw_radar(self, scores: Scores, bs: list[str], b_labels: list[str],
                    partner_id: str | None, partner_name: str) -> list[Score | None]:
        from ..charts.measurement_charts import radar

        groups = [(t.label(language()), t.key) for t in shown_groups(_groups_of(scores))]
        cells = [[scores.get(partner_id or "", key, b) for b in bs] for _label, key in groups]
        series = [(label, [chart_value(c) for c in row]) for (label, _key), row in
                  zip(groups, cells, strict=True)]
        title = fill(tr("%1: score per B"), partner_name)
        drawn = has_numbers(cells)
        self.radar.show_data(radar(b_labels, series, title) if drawn else None,
                             [g for g, _k in groups], b_labels,
                             [[cell_text(c) for c in row] for row in cells],
                             blank="" if drawn else not_enough())
        return [c for row in cells for c in row]

    def _draw_heatmap(self, scores: Scores, bs: list[str], b_labels: list[str],
                      group: str) -> list[Score | None]:
        from ..charts.measurement_charts import mean_heatmap

        names = [(p.name, p.id) for p in partners.list_partners(self.document.db)]
        cells = [[scores.get(pid, group, b) for b in bs] for _name, pid in names]
        title = fill(tr("Mean score of “%1” per partner and B"), RESPONDENT_GROUPS.label(group, language()))
        drawn = has_numbers(cells)
        self.heatmap.show_data(
            mean_heatmap([n for n, _p in names], b_labels, [[chart_value(c) for c in row]
                                                            for row in cells],
                         title, decimal=locale_decimal()) if drawn else None,
            [n for n, _p in names], two_line_headers(self.heatmap.table, b_labels, endings=True),
            [[cell_text(c) for c in row] for row in cells], blank="" if drawn else not_enough())
        self.partner_names.share()
        return [c for row in cells for c in row]

    def _draw_gaps(self, scores: Scores, bs: list[str], b_labels: list[str],
                   partner_id: str | None, partner_name: str) -> list[Score | None]:
        from ..charts.measurement_charts import gap_bars

        partner = partner_id or ""
        clients = clients_group(_groups_of(scores))
        gaps = [scores.gap(partner, b, second=clients) for b in bs]
        rows = [[cell_text(scores.get(partner, "staff", b)), cell_text(scores.get(partner, clients, b)),
                 _signed(gap)] for b, gap in zip(bs, gaps, strict=True)]
        bars = [EMPTY if gap is None else gap for gap in gaps]
        title = fill(tr("%1: how much higher staff score than clients"), partner_name)
        drawn = any(gap is not None for gap in gaps)
        self.gaps.show_data(gap_bars(b_labels, bars, title, decimal=locale_decimal())
                            if drawn else None,
                            b_labels, [tr("Staff"), tr("Clients"), tr("Gap")], rows,
                            blank="" if drawn else tr(
                                "Not enough answers yet: a gap needs scores of both staff and "
                                "clients."))
        return [scores.get(partner, g, b) for b in bs for g in ("staff", clients)]

    def _draw_change(self, scores: Scores, record: RoundRecord, bs: list[str],
                     b_labels: list[str], partner_id: str | None, partner_name: str,
                     group: str) -> list[Score | None] | None:
        from ..charts.measurement_charts import round_comparison

        other_id = self.compare_with.currentData()
        if other_id is None:
            self.changes.table.setRowCount(0)
            self._notes[3].setText(tr("There is no other round to compare with yet."))
            return None
        other = measurement.round_scores(self.document.db, other_id,
                                         self._published(partner_id))
        partner = partner_id or ""
        before = [other.get(partner, group, b) for b in bs]
        after = [scores.get(partner, group, b) for b in bs]
        names = (self.compare_with.currentText(), record.name)
        if self._starts[other_id] > record.started_on:  # always earlier round first
            before, after, names = after, before, (names[1], names[0])
            other, scores = scores, other
        moved = [change(other, scores, partner, group, b) for b in bs]
        title = fill(tr("%1, %2: change per B"), partner_name, RESPONDENT_GROUPS.label(group, language()))
        drawn = has_numbers([before, after])
        self.changes.show_data(
            round_comparison(b_labels, [chart_value(c) for c in before], [chart_value(c) for c in after],
                             names, title, decimal=locale_decimal()) if drawn else None,
            b_labels, [*names, tr("Change")],
            [[cell_text(one), cell_text(two), _signed(m)] for one, two, m in
             zip(before, after, moved, strict=True)],
            blank="" if drawn else not_enough())
        return [*before, *after]


    def _draw_themes(self, scores: Scores, themes: list[str], labels: list[str],
                     partner_id: str | None, partner_name: str) -> list[Score | None]:
        """The themes beside the B's (`labels`: their names): the partner's groups, all of
        them, and the region."""
        from ..charts.measurement_charts import mean_heatmap

        lang = language()
        partner = partner_id or ""
        lines = [(t.label(lang), partner, t.key) for t in shown_groups(_groups_of(scores))]
        lines += [(tr("All groups"), partner, ALL), (tr("Region"), ALL, ALL)]
        cells = [[scores.get(whose, group, theme) for theme in themes]
                 for _label, whose, group in lines]
        names = [label for label, _whose, _group in lines]
        drawn = bool(themes) and has_numbers(cells)
        title = fill(tr("%1: score per theme"), partner_name)
        self.themes.show_data(
            mean_heatmap(names, labels, [[chart_value(c) for c in row] for row in cells], title,
                         decimal=locale_decimal()) if drawn else None,
            names, labels, [[cell_text(c) for c in row] for row in cells],
            blank="" if drawn else tr("This round asks about no theme beside the B's.")
            if not themes else not_enough())
        return [c for row in cells for c in row]

    def _fill_details(self, scores: Scores, bs: list[str], b_labels: list[str],
                      partner_id: str | None) -> list[Score | None]:
        """Per B or theme and group (and all groups): respondents, answers, mean, the five counts and the
        share of "weet niet"; a hidden cell shows no number at all."""
        groups = [(t.label(language()), t.key) for t in shown_groups(_groups_of(scores))]
        groups.append((tr("All groups"), ALL))
        columns = [tr("Group"), tr("Respondents"), tr("Answers"), tr("Mean"), "1", "2", "3", "4",
                   "5", tr("Don't know")]
        rows, values, cells = [], [], []
        for b, b_label in zip(bs, b_labels, strict=True):
            for group_label, group in groups:
                cell = scores.get(partner_id or "", group, b)
                rows.append(b_label)
                values.append([group_label, *_numbers(cell)])
                cells.append(cell)
        fill_table(self.details, rows, columns, values)
        read_from_left(self.details, (0,))  # the group
        return cells


class Hidden(str):
    """The word "hidden" in a table, carrying why (shown as the cell's tooltip and read as its
    accessible description), so a coach can answer "why is there no number?"."""

    why = ""


def hidden(cell: Score) -> Hidden:
    word = Hidden(tr("hidden"))
    word.why = (tr("Hidden: fewer people gave a score from 1 to 5 here than the smallest group "
                   "shown.")
                if cell.small_group else
                tr("Hidden: with the totals of its row and column shown, this number would let a "
                   "reader work out the hidden cells beside it, and they hold too few people."))
    return word


def hidden_note(cells: Sequence[Score | None], threshold: int) -> str:
    """The note under a table: what it hides and why, and what a dash means."""
    small, guarded = hidden_counts(cells)
    if not small + guarded:
        return tr("Nothing is hidden here. “—”: no answers.")
    return fill(tr("“hidden”: %1 cells where fewer than %2 people gave a score from 1 to 5, and "
                   "%3 cells that would let a reader work those out from the totals shown. “—”: "
                   "no answers."), small, threshold, guarded)


def _numbers(cell: Score | None) -> list[str]:
    if cell is None:
        return [EMPTY] * 9
    if cell.suppressed:
        return [hidden(cell)] * 9
    share = EMPTY if cell.dont_know_share is None else \
        QLocale().toString(cell.dont_know_share * 100, "f", 0) + " %"
    return [str(cell.respondents), str(cell.answers), cell_text(cell),
            *(str(n) for n in cell.distribution or ()), share]


def chart_value(cell: Score | None) -> float | str:
    """What a chart draws: the mean, or the text the table shows in its place."""
    if cell is None or cell.suppressed or cell.mean is None:
        return cell_text(cell)
    return cell.mean


def cell_text(cell: Score | None) -> str:
    """What a table shows for a cell: the mean, "hidden" or a dash."""
    if cell is not None and cell.suppressed:
        return hidden(cell)
    if cell is None or cell.mean is None:
        return EMPTY
    return QLocale().toString(cell.mean, "f", 2)


def _signed(value: float | None) -> str:
    if value is None:
        return EMPTY
    return ("+" if value > 0 else "") + QLocale().toString(value, "f", 2)


def has_numbers(cells: Sequence[Sequence[Score | None]]) -> bool:
    """True when a chart of these cells draws at least one number (not only "hidden" or "—")."""
    return any(not isinstance(chart_value(cell), str) for row in cells for cell in row)


def not_enough() -> str:
    """What an empty score chart says in its place."""
    return tr("Not enough answers yet: this chart appears once there are scores to show "
              "(the table says per cell why not).")


def _groups_of(scores: Scores) -> set[str]:
    """The respondent groups that have a cell (shown or hidden) in `scores`."""
    return {group for _partner, group, _b in scores.cells}
