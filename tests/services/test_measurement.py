"""Measurement rounds on a real file: snapshot of items, anonymous responses, frozen rounds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from drempelmeter.domain.scoring import ALL, DONT_KNOW
from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import measurement, partners, trajectory
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import PartnerRecord, RespondentRecord


@pytest.fixture
def db(new_db):
    partners.add_partner(new_db, PartnerRecord("caw", "CAW Midden", "core", "caw"))
    questionnaire = read_questionnaire(questionnaires_dir() / "standaard.yaml")
    measurement.start_round(new_db, "r1", "baseline", "Nulmeting", date(2026, 9, 1),
                            questionnaire)
    return new_db


def form(i: int, group: str, value: int | None, special: str | None = None) -> RespondentRecord:
    return RespondentRecord(f"p{group}{i}", "r1", "caw", group,
                            (("bek-1", value, special), ("bek-2", 4, None)))


def test_a_round_keeps_the_items_it_asked(db):
    [record] = measurement.list_rounds(db)
    assert (record.kind, len(record.items), record.questionnaire_id) == ("baseline", 48,
                                                                        "standaard")
    assert not record.closed


def test_responses_are_scored_with_the_trajectorys_threshold(db):
    measurement.add_respondents(db, [form(i, "staff", v) for i, v in enumerate([4, 5, 3, 4, 4])]
                                + [form(9, "staff", None, DONT_KNOW)])
    measurement.add_respondents(db, [form(i, "client", 2) for i in range(3)])
    scores = measurement.round_scores(db, "r1")  # threshold 5
    assert scores.get("caw", "client", "bekendheid").suppressed  # 3 clients
    # Staff (6) must go too: the partner total minus staff would give the clients away.
    assert scores.get("caw", "staff", "bekendheid").suppressed
    total = scores.get("caw", ALL, "bekendheid")
    assert not total.suppressed and total.respondents == 9
    trajectory.update_trajectory(db, replace(trajectory.get_trajectory(db),
                                             suppression_threshold=3))
    scores = measurement.round_scores(db, "r1")
    staff = scores.get("caw", "staff", "bekendheid")
    assert staff.respondents == 6 and staff.mean == round((4 + 5 + 3 + 4 + 4 + 4 * 6) / 11, 2)
    assert scores.get("caw", "client", "bekendheid").mean == 3.0


@pytest.mark.parametrize("answers", [
    (("nope-1", 3, None),),
    (("bek-1", 6, None),),
    (("bek-1", None, None),),
    (("bek-1", 3, DONT_KNOW),),
    (("bek-1", None, "maybe"),),
])
def test_wrong_answers_are_refused_and_nothing_is_written(db, answers):
    with pytest.raises(InvalidInput):
        measurement.add_respondents(db, [form(1, "staff", 3),
                                         RespondentRecord("bad", "r1", "caw", "staff", answers)])
    assert measurement.list_rounds(db)[0].respondent_count == 0


def test_a_closed_round_is_frozen(db):
    measurement.add_respondent(db, form(1, "staff", 3))
    measurement.close_round(db, "r1", date(2026, 10, 1))
    for attempt in (lambda: measurement.add_respondent(db, form(2, "staff", 3)),
                    lambda: measurement.remove_respondent(db, "pstaff1"),
                    lambda: measurement.close_round(db, "r1", date(2026, 10, 2))):
        with pytest.raises(InvalidInput) as caught:
            attempt()
        assert caught.value.problem == InvalidInput.CLOSED
    assert measurement.list_rounds(db)[0].respondent_count == 1


def test_remove_and_restore_a_respondent(db):
    measurement.add_respondent(db, form(1, "staff", 3))
    removed = measurement.remove_respondent(db, "pstaff1")
    assert measurement.list_rounds(db)[0].respondent_count == 0
    measurement.add_respondent(db, removed)
    assert sorted(measurement.round_answers(db, "r1"), key=lambda a: a.b) == sorted(
        measurement.round_answers(db, "r1"), key=lambda a: a.b)
    assert len(measurement.round_answers(db, "r1")) == 2


def test_a_partner_with_responses_cannot_be_removed(db):
    measurement.add_respondent(db, form(1, "staff", 3))
    with pytest.raises(InvalidInput) as caught:
        partners.remove_partner(db, "caw")
    assert caught.value.problem == InvalidInput.IN_USE


def test_the_demo_has_a_closed_baseline_and_an_end_measurement_under_way(demo_file):
    db = trajectory.open_trajectory(demo_file)
    try:
        baseline, end = measurement.list_rounds(db)
        assert baseline.kind == "baseline" and baseline.closed and baseline.respondent_count > 100
        assert end.kind == "end" and not end.closed and end.respondent_count == 6
        scores = measurement.round_scores(db, baseline.id)
        brug = next(p for p in partners.list_partners(db) if p.name.startswith("Armoede"))
        assert scores.get(brug.id, "management", "bekendheid").suppressed
        shown = [s for s in scores.cells.values() if not s.suppressed and s.group == "staff"]
        assert len(shown) > 40
        gaps = [scores.gap(p.id, "begrijpbaarheid", second="clients")
                for p in partners.list_partners(db)]
        assert sum(g for g in gaps if g is not None) > 0  # staff see it rosier than clients
    finally:
        db.close()


def test_answers_are_entered_one_cell_at_a_time_and_restored(db):
    measurement.add_respondent(db, RespondentRecord("a", "r1", "caw", "client"))
    assert measurement.set_answer(db, "a", "bek-1", 4, None) == (None, None)
    assert measurement.set_answer(db, "a", "bek-1", None, DONT_KNOW) == (4, None)
    assert measurement.set_answer(db, "a", "bek-2", 2, None) == (None, None)
    [record] = measurement.list_respondents(db, "r1", "caw", "client")
    assert record.answers == (("bek-1", None, DONT_KNOW), ("bek-2", 2, None))
    assert measurement.set_answer(db, "a", "bek-1", None, None) == (None, DONT_KNOW)
    assert measurement.list_respondents(db, "r1")[0].answers == (("bek-2", 2, None),)
    assert measurement.list_respondents(db, "r1", "caw", "staff") == []
    with pytest.raises(InvalidInput):
        measurement.set_answer(db, "a", "bek-1", 7, None)
    with pytest.raises(InvalidInput):
        measurement.set_answer(db, "a", "nope", 3, None)


def test_a_closed_round_refuses_every_change(db):
    measurement.add_respondent(db, form(1, "staff", 3))
    measurement.close_round(db, "r1", date(2026, 10, 1))
    for change in (lambda: measurement.set_answer(db, "pstaff1", "bek-1", 4, None),
                   lambda: measurement.remove_respondent(db, "pstaff1"),
                   lambda: measurement.remove_round(db, "r1")):
        with pytest.raises(InvalidInput) as refused:
            change()
        assert refused.value.problem == InvalidInput.CLOSED
    assert measurement.list_respondents(db, "r1")[0].answers == form(1, "staff", 3).answers


def test_only_an_unanswered_round_can_be_removed(db):
    measurement.add_respondent(db, form(1, "staff", 3))
    with pytest.raises(InvalidInput):
        measurement.remove_round(db, "r1")
    measurement.remove_respondent(db, "pstaff1")
    measurement.remove_round(db, "r1")
    assert measurement.list_rounds(db) == []
