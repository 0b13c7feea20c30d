"""Create, open, describe and edit the trajectory itself; check a file without opening it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.ids import new_id
from ..domain.phases import PHASES
from ..domain.taxonomy import OPTIONAL_BS
from ..domain.vocabularies import DEFAULTS, Vocabularies
from ..store.database import TrajectoryDatabase, create_database, open_database
from ..store.errors import NewerFile
from ..store.lock import HEARTBEAT_SECONDS
from ..store.schema import HEAD_REVISION, is_newer, missing_tables, needs_upgrade
from ..store.sqlite_file import find_and_recover, inspect_file, integrity_problems
from . import backups, personal_data, vocabularies
from .base_records import TrajectoryRecord
from .errors import InvalidInput
from .validation import clean_text, known_keys, refuse_if_changed

if TYPE_CHECKING:
    from ..store.models import Trajectory
# The ORM models and the queries on them are imported in the functions that use them: the
# first window needs none of them, and their set-up is a sixth of the start-up (#14).

MIN_SUPPRESSION = 3
MAX_SUPPRESSION = 50

#: The trajectory's free text, screened for personal data.
TEXT_FIELDS = ("name", "region", "coach")


def _validated(record: TrajectoryRecord, lists: Vocabularies = DEFAULTS) -> TrajectoryRecord:
    if not MIN_SUPPRESSION <= record.suppression_threshold <= MAX_SUPPRESSION:
        raise InvalidInput(
            "suppression_threshold", InvalidInput.OUT_OF_RANGE, record.suppression_threshold
        )
    # Imported here: opening a file for the command line's import needs none of the indicators.
    from ..domain.indicators import EVALUATION_RHYTHMS

    if record.evaluation_months not in EVALUATION_RHYTHMS:
        raise InvalidInput("evaluation_months", InvalidInput.OUT_OF_RANGE,
                           record.evaluation_months, tuple(map(str, EVALUATION_RHYTHMS)))
    return TrajectoryRecord(
        id=record.id,
        name=clean_text("name", record.name, required=True),
        region=clean_text("region", record.region),
        coach=clean_text("coach", record.coach),
        start_date=record.start_date,
        target_groups=tuple(known_keys("target_groups", lists.target_groups,
                                           record.target_groups)),
        optional_bs=tuple(known_keys("optional_bs", OPTIONAL_BS, record.optional_bs)),
        suppression_threshold=record.suppression_threshold,
        evaluation_months=record.evaluation_months,
    )


def create_trajectory(path: Path, details: TrajectoryRecord,
                      fill: Callable[[Any, Trajectory], None] | None = None,
                      lists: Vocabularies = DEFAULTS) -> TrajectoryDatabase:
    """A new trajectory file with the six phases and their default checklists, opened; `fill`
    adds more in the same transaction, and `lists` are the vocabularies it will have (the next
    cycle's copy of the previous one)."""
    from ..store.models import ChecklistItem, PhaseRecord, Trajectory
    details = _validated(details, lists)
    for field in TEXT_FIELDS:
        personal_data.refuse_unconfirmed(field, getattr(details, field))

    def populate(session) -> None:
        trajectory = Trajectory(id=details.id or new_id())
        _write(trajectory, details)
        session.add(trajectory)
        for field in TEXT_FIELDS:
            personal_data.check(session, "trajectory", trajectory.id, field,
                                getattr(details, field))
        for phase in PHASES:
            record = PhaseRecord(number=phase.number, state="not_started", trajectory=trajectory)
            record.checklist = [
                ChecklistItem(position=i, key=term.key, text="", done=False, note="")
                for i, term in enumerate(phase.checklist)
            ]
            session.add(record)
        if fill is not None:
            fill(session, trajectory)

    return create_database(Path(path), populate)


def open_trajectory(
    path: Path, *, read_only: bool = False, allow_damaged: bool = False, back_up: bool = True
) -> TrajectoryDatabase:
    """Open a trajectory file; see `store.database.open_database` for what is checked. Opened
    for editing, it is backed up when its newest backup is more than a day old: here, or with
    `back_up` False by the caller's own call of `backups.back_up_if_due` (the window makes it
    in a worker thread once it shows the file)."""
    db = open_database(Path(path), read_only=read_only, allow_damaged=allow_damaged)
    if back_up and not db.read_only:
        backups.back_up_if_due(db)
    return db


def _write(row: Trajectory, record: TrajectoryRecord) -> None:
    row.name = record.name
    row.region = record.region
    row.coach = record.coach
    row.start_date = record.start_date
    row.target_groups = list(record.target_groups)
    row.optional_bs = list(record.optional_bs)
    row.suppression_threshold = record.suppression_threshold
    row.evaluation_months = record.evaluation_months


def get_trajectory(db: TrajectoryDatabase) -> TrajectoryRecord:
    """The trajectory's details, read from columns (the window's title needs them at start)."""
    from ..store import start_rows  # Core: opening a file for a bundle import needs none

    with db.connection() as conn:
        (trajectory_id, name, region, coach, start_date, target_groups, optional_bs,
         threshold, months) = start_rows.trajectory(conn)
        return TrajectoryRecord(
            id=trajectory_id, name=name, region=region, coach=coach, start_date=start_date,
            target_groups=tuple(target_groups), optional_bs=tuple(optional_bs),
            suppression_threshold=threshold, evaluation_months=months,
        )


def update_trajectory(
    db: TrajectoryDatabase, record: TrajectoryRecord, expected: TrajectoryRecord | None = None
) -> None:
    """Replace the trajectory's details with `record` (its id is ignored); refused when they
    no longer are as `expected`."""
    from ..store import queries
    lists = vocabularies.effective(db)
    record = _validated(record, lists)
    with db.session() as session:
        row = queries.trajectory(session)
        refuse_if_changed(db, row, _write, expected, "trajectory",
                          lambda r: _validated(r, lists))
        for field in TEXT_FIELDS:
            personal_data.check(session, "trajectory", row.id, field, getattr(record, field))
        _write(row, record)


@dataclass(frozen=True)
class CheckReport:
    """The outcome of `check`: the schema revision and any integrity problems."""

    path: Path
    revision: str
    written_by: str | None
    problems: tuple[str, ...]
    upgrade_needed: bool

    @property
    def sound(self) -> bool:
        return not self.problems


def check_file(path: Path) -> CheckReport:
    """Integrity and schema check without locking the file.

    A write a crash interrupted is first rolled back, as any opening does (unless another run
    has the file open); nothing else is changed. Raises the store's TrajectoryFileError
    subclasses for files that are not trajectories or were made by a newer version.
    """
    path = Path(path)
    real, _ = find_and_recover(path)
    facts = inspect_file(real)
    if is_newer(facts.revision):
        raise NewerFile(path, facts.revision, facts.written_by)
    problems = missing_tables(real, facts.revision) + integrity_problems(real)
    return CheckReport(
        path=path, revision=facts.revision, written_by=facts.written_by,
        problems=tuple(problems), upgrade_needed=needs_upgrade(facts.revision),
    )


__all__ = [
    "HEAD_REVISION", "HEARTBEAT_SECONDS", "CheckReport", "TrajectoryDatabase", "check_file",
    "create_trajectory", "open_trajectory",
]
