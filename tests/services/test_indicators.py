"""Indicators on a real file: values typed or from a form, B scores from the rounds with their
suppression, undo of every edit, the klankgroep's evaluations, and a plan's progress."""

from __future__ import annotations

from datetime import date

import pytest

from drempelmeter.domain.indicators import Evaluation, IndicatorRecord
from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import follow_up, indicators, measurement, partners, plan
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import PartnerRecord, RespondentRecord


@pytest.fixture
def db(new_db):
    plan.add_pillar(new_db, "p1", "Toegang")
    plan.add_goal(new_db, "g1", "p1", "Sneller hulp")
    plan.add_action(new_db, "a1", "g1", "Eén loket")
    plan.add_action(new_db, "a2", "g1", "Warme doorverwijzing")
    return new_db


def wachttijd(**changes):
    values = dict(id="i1", action_id="a1", name="Wachttijd", unit="dagen", direction="lower",
                  baseline_value=40, baseline_on=date(2026, 1, 1), target_value=10,
                  target_on=date(2027, 12, 31))
    return IndicatorRecord(**{**values, **changes})


def test_values_typed_and_from_a_form_land_with_source_and_reporter(db):
    indicators.add_indicator(db, wachttijd())
    indicators.add_value(db, "v1", "i1", date(2026, 6, 1), 31)
    indicators.add_value(db, "v2", "i1", date(2026, 12, 1), 25, source="form",
                         reporter="An (CAW)", note="Telling december")
    [found] = indicators.read_indicators(db)["a1"]
    assert [(v.value, v.source, v.reporter) for v in found.values] == [
        (31.0, "typed", ""), (25.0, "form", "An (CAW)")]
    # (25 - 40) / (10 - 40) = 0.5; a2 has no indicator and is not started: 0
    progress = indicators.progress(db, plan.read_plan(db))
    assert progress.actions["a1"].share == pytest.approx(0.5)
    assert progress.pillars["p1"] == pytest.approx(0.25)


def test_a_value_joins_the_callers_transaction(db):
    """The follow-up form import adds its values inside its own all-or-nothing session."""
    indicators.add_indicator(db, wachttijd())
    with pytest.raises(RuntimeError), db.session():
        indicators.add_value(db, "v1", "i1", date(2026, 6, 1), 31, source="form")
        raise RuntimeError("a later cell of the form is wrong")
    assert indicators.read_indicators(db)["a1"][0].values == ()


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": " "}, "name"), ({"direction": "up"}, "direction"),
    ({"target_value": 50}, "target_value"),  # lower is better, yet the target is higher
    ({"target_on": date(2025, 1, 1)}, "target_on"), ({"b": "geen"}, "b"),
    ({"baseline_value": float("nan")}, "baseline_value")])
def test_a_wrong_indicator_is_refused(db, changes, field):
    with pytest.raises(InvalidInput) as refused:
        indicators.add_indicator(db, wachttijd(**changes))
    assert refused.value.field == field
    assert indicators.read_indicators(db) == {}


@pytest.mark.parametrize(("args", "field"), [
    ((date(2026, 1, 1), float("inf")), "value"), ((None, 3), "on"),
    ((date(2026, 1, 1), 3, "measurement"), "source")])
def test_a_wrong_value_is_refused(db, args, field):
    indicators.add_indicator(db, wachttijd())
    with pytest.raises(InvalidInput) as refused:
        indicators.add_value(db, "v", "i1", *args)
    assert refused.value.field == field


def test_every_edit_undoes(db):
    indicators.add_indicator(db, wachttijd())
    indicators.add_value(db, "v1", "i1", date(2026, 6, 1), 31)
    before = indicators.update_indicator(db, wachttijd(name="Wachttijd eerste gesprek"))
    assert before.name == "Wachttijd"
    assert indicators.remove_value(db, "v1")[0] == "i1"
    indicators.add_value(db, "v1", "i1", date(2026, 6, 1), 31)
    removed = indicators.remove_indicator(db, "i1")
    assert indicators.read_indicators(db) == {}
    indicators.restore_indicator(db, removed)
    [found] = indicators.read_indicators(db)["a1"]
    assert (found.name, [v.value for v in found.values]) == ("Wachttijd eerste gesprek", [31])


def test_removing_an_action_and_undoing_it_keeps_its_indicators_and_evaluations(db):
    indicators.add_indicator(db, wachttijd())
    indicators.add_value(db, "v1", "i1", date(2026, 6, 1), 31)
    indicators.add_evaluation(db, Evaluation("e1", "a1", date(2026, 6, 30), "partly", "Te traag"))
    removed = plan.remove(db, "action", "a1")
    assert indicators.read_indicators(db) == {} and indicators.read_evaluations(db) == {}
    plan.restore(db, removed)
    assert [v.id for v in indicators.read_indicators(db)["a1"][0].values] == ["v1"]
    assert indicators.read_evaluations(db)["a1"][0].reason == "Te traag"


def test_evaluations_are_kept_with_the_action_oldest_first(db):
    indicators.add_evaluation(db, Evaluation("e2", "a1", date(2027, 1, 5), "works"))
    indicators.add_evaluation(db, Evaluation("e1", "a1", date(2026, 6, 30), "partly", "Te traag"))
    assert [(e.id, e.verdict) for e in indicators.read_evaluations(db)["a1"]] == [
        ("e1", "partly"), ("e2", "works")]
    with pytest.raises(InvalidInput) as refused:
        indicators.add_evaluation(db, Evaluation("e3", "a1", date(2027, 1, 5), "not"))
    assert refused.value.field == "reason"  # "does not work" says why
    assert indicators.remove_evaluation(db, "e2").verdict == "works"
    assert [e.id for e in indicators.read_evaluations(db)["a1"]] == ["e1"]


def respondents(round_id, values, partner="caw"):
    return [RespondentRecord(f"{round_id}-{partner}-{n}", round_id, partner, "staff",
                             (("bek-1", v, None),)) for n, v in enumerate(values)]


def test_a_b_score_serves_as_an_indicator_and_a_hidden_score_is_no_value(db):
    partners.add_partner(db, PartnerRecord("caw", "CAW Midden", "core", "caw"))
    questionnaire = read_questionnaire(questionnaires_dir() / "standaard.yaml")
    rounds = (("r1", [3, 3, 3, 4, 2]), ("r2", [4, 3]), ("r3", [4, 4, 4, 3, 5]))
    for n, (round_id, values) in enumerate(rounds, start=1):
        measurement.start_round(db, round_id, "baseline" if n == 1 else "interim",
                                f"Meting {n}", date(2026, n, 1), questionnaire)
        measurement.add_respondents(db, respondents(round_id, values))
        measurement.close_round(db, round_id, date(2026, n, 20))
    indicators.add_indicator(db, IndicatorRecord(
        "ib", "a2", "Bekendheid volgens medewerkers", direction="higher", target_value=4.0,
        b="bekendheid", baseline_round_id="r1", baseline_value=1.0))
    [found] = indicators.read_indicators(db)["a2"]
    # r1: mean 3.0 (5 people); r2: 2 people, under the threshold of 5: hidden; r3: 4.0
    assert (found.baseline_value, found.baseline_on) == (3.0, date(2026, 1, 20))
    assert [(v.id, v.value, v.source) for v in found.values] == [("r3", 4.0, "measurement")]
    assert indicators.progress(db, plan.read_plan(db)).actions["a2"].share == 1.0
    with pytest.raises(InvalidInput):
        indicators.add_value(db, "v", "ib", date(2026, 6, 1), 3.5)


def test_a_pillar_counts_done_and_running_actions_by_status(db):
    follow_up.add_status(db, "s1", "a1", "done", date(2026, 5, 1))
    follow_up.add_status(db, "s2", "a2", "running", date(2026, 5, 1))
    # no indicators: (1.0 + 0.25) / 2
    assert indicators.progress(db, plan.read_plan(db)).pillars["p1"] == pytest.approx(0.625)


def many(db, actions: int) -> None:  # type: ignore[no-untyped-def]
    """`actions` actions, each with two indicators of three values and an evaluation (in one
    transaction: the test stays quick)."""
    with db.session():
        for n in range(actions):
            plan.add_action(db, f"m{n}", "g1", f"Actie {n}")
            indicators.add_evaluation(db, Evaluation(f"e{n}", f"m{n}", date(2026, 6, 1),
                                                     "works"))
            for k in range(2):
                indicators.add_indicator(db, wachttijd(id=f"m{n}-{k}", action_id=f"m{n}"))
                for v in range(3):
                    indicators.add_value(db, f"m{n}-{k}-{v}", f"m{n}-{k}",
                                         date(2026, v + 1, 1), 30 - v)


@pytest.mark.parametrize("actions", [3, 30])
def test_reading_the_figures_loads_no_object_at_any_size(db, loads, actions):
    """Not timed: the follow-up in numbers is read as columns, never row by row as objects."""
    many(db, actions)
    current = plan.read_plan(db)
    loads.clear()
    part = indicators.report_part(db, current)
    assert sum(len(a.indicators[0].values) for a in part.measured) == 3 * actions
    assert sum(loads.values()) == 0


def test_a_b_score_read_from_its_own_answers_is_the_measurements_reading(demo_file):
    """The indicator scores only the answers to its B's items: on the demo's rounds (its small
    groups and the cells hidden to protect them) every B's region score is the one the
    measurement reads from the whole round."""
    from drempelmeter.domain.scoring import ALL
    from drempelmeter.services import trajectory

    db = trajectory.open_trajectory(demo_file)
    try:
        end = next(r for r in measurement.list_rounds(db) if not r.closed)
        measurement.close_round(db, end.id, end.started_on)
        threshold = trajectory.get_trajectory(db).suppression_threshold
        compared = 0
        for held in measurement.list_rounds(db):
            whole = measurement.round_scores(db, held.id)
            for b in sorted({item_b for _item, item_b in held.items}):
                found = whole.get(ALL, ALL, b)
                expected = None if found is None or found.suppressed else found.mean
                assert indicators.region_mean(db, held, b, threshold) == expected, (held.name, b)
                compared += expected is not None
        assert compared > 9
    finally:
        db.close()
