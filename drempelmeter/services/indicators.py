"""Indicators as numbers (phase 6): an action's indicators and their measured values, typed, from
a trekker's follow-up form or read from the measurement rounds (a B's score); the progress read
from them; and the klankgroep's evaluations. Each edit returns what the UI needs to undo it.

The follow-up form import adds its values with `add_value` (source "form", the trekker as
reporter); called inside its own `db.session()`, the value joins that transaction."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..domain.indicators import (
    DIRECTIONS,
    INDICATOR_FIELDS,
    STORED_SOURCES,
    VERDICTS,
    Evaluation,
    IndicatorPart,
    IndicatorRecord,
    MeasuredValue,
    PlanProgress,
    indicator_part,
    plan_progress,
)
from ..domain.plan import PillarRecord
from ..domain.scoring import ALL, Answer, score
from ..domain.taxonomy import ALL_BS
from ..store import indicator_rows
from ..store.database import TrajectoryDatabase
from ..store.models import (
    Indicator,
    IndicatorValue,
    MeasurementRound,
    PlanAction,
    SoundingBoardEvaluation,
)
from . import measurement, personal_data, trajectory
from .errors import InvalidInput
from .records import RoundRecord
from .validation import clean_text, existing, known_key

UNIT_MAX = 100
NOTE_MAX = 4000
#: Values beyond this are typing errors, not measurements.
VALUE_LIMIT = 1e12

@dataclass(frozen=True)
class RemovedIndicator:
    """What removing an indicator took away: it with its stored values, and its place."""

    indicator: IndicatorRecord
    position: int


def number(field: str, value: float | None, *, required: bool = False) -> float | None:
    """A finite number of a sane size (None allowed unless required)."""
    if value is None:
        if required:
            raise InvalidInput(field, InvalidInput.REQUIRED, value)
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or abs(value) > VALUE_LIMIT:
        raise InvalidInput(field, InvalidInput.OUT_OF_RANGE, value)
    return float(value)


def validated_indicator(record: IndicatorRecord) -> IndicatorRecord:
    """The indicator as it may be stored: text trimmed, numbers finite, the direction known and
    agreeing with baseline and target, the target date not before the baseline's. A B-linked
    indicator takes its baseline from its round, never a typed one."""
    known_key("direction", DIRECTIONS, record.direction)
    linked = record.b is not None
    if linked:
        known_key("b", ALL_BS, record.b or "")
    cleaned = replace(
        record, name=clean_text("name", record.name, required=True),
        unit=clean_text("unit", record.unit, limit=UNIT_MAX),
        baseline_value=None if linked else number("baseline_value", record.baseline_value),
        baseline_on=None if linked else record.baseline_on,
        target_value=number("target_value", record.target_value),
        baseline_round_id=record.baseline_round_id if linked else None, values=())
    base, target = cleaned.baseline_value, cleaned.target_value
    if base is not None and target is not None and target != base \
            and (target > base) != (cleaned.direction == "higher"):
        raise InvalidInput("target_value", InvalidInput.OUT_OF_RANGE, target)
    if cleaned.baseline_on and cleaned.target_on and cleaned.target_on < cleaned.baseline_on:
        raise InvalidInput("target_on", InvalidInput.OUT_OF_RANGE, cleaned.target_on)
    return cleaned


def _write(row: Indicator, record: IndicatorRecord) -> None:
    for name in INDICATOR_FIELDS:
        setattr(row, name, getattr(record, name))


def _screen(session, record: IndicatorRecord) -> None:
    for name in ("name", "unit"):
        personal_data.check(session, "indicator", record.id, name, getattr(record, name))


def _check_round(session, record: IndicatorRecord) -> None:
    if record.baseline_round_id is not None:
        existing(session, MeasurementRound, record.baseline_round_id)


def add_indicator(db: TrajectoryDatabase, record: IndicatorRecord) -> None:
    """A new indicator, last of its action's."""
    cleaned = validated_indicator(record)
    with db.session() as session:
        existing(session, PlanAction, cleaned.action_id)
        _check_round(session, cleaned)
        _screen(session, cleaned)
        row = Indicator(id=cleaned.id, action_id=cleaned.action_id,
                        position=indicator_rows.next_position(session, cleaned.action_id))
        _write(row, cleaned)
        session.add(row)


def update_indicator(db: TrajectoryDatabase, record: IndicatorRecord) -> IndicatorRecord:
    """Write the indicator's fields (not its values); returns it as it was, for undo."""
    cleaned = validated_indicator(record)
    with db.session() as session:
        row = existing(session, Indicator, cleaned.id)
        before = IndicatorRecord(row.id, row.action_id, **{
            name: getattr(row, name) for name in INDICATOR_FIELDS})
        _check_round(session, cleaned)
        _screen(session, cleaned)
        _write(row, cleaned)
        return before


def remove_indicator(db: TrajectoryDatabase, indicator_id: str) -> RemovedIndicator:
    """Remove an indicator with its values; returns them, to put back."""
    with db.session() as session:
        row = existing(session, Indicator, indicator_id)
        record = _stored(session, {row.action_id})[row.action_id]
        removed = RemovedIndicator(next(i for i in record if i.id == indicator_id),
                                   row.position)
        session.delete(row)
        return removed


def restore_indicator(db: TrajectoryDatabase, removed: RemovedIndicator) -> None:
    """Put back what `remove_indicator` took away, at its place."""
    with db.session() as session:
        existing(session, PlanAction, removed.indicator.action_id)
        _restore(session, removed)


def _restore(session, removed: RemovedIndicator) -> None:
    item = removed.indicator
    row = Indicator(id=item.id, action_id=item.action_id, position=removed.position)
    _write(row, item)
    row.values = [IndicatorValue(id=v.id, on=v.on, value=v.value, source=v.source,
                                 reporter=v.reporter, note=v.note) for v in item.values]
    session.add(row)


@dataclass(frozen=True)
class KeptFollowUp:
    """Actions' indicators (with their stored values) and evaluations, kept when the actions
    are removed, so that undoing the removal brings them back."""

    indicators: tuple[RemovedIndicator, ...] = ()
    evaluations: tuple[Evaluation, ...] = ()


def kept_for(session, action_ids: set[str]) -> KeptFollowUp:
    """What removing these actions takes away with them (read inside the removal's session)."""
    return KeptFollowUp(
        tuple(RemovedIndicator(i, n) for records in _stored(session, action_ids).values()
              for n, i in enumerate(records, start=1)),
        tuple(Evaluation(evaluation_id, action_id, *columns) for action_id, evaluation_id, *columns
              in indicator_rows.evaluations(session, action_ids)))


def put_back(session, kept: KeptFollowUp | None) -> None:
    """The undo of `kept_for`, inside the session that restores the actions."""
    if kept is None:
        return
    for removed in kept.indicators:
        _restore(session, removed)
    session.add_all(SoundingBoardEvaluation(id=e.id, action_id=e.action_id, on=e.on,
                                            verdict=e.verdict, reason=e.reason)
                    for e in kept.evaluations)


def add_value(db: TrajectoryDatabase, value_id: str, indicator_id: str, on: date, value: float,
              source: str = "typed", reporter: str = "", note: str = "") -> MeasuredValue:
    """Record a value of the indicator measured on `on`, with where it comes from ("typed" or
    "form") and who reported it; returns it as stored. A B-linked indicator's values come from
    the measurement rounds and cannot be added."""
    if source not in STORED_SOURCES:
        raise InvalidInput("source", InvalidInput.UNKNOWN_VALUE, source)
    if not isinstance(on, date):
        raise InvalidInput("on", InvalidInput.REQUIRED, on)
    stored = MeasuredValue(value_id, on, number("value", value, required=True) or 0.0, source,
                           clean_text("reporter", reporter),
                           clean_text("note", note, limit=NOTE_MAX))
    with db.session() as session:
        indicator = existing(session, Indicator, indicator_id)
        if indicator.b is not None:
            raise InvalidInput("indicator", InvalidInput.CLOSED, indicator_id)
        for name in ("reporter", "note"):
            personal_data.check(session, "indicator_value", value_id, name,
                                getattr(stored, name))
        session.add(IndicatorValue(id=value_id, indicator_id=indicator_id, on=stored.on,
                                   value=stored.value, source=source, reporter=stored.reporter,
                                   note=stored.note))
    return stored


def remove_value(db: TrajectoryDatabase, value_id: str) -> tuple[str, MeasuredValue]:
    """Remove a stored value (the undo of add_value); returns its indicator and it."""
    with db.session() as session:
        row = existing(session, IndicatorValue, value_id)
        removed = row.indicator_id, MeasuredValue(row.id, row.on, row.value, row.source,
                                                  row.reporter, row.note)
        session.delete(row)
        return removed


def _stored(session, action_ids: set[str] | None = None) -> dict[str, list[IndicatorRecord]]:
    """Per action id, its indicators with their stored values, in order."""
    values: dict[str, list[MeasuredValue]] = {}
    for indicator_id, *columns in indicator_rows.values(session):
        values.setdefault(indicator_id, []).append(MeasuredValue(*columns))
    found: dict[str, list[IndicatorRecord]] = {}
    for action_id, indicator_id, *columns in indicator_rows.indicators(
            session, INDICATOR_FIELDS, action_ids):
        fields: dict[str, Any] = dict(zip(INDICATOR_FIELDS, columns, strict=True))
        found.setdefault(action_id, []).append(IndicatorRecord(
            indicator_id, action_id, **fields, values=tuple(values.get(indicator_id, ()))))
    return found


def read_indicators(db: TrajectoryDatabase) -> dict[str, tuple[IndicatorRecord, ...]]:
    """Per action id, its indicators in order, each with its values oldest first; a B-linked
    one with its baseline and values read from the closed measurement rounds."""
    with db.session() as session:
        found = _stored(session)
    linked = [i for indicators in found.values() for i in indicators if i.b is not None]
    if not linked:
        return {action_id: tuple(i) for action_id, i in found.items()}
    filled = _from_rounds(db, linked)
    return {action_id: tuple(filled.get(i.id, i) for i in indicators)
            for action_id, indicators in found.items()}


def _from_rounds(db: TrajectoryDatabase, linked: list[IndicatorRecord],
                 ) -> dict[str, IndicatorRecord]:
    """The B-linked indicators with their baseline (the B's region score in the baseline round,
    by default the first closed one) and a value per later closed round. A score the
    measurement hides (too few people) is not a value."""
    rounds = [r for r in measurement.list_rounds(db) if r.closed]
    threshold = trajectory.get_trajectory(db).suppression_threshold
    means: dict[tuple[str, str], float | None] = {}

    def mean(held: RoundRecord, b: str) -> float | None:
        if (held.id, b) not in means:
            means[held.id, b] = region_mean(db, held, b, threshold)
        return means[held.id, b]

    filled = {}
    for indicator in linked:
        b = indicator.b or ""
        start = next((n for n, r in enumerate(rounds) if r.id == indicator.baseline_round_id),
                     0 if indicator.baseline_round_id is None and rounds else None)
        if start is None:
            filled[indicator.id] = indicator
            continue
        later = [(r, mean(r, b)) for r in rounds[start + 1:]]
        filled[indicator.id] = replace(
            indicator, baseline_value=mean(rounds[start], b), baseline_on=rounds[start].closed_on,
            values=tuple(MeasuredValue(r.id, r.closed_on or r.started_on, m, "measurement")
                         for r, m in later if m is not None))
    return filled


def region_mean(db: TrajectoryDatabase, held: RoundRecord, b: str, threshold: int,
                ) -> float | None:
    """The region's score for `b` in a round, as the measurement reads it (scoring.score), from
    the answers to that B's items only: a B's cells and what is hidden of them depend on that
    B's answers alone. None when the score is hidden or nobody answered."""
    items = {item for item, item_b in held.items if item_b == b}
    with db.session() as session:
        rows = indicator_rows.answers_of_items(session, held.id, items)
    found = score((Answer(respondent, partner, group, b, value, special)
                   for respondent, partner, group, _item, value, special in rows),
                  threshold).get(ALL, ALL, b)
    return None if found is None or found.suppressed else found.mean


def progress(db: TrajectoryDatabase, plan: list[PillarRecord]) -> PlanProgress:
    """Every action's and pillar's progress (domain.indicators.plan_progress)."""
    return plan_progress(plan, read_indicators(db))


def add_evaluation(db: TrajectoryDatabase, evaluation: Evaluation) -> None:
    """The klankgroep's view of an action on a date: works, partly or not, and why (a reason is
    needed unless it works)."""
    known_key("verdict", VERDICTS, evaluation.verdict)
    if not isinstance(evaluation.on, date):
        raise InvalidInput("on", InvalidInput.REQUIRED, evaluation.on)
    reason = clean_text("reason", evaluation.reason, limit=NOTE_MAX,
                        required=evaluation.verdict != "works")
    with db.session() as session:
        existing(session, PlanAction, evaluation.action_id)
        personal_data.check(session, "evaluation", evaluation.id, "reason", reason)
        session.add(SoundingBoardEvaluation(id=evaluation.id, action_id=evaluation.action_id,
                                            on=evaluation.on, verdict=evaluation.verdict,
                                            reason=reason))


def remove_evaluation(db: TrajectoryDatabase, evaluation_id: str) -> Evaluation:
    """Remove an evaluation (the undo of add_evaluation); returns it, to put back."""
    with db.session() as session:
        row = existing(session, SoundingBoardEvaluation, evaluation_id)
        removed = Evaluation(row.id, row.action_id, row.on, row.verdict, row.reason)
        session.delete(row)
        return removed


def read_evaluations(db: TrajectoryDatabase) -> dict[str, tuple[Evaluation, ...]]:
    """Per action id, the klankgroep's evaluations, oldest first."""
    found: dict[str, list[Evaluation]] = {}
    with db.session() as session:
        for action_id, evaluation_id, *columns in indicator_rows.evaluations(session):
            found.setdefault(action_id, []).append(Evaluation(evaluation_id, action_id,
                                                              *columns))
    return {action_id: tuple(e) for action_id, e in found.items()}


def report_part(db: TrajectoryDatabase, plan: list[PillarRecord]) -> IndicatorPart:
    """The plan's follow-up in numbers, as the window, the report and the workbook show it."""
    return indicator_part(plan, read_indicators(db), read_evaluations(db),
                          trajectory.get_trajectory(db).evaluation_months)
