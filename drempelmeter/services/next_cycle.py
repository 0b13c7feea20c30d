"""Start the next cycle from a trajectory: a new file, linked to this one, with its partners,
participants, vocabularies, settings (the smallest group shown, the klankgroep's rhythm),
questionnaire and the region's own questionnaire themes (their wordings per group too), its open
barriers and unfinished actions marked as carried, and its last closed measurement as the
baseline; and what a file keeps of the cycle before it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.cycle import (
    BaselineCell,
    CarriedMark,
    CycleLinkRecord,
    action_history,
    action_is_open,
    barrier_is_open,
)
from ..domain.ids import new_id
from ..domain.plan import ACTION_STATUSES, ActionRecord, all_actions
from ..domain.plan_history import CARRIED
from ..domain.questionnaire import Questionnaire
from ..domain.scoring import ALL
from ..domain.taxonomy import ALL_BS, BARRIER_STATUSES
from ..domain.vocabularies import Vocabularies
from ..store import cycle_rows, queries, report_rows, vocabulary_rows
from ..store.cycle_rows import clone
from ..store.database import EXTENSION, TrajectoryDatabase
from ..store.models import (
    ActionStatus,
    BaselineScore,
    CarriedItem,
    CycleLink,
    PersonalDataKeep,
    QuestionnaireTheme,
    Trajectory,
)
from . import (
    barriers,
    measurement,
    personal_data,
    plan,
    plan_history,
    prioritisation,
    vocabularies,
)
from .records import TrajectoryRecord
from .trajectory import create_trajectory
from .validation import refuse_own_file

#: The " – cyclus N" a default name ends in.
_CYCLE_SUFFIX = re.compile(r"\s+[–-]\s*cyclus\s+\d+$", re.IGNORECASE)
#: The records whose confirmed "not personal data" travels with them to the next cycle.
KEPT_RECORDS = frozenset({"partner", "participant", "barrier", "pillar", "goal", "action",
                          "questionnaire_theme", "questionnaire_theme_item"})


@dataclass(frozen=True)
class NextCycle:
    """What the coach chooses for the new cycle."""

    name: str
    target_groups: tuple[str, ...]
    start_date: date


@dataclass(frozen=True)
class NextCycleMade:
    """What the new file holds, in numbers."""

    path: Path
    cycle_number: int
    partners: int
    participants: int
    barriers: int
    actions: int
    #: The round whose scores are the new cycle's baseline; empty when none was closed.
    baseline_round: str


def cycle_number(db: TrajectoryDatabase) -> int:
    """Which cycle this trajectory is: 1, or one more than the cycle it continues."""
    with db.session() as session:
        row = cycle_rows.link(session)
        return 1 if row is None else row.cycle_number


def default_name(name: str, number: int) -> str:
    """The name proposed for cycle `number` of a trajectory called `name` (its own "– cyclus N"
    replaced, not repeated)."""
    return f"{_CYCLE_SUFFIX.sub('', name)} – cyclus {number}"


def start_next_cycle(db: TrajectoryDatabase, out: Path, cycle: NextCycle) -> NextCycleMade:
    """Write the next cycle to `out` (a new file: an existing one is refused), all or nothing,
    under a temporary name renamed when complete; `db` is only read."""
    out = Path(out)
    refuse_own_file(db, out)
    with db.session() as session:
        source = _read_source(db, session)
    old = source.trajectory
    details = TrajectoryRecord(
        id=new_id(), name=cycle.name, region=old.region, coach=old.coach,
        start_date=cycle.start_date, target_groups=tuple(cycle.target_groups),
        optional_bs=tuple(old.optional_bs), suppression_threshold=old.suppression_threshold,
        evaluation_months=old.evaluation_months)
    number = source.number + 1

    def fill(session: Any, trajectory: Trajectory) -> None:
        trajectory.score_weights = old.score_weights
        _write_copy(session, trajectory.id, source, db.path, number, cycle.start_date)

    with personal_data.confirmed(source.trajectory_kept):
        made = create_trajectory(out, details, fill, source.lists)
    made.close()
    return NextCycleMade(out, number, len(source.partners), len(source.participants),
                         len(source.barriers), len(source.actions),
                         source.baseline_round.name if source.baseline_round else "")


@dataclass
class _Source:
    """What the next cycle takes from the previous one, read in one transaction."""

    trajectory: Any
    number: int
    #: The region's vocabularies: its own terms and labels go with it.
    lists: Vocabularies
    trajectory_kept: list[str]
    partners: list[Any]
    participants: list[Any]
    #: The region's own questionnaire themes (retired ones too), each with its item rows.
    themes: list[tuple[Any, list[Any]]]
    #: (barrier row, derived partners, summary)
    barriers: list[tuple[Any, list[str], str]]
    #: pillar row → goal row → (action row, action record)
    pillars: list[tuple[Any, list[tuple[Any, list[tuple[Any, ActionRecord]]]]]]
    actions: list[ActionRecord]
    keeps: list[Any]
    #: Per carried item, what its user confirmed is not personal data in the texts its
    #: summary repeats (its status notes, an earlier cycle's summary).
    summary_kept: dict[str, set[str]]
    marks: dict[str, Any]
    baseline_round: Any
    baseline: list[BaselineScore]
    threshold: int | None
    #: The questionnaire asked last (id, version, items): that of the cycle before when this
    #: one has no round yet.
    questionnaire: tuple[str, str, list[dict[str, str]]]


def _read_source(db: TrajectoryDatabase, session: Any) -> _Source:
    trajectory = queries.trajectory(session)
    link = cycle_rows.link(session)
    records = plan.plan_in(session)
    by_id = {a.id: a for a in all_actions(records)}
    open_actions = [a for a in all_actions(records) if action_is_open(a.status)]
    serving: dict[str, list[ActionRecord]] = {}
    for action in by_id.values():
        for barrier_id in action.barrier_ids:
            serving.setdefault(barrier_id, []).append(action)
    order = prioritisation.reading(prioritisation.list_rounds(db),
                                   list(barriers.barrier_listing(db).records),
                                   prioritisation.get_weights(db))
    places = {p.barrier_id: p.place for p in order.order}
    counts = report_rows.barrier_signal_counts(session)
    derived = report_rows.barrier_partners(session)
    marks = {m.barrier_id or m.action_id or "": m for m in cycle_rows.carried(session)}
    number = 1 if link is None else link.cycle_number
    carried = []
    for row in cycle_rows.barriers(session):
        actions = serving.get(row.id, [])
        if barrier_is_open(row.status, [a.status for a in actions]):
            partners = list(row.partner_ids if row.partner_ids is not None
                            else derived.get(row.id, ()))
            summary = _barrier_summary(row.status, counts.get(row.id, 0), len(partners),
                                       places.get(row.id) if order.decided_by else None, actions)
            carried.append((row, partners, _with_earlier(marks.get(row.id), number,
                                                          trajectory.name, summary)))
    kept_ids = {a.id for a in open_actions}
    pillars = []
    for pillar in queries.plan(session):
        goals = [(goal, [(action, by_id[action.id]) for action in goal.actions
                         if action.id in kept_ids]) for goal in pillar.goals]
        goals = [(goal, actions) for goal, actions in goals if actions]
        if goals:
            pillars.append((pillar, goals))
    rounds = measurement.list_rounds(db)
    closed = [r for r in rounds if r.closed]
    last = closed[-1] if closed else None
    scores = measurement.round_scores(db, last.id) if last else None
    baseline = []
    if last is not None and scores is not None:
        present = {b for _item, b in last.items}
        for position, b in enumerate(t.key for t in ALL_BS if t.key in present):
            cell = scores.get(ALL, ALL, b)
            hidden = cell is not None and cell.suppressed
            baseline.append(BaselineScore(
                b=b, position=position, suppressed=hidden,
                respondents=None if cell is None or hidden else cell.respondents,
                mean=None if cell is None or hidden else cell.mean))
    keeps = queries.personal_data_keeps(session)
    item_of = {s.id: a.id for a in by_id.values() for s in a.history}
    item_of |= {m.id: key for key, m in marks.items()}
    summary_kept: dict[str, set[str]] = {}
    for keep in keeps:
        if keep.record in ("action_status", "carried_item") and keep.record_id in item_of:
            summary_kept.setdefault(item_of[keep.record_id], set()).update(keep.texts)
    return _Source(
        trajectory=trajectory, number=number, lists=vocabularies.effective(db),
        trajectory_kept=[t for k in keeps if k.record == "trajectory" for t in k.texts],
        partners=queries.partners(session), participants=queries.participants(session),
        themes=[(row, list(row.items)) for row in queries.every(session, QuestionnaireTheme)],
        barriers=carried, pillars=pillars, actions=open_actions,
        keeps=[k for k in keeps if k.record in KEPT_RECORDS], summary_kept=summary_kept,
        marks=marks,
        baseline_round=last, baseline=baseline,
        threshold=scores.threshold if scores else None,
        questionnaire=_questionnaire(last or (rounds[-1] if rounds else None), link))


def _questionnaire(asked: Any, link: Any) -> tuple[str, str, list[dict[str, str]]]:
    if asked is not None:
        return (asked.questionnaire_id, asked.questionnaire_version,
                [{"id": i, "b": b} for i, b in asked.items])
    if link is not None:
        return link.questionnaire_id, link.questionnaire_version, list(link.items)
    return "", "", []


def _barrier_summary(status: str, signals: int, partners: int, place: int | None,
                     actions: list[ActionRecord]) -> str:
    parts = [f"stand {BARRIER_STATUSES.label(status, 'nl').lower()}",
             f"{signals} {'signaal' if signals == 1 else 'signalen'} van {partners} "
             f"{'partner' if partners == 1 else 'partners'}"]
    if place is not None:
        parts.append(f"plaats {place} in de prioriteiten")
    if actions:
        parts.append("acties " + ", ".join(
            f"{a.number} ({ACTION_STATUSES.label(a.status, 'nl').lower()})" for a in actions))
    return "; ".join(parts)


def _with_earlier(mark: Any, number: int, name: str, summary: str) -> str:
    """This cycle's summary after what the item carried from earlier cycles."""
    line = f"Cyclus {number} ({name}): {summary}"
    return f"{mark.summary}\n{line}" if mark is not None else line


def _write_copy(session: Any, trajectory_id: str, source: _Source, previous: Path,
                number: int, start: date) -> None:
    """Add the copy of `source` to the new file's transaction."""
    old = source.trajectory
    for change in source.lists.changes:
        vocabulary_rows.save(session, trajectory_id, change)
    for row in source.partners:
        session.add(clone(row, trajectory_id=trajectory_id))
    for theme, _items in source.themes:
        session.add(clone(theme, trajectory_id=trajectory_id))
    session.flush()  # a participant's partner and an item's theme first: nothing orders them
    for _theme, items in source.themes:
        session.add_all(clone(item) for item in items)
    for row in source.participants:
        session.add(clone(row, trajectory_id=trajectory_id))
    session.flush()
    carried_barriers = set()
    marks = []  # added last: no relationship puts them after their items
    for row, partners, summary in source.barriers:
        status = "in_action" if row.status == "in_action" else (
            "validated" if row.status == "prioritised" else row.status)
        session.add(clone(row, trajectory_id=trajectory_id, partner_ids=partners, status=status))
        carried_barriers.add(row.id)
        earlier = source.marks.get(row.id)
        marks.append(CarriedItem(id=new_id(), barrier_id=row.id, summary=summary,
                                from_cycle=earlier.from_cycle if earlier else number - 1,
                                from_name=earlier.from_name if earlier else old.name))
    for p, (pillar, goals) in enumerate(source.pillars, start=1):
        session.add(clone(pillar, trajectory_id=trajectory_id, position=p))
        for g, (goal, actions) in enumerate(goals, start=1):
            session.add(clone(goal, position=g))
            for a, (row, record) in enumerate(actions, start=1):
                session.flush()
                action = clone(row, position=a, barrier_ids=[
                    b for b in row.barrier_ids if b in carried_barriers])
                if record.history:
                    action.history = [ActionStatus(
                        status=record.status, on=start,
                        note=f"Overgenomen uit cyclus {number - 1} ({old.name}), actie "
                             f"{record.number}: "
                             f"{ACTION_STATUSES.label(record.status, 'nl').lower()} sinds "
                             f"{record.history[-1].on:%d-%m-%Y}")]
                session.add(action)
                earlier = source.marks.get(row.id)
                summary = _with_earlier(earlier, number - 1, old.name,
                                        f"actie {record.number}: {action_history(record)}")
                marks.append(CarriedItem(id=new_id(), action_id=row.id, summary=summary,
                                        from_cycle=earlier.from_cycle if earlier else number - 1,
                                        from_name=earlier.from_name if earlier else old.name))
    plan_history.record_new(session, [record for _p, goals in source.pillars
                                      for _g, actions in goals for _row, record in actions],
                            start, CARRIED)
    session.flush()
    session.add_all(marks)
    for mark in marks:
        kept = source.summary_kept.get(mark.barrier_id or mark.action_id or "")
        if kept:
            session.add(PersonalDataKeep(record="carried_item", record_id=mark.id,
                                         field="summary", texts=sorted(kept)))
    copied = ({r.id for r in source.partners} | {r.id for r in source.participants}
              | carried_barriers | {p.id for p, _g in source.pillars}
              | {g.id for _p, goals in source.pillars for g, _a in goals}
              | {a.id for a in source.actions}
              | {row.id for theme, items in source.themes for row in (theme, *items)})
    for keep in source.keeps:
        if keep.record_id in copied:
            session.add(clone(keep))
    asked_id, asked_version, asked_items = source.questionnaire
    session.add(CycleLink(
        trajectory_id=trajectory_id, cycle_number=number,
        previous_file=_storable(Path(previous).absolute()), previous_trajectory_id=old.id,
        previous_name=old.name,
        baseline_round=source.baseline_round.name if source.baseline_round else "",
        baseline_closed_on=source.baseline_round.closed_on if source.baseline_round else None,
        baseline_threshold=source.threshold,
        questionnaire_id=asked_id, questionnaire_version=asked_version, items=asked_items))
    session.flush()
    for score in source.baseline:
        session.add(clone(score, trajectory_id=trajectory_id))


def _storable(path: Path) -> str:
    """`path` as text the file can hold: a name the system could not decode (its bytes kept as
    surrogates, which UTF-8 refuses) is written escaped, as the log does; such a previous file
    is then not found again by its stored path, and the new cycle says so."""
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def read_link(db: TrajectoryDatabase) -> CycleLinkRecord | None:
    """The cycle this trajectory continues and the baseline it keeps; None in a first cycle."""
    with db.session() as session:
        row = cycle_rows.link(session)
        if row is None:
            return None
        return CycleLinkRecord(
            row.cycle_number, row.previous_file, row.previous_trajectory_id, row.previous_name,
            row.baseline_round, row.baseline_closed_on, row.baseline_threshold,
            row.questionnaire_id, row.questionnaire_version,
            tuple((item["id"], item["b"]) for item in row.items),
            tuple(BaselineCell(s.b, s.suppressed, s.respondents, s.mean)
                  for s in cycle_rows.baseline(session)))


def carried_marks(db: TrajectoryDatabase) -> dict[str, CarriedMark]:
    """Per carried barrier or action id, where it came from and its history there."""
    with db.session() as session:
        return {(m.barrier_id or m.action_id or ""): CarriedMark(
            m.barrier_id or m.action_id or "", "barrier" if m.barrier_id else "action",
            m.from_cycle, m.from_name, m.summary) for m in cycle_rows.carried(session)}


def linked_first(db: TrajectoryDatabase, offered: list[Questionnaire]) -> list[Questionnaire]:
    """The questionnaires on offer with the one the previous cycle asked last first, so a new
    round asks the same by default (in a first cycle, as they are)."""
    link = read_link(db)
    if link is None:
        return offered
    asked = (link.questionnaire_id, link.questionnaire_version)
    return sorted(offered, key=lambda q: (q.id, q.version) != asked)


@dataclass(frozen=True)
class PreviousFile:
    """Where the previous cycle's file is: `path` when found; `other`, when not, a file at its
    place (or beside this one under its name) that holds another trajectory, so is not it."""

    path: Path | None
    other: Path | None = None


def previous_file(db: TrajectoryDatabase, link: CycleLinkRecord) -> PreviousFile:
    """The previous cycle's file where it was, or beside this one under its name: a file there
    is taken for it only when it holds the trajectory the link names (another file can be put
    at the same path, and the right one moved)."""
    stored = Path(link.previous_file)
    other = None
    for candidate in (stored, Path(db.path).absolute().parent / stored.name):
        if candidate.suffix == EXTENSION and candidate.is_file():
            if cycle_rows.trajectory_id_in(candidate) == link.previous_trajectory_id:
                return PreviousFile(candidate)
            other = other or candidate
    return PreviousFile(None, other)
