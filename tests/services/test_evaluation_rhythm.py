"""The klankgroep's rhythm as the trajectory's setting: 6 months in a new file, one of the
rhythms a region may choose (refused otherwise, nothing changed), read from the file by the
evaluations due, the follow-up's numbers and the report's words (`drempelmeter overdue`: in
test_evaluation_due), and carried to the next cycle."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from types import SimpleNamespace

import pytest

from drempelmeter.domain.evaluation_due import months_after
from drempelmeter.domain.indicators import EVALUATION_RHYTHMS
from drempelmeter.exchange import report_indicators
from drempelmeter.exchange.questionnaire_pdf import register_fonts
from drempelmeter.exchange.report_indicators import RHYTHM_WORDS
from drempelmeter.exchange.report_writer import ReportWriter
from drempelmeter.services import due_actions, indicators, next_cycle, plan, trajectory
from drempelmeter.services.errors import InvalidInput

from .test_evaluation_due import TODAY, small_plan


def set_rhythm(db, months: int) -> None:
    now = trajectory.get_trajectory(db)
    trajectory.update_trajectory(db, replace(now, evaluation_months=months), expected=now)


def test_a_new_file_has_six_months_and_refuses_a_rhythm_not_offered(new_db):
    assert trajectory.get_trajectory(new_db).evaluation_months == 6
    assert due_actions.rhythm(new_db) == 6
    for months in (0, 5, 24):
        with pytest.raises(InvalidInput) as refused:
            set_rhythm(new_db, months)
        assert refused.value.field == "evaluation_months"
    assert due_actions.rhythm(new_db) == 6
    set_rhythm(new_db, 12)
    assert due_actions.rhythm(new_db) == 12


def test_the_evaluations_due_count_at_the_trajectorys_rhythm(new_db):
    small_plan(new_db, TODAY)  # 1.1 evaluated 200 days ago, 1.2 started 20 days ago
    assert [(e.number, e.days) for e in due_actions.evaluations(new_db, TODAY)] == [
        ("1.1", -16), ("1.2", 161)]
    set_rhythm(new_db, 12)
    assert [(e.number, e.due_on) for e in due_actions.evaluations(new_db, TODAY)] == [
        ("1.2", months_after(TODAY - timedelta(days=20), 12))]  # 1.1 not due for months
    set_rhythm(new_db, 3)
    late = due_actions.evaluations(new_db, TODAY)
    assert [(e.number, e.days < 0) for e in late] == [("1.1", True), ("1.2", False)]
    assert late[1].due_on == months_after(TODAY - timedelta(days=20), 3)
    assert indicators.report_part(new_db, plan.read_plan(new_db)).evaluation_months == 3


def rhythm_sentence(part) -> str:  # type: ignore[no-untyped-def]
    """The report's sentence on the klankgroep's rhythm, for the follow-up `part`."""
    data = SimpleNamespace(indicators=part,
                           steering=SimpleNamespace(texts=SimpleNamespace(notes={})))
    register_fonts()
    writer = ReportWriter(data, 480)  # the chapter reads these two parts of the data
    report_indicators.indicators(writer)
    said = [getattr(f, "text", "") for f in writer.story]
    return next(t for t in said if "geeft de klankgroep per actie" in t)


def test_the_report_words_every_rhythm_offered(new_db):
    assert set(RHYTHM_WORDS) == set(EVALUATION_RHYTHMS)
    small_plan(new_db, TODAY)
    set_rhythm(new_db, 3)
    part = indicators.report_part(new_db, plan.read_plan(new_db))
    assert rhythm_sentence(part).startswith("Elk kwartaal geeft de klankgroep per actie")
    # a rhythm the window never offers (a file edited by hand) is said, not a KeyError
    assert rhythm_sentence(replace(part, evaluation_months=5)).startswith(
        "Om de 5 maanden geeft de klankgroep per actie")


def test_the_next_cycle_keeps_the_rhythm(new_db, tmp_path):
    set_rhythm(new_db, 3)
    made = next_cycle.start_next_cycle(new_db, tmp_path / "next.drempel",
                                       next_cycle.NextCycle("Cyclus 2", (), TODAY))
    new = trajectory.open_trajectory(made.path, back_up=False)
    try:
        assert due_actions.rhythm(new) == 3
    finally:
        new.close()
