"""Excel response forms: one per partner and group, filled by the partner, imported all or nothing.

A form column is one anonymous questionnaire. Importing the same file twice changes nothing: a
column is known by the respondent id the form carries for its header.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.questionnaire import EASY_LANGUAGE_GROUPS, RESPONDENT_GROUPS, WORDING_OF_GROUP
from ..domain.scoring import DONT_KNOW, NOT_APPLICABLE
from ..exchange.errors import CellProblem, WorkbookError
from ..exchange.response_form import (
    DONT_KNOW_LABEL,
    NOT_APPLICABLE_LABEL,
    FormItem,
    ResponseForm,
    write_form,
)
from ..exchange.response_reader import FormInfo, read_form
from ..store import queries
from ..store.database import TrajectoryDatabase
from ..store.models import MeasurementRound, Partner, Respondent
from . import backups, measurement, questionnaire_themes, questionnaires
from .errors import InvalidInput
from .export_screen import Exported, export_screen
from .partners import find_partner
from .records import RespondentRecord
from .validation import existing, known_key

CELL_TEXT = {DONT_KNOW: DONT_KNOW_LABEL, NOT_APPLICABLE: NOT_APPLICABLE_LABEL}


class RoundClosed(InvalidInput):
    """A form for a round that is closed: its answers can no longer change."""

    def __init__(self, round_name: str, closed_on: date) -> None:
        super().__init__("round", InvalidInput.CLOSED, round_name)
        self.round_name = round_name
        self.closed_on = closed_on

    def __str__(self) -> str:
        return (f"the round {self.round_name!r} is closed since {self.closed_on:%d-%m-%Y}: its "
                "answers can no longer change")


@dataclass(frozen=True)
class FormExported(Exported):
    """A written form; `closed_on` when its round is closed (the form says so too)."""

    round_name: str = ""
    closed_on: date | None = None


@dataclass(frozen=True)
class FormReport:
    partner_name: str
    group: str
    round_name: str
    added: int
    updated: int
    unchanged: int
    skipped_columns: int
    problems: tuple[CellProblem, ...]
    macros_ignored: bool
    written: bool


def export_form(db: TrajectoryDatabase, out: Path, round_id: str, partner_id: str,
                group: str) -> FormExported:
    """Write the response form of one partner's group; returns how many forms it holds, what
    personal data nobody confirmed was masked (in a partner or round name), and the day its
    round was closed, if it was: the answers such a form shows can no longer change."""
    known_key("group", RESPONDENT_GROUPS, group)
    with db.session() as session:
        trajectory = queries.trajectory(session)
        round_row = existing(session, MeasurementRound, round_id)
        partner = existing(session, Partner, partner_id)
        entered = [row for row in queries.respondents(session, round_id)
                   if row.partner_id == partner_id and row.group == group]
        answers = [(row.id, {a.item_id: CELL_TEXT.get(a.special or "", str(a.value))
                             for a in row.answers}) for row in entered]
        round_items = [(item["id"], item["b"]) for item in round_row.items]
        questionnaire = questionnaires.find(round_row.questionnaire_id,
                                            round_row.questionnaire_version)
        if questionnaire is not None:
            questionnaire = questionnaire_themes.for_round(db, questionnaire,
                                                           [i for i, _b in round_items])
        measured, themes = questionnaire_themes.measured(db), questionnaire_themes.terms(db)
        form = ResponseForm(
            trajectory.id, trajectory.name, round_row.id, round_row.name, partner.id,
            partner.name, group, RESPONDENT_GROUPS.label(group, "nl"),
            str(uuid.uuid4()), tuple(FormItem(item_id, measured.label(b, "nl"),
                                              _question(questionnaire, item_id, group),
                                              b in themes)
                                     for item_id, b in round_items), answers,
            round_row.closed_on)
        round_name, closed_on = round_row.name, round_row.closed_on
    screen = export_screen(db)
    write_form(Path(out), screen.walk(form))
    return FormExported(len(answers), tuple(m.describe() for m in screen.masked), round_name,
                        closed_on)


def resolve_names(db: TrajectoryDatabase, round_name: str, partner_name: str,
                  group: str) -> tuple[str, str, str]:
    """(round id, partner id, group key) from what a user types: names, or a group's label."""
    wanted = " ".join(round_name.split()).casefold()
    with db.session() as session:
        found = [r for r in queries.rounds(session)
                 if wanted in (r.name.casefold(), r.kind.casefold(), r.id)]
        if len(found) != 1:
            raise InvalidInput("round", InvalidInput.NOT_FOUND, round_name)
        partner = find_partner(queries.partners(session), partner_name)
        term = RESPONDENT_GROUPS.find(group)
        if term is None:
            raise InvalidInput("group", InvalidInput.UNKNOWN_VALUE, group)
        return found[0].id, partner.id, term.key


def _question(questionnaire, item_id: str, group: str) -> str:
    """The wording this group reads (easy language for clients, where there is one)."""
    if questionnaire is None:
        return ""
    item = next((i for i in questionnaire.items() if i.id == item_id), None)
    if item is None:
        return ""
    text = item.wording(WORDING_OF_GROUP[group])
    return text.easy_nl or text.nl if group in EASY_LANGUAGE_GROUPS else text.nl


def import_form(db: TrajectoryDatabase, path: Path, *, dry_run: bool = False,
                valid_columns_only: bool = False) -> FormReport:
    """Check every answer of a filled form, then write its questionnaires in one transaction.

    Nothing is written when any answer has a problem (unless `valid_columns_only`), on a dry run,
    or on any error. A write is preceded by a backup.
    """
    with db.session() as session:
        trajectory_id = queries.trajectory(session).id
        rounds = {row.id: row for row in queries.rounds(session)}
        items = {row.id: [item["id"] for item in row.items] for row in rounds.values()}
        round_names = {row.id: row.name for row in rounds.values()}
        closed = {row.id: row.closed_on for row in rounds.values()}
        partner_names = {p.id: p.name for p in queries.partners(session)}

    def items_for(info: FormInfo | None) -> list[str]:
        return items.get(info.round_id, []) if info is not None else []

    contents = read_form(Path(path), items_for)
    info = contents.info
    if info is None:
        raise WorkbookError(contents.path, WorkbookError.NOT_A_FORM)
    if info.trajectory_id != trajectory_id:
        raise WorkbookError(contents.path, WorkbookError.OTHER_TRAJECTORY, info.trajectory_name)
    if info.round_id not in rounds:
        raise InvalidInput("round", InvalidInput.NOT_FOUND, info.round_name)
    if (closed_on := closed[info.round_id]) is not None:
        raise RoundClosed(round_names[info.round_id], closed_on)
    if info.partner_id not in partner_names:
        raise InvalidInput("partner", InvalidInput.NOT_FOUND, info.partner_name)
    known_key("group", RESPONDENT_GROUPS, info.group)
    bad = contents.columns_with_problems()
    good = [c for c in contents.columns if c.letter not in bad and c.answers]
    report: dict[str, Any] = dict(partner_name=partner_names[info.partner_id], group=info.group,
                  round_name=round_names[info.round_id], problems=tuple(contents.problems),
                  macros_ignored=contents.macros_ignored,
                  skipped_columns=len(contents.columns) - len(good))
    if contents.problems and not valid_columns_only:
        return FormReport(added=0, updated=0, unchanged=0, written=False, **report)
    if good and not dry_run:
        backups.back_up(db, backups.BEFORE_FORM_IMPORT)
    added = updated = unchanged = 0
    with db.session() as session:
        for column in good:
            record = RespondentRecord(column.respondent_id, info.round_id, info.partner_id,
                                      info.group, tuple(sorted(column.answers)))
            row = session.get(Respondent, record.id)
            if row is None:
                measurement.add_to_session(session, record)
                added += 1
                continue
            if (row.round_id, row.partner_id, row.group) != (info.round_id, info.partner_id,
                                                              info.group):
                raise InvalidInput("respondent", InvalidInput.IN_USE, column.header)
            if measurement.as_record(row).answers == record.answers:
                unchanged += 1
                continue
            measurement.replace_answers(session, row, record)
            updated += 1
        if dry_run:
            session.rollback()
    return FormReport(added=added, updated=updated, unchanged=unchanged, written=not dry_run,
                      **report)
