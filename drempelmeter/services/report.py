"""What the reports say, as plain data in the region's language: the trajectory, signals,
measurement (small groups hidden), prioritised barriers, the plan and its follow-up. The
regional report sees everything; a partner's report leads with what became of its own
signals, then shows only that partner's own signals and measurement beside the region's totals,
and the barriers it recognises."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..domain.organisation import PARTNER_KINDS
from ..domain.phases import PHASE_STATES
from ..domain.prioritisation import METHODS, SUPRA_LOCAL_FACTOR, explain
from ..domain.questionnaire import RESPONDENT_GROUPS, shown_groups, themes_of
from ..domain.report import (
    EMPTY,
    HIDDEN,
    PARTNERS_NAMED,
    REGION,
    BarrierLine,
    MeasurementPart,
    ReportData,
    Value,
)
from ..domain.scoring import ALL, Score, hidden_counts
from ..domain.steering import SteeringPart
from ..domain.taxonomy import ALL_BS, LEVELS, active_bs
from ..domain.vocabularies import report_labels
from ..store import barrier_rows, report_rows
from ..store.database import TrajectoryDatabase
from . import (
    cycle_report,
    follow_up,
    indicators,
    measurement,
    partners,
    phases,
    plan,
    policy_signals,
    prioritisation,
    questionnaire_themes,
    signal_report,
    steering,
    trajectory,
    vocabularies,
    workshops,
)
from .export_screen import ExportScreen, export_screen
from .prioritisation import Prioritisation
from .records import BarrierRecord
from .validation import refuse_own_file


def shown(cell: Score | None) -> Value:
    """What a report prints for a cell: the mean, or a word; never a hidden number."""
    if cell is not None and cell.suppressed:
        return HIDDEN
    if cell is None or cell.mean is None:
        return EMPTY
    return cell.mean


def gather(db: TrajectoryDatabase, today: date, partner: str | None = None) -> ReportData:
    """Everything a report shows; `partner` (a name) limits it to that partner's view. Signals
    waiting for review are left out; personal data nobody confirmed is masked."""
    details = trajectory.get_trajectory(db)
    known = partners.list_partners(db)
    names = {p.id: p.name for p in known}
    partner_id = None
    if partner is not None:
        found = partners.find_partner(known, partner)
        partner_id, partner = found.id, found.name
    shown_partners = [p.id for p in known if partner_id in (None, p.id)]
    with db.session() as session:
        counted = report_rows.signal_counts(session)
        all_barriers = _barrier_records(session)
        signal_counts = report_rows.barrier_signal_counts(session)
    b_keys = [t.key for t in active_bs(details.optional_bs)]
    grid, levels = _signal_counts(counted, shown_partners, b_keys)
    priorities = prioritisation.reading(prioritisation.list_rounds(db), all_barriers,
                                        prioritisation.get_weights(db))
    current_plan = plan.read_plan(db)
    progress = follow_up.progress(current_plan, today)
    screen = export_screen(db)
    lists = vocabularies.effective(db)
    data = ReportData(
        title=details.name, region=details.region, coach=details.coach, made_on=today,
        partner=partner,
        phases=[(f"{s.number}. {lists.phase_title(s.number, 'nl')}",
                 PHASE_STATES.label(s.state, "nl"),
                 _period(s.started_on, s.finished_on)) for s in phases.list_phases(db)],
        partners=[(p.name, PARTNER_KINDS.label(p.kind, "nl")) for p in known],
        sessions=[(s.held_on, f"Fase {s.phase_number}", s.title)
                  for s in workshops.list_sessions(db)],
        b_labels=[ALL_BS.label(b, "nl") for b in b_keys],
        signal_partners=[names[p] for p in shown_partners],
        signal_grid=grid,
        levels=[(LEVELS.label(k, "nl"), n) for k, n in levels.items()],
        measurement=_measurement(db, shown_partners, names, partner_id is not None),
        barriers=_barriers(all_barriers, priorities, names, partner_id, signal_counts, screen),
        round_note=_round_note(priorities),
        plan=current_plan,
        barrier_titles={b.id: b.title for b in all_barriers},
        progress=[(p.title, progress[p.id]) for p in current_plan],
        overdue=follow_up.overdue(current_plan, today),
        coverage=follow_up.coverage(db, current_plan),
        indicators=indicators.report_part(db, current_plan),
        principle_labels=report_labels(lists.gbo_principles),
        fates=None if partner is None else signal_report.fates(db, today, partner),
        steering=steering.report_part(db, today) if partner is None else SteeringPart(),
        policy=policy_signals.report_lines(db, screen) if partner is None else (),
        cycles=cycle_report.gather(db))
    data = screen.walk(data)
    return replace(data, masked=tuple(m.describe() for m in screen.masked))


def _signal_counts(counted: list[tuple[str, str, str | None, int]], partner_ids: list[str],
                   b_keys: list[str]) -> tuple[list[list[int]], dict[str, int]]:
    """The signals of `partner_ids` counted per partner and primary B (a row per partner), and
    per level, from the counts per partner, B and level."""
    grid = {(p, b): 0 for p in partner_ids for b in b_keys}
    levels = dict.fromkeys(LEVELS.ordered_keys(), 0)
    shown_partners = set(partner_ids)
    for partner_id, b, level, count in counted:
        if partner_id not in shown_partners:
            continue
        if (partner_id, b) in grid:
            grid[partner_id, b] += count
        if level in levels:
            levels[level] += count
    return [[grid[p, b] for b in b_keys] for p in partner_ids], levels


def _barrier_records(session) -> list[BarrierRecord]:
    """Every barrier with what ranks and prints it: its columns and the partners that recognise
    it (its signals are counted apart, so no signal ids)."""
    derived = report_rows.barrier_partners(session)
    return [BarrierRecord(b.id, b.title, b.primary_b, severity=b.severity,
                          frequency=b.frequency, influence=b.influence,
                          partner_ids=None if b.partner_ids is None else tuple(b.partner_ids),
                          status=b.status,
                          recognised_by=derived.get(b.id, ()) if b.partner_ids is None
                          else tuple(b.partner_ids))
            for b in barrier_rows.barrier_fields(session)]


def _period(start: date | None, end: date | None) -> str:
    if start is None:
        return EMPTY
    return f"{start:%d-%m-%Y} – {end:%d-%m-%Y}" if end else f"sinds {start:%d-%m-%Y}"


def _measurement(db: TrajectoryDatabase, partner_ids: list[str], names: dict[str, str],
                 own_only: bool) -> MeasurementPart | None:
    closed = [r for r in measurement.list_rounds(db) if r.closed]
    if not closed:
        return None
    latest = closed[-1]
    scores = measurement.round_scores(db, latest.id, partner_ids if own_only else None)
    present = {b for _item, b in latest.items}
    bs = [t.key for t in ALL_BS if t.key in present]
    measured = {key[0] for key in scores.cells}
    rows = [(names[p], [scores.get(p, ALL, b) for b in bs]) for p in partner_ids
            if p in measured or own_only]
    rows.append((REGION, [scores.get(ALL, ALL, b) for b in bs]))
    whose = partner_ids[0] if own_only else ALL
    answered = {group for _partner, group, _b in scores.cells}
    groups = [(t.label("nl"), [scores.get(whose, t.key, b) for b in bs])
              for t in shown_groups(answered)]
    detail = [] if own_only else [
        (f"{names[p]} · {t.label('nl')}", [scores.get(p, t.key, b) for b in bs])
        for p in partner_ids for t in RESPONDENT_GROUPS
        if any(scores.get(p, t.key, b) is not None for b in bs)]
    theme_terms = questionnaire_themes.terms(db)
    themes = themes_of(present, theme_terms)
    theme_of = [*((t.label("nl"), whose, t.key) for t in shown_groups(answered)),
                *((names[p], p, ALL) for p in partner_ids if p in measured or own_only),
                (REGION, ALL, ALL)] if themes else []
    theme_lines = [(name, [scores.get(of, group, t) for t in themes])
                   for name, of, group in theme_of]
    tables = (rows, groups, detail, theme_lines)
    note = hidden_note([c for table in tables for _name, cells in table for c in cells],
                       scores.threshold)
    rows_shown, groups_shown, detail_shown, themes_shown = (
        [(name, [shown(c) for c in cells]) for name, cells in table] for table in tables)
    compared = measurement.baseline_against_latest(db)
    comparison = None if compared is None else (
        (compared.first.name, compared.last.name), [shown(c) for c in compared.before],
        [shown(c) for c in compared.after])
    return MeasurementPart(latest.name, scores.threshold, [ALL_BS.label(b, "nl") for b in bs],
                           rows_shown, groups_shown, detail_shown, comparison, note,
                           [report_labels(theme_terms)[t] for t in themes], themes_shown,
                           [(t.name, t.explanation) for t in questionnaire_themes.themes(db)
                            if t.key in themes])


def hidden_note(cells: list[Score | None], threshold: int) -> str:
    """What the measurement's tables hide and why, in words."""
    small, guarded = hidden_counts(cells)
    if not small + guarded:
        return "Er is niets verborgen."
    return (f"Verborgen: {small} cellen waar minder dan {threshold} mensen een score van 1 tot 5 "
            f"gaven, en {guarded} cellen die anders samen met het totaal ernaast zouden laten "
            f"uitrekenen wat minder dan {threshold} mensen antwoordden.")


def _barriers(records: list[BarrierRecord], priorities: Prioritisation, names: dict[str, str],
              partner_id: str | None, signal_counts: dict[str, int],
              screen: ExportScreen) -> list[BarrierLine]:
    """Every barrier (or those the partner recognises) in the order of the priorities, with its
    place there, its rank in the deciding round and why; signals waiting for review are not
    counted, and the names of the partners that recognise it are screened one by one."""
    by_id = {r.id: r for r in records}
    lines = []
    for priority in priorities.order:
        record = by_id[priority.barrier_id]
        if partner_id is not None and partner_id not in record.recognised_by:
            continue
        named = [names.get(p, p) for p in record.recognised_by]
        every = screen.joined(named)
        lines.append(BarrierLine(
            priority.place, record.title, ALL_BS.label(record.primary_b, "nl"),
            signal_counts.get(record.id, 0), every, priority.score,
            EMPTY if priority.round_rank is None else str(priority.round_rank),
            "" if priority.basis is None else explain(priority.basis, "nl"),
            every if len(named) <= PARTNERS_NAMED else
            f"{screen.joined(named[:3])} en {len(named) - 3} andere"))
    return lines


def _round_note(priorities: Prioritisation) -> str:
    """Which round decided the order, and how the barriers outside it follow."""
    w = priorities.weights
    weights = (f"score = ernst × frequentie × bereik × invloed, met gewichten {w.severity:g}, "
               f"{w.frequency:g}, {w.reach:g} en {w.influence:g}; invloed is 1 binnen de lokale "
               f"invloed en {SUPRA_LOCAL_FACTOR:g} voor een bovenlokale drempel, die zo lager "
               "komt in het lokale plan en als beleidssignaal naar het bevoegde niveau gaat")
    latest = priorities.decided_by
    if latest is None:
        return ("Er is nog geen prioriteringsronde afgesloten: de drempels staan in de volgorde "
                f"van hun {weights}.")
    people = len(latest.participants)
    text = (f"Rangorde uit de laatst afgesloten ronde, van {latest.held_on:%d-%m-%Y} "
            f"({METHODS.label(latest.method, 'nl')}, {people} "
            f"{'deelnemer' if people == 1 else 'deelnemers'}). "
            f"Drempels zonder plaats in die ronde volgen daarna, op hun {weights}.")
    return f"{text} Motivering: {latest.rationale}" if latest.rationale else text


def write_report(db: TrajectoryDatabase, today: date, *, pdf: Path | None = None,
                 xlsx: Path | None = None, partner: str | None = None,
                 progress: Callable[[int, int, str], None] | None = None) -> ReportData:
    """Gather the report once and write it as a PDF to read and/or a workbook to work on."""
    for path in (pdf, xlsx):
        if path is not None:
            refuse_own_file(db, path)
    data = gather(db, today, partner)
    if pdf is not None:
        from ..exchange.report_pdf import write_report_pdf

        write_report_pdf(pdf, data, progress)
    if xlsx is not None:
        from ..exchange.report_xlsx import write_report_xlsx

        write_report_xlsx(xlsx, data)
    return data
