"""A trekker's form made, filled by a script and saved by LibreOffice (packaging/
make_followup_fixtures.py), imported: every value lands, a re-import adds nothing, a bad cell is
named by sheet, row and column and nothing is imported."""

from __future__ import annotations

from datetime import date

import pytest

from drempelmeter.domain.plan import all_actions
from drempelmeter.services import followup_forms, indicators, plan

from .followup_fixture_setup import (
    ACTIONS,
    FILLED,
    FIXTURES,
    INDICATOR_ID,
    MISTAKES_SAID,
    OTHER,
    OWNER,
    REPORTED_ON,
    REPORTER,
    build,
)
from .followup_setup import steps

TODAY = date(2026, 11, 30)
STATUS_KEYS = {"Uitgevoerd": "done", "Bijgestuurd": "adjusted"}


@pytest.fixture
def db(tmp_path):  # type: ignore[no-untyped-def]
    db = build(tmp_path / "opvolging.drempel")
    yield db
    db.close()


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_every_value_lands_and_a_reimport_adds_nothing(db, suffix):
    form = FIXTURES / f"trekker_filled_libreoffice.{suffix}"
    checked = followup_forms.import_followup(db, form, dry_run=True, today=TODAY)
    assert (checked.problems, checked.added, steps(db)) == ((), 2, 0)
    report = followup_forms.import_followup(db, form, today=TODAY)
    assert (report.problems, report.added, report.updated, report.unchanged) == ((), 2, 0, 0)
    [measured] = indicators.read_indicators(db)[ACTIONS[0][0]]
    assert measured.id == INDICATOR_ID
    assert [(v.value, v.on, v.source, v.reporter) for v in measured.values] == [
        (87.5, date(2026, 11, 15), "form", REPORTER)]
    assert (report.reporter, report.reported_on, report.partner_name) == (
        REPORTER, REPORTED_ON, OWNER)
    actions = {a.id: a for a in all_actions(plan.read_plan(db))}
    reports = followup_forms.step_reports(db)
    for offset, cells in FILLED.items():
        action = actions[ACTIONS[offset][0]]
        [step] = action.history
        assert (step.status, step.on) == (STATUS_KEYS[cells["status"]], REPORTED_ON)
        assert reports[step.id] == followup_forms.StepReport(
            OWNER, REPORTER, *(cells[k] for k in ("done", "evidence", "next_step", "problems",
                                                  "needs")))
    assert actions[ACTIONS[1][0]].history[0].note == FILLED[1]["problems"]
    assert actions[ACTIONS[2][0]].history == () and actions[OTHER[0]].history == ()
    again = followup_forms.import_followup(db, form, today=TODAY)
    assert (again.added, again.updated, again.unchanged, again.written) == (0, 0, 2, False)
    assert (again.values, again.values_unchanged) == ((), 1)
    assert steps(db) == 2
    assert len(indicators.read_indicators(db)[ACTIONS[0][0]][0].values) == 1


def test_a_bad_cell_is_named_and_nothing_is_imported(db):
    report = followup_forms.import_followup(
        db, FIXTURES / "trekker_with_mistakes_libreoffice.xlsx", today=TODAY)
    assert {(p.sheet, p.row, p.column, p.problem) for p in report.problems} == MISTAKES_SAID
    assert not report.written and steps(db) == 0
    assert indicators.read_indicators(db)[ACTIONS[0][0]][0].values == ()
