"""The report as a workbook to work on (openpyxl): the coach's key findings and duiding, the
proposals for the steering group, signals, barriers and scores, policy signals, the action plan
(overview per pillar and goal, and one row per action), follow-up, decisions, the sessions'
summaries and coverage. Header rows are frozen and filtered, columns readable; user text is
stored as text, never as a formula."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path

from ..domain.plan import ACTION_STATUSES
from ..domain.prioritisation import MOSCOW
from ..domain.report import OUTCOMES, ReportData, SignalBundle
from ..domain.steering import CHAPTERS, DECISION_STATES, SteeringPart
from ..domain.taxonomy import ALL_BS
from .atomic import write_atomically
from .cells import put_text
from .report_indicators import PROGRESS_COLUMNS, VALUE_COLUMNS, workbook_rows
from .signal_fates import fate_columns, fate_rows

#: The plan's sheet in the shape a region brings its own plan in (see plan_reader).
PLAN_COLUMNS = ("Nummer", "Pijler", "Doel", "Actie", "Hoe ziet het idee er concreet uit?",
                "Hoe kan het initiatief mislukken?",
                "Wat is er dan nodig om het idee te doen slagen?", "Trekker",
                "Betrokken partners", "Start", "Deadline", "Middelen en budget", "Indicator",
                "Drempels", "B's", "GBO-principes", "MoSCoW", "Gevalideerd op",
                "Beslissing stuurgroep", "Stand", "Teruggekoppeld")
WIDE = 48
NARROW = 12


def write_report_xlsx(path: Path, data: ReportData) -> None:
    write_atomically(Path(path), lambda target: _build(target, data))


@cache
def _styles():
    """The header's font and the cells' alignment, made once: openpyxl finds a style it holds
    already by identity, but compares an equal new one field by field, at every cell."""
    from openpyxl.styles import Alignment, Font

    return Font(bold=True), Alignment(wrap_text=True, vertical="top")


def _sheet(book, title: str, columns: Sequence[str], rows: Sequence[Sequence[object]],
           widths: Sequence[int]) -> None:
    """A sheet with a bold, frozen, filtered header row; strings always stored as text."""
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.append(list(columns))
    bold, wrap = _styles()
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = wrap
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, str):
                put_text(cell, value)
                cell.alignment = wrap
            else:
                cell.value = value
                if hasattr(value, "year"):
                    cell.number_format = "DD-MM-YYYY"
    for n, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 1)}"


def _about(book, title: str, region: str, coach: str, partner: str | None,
           made_on: date) -> None:
    """The first sheet: what the workbook is about, for whom and when it was made."""
    about = book.active
    about.title = "Over dit rapport"
    for name, value in (("Traject", title), ("Regio", region), ("Procescoach", coach),
                        ("Partner", partner or "alle partners (regionaal rapport)"),
                        ("Gemaakt op", made_on)):
        about.append([name, None])
        put_text(about.cell(row=about.max_row, column=1), name)
        target_cell = about.cell(row=about.max_row, column=2)
        if isinstance(value, str):
            put_text(target_cell, value)
        else:
            target_cell.value = value
            target_cell.number_format = "DD-MM-YYYY"
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 60


def _fate_sheet(book, title: str, bundle: SignalBundle) -> None:
    """A row per signal with what became of it; its barrier's place as a number."""
    columns = fate_columns(bundle)
    place = columns.index("Plaats")
    rows = [tuple(int(v) if n == place and v.isdigit() else v for n, v in enumerate(row))
            for row in fate_rows(bundle)]
    _sheet(book, title, columns, rows,
           [WIDE, *([30] if bundle.partner is None else []), 16, 40, 8, 36, 30, WIDE])


def write_signal_report_xlsx(path: Path, bundle: SignalBundle) -> None:
    """The signals and what became of them as a workbook: a row per signal, and the meaning
    of each outcome."""
    def build(target: Path) -> None:
        from openpyxl import Workbook

        book = Workbook()
        _about(book, bundle.title, bundle.region, bundle.coach, bundle.partner,
               bundle.made_on)
        about = book["Over dit rapport"]
        for line in ("", bundle.round_note,
                     *([f"{bundle.left_out} signalen wachten op nazicht van mogelijke "
                        "persoonsgegevens en staan er niet in."] if bundle.left_out else [])):
            about.append([line])
            put_text(about.cell(row=about.max_row, column=1), line)
        _fate_sheet(book, "Signalen en gevolg", bundle)
        _sheet(book, "Betekenis", ["Wat ermee gebeurde", "Betekenis"], list(OUTCOMES),
               [36, 90])
        book.save(target)

    write_atomically(Path(path), build)


def _steering_sheets(book, data: ReportData) -> None:
    """The coach's key findings, the duiding per chapter and (in the regional report) the
    proposals waiting for the steering group's decision."""
    texts = data.steering.texts
    if texts.findings:
        _sheet(book, "Kernbevindingen", ["Nr.", "Bevinding"], list(enumerate(texts.findings, 1)),
               [6, 100])
    if texts.notes:
        _sheet(book, "Duiding", ["Hoofdstuk", "Duiding"],
               [(t.nl, texts.notes[t.key]) for t in CHAPTERS if t.key in texts.notes],
               [30, 100])
    if data.partner is None:
        _sheet(book, "Ter beslissing", ["Nr.", "Voorstel", "Te beslissen door", "Voorgesteld op",
                                        "Fase"],
               [(n, p.text, p.by, p.proposed_on, p.phase)
                for n, p in enumerate(data.steering.proposals, 1)], [6, 70, 24, 14, 36])


def _decision_sheets(book, part: SteeringPart) -> None:
    """The decision log (decided or not accepted) and the sessions' summaries."""
    _sheet(book, "Besluiten", ["Datum", "Besluit", "Beslist door", "Uitkomst", "Voorgesteld op",
                               "Fase"],
           [(d.decided_on, d.text, d.by, DECISION_STATES.label(d.state, "nl"), d.proposed_on,
             d.phase) for d in part.decisions], [NARROW, 70, 24, 14, 14, 36])
    _sheet(book, "Sessies", ["Datum", "Sessie", "Fase", "Groep", "Verslag"],
           [(s.held_on, s.title, s.phase, s.group, s.summary) for s in part.sessions],
           [NARROW, 36, 30, 24, 100])


def _build(target: Path, data: ReportData) -> None:
    from openpyxl import Workbook

    book = Workbook()
    _about(book, data.title, data.region, data.coach, data.partner, data.made_on)
    if data.fates is not None:  # a partner's report leads with its own signals' fate
        _fate_sheet(book, "Uw signalen", data.fates)
    _steering_sheets(book, data)
    _sheet(book, "Signalen", ["Partner", *data.b_labels, "Totaal"],
           [(p, *row, sum(row)) for p, row in zip(data.signal_partners, data.signal_grid,
                                                 strict=True)],
           [36, *[NARROW] * len(data.b_labels), NARROW])
    _sheet(book, "Drempels", ["Plaats", "Drempel", "B", "Signalen", "Herkend door", "Score",
                              "Plaats in ronde", "Waarop"],
           [(b.rank, b.title, b.b, b.signals, b.partners, b.score,
             int(b.round_rank) if b.round_rank.isdigit() else b.round_rank, b.basis)
            for b in data.barriers], [8, WIDE, 18, 10, 36, 10, 14, 24])
    if data.policy:
        _sheet(book, "Beleidssignalen", ["Nr.", "Onderwerp", "Niveau", "Aan", "Stand",
                                         "Verstuurd", "Beantwoord", "Antwoord", "Opvolging"],
               [(p.number, p.subject, p.level, p.addressee, p.status, p.sent_on,
                 p.answered_on, p.answer, p.follow_up) for p in data.policy],
               [6, 40, 24, 30, 14, NARROW, NARROW, WIDE, WIDE])
    if data.measurement:
        part = data.measurement
        # A mean stays a number; a hidden cell stays the word that stands in for it.
        _sheet(book, "Meting", ["Partner of groep", *part.b_labels],
               [*((name, *values) for name, values in [*part.rows, *part.groups, *part.detail]),
                ("Toelichting", part.hidden_note)],
               [36, *[NARROW + 2] * len(part.b_labels)])
        if part.themes:
            _sheet(book, "Meting thema's", ["Groep of partner", *part.theme_labels],
                   [(name, *values) for name, values in part.themes],
                   [36, *[NARROW + 8] * len(part.theme_labels)])
    if data.cycles:
        cycles = data.cycles
        _sheet(book, "Vorige cyclus", ["B", *cycles.columns],
               [(b, *row) for b, row in zip(cycles.b_labels, cycles.rows, strict=True)],
               [22, *[NARROW + 10] * len(cycles.columns)])
        _sheet(book, "Overgenomen", ["Soort", "Titel", "Herkomst en verloop"], cycles.carried,
               [10, 40, WIDE * 2])

    overview = []
    for pillar in data.plan:
        for goal in pillar.goals:
            for action in goal.actions:
                overview.append((pillar.title, f"{goal.number}. {goal.title}",
                                 f"Actie {action.number}", action.title))
    _sheet(book, "Actieplan overzicht", ["Pijler", "Doel", "Nummer", "Actie"], overview,
           [36, 40, 12, 60])
    titles = data.barrier_titles
    rows = []
    for pillar in data.plan:
        for goal in pillar.goals:
            for a in goal.actions:
                rows.append((
                    a.number, pillar.title, goal.title, a.title, "\n".join(a.concrete),
                    "\n".join(a.risks), "\n".join(a.needs), a.owner, ", ".join(a.partners),
                    a.starts_on, a.due_on, a.means, a.indicator,
                    "; ".join(titles[b] for b in a.barrier_ids),
                    ", ".join(ALL_BS.label(b, "nl") for b in a.bs),
                    ", ".join(data.principle_labels.get(p, p) for p in a.principles),
                    MOSCOW.label(a.moscow, "nl") if a.moscow else "", a.validated_on,
                    a.validation, ACTION_STATUSES.label(a.status, "nl"), a.reported_back))
    _sheet(book, "Acties", PLAN_COLUMNS, rows,
           [9, 30, 30, 40, WIDE, WIDE, WIDE, 24, 30, NARROW, NARROW, 30, 30, 40, 24, 24, 14,
            NARROW, 30, NARROW, 40])
    overdue = {a.id for a in data.overdue}
    _sheet(book, "Opvolging", ["Actie", "Titel", "Datum", "Stand", "Toelichting",
                               "Te laat"],
           [(a.number, a.title, s.on, ACTION_STATUSES.label(s.status, "nl"), s.note,
             "ja" if a.id in overdue else "")
            for p in data.plan for a in p.all_actions() for s in a.history],
           [9, 40, NARROW, 14, 60, 16])
    if data.partner is None:
        _decision_sheets(book, data.steering)
    if data.indicators is not None and data.indicators.actions:
        values, progress = workbook_rows(data.indicators)
        _sheet(book, "Indicatoren", VALUE_COLUMNS, values,
               [9, 36, 12, 16, 18, 14, NARROW, NARROW, 20, 24, 12])
        _sheet(book, "Voortgang", PROGRESS_COLUMNS, progress, [10, 30, 40, 12, 14, 26, WIDE])
    gaps = data.coverage
    by_id = {a.id: a for p in data.plan for a in p.all_actions()}
    _sheet(book, "Dekking", ["Wat", "Zonder actie of gegevens"], [
        *(("Prioritaire drempel zonder actie", titles.get(b, b))
          for b in gaps.barriers_without_action),
        *(("B zonder actie", ALL_BS.label(b, "nl")) for b in gaps.bs_without_action),
        *(("GBO-principe zonder actie", data.principle_labels.get(p, p))
          for p in gaps.principles_without_action),
        *(("Actie zonder trekker", f"{by_id[a].number} {by_id[a].title}")
          for a in gaps.actions_without_owner),
        *(("Actie zonder deadline", f"{by_id[a].number} {by_id[a].title}")
          for a in gaps.actions_without_deadline)], [34, 70])
    book.save(target)
