"""Measurement rounds: start one from a questionnaire, enter anonymous responses, close, score."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.questionnaire import RESPONDENT_GROUPS, ROUND_KINDS, Questionnaire
from ..domain.scoring import ALL, DONT_KNOW, NOT_APPLICABLE, Answer, Score, Scores, score
from ..domain.taxonomy import ALL_BS
from ..store import queries
from ..store.database import TrajectoryDatabase
from ..store.models import MeasurementRound, Partner, Respondent, ResponseAnswer
from . import personal_data, questionnaire_themes
from .errors import InvalidInput
from .records import RespondentRecord, RoundRecord
from .validation import clean_text, existing, known_key

SPECIALS = (DONT_KNOW, NOT_APPLICABLE)


def _record(row: MeasurementRound, respondents: int) -> RoundRecord:
    return RoundRecord(row.id, row.kind, row.name, row.started_on, row.questionnaire_id,
                       row.questionnaire_version, row.closed_on,
                       tuple((item["id"], item["b"]) for item in row.items), respondents)


def list_rounds(db: TrajectoryDatabase) -> list[RoundRecord]:
    with db.session() as session:
        return [_record(row, queries.respondent_count(session, row.id))
                for row in queries.rounds(session)]


def get_round(db: TrajectoryDatabase, round_id: str) -> RoundRecord:
    with db.session() as session:
        return _record(existing(session, MeasurementRound, round_id),
                       queries.respondent_count(session, round_id))


def start_round(db: TrajectoryDatabase, round_id: str, kind: str, name: str,
                started_on: date, questionnaire: Questionnaire) -> None:
    """A new round that asks `questionnaire` and the region's own themes in use; its items are
    kept with the round: the id and under "b" what it measures (a B, or a questionnaire theme,
    scored alike)."""
    known_key("kind", ROUND_KINDS, kind)
    name = clean_text("name", name, required=True)
    questionnaire = questionnaire_themes.for_new_round(db, questionnaire)
    with db.session() as session:
        personal_data.check(session, "measurement_round", round_id, "name", name)
        session.add(MeasurementRound(
            id=round_id, trajectory_id=queries.trajectory(session).id, kind=kind, name=name,
            started_on=started_on, closed_on=None, questionnaire_id=questionnaire.id,
            questionnaire_version=questionnaire.version,
            items=[{"id": item.id, "b": item.b} for item in questionnaire.items()],
        ))


def remove_round(db: TrajectoryDatabase, round_id: str) -> None:
    """Remove an open round nobody answered yet (the undo of starting it)."""
    with db.session() as session:
        row = _open_round(session, round_id)
        if queries.respondent_count(session, round_id):
            raise InvalidInput("round", InvalidInput.IN_USE, row.name)
        session.delete(row)


def _open_round(session, round_id: str) -> MeasurementRound:
    row = existing(session, MeasurementRound, round_id)
    if row.closed_on is not None:
        raise InvalidInput("round", InvalidInput.CLOSED, row.name)
    return row


def add_respondent(db: TrajectoryDatabase, record: RespondentRecord) -> None:
    """Store one anonymous questionnaire with its answers, in an open round."""
    add_respondents(db, [record])


def add_respondents(db: TrajectoryDatabase, records: list[RespondentRecord]) -> None:
    """Store anonymous questionnaires in open rounds, all in one transaction."""
    with db.session() as session:
        for record in records:
            add_to_session(session, record)


def add_to_session(session, record: RespondentRecord) -> None:
    """Add one questionnaire inside the caller's transaction (an import adds many at once)."""
    known_key("group", RESPONDENT_GROUPS, record.group)
    existing(session, Partner, record.partner_id)
    session.add(Respondent(id=record.id, round_id=record.round_id,
                           partner_id=record.partner_id, group=record.group,
                           answers=_answers(session, record)))


def replace_answers(session, row: Respondent, record: RespondentRecord) -> None:
    """Give a stored questionnaire the answers of `record` (an updated form, re-imported)."""
    row.answers = _answers(session, record)


def _answers(session, record: RespondentRecord) -> list[ResponseAnswer]:
    """The answers as rows, after checking the round is open and each answer is allowed."""
    items = {item["id"] for item in _open_round(session, record.round_id).items}
    answers = []
    for item_id, value, special in record.answers:
        if item_id not in items:
            raise InvalidInput("item", InvalidInput.UNKNOWN_VALUE, item_id)
        _check_answer(item_id, value, special)
        answers.append(ResponseAnswer(item_id=item_id, value=value, special=special))
    return answers


def as_record(row: Respondent) -> RespondentRecord:
    return RespondentRecord(row.id, row.round_id, row.partner_id, row.group, tuple(
        sorted((a.item_id, a.value, a.special) for a in row.answers)))


def list_respondents(db: TrajectoryDatabase, round_id: str, partner_id: str | None = None,
                     group: str | None = None) -> list[RespondentRecord]:
    """The questionnaires of a round in the order they were entered, optionally of one group."""
    with db.session() as session:
        return [as_record(row) for row in queries.respondents(session, round_id)
                if partner_id in (None, row.partner_id) and group in (None, row.group)]


def set_answer(db: TrajectoryDatabase, respondent_id: str, item_id: str, value: int | None,
               special: str | None) -> tuple[int | None, str | None]:
    """Set (or with both None, clear) one answer in an open round; returns the one before."""
    with db.session() as session:
        row = existing(session, Respondent, respondent_id)
        round_row = _open_round(session, row.round_id)
        if item_id not in {item["id"] for item in round_row.items}:
            raise InvalidInput("item", InvalidInput.UNKNOWN_VALUE, item_id)
        _check_answer(item_id, value, special, allow_empty=True)
        answer = next((a for a in row.answers if a.item_id == item_id), None)
        before = (None, None) if answer is None else (answer.value, answer.special)
        if value is None and special is None:
            if answer is not None:
                row.answers.remove(answer)
        elif answer is None:
            row.answers.append(ResponseAnswer(item_id=item_id, value=value, special=special))
        else:
            answer.value, answer.special = value, special
        return before


def _check_answer(item_id: str, value: int | None, special: str | None, *,
                  allow_empty: bool = False) -> None:
    if value is None and special is None and allow_empty:
        return
    if (value is None) == (special is None) or (
            value is not None and not 1 <= value <= 5) or (
            special is not None and special not in SPECIALS):
        raise InvalidInput("answer", InvalidInput.OUT_OF_RANGE, (item_id, value, special))


def remove_respondent(db: TrajectoryDatabase, respondent_id: str) -> RespondentRecord:
    """Remove one questionnaire from an open round; returns it whole, for undo."""
    with db.session() as session:
        row = existing(session, Respondent, respondent_id)
        _open_round(session, row.round_id)
        record = as_record(row)
        session.delete(row)
        return record


def close_round(db: TrajectoryDatabase, round_id: str, closed_on: date) -> None:
    """Freeze a round: from now on its responses cannot change."""
    with db.session() as session:
        _open_round(session, round_id).closed_on = closed_on


def round_answers(db: TrajectoryDatabase, round_id: str) -> list[Answer]:
    """Every answer of a round, with the B or theme its item measured when the round was held."""
    with db.session() as session:
        b_of = {item["id"]: item["b"] for item in existing(session, MeasurementRound,
                                                            round_id).items}
        return [Answer(respondent, partner, group, b_of[item], value, special)
                for respondent, partner, group, item, value, special
                in queries.answer_rows(session, round_id)]


def round_scores(db: TrajectoryDatabase, round_id: str,
                 partner_ids: list[str] | None = None) -> Scores:
    """The round's scores, with the trajectory's suppression threshold applied; `partner_ids`
    limits them to what a partner's own report publishes (see `scoring.score`)."""
    with db.session() as session:
        threshold = queries.trajectory(session).suppression_threshold
    return score(round_answers(db, round_id), threshold, partner_ids)


@dataclass(frozen=True)
class RoundComparison:
    """The first closed round against the latest, for the region as a whole, per B."""

    first: RoundRecord
    last: RoundRecord
    bs: tuple[str, ...]
    before: tuple[Score | None, ...]
    after: tuple[Score | None, ...]


def baseline_against_latest(db: TrajectoryDatabase) -> RoundComparison | None:
    """None until a second round is closed (the baseline and a re-measurement)."""
    closed = [r for r in list_rounds(db) if r.closed]
    if len(closed) < 2:
        return None
    first, last = closed[0], closed[-1]
    before, after = round_scores(db, first.id), round_scores(db, last.id)
    present = {b for _item, b in last.items}
    bs = tuple(t.key for t in ALL_BS if t.key in present)
    return RoundComparison(first, last, bs, tuple(before.get(ALL, ALL, b) for b in bs),
                           tuple(after.get(ALL, ALL, b) for b in bs))
