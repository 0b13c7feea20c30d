"""The undoable edits of an action's indicators, their values and the klankgroep's
evaluations."""

from __future__ import annotations

from datetime import date

from ..domain.indicators import Evaluation, IndicatorRecord
from ..services import indicators
from .document import EditCommand, TrajectoryDocument
from .i18n import fill, tr

AREAS = ("plan",)


def add_indicator(doc: TrajectoryDocument, record: IndicatorRecord) -> EditCommand:
    return EditCommand(doc, fill(tr("Add the indicator “%1”"), record.name),
                       lambda: indicators.add_indicator(doc.db, record),
                       lambda: indicators.remove_indicator(doc.db, record.id), AREAS)


def edit_indicator(doc: TrajectoryDocument, old: IndicatorRecord,
                   new: IndicatorRecord) -> EditCommand:
    return EditCommand(doc, fill(tr("Edit the indicator “%1”"), new.name),
                       lambda: indicators.update_indicator(doc.db, new),
                       lambda: indicators.update_indicator(doc.db, old), AREAS)


def remove_indicator(doc: TrajectoryDocument, record: IndicatorRecord) -> EditCommand:
    saved: list[indicators.RemovedIndicator] = []

    def do() -> None:
        saved[:] = [indicators.remove_indicator(doc.db, record.id)]

    return EditCommand(doc, fill(tr("Remove the indicator “%1”"), record.name), do,
                       lambda: indicators.restore_indicator(doc.db, saved[0]), AREAS)


def add_value(doc: TrajectoryDocument, value_id: str, indicator: IndicatorRecord, on: date,
              value: float, reporter: str, note: str) -> EditCommand:
    """A value typed by the coach."""
    return EditCommand(doc, fill(tr("Add a value of “%1”"), indicator.name),
                       lambda: indicators.add_value(doc.db, value_id, indicator.id, on, value,
                                                    "typed", reporter, note),
                       lambda: indicators.remove_value(doc.db, value_id), AREAS)


def remove_value(doc: TrajectoryDocument, value_id: str, indicator: IndicatorRecord,
                 ) -> EditCommand:
    saved: list = []

    def do() -> None:
        saved[:] = list(indicators.remove_value(doc.db, value_id))

    def undo() -> None:
        indicator_id, value = saved
        indicators.add_value(doc.db, value.id, indicator_id, value.on, value.value,
                             value.source, value.reporter, value.note)

    return EditCommand(doc, fill(tr("Remove a value of “%1”"), indicator.name), do, undo,
                       AREAS)


def add_evaluation(doc: TrajectoryDocument, evaluation: Evaluation) -> EditCommand:
    return EditCommand(doc, tr("Record the sounding board's evaluation"),
                       lambda: indicators.add_evaluation(doc.db, evaluation),
                       lambda: indicators.remove_evaluation(doc.db, evaluation.id), AREAS)


def remove_evaluation(doc: TrajectoryDocument, evaluation: Evaluation) -> EditCommand:
    return EditCommand(doc, tr("Remove the sounding board's evaluation"),
                       lambda: indicators.remove_evaluation(doc.db, evaluation.id),
                       lambda: indicators.add_evaluation(doc.db, evaluation), AREAS)
