"""Signal bundles: export a partner's workbook, import a filled one (all or nothing, idempotent)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from ..cycles import cycles_paused
from ..domain.ids import new_ids
from ..domain.privacy import Finding, redact
from ..domain.taxonomy import SIGNAL_STATUSES, active_bs
from ..exchange.bundle_columns import COLUMN_BY_FIELD, COLUMNS, columns_for
from ..exchange.bundle_reader import BundleContents, BundleRow, read_bundle
from ..exchange.errors import CellProblem, Problems, WorkbookError
from ..store import bundle_rows
from ..store.database import TrajectoryDatabase
from . import backups, signals, vocabularies
from .base_records import SignalRecord
from .partners import find_partner

if TYPE_CHECKING:
    from ..exchange.read_ahead import ReadAhead
    from .export_screen import Exported

#: Fields that a bundle row carries (all but the partner and bookkeeping).
ROW_FIELDS = tuple(c.field for c in COLUMNS if c.field != "id")
#: The columns of a new signal's row (_Rows.new_row): a bundle row's fields, then the rest.
NEW_ROW_COLUMNS = (*ROW_FIELDS, "partner_id", "id", "trajectory_id", "kept_findings",
                   "kept_confirmed_at", "to_review", "search_text", "fingerprint", "created_at",
                   "updated_at")
_STATUS_AT = ROW_FIELDS.index("status")


class BundleMismatch(Exception):
    """The bundle was made for another trajectory or partner; the user decides what to do."""

    def __init__(self, kind: str, found: str, expected: str) -> None:
        if found == expected:
            text = f"bundle made for another {kind} with the same name {found!r} (another file)"
        else:
            text = f"bundle made for {kind} {found!r}, not {expected!r}"
        super().__init__(text)
        self.kind = kind
        self.found = found
        self.expected = expected


@dataclass(frozen=True)
class ImportReport:
    partner_name: str
    added: int
    updated: int
    unchanged: int
    skipped_rows: int
    problems: tuple[CellProblem, ...]
    macros_ignored: bool
    written: bool
    #: Rows whose description looks like personal data: imported (or, on a dry run, to be
    #: imported) as "to review", named with what was found, the text shown with it replaced.
    to_review: tuple[CellProblem, ...] = ()


def export_template(db: TrajectoryDatabase, partner_name: str, out: Path) -> Exported:
    """Write the bundle workbook for a partner, pre-filled with its signals (personal data
    nobody confirmed masked); returns their count and what was masked."""
    # Imported here: an import, the command line's most frequent use, needs none of these
    # (the queries import the ORM models).
    from ..exchange.bundle_template import BundleTemplate, write_template
    from ..store import queries
    from .export_screen import Exported, export_screen

    with db.session() as session:
        trajectory = queries.trajectory(session)
        partner = find_partner(queries.partners(session), partner_name)
        rows = [
            {"id": row.id, **{f: getattr(signals.to_record(row), f) for f in ROW_FIELDS}}
            for row in queries.signals(session, partner.id)
        ]
        template = BundleTemplate(trajectory.id, trajectory.name, partner.id, partner.name,
                                  active_bs(tuple(trajectory.optional_bs)), rows)
    screen = export_screen(db)
    columns = columns_for(vocabularies.screened(vocabularies.effective(db), screen.text))
    write_template(Path(out), replace(screen.walk(template), columns=columns))
    return Exported(len(rows), tuple(m.describe() for m in screen.masked))


@cycles_paused
def import_bundle(
    db: TrajectoryDatabase, path: Path, *, dry_run: bool = False, valid_rows_only: bool = False,
    partner_name: str | None = None, accept_other: bool = False, ahead: ReadAhead | None = None,
) -> ImportReport:
    """Check every row of a filled bundle, then write the valid ones in one transaction.

    Nothing is written when any row has a problem (unless `valid_rows_only`), on a dry run, or
    on any error. Rows are recognised by their number, or else by partner and description, so
    importing the same file twice adds nothing twice. A write is preceded by a backup.
    `ahead`: the bundle's reading, begun while the caller got ready (exchange.read_ahead).
    """
    with db.sqlite() as conn:  # through the driver: an import needs no ORM, nor Core
        trajectory_id, trajectory_name, optional_bs = bundle_rows.trajectory(conn)
        partners = {p.id: p for p in bundle_rows.partners(conn)}
    contents = read_bundle(Path(path), [t.key for t in active_bs(tuple(optional_bs))],
                           columns_for(vocabularies.effective(db)), ahead)
    with db.sqlite() as conn:  # of the file's signals, only those the rows number
        owners = bundle_rows.signal_owners(conn, _numbers(contents, contents.rows))
    partner = _partner_for(contents, partners, trajectory_id, trajectory_name, partner_name,
                           accept_other)
    _refuse_others_numbers(contents, owners, partner.id,
                           contents.info is not None and contents.info.trajectory_id
                           != trajectory_id)
    problems = list(contents.problems)
    bad_rows = contents.rows_with_problems()
    candidates = [row for row in contents.rows if row.row not in bad_rows]
    flagged = {row.row: row.findings for row in contents.rows if row.findings}
    if problems and not valid_rows_only:
        return ImportReport(partner.name, 0, 0, 0, len(contents.rows), tuple(problems),
                            contents.macros_ignored, False,
                            _review_notes(contents, sorted(flagged), flagged))
    # The backup is taken while the rows are matched; the first write waits for it.
    backup = (backups.BackupUnderway(db, backups.BEFORE_BUNDLE_IMPORT)
              if candidates and not dry_run else None)
    try:
        with db.sqlite(writing=not dry_run) as conn:
            marks = _marks(contents, candidates, partner.id)
            known = [SimpleNamespace(**row) for row in bundle_rows.signals_matching(
                conn, _numbers(contents, candidates), {mark for mark, _ in marks.values()})]
            if backup is not None:
                backup.wait()
            added, updated, unchanged, waiting = _apply(
                conn, trajectory_id, _Rows(contents, partner.id), candidates, marks, known,
                flagged, write=not dry_run)
    finally:
        if backup is not None:
            backup.join()
    skipped = len(contents.rows) - len(candidates)
    return ImportReport(partner.name, added, updated, unchanged, skipped, tuple(problems),
                        contents.macros_ignored, not dry_run,
                        _review_notes(contents, waiting, flagged))


class _Rows:
    """The bundle's rows as what each brings: the field values picked from its cells the same
    way for a record (a row that matches a stored signal) and for a new signal's row values
    (the many new rows go straight to the insert, without a record each). The reader checked
    every value against the same lists and rules as signals.validated (a property test holds
    the two to that); no second pass here. A row whose description looks like personal data
    comes as to be reviewed."""

    def __init__(self, contents: BundleContents, partner_id: str) -> None:
        at = {f: i for i, f in enumerate(contents.fields)}
        width = len(contents.fields)
        missing = [f for f in ROW_FIELDS if f not in at]
        #: A row's cells with what a missing column comes to after them: one pick per row.
        self._tail = tuple(() if COLUMN_BY_FIELD[f].multi else None for f in missing)
        at.update((f, width + k) for k, f in enumerate(missing))
        self._pick = itemgetter(*(at[f] for f in ROW_FIELDS))
        self._id_at = at.get("id")
        self.partner_id = partner_id

    def number(self, row: BundleRow) -> str:
        """The signal number the row carries ("" for a new signal)."""
        return "" if self._id_at is None else str(row.cells[self._id_at] or "")

    def values(self, row: BundleRow) -> dict[str, object]:
        values = dict(zip(ROW_FIELDS, self._pick(row.cells + self._tail), strict=True))
        values["status"] = values["status"] or "noticed"
        return values

    def record(self, row: BundleRow) -> SignalRecord:
        return SignalRecord(id=self.number(row), partner_id=self.partner_id,
                            to_review=bool(row.findings),
                            **self.values(row))  # type: ignore[arg-type]

    def new_row(self, row: BundleRow, trajectory_id: str, *, row_id: str, mark: str,
                search_text: str, now: datetime) -> list[object]:
        """The column values of the new signal's row in NEW_ROW_COLUMNS' order, as
        signals.row_values makes them from its record."""
        values = list(self._pick(row.cells + self._tail))
        values[_STATUS_AT] = values[_STATUS_AT] or "noticed"
        values += (self.partner_id, row_id, trajectory_id, (), None, bool(row.findings),
                   search_text, mark, now, now)
        return values


def _numbers(contents: BundleContents, rows: list[BundleRow]) -> set[str]:
    """The signal numbers these rows carry (none without a number column)."""
    if "id" not in contents.fields:
        return set()
    at = contents.fields.index("id")
    return {str(row.cells[at]) for row in rows if row.cells[at]}


def _marks(contents: BundleContents, rows: list[BundleRow],
           partner_id: str) -> dict[int, tuple[str, str]]:
    """The fingerprint of the signal each of these rows brings (by its row in the sheet), with
    its search text (both from the description's words, normalised once): worked out once, to
    look the signals up, to match them, and for a new signal's row."""
    at = contents.fields.index("description")
    return {row.row: signals.fingerprint_and_search_text(partner_id, str(row.cells[at]))
            for row in rows}


def _refuse_others_numbers(contents: BundleContents, owners: dict[str, str], partner_id: str,
                           other_trajectory: bool) -> None:
    """A row whose number is a signal of another partner (a row copied from their bundle), or
    any of ours in a bundle made for another trajectory, is a problem on its row: importing it
    would move that signal and overwrite its text."""
    column = COLUMN_BY_FIELD["id"]
    if "id" not in contents.fields:
        return
    id_at = contents.fields.index("id")
    for row in contents.rows:
        number = row.cells[id_at]
        if not number or number not in owners:
            continue
        if other_trajectory:
            problem = Problems.OTHER_TRAJECTORYS_SIGNAL
        elif owners[str(number)] != partner_id:
            problem = Problems.OTHER_PARTNERS_SIGNAL
        else:
            continue
        contents.problems.append(CellProblem(
            contents.sheet, row.row, contents.letters.get("id", "?"), column.header_nl,
            str(number), problem, Problems.EMPTY_FOR_NEW))


def _review_notes(contents: BundleContents, rows: list[int],
                  flagged: dict[int, tuple[Finding, ...]]) -> tuple[CellProblem, ...]:
    """Each row imported to review, said as a problem in its description cell."""
    column = COLUMN_BY_FIELD["description"]
    at = contents.fields.index("description") if rows else 0
    texts = {r.row: r.cells[at] for r in contents.rows if r.row in flagged}
    notes = []
    for number in rows:
        findings = flagged[number]
        text = texts[number]
        kinds = ", ".join(sorted({f.placeholder for f in findings}))
        notes.append(CellProblem(contents.sheet, number, contents.letters.get("description", "?"),
                                 column.header_nl, redact(str(text), list(findings)),
                                 Problems.PERSONAL_DATA.format(kinds), Problems.NO_PERSONAL_DATA))
    return tuple(notes)


def _partner_for(contents: BundleContents, partners, trajectory_id: str,
                 trajectory_name: str, partner_name: str | None, accept_other: bool):
    if partner_name is not None:
        chosen = find_partner(partners.values(), partner_name)
    elif contents.info is None:
        raise WorkbookError(contents.path, WorkbookError.NOT_A_BUNDLE)
    else:
        chosen = partners.get(contents.info.partner_id) or find_partner(
            partners.values(), contents.info.partner_name)
    info = contents.info
    if info is not None and not accept_other:
        if info.trajectory_id != trajectory_id:
            raise BundleMismatch("trajectory", info.trajectory_name, trajectory_name)
        if info.partner_id != chosen.id:
            raise BundleMismatch("partner", info.partner_name, chosen.name)
    return chosen


def _later(one: str, two: str) -> str:
    order = SIGNAL_STATUSES.ordered_keys()
    return max(one, two, key=order.index)


def _same(row: Any, record: SignalRecord) -> bool:
    current = signals.to_record(row)
    return all(getattr(current, f) == getattr(record, f) for f in ROW_FIELDS)


#: New rows are inserted this many at a time, in the one transaction: memory stays bounded.
INSERT_CHUNK = 5_000


def _fresh_ids() -> Iterator[str]:
    """New signal ids, made a thousand at a time (one read of randomness each)."""
    while True:
        yield from new_ids(1000)


def _apply(conn, trajectory_id: str, rows: _Rows, candidates: list[BundleRow],
           marks: dict[int, tuple[str, str]], known: list[SimpleNamespace],
           flagged: dict[int, tuple[Finding, ...]],
           *, write: bool) -> tuple[int, int, int, list[int]]:
    """Add or update each candidate (`marks`: their fingerprints and search texts by row;
    `known`: the columns of the file's signals they may update, kept up to date as rows update
    them); returns (added, updated, unchanged) and the sheet rows whose signal waits for
    review: personal data found and not confirmed for that signal.

    Without `write` (a dry run) the same decisions are taken and counted, and nothing is
    written: a new row needs no id, no row values and no insert to be counted."""
    by_id = {row.id: row for row in known}
    by_print = {row.fingerprint: row for row in known}
    new_ids: set[str] = set()
    new_prints: set[str] = set()
    new_rows: list[list[object]] = []
    added = updated = unchanged = 0
    waiting: list[int] = []
    now = datetime.now(UTC)
    fresh = _fresh_ids()
    for candidate in candidates:
        number = candidate.row
        findings = flagged.get(number)
        found = {f.text for f in findings} if findings else set()
        mark, search_text = marks[number]
        signal_id = rows.number(candidate)
        row = by_id.get(signal_id) if signal_id else None
        if row is None:
            row = by_print.get(mark)
        if row is not None:
            # A partner's copy does not set a signal back in the workflow (the coach may have
            # bundled it into a barrier since the bundle was made).
            record = rows.record(candidate)
            record = replace(record, status=_later(record.status, row.status))
            kept = tuple(k for k in row.kept_findings or () if k in found)
            if found - set(kept):
                waiting.append(number)
            if _same(row, record):
                unchanged += 1
            else:
                if write:
                    values = signals.changed_values(row, replace(
                        record, id=row.id, kept_findings=kept, to_review=bool(found - set(kept))))
                    bundle_rows.update_signal(conn, row.id, values)
                    vars(row).update(values)
                updated += 1
            continue
        if (signal_id and signal_id in new_ids) or mark in new_prints:  # the same row twice
            unchanged += 1
            continue
        if signal_id:
            new_ids.add(signal_id)
        new_prints.add(mark)
        if found:
            waiting.append(number)
        added += 1
        if write:
            new_rows.append(rows.new_row(candidate, trajectory_id,
                                         row_id=signal_id or next(fresh), mark=mark,
                                         search_text=search_text, now=now))
            if len(new_rows) == INSERT_CHUNK:
                bundle_rows.insert_signal_rows(conn, NEW_ROW_COLUMNS, new_rows)
                new_rows.clear()
    if write and new_rows:
        bundle_rows.insert_signal_rows(conn, NEW_ROW_COLUMNS, new_rows)
    return added, updated, unchanged, waiting
