"""Follow-up forms: a trekker's or partner's actions out as a workbook, their report back in
(every cell checked, all or nothing, re-importable), recorded as steps in each action's history
with who reported what."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.ids import new_id
from ..domain.indicators import IndicatorRecord
from ..domain.plan import ACTION_STATUSES, NEEDS_REASON, ActionRecord, all_actions
from ..domain.privacy import redact
from ..domain.terms import normalise
from ..exchange.errors import CellProblem, Problems, WorkbookError
from ..exchange.followup_columns import TEXT_FIELDS
from ..exchange.followup_reader import FollowUpContents, ReportRow, read_followup
from ..store import followup_rows, queries
from ..store.database import TrajectoryDatabase
from ..store.models import ActionStatus, FollowUpReport
from . import backups, indicators, personal_data, plan
from .errors import InvalidInput
from .partners import find_partner

if TYPE_CHECKING:
    from .export_screen import Exported

OWNER, PARTNER = "owner", "partner"
#: The report's fields screened for personal data, with the reporter's name.
SCREENED = (*TEXT_FIELDS, "reporter")


@dataclass(frozen=True)
class StepReport:
    """What a follow-up form reported with a step of an action's history."""

    made_for: str
    reporter: str
    done: str = ""
    evidence: str = ""
    next_step: str = ""
    problems: str = ""
    needs: str = ""


@dataclass(frozen=True)
class ReportedChange:
    """One action a form changes: its number and title, its status before and after."""

    row: int
    number: str
    title: str
    before: str
    after: str
    updated: bool


@dataclass(frozen=True)
class ReportedValue:
    """One measured value a form brings: its action's number, the indicator, value and date."""

    row: int
    number: str
    name: str
    unit: str
    value: float
    on: date
    updated: bool


@dataclass(frozen=True)
class FollowUpImport:
    path: Path
    #: Whom the form was made for (an owner or a partner, by name).
    partner_name: str
    reporter: str
    reported_on: date | None
    added: int
    updated: int
    unchanged: int
    problems: tuple[CellProblem, ...]
    macros_ignored: bool
    written: bool
    changes: tuple[ReportedChange, ...] = ()
    #: Indicator values: new or corrected ones, and how many were imported before as they are.
    values: tuple[ReportedValue, ...] = ()
    values_unchanged: int = 0


@dataclass(frozen=True)
class _Named:
    name: str


def owners(db: TrajectoryDatabase) -> list[str]:
    """Every action owner (trekker) named in the plan, once, in the plan's order."""
    return list(dict.fromkeys(a.owner for a in all_actions(plan.read_plan(db)) if a.owner))


def actions_for(db: TrajectoryDatabase, *, owner: str | None = None,
                partner: str | None = None) -> tuple[str, list[ActionRecord]]:
    """The name as the file spells it and the actions of that owner, or of that partner (the
    actions it carries or works on). A name is matched as a partner's is (find_partner): an
    unknown one is refused with the names there are."""
    actions = all_actions(plan.read_plan(db))
    if owner is not None:
        named = list(dict.fromkeys(a.owner for a in actions if a.owner))
        try:
            found = find_partner([_Named(n) for n in named], owner).name
        except InvalidInput as exc:
            raise InvalidInput("owner", InvalidInput.NOT_FOUND, owner, exc.choices) from exc
        return found, [a for a in actions if a.owner == found]
    from .partners import list_partners

    chosen = find_partner(list_partners(db), partner or "").name
    key = normalise(chosen)
    return chosen, [a for a in actions if normalise(a.owner) == key
                    or key in {normalise(p) for p in a.partners}]


def export_followup(db: TrajectoryDatabase, out: Path, *, owner: str | None = None,
                    partner: str | None = None) -> Exported:
    """Write the follow-up form of an owner or a partner (personal data nobody confirmed
    masked); returns the count of its actions and what was masked."""
    from ..exchange.followup_form import (
        FollowUpTemplate,
        FormAction,
        FormIndicator,
        write_followup_form,
    )
    from .export_screen import Exported, export_screen
    from .validation import refuse_own_file

    refuse_own_file(db, Path(out))
    name, actions = actions_for(db, owner=owner, partner=partner)
    pillars = plan.read_plan(db)
    where = {a.id: f"{p.title} › {g.title}" for p in pillars for g in p.goals for a in g.actions}
    measured = indicators.read_indicators(db)
    with db.session() as session:
        trajectory = queries.trajectory(session)
        template = FollowUpTemplate(
            trajectory.id, trajectory.name, new_id(), OWNER if owner is not None else PARTNER,
            name, tuple(FormAction(a.id, a.number, a.title, where[a.id], a.starts_on, a.due_on,
                                   ACTION_STATUSES.label(a.status, "nl")) for a in actions),
            tuple(FormIndicator(i.id, a.number, a.title, i.name, i.unit,
                                _measured(i.target_value, i.target_on),
                                _measured(*((i.latest.value, i.latest.on) if i.latest else
                                            (i.baseline_value, i.baseline_on))))
                  for a in actions for i in measured.get(a.id, ()) if i.b is None))
    screen = export_screen(db)
    write_followup_form(Path(out), screen.walk(template))
    return Exported(len(actions), tuple(m.describe() for m in screen.masked))


def _measured(value: float | None, on: date | None) -> str:
    """A value and its date as the form shows them: "12,5 (31-12-2026)"."""
    if value is None:
        return ""
    shown = f"{value:g}".replace(".", ",")
    return f"{shown} ({on:%d-%m-%Y})" if on else shown


def import_followup(db: TrajectoryDatabase, path: Path, *, dry_run: bool = False,
                    today: date | None = None) -> FollowUpImport:
    """Check every cell of a filled form, then record each filled row as a step in its action's
    history, in one transaction: all of it or, when any cell has a problem, nothing. A form
    imported again changes nothing; a corrected copy of it updates the steps it made. A dry
    run takes the same path and rolls back. A write is preceded by a backup."""
    today = today or date.today()
    with db.session() as session:
        trajectory_id = queries.trajectory(session).id
    contents = read_followup(Path(path), today)
    if contents.info.trajectory_id != trajectory_id:
        raise WorkbookError(contents.path, WorkbookError.OTHER_TRAJECTORY,
                            contents.info.trajectory_name)
    return record_followup(db, contents, today, dry_run=dry_run)


def record_followup(db: TrajectoryDatabase, contents: FollowUpContents, today: date, *,
                    dry_run: bool = False, back_up: bool = True) -> FollowUpImport:
    """Check what a form brings against the plan and record it (import_followup, after reading
    the file; the demo, which writes no file, gives its trekker's report this way)."""
    with db.session() as session:
        actions = {a.id: a for a in all_actions(plan.plan_in(session))}
        earlier = followup_rows.reports_of_form(session, contents.info.form_id)
        kept = followup_rows.kept_texts(session, {step for step, _ in earlier.values()})
        measured = {i.id: i for found in indicators.read_indicators(db).values()
                    for i in found if i.b is None}
        _check(contents, actions, kept)
        _check_values(contents, measured)
        problems = tuple(sorted(contents.problems, key=lambda p: (p.sheet != contents.sheet,
                                                                   p.row, p.column)))
        if problems:
            return _report(contents, problems, written=False)
        changes, unchanged = _changes(contents, actions, earlier)
        on = contents.reported_on or today
        values, values_unchanged = _values(contents, measured, on)
        if (changes or values) and not dry_run and back_up:
            backups.back_up(db, backups.BEFORE_FORM_IMPORT)
        for change, row in changes:
            step_id = earlier[row.action_id][0] if change.updated else new_id()
            _record(session, contents, row, step_id, change.after, on)
        for value, value_id, indicator_id in values:
            if value.updated:
                indicators.remove_value(db, value_id)
            indicators.add_value(db, value_id, indicator_id, value.on, value.value, "form",
                                 contents.reporter)
        if dry_run:
            session.rollback()
    return _report(contents, (), written=not dry_run, changes=tuple(c for c, _ in changes),
                   unchanged=unchanged, values=tuple(v for v, _, _ in values),
                   values_unchanged=values_unchanged)


def _check_values(contents: FollowUpContents, measured: dict[str, IndicatorRecord]) -> None:
    """A measured value of an indicator no longer there (or now read from the measurement) is
    a problem on its row; a value out of range too."""
    for row in contents.indicators:
        if row.indicator_id and row.indicator_id not in measured:
            contents.indicator_problem(row.row, "indicator_id", f"{row.number} {row.name}",
                                       Problems.INDICATOR_REMOVED, Problems.EMPTY_ROW)
        try:
            indicators.number("value", row.value, required=True)
        except InvalidInput:
            contents.indicator_problem(row.row, "value", row.value, Problems.NOT_A_NUMBER,
                                       Problems.A_NUMBER)


def _value_id(form_id: str, indicator_id: str) -> str:
    """The id of the value a form brings for an indicator: the same at every import of it."""
    return str(uuid.uuid5(uuid.UUID(form_id), indicator_id))


def _values(contents: FollowUpContents, measured: dict[str, IndicatorRecord], on: date
            ) -> tuple[list[tuple[ReportedValue, str, str]], int]:
    """Each value that is new or corrected since an earlier import of this form (with its id
    and indicator), and how many are as imported before."""
    found, unchanged = [], 0
    for row in contents.indicators:
        indicator = measured[row.indicator_id]
        value_id = _value_id(contents.info.form_id, row.indicator_id)
        day = row.measured_on or on
        before = next((v for v in indicator.values if v.id == value_id), None)
        if before is not None and (before.value, before.on, before.reporter) == (
                row.value, day, contents.reporter):
            unchanged += 1
            continue
        found.append((ReportedValue(row.row, row.number, indicator.name, indicator.unit,
                                    row.value, day, before is not None),
                      value_id, row.indicator_id))
    return found, unchanged


def _check(contents: FollowUpContents, actions: dict[str, ActionRecord],
           kept: set[str]) -> None:
    """Add to the reader's problems: a row of an action no longer in the plan, and text that
    looks like personal data (neither kept before for this form nor confirmed now)."""
    for row in contents.rows:
        if row.action_id and row.action_id not in actions:
            contents.problem(row.row, "action_id", f"{row.number} ({row.action_id})",
                             Problems.ACTION_REMOVED, Problems.EMPTY_ROW)
        for key in TEXT_FIELDS:
            _screen(contents, row.row, key, row.texts[key], kept)
    if contents.rows:
        _screen(contents, contents.reporter_row, "reporter", contents.reporter, kept)


def _screen(contents: FollowUpContents, row: int, key: str, text: str, kept: set[str]) -> None:
    findings = personal_data.unresolved(text, kept) if text else []
    if findings:
        kinds = ", ".join(sorted({f.placeholder for f in findings}))
        contents.problem(row, key, redact(text, findings), Problems.PERSONAL_DATA.format(kinds),
                         Problems.NO_PERSONAL_DATA)


def _changes(contents: FollowUpContents, actions: dict[str, ActionRecord],
             earlier: dict[str, tuple[str, str]]
             ) -> tuple[list[tuple[ReportedChange, ReportRow]], int]:
    """What each row changes (a row an earlier import of this form brought, unchanged, changes
    nothing), and how many rows change nothing."""
    changes, unchanged = [], 0
    for row in contents.rows:
        action = actions[row.action_id]
        before = earlier.get(row.action_id)
        if before is not None and before[1] == row.fingerprint:
            unchanged += 1
            continue
        status = row.status or _status_before(action, before)
        changes.append((ReportedChange(row.row, action.number, action.title,
                                       _status_before(action, before), status,
                                       before is not None), row))
    return changes, unchanged


def _status_before(action: ActionRecord, earlier: tuple[str, str] | None) -> str:
    """The action's status before this form's step (a corrected form replaces its own step)."""
    steps = [s for s in action.history if earlier is None or s.id != earlier[0]]
    return steps[-1].status if steps else "not_started"


def _record(session, contents: FollowUpContents, row: ReportRow, step_id: str, status: str,
            on: date) -> None:
    """Write the step and its report, new or over what an earlier import of the form wrote."""
    for key in SCREENED:
        text = contents.reporter if key == "reporter" else row.texts[key]
        personal_data.check(session, "follow_up_report", step_id, key, text)
    note = row.texts["problems"] if status in NEEDS_REASON else ""
    values = {"made_for": contents.info.made_for, "reporter": contents.reporter,
              "fingerprint": row.fingerprint, **row.texts}
    step = session.get(ActionStatus, step_id)
    if step is None:
        session.add(ActionStatus(id=step_id, action_id=row.action_id, status=status, on=on,
                                 note=note))
        session.flush()
        session.add(FollowUpReport(status_id=step_id, action_id=row.action_id,
                                   form_id=contents.info.form_id, **values))
        return
    step.status, step.on, step.note = status, on, note
    report = session.get(FollowUpReport, step_id)
    for name, value in values.items():
        setattr(report, name, value)


def _report(contents: FollowUpContents, problems: tuple[CellProblem, ...], *, written: bool,
            changes: tuple[ReportedChange, ...] = (), unchanged: int = 0,
            values: tuple[ReportedValue, ...] = (), values_unchanged: int = 0
            ) -> FollowUpImport:
    return FollowUpImport(
        contents.path, contents.info.made_for, contents.reporter, contents.reported_on,
        sum(not c.updated for c in changes), sum(c.updated for c in changes), unchanged,
        problems, contents.macros_ignored, written and bool(changes or values), changes,
        values, values_unchanged)


def step_reports(db: TrajectoryDatabase) -> dict[str, StepReport]:
    """Per step of an action's history: what a follow-up form reported with it (a step without
    one was recorded by the coach)."""
    with db.session() as session:
        return {step_id: StepReport(*values)
                for step_id, *values in followup_rows.reports(session)}
