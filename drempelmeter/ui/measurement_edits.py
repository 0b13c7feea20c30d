"""The undoable edits of the measurement: starting a round, entering and removing answers."""

from __future__ import annotations

from datetime import date

from ..domain.questionnaire import Questionnaire
from ..services import measurement
from ..services.records import RespondentRecord
from .document import EditCommand, TrajectoryDocument
from .entry_grid import answer_name
from .i18n import fill, tr

AREA = ("measurement",)


def start_round(doc: TrajectoryDocument, round_id: str, kind: str, name: str,
                started_on: date, questionnaire: Questionnaire) -> EditCommand:
    return EditCommand(
        doc, fill(tr("Start the round “%1”"), name),
        lambda: measurement.start_round(doc.db, round_id, kind, name, started_on, questionnaire),
        lambda: measurement.remove_round(doc.db, round_id),
        AREA,
    )


def add_respondent(doc: TrajectoryDocument, record: RespondentRecord) -> EditCommand:
    return EditCommand(
        doc, tr("Add a questionnaire"),
        lambda: measurement.add_respondent(doc.db, record),
        lambda: measurement.remove_respondent(doc.db, record.id),
        AREA,
    )


def remove_respondent(doc: TrajectoryDocument, record: RespondentRecord) -> EditCommand:
    return EditCommand(
        doc, tr("Remove a questionnaire"),
        lambda: measurement.remove_respondent(doc.db, record.id),
        lambda: measurement.add_respondent(doc.db, record),
        AREA,
    )


def set_answer(doc: TrajectoryDocument, respondent_id: str, item_id: str,
               new: tuple[int | None, str | None],
               old: tuple[int | None, str | None]) -> EditCommand:
    return EditCommand(
        doc, fill(tr("Answer “%1” to %2"), answer_name(*new), item_id),
        lambda: measurement.set_answer(doc.db, respondent_id, item_id, *new),
        lambda: measurement.set_answer(doc.db, respondent_id, item_id, *old),
        AREA,
    )
