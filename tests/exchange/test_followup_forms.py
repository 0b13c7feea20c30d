"""A trekker's follow-up form: made, filled, imported; every cell checked, all or nothing,
re-importable; the history records who reported what."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from functools import partial

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drempelmeter.domain.plan import all_actions
from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import bundles, followup_forms, indicators, plan
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.trajectory import TrajectoryRecord, create_trajectory

from ..demo_day import LATER_YEAR
from . import followup_setup
from .followup_setup import FIRST, LETTER, OWNER, SHEET, make_form, steps

# The tests' calendar lies in the year after the demo's, so that what a form reports is newer
# than anything the demo holds on whatever day the suite runs.
YEAR = LATER_YEAR
TODAY, ON = date(YEAR, 11, 30), date(YEAR, 11, 20)
fill_form = partial(followup_setup.fill_form, on=ON)


def caw_actions(db):  # type: ignore[no-untyped-def]
    return [a for a in all_actions(plan.read_plan(db)) if a.owner == OWNER]


def where(report) -> set[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    return {(p.row, p.column, p.problem) for p in report.problems}


@pytest.fixture
def form(demo_db, tmp_path):  # type: ignore[no-untyped-def]
    return make_form(demo_db, tmp_path / "caw.xlsx")


def test_the_form_holds_the_owners_actions_locked_with_a_status_list(demo_db, form):
    book = openpyxl.load_workbook(form)
    sheet = book[SHEET]
    actions = caw_actions(demo_db)
    assert [sheet[f"{LETTER['number']}{FIRST + n}"].value for n in range(len(actions))] == [
        a.number for a in actions]
    assert sheet[f"{LETTER['action_id']}{FIRST}"].value == actions[0].id
    assert sheet.protection.sheet
    assert sheet[f"{LETTER['title']}{FIRST}"].protection.locked
    assert not sheet[f"{LETTER['done']}{FIRST}"].protection.locked
    assert not sheet["B1"].protection.locked
    [rule] = [r for r in sheet.data_validations.dataValidation if r.type == "list"]
    assert rule.formula1 == "lijst_stand"
    assert "Opvolgingsformulier" in book["Instructies"]["A1"].value
    assert book["Info"].sheet_state == "hidden"


def test_every_value_lands_and_a_reimport_adds_nothing(demo_db, form):
    actions = caw_actions(demo_db)
    fill_form(form, {0: {"status": "Uitgevoerd", "done": "Terugbellijn draait sinds oktober.",
                         "evidence": "Verslag stuurgroep 12-11", "next_step": "Evalueren",
                         "needs": "Budget voor 2027"},
                     1: {"status": "Bijgestuurd", "problems": "Te weinig vrijwilligers."}})
    before = steps(demo_db)
    checked = followup_forms.import_followup(demo_db, form, dry_run=True, today=TODAY)
    assert steps(demo_db) == before and not checked.written
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert (checked.added, checked.updated, checked.unchanged) == (2, 0, 0)
    assert (report.added, report.updated, report.unchanged, report.problems) == (2, 0, 0, ())
    assert report.written and report.reporter == "Sara Peeters"
    assert [(c.number, c.after) for c in report.changes] == [
        (actions[0].number, "done"), (actions[1].number, "adjusted")]
    after = {a.id: a for a in caw_actions(demo_db)}
    first, second = after[actions[0].id], after[actions[1].id]
    assert (first.status, first.history[-1].on) == ("done", ON)
    assert (second.status, second.history[-1].note) == ("adjusted", "Te weinig vrijwilligers.")
    reports = followup_forms.step_reports(demo_db)
    assert reports[first.history[-1].id] == followup_forms.StepReport(
        OWNER, "Sara Peeters", "Terugbellijn draait sinds oktober.", "Verslag stuurgroep 12-11",
        "Evalueren", "", "Budget voor 2027")
    assert steps(demo_db) == before + 2
    again = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert (again.added, again.updated, again.unchanged, again.written) == (0, 0, 2, False)
    assert steps(demo_db) == before + 2


def test_a_corrected_form_updates_its_own_steps(demo_db, form):
    fill_form(form, {0: {"status": "Lopend", "done": "Eerste overleg."}})
    followup_forms.import_followup(demo_db, form, today=TODAY)
    before = steps(demo_db)
    fill_form(form, {0: {"status": "Uitgevoerd", "done": "Eerste overleg en afspraken."}})
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert (report.added, report.updated) == (0, 1)
    action = caw_actions(demo_db)[0]
    assert steps(demo_db) == before and action.status == "done"
    assert followup_forms.step_reports(demo_db)[action.history[-1].id].done == (
        "Eerste overleg en afspraken.")


def test_an_empty_status_keeps_the_status_and_records_the_report(demo_db, form):
    status = caw_actions(demo_db)[0].status
    fill_form(form, {0: {"next_step": "Overleg met het OCMW in januari."}}, on=None)
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert report.added == 1 and report.changes[0].after == status
    action = caw_actions(demo_db)[0]
    assert (action.status, action.history[-1].on) == (status, TODAY)  # no date on the form: the import day


def test_text_pasted_from_a_word_processor_and_a_dutch_date_as_text(demo_db, form):
    pasted = "Overleg\u00a0gehouden met “de partners”,\r\nzie ‘verslag’"
    fill_form(form, {0: {"status": " lopend\u00a0", "done": pasted}}, on=f"20-11-{YEAR}",
              reporter="Sara\u00a0Peeters ")
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert report.problems == () and report.added == 1
    assert report.reporter == "Sara\u00a0Peeters"
    step = caw_actions(demo_db)[0].history[-1]
    assert (step.status, step.on) == ("running", ON)
    assert "“de partners”" in followup_forms.step_reports(demo_db)[step.id].done


@pytest.mark.parametrize(("cells", "above", "expected"), [
    ({"status": "Bijna klaar"}, {}, (FIRST, LETTER["status"], "not in the list")),
    ({"status": "Gestopt"}, {}, (FIRST, LETTER["problems"],
                                 "say why the action was adjusted or stopped")),
    ({"done": "=1+1"}, {}, (FIRST, LETTER["done"], "a formula; type the value itself")),
    ({"done": "x" * 2001}, {}, (FIRST, LETTER["done"], "too long")),
    ({"evidence": "mail jan.peeters@telenet.be"}, {},
     (FIRST, LETTER["evidence"], "looks like personal data ([e-mailadres])")),
    ({"action_id": "geen code", "done": "Iets"}, {},
     (FIRST, LETTER["action_id"], "not the code of an action Drempelmeter made")),
    ({"done": "Gedaan."}, {"reporter": None}, (1, "B", "required")),
    ({"done": "Gedaan."}, {"on": f"31-02-{YEAR}"}, (2, "B", "not a date")),
    ({"done": "Gedaan."}, {"on": datetime(YEAR + 1, 1, 5)}, (2, "B", "not between 1-1-2000 and today")),
    ({"done": "Gedaan."}, {"on": date(1999, 12, 31)}, (2, "B", "not between 1-1-2000 and today")),
    ({"done": "Gedaan."}, {"on": "=TODAY()"}, (2, "B", "a formula; type the value itself")),
])
def test_a_bad_cell_is_named_and_nothing_is_imported(demo_db, form, cells, above, expected):
    fill_form(form, {0: cells, 1: {"status": "Lopend", "done": "Goed bezig."}}, **above)
    before = steps(demo_db)
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert expected in where(report), report.problems
    assert {p.sheet for p in report.problems} == {SHEET}
    assert not report.written and steps(demo_db) == before


def test_the_same_action_twice_is_named(demo_db, form):
    def copy_row(book, sheet):  # type: ignore[no-untyped-def]
        for letter in LETTER.values():
            sheet[f"{letter}{FIRST + 1}"] = sheet[f"{letter}{FIRST}"].value

    fill_form(form, {0: {"done": "Een"}}, edit=copy_row)
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert (FIRST + 1, LETTER["action_id"], f"the same action as row {FIRST}") in where(report)


def test_an_action_removed_since_the_form_was_made_is_named(demo_db, form):
    gone = caw_actions(demo_db)[1]
    plan.remove(demo_db, "action", gone.id)
    fill_form(form, {1: {"done": "Gedaan."}})
    before = steps(demo_db)
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    [problem] = report.problems
    assert (problem.row, problem.column, problem.problem) == (
        FIRST + 1, LETTER["action_id"],
        "this action was removed from the plan since the form was made")
    assert gone.number in problem.value and steps(demo_db) == before


def test_a_form_for_another_trajectory_is_refused(demo_db, form, tmp_path):
    fill_form(form, {0: {"done": "Gedaan."}})
    other = create_trajectory(tmp_path / "ander.drempel", TrajectoryRecord(name="Ander"))
    try:
        with pytest.raises(WorkbookError) as caught:
            followup_forms.import_followup(other, form)
    finally:
        other.close()
    assert caught.value.kind == WorkbookError.OTHER_TRAJECTORY


def test_a_signal_bundle_is_not_a_follow_up_form_and_the_other_way_round(demo_db, form, tmp_path):
    bundle = tmp_path / "bundel.xlsx"
    bundles.export_template(demo_db, OWNER, bundle)
    with pytest.raises(WorkbookError) as caught:
        followup_forms.import_followup(demo_db, bundle)
    assert caught.value.kind == WorkbookError.NOT_A_FOLLOW_UP_FORM
    with pytest.raises(WorkbookError) as caught:
        bundles.import_bundle(demo_db, form)
    assert caught.value.kind == WorkbookError.NO_SHEET


def test_a_form_from_a_newer_version_is_refused(demo_db, form):
    fill_form(form, {0: {"done": "Gedaan."}},
              edit=lambda book, sheet: book["Info"].__setitem__("B2", "99"))
    with pytest.raises(WorkbookError) as caught:
        followup_forms.import_followup(demo_db, form)
    assert (caught.value.kind, caught.value.detail) == (WorkbookError.NEWER_FORM, "99")


@pytest.mark.skipif(sys.platform == "win32" or __import__("os").geteuid() == 0,
                    reason="a file root can always read; Windows locks differently")
def test_a_file_in_use_is_refused(demo_db, form):
    form.chmod(0)
    try:
        with pytest.raises(WorkbookError) as caught:
            followup_forms.import_followup(demo_db, form)
    finally:
        form.chmod(0o644)
    assert caught.value.kind == WorkbookError.IN_USE


def test_an_owner_that_matches_none_is_refused_with_the_owners(demo_db, tmp_path):
    with pytest.raises(InvalidInput) as caught:
        followup_forms.export_followup(demo_db, tmp_path / "x.xlsx", owner="Niemand")
    assert caught.value.field == "owner" and OWNER in caught.value.choices
    assert not (tmp_path / "x.xlsx").exists()


def test_a_partners_form_holds_the_actions_it_carries_or_works_on(demo_db, tmp_path):
    name, actions = followup_forms.actions_for(demo_db, partner="caw demervallei")
    assert name == OWNER
    assert {a.id for a in caw_actions(demo_db)} < {a.id for a in actions}
    assert all(a.owner == OWNER or OWNER in a.partners for a in actions)
    exported = followup_forms.export_followup(demo_db, tmp_path / "p.xlsx", partner=name)
    assert exported.count == len(actions)


def test_the_command_line_round_trip(demo_db, tmp_path, cli):
    demo_db.close()
    out = tmp_path / "vorm.xlsx"
    run = [sys.executable, "-m", "drempelmeter"]
    made = subprocess.run([*run, "followup", str(demo_db.path), "--owner", "caw demervallei",
                           "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert made.returncode == 0 and "CAW Demervallei" in made.stdout, made.stderr
    unknown = cli("followup", str(demo_db.path), "--owner", "Niemand", "-o",
                  str(tmp_path / "x.xlsx"))
    assert unknown.returncode == 1 and "Sociaal Huis Demerstad" in unknown.stderr
    fill_form(out, {0: {"status": "Lopend", "done": "Gedaan."}}, on=None)
    dry = cli("followup-import", str(demo_db.path), str(out), "--dry-run")
    assert dry.returncode == 0 and "would record" in dry.stdout and "1 added" in dry.stdout
    done = subprocess.run([*run, "followup-import", str(demo_db.path), str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "1 added" in done.stdout, done.stderr
    fill_form(out, {0: {"status": "Misschien"}}, on=None)
    bad = cli("followup-import", str(demo_db.path), str(out))
    assert bad.returncode == 1 and "row 5, column G" in bad.stderr, bad.stderr


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
CELL = st.one_of(
    st.none(), TEXT, st.sampled_from(["Lopend", "Gestopt", "done", "=1+1", "+3", "  ", "3,5"]),
    st.integers(-10, 10**9), st.floats(allow_nan=False), st.booleans(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)))
FIELDS = ("status", "done", "evidence", "next_step", "problems", "needs", "action_id")


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.dictionaries(st.integers(0, 3), st.dictionaries(st.sampled_from(FIELDS), CELL),
                            max_size=4),
       reporter=st.one_of(st.none(), TEXT), on=CELL)
def test_the_import_never_crashes_and_never_writes_half(demo_db, form, tmp_path_factory, rows,
                                                       reporter, on):
    filled = fill_form(form, rows, reporter=reporter, on=on,
                       out=tmp_path_factory.mktemp("h") / "form.xlsx")
    before = steps(demo_db)
    try:
        checked = followup_forms.import_followup(demo_db, filled, dry_run=True, today=TODAY)
        report = followup_forms.import_followup(demo_db, filled, today=TODAY)
    except WorkbookError:
        assert steps(demo_db) == before
        return
    assert replace(checked, written=report.written) == report  # the dry run decides the same
    assert steps(demo_db) == before + report.added
    assert not report.problems or steps(demo_db) == before
    again = followup_forms.import_followup(demo_db, filled, today=TODAY)
    assert (again.added, again.updated) == (0, 0)


def test_a_number_too_large_for_a_date_is_refused_not_a_crash(demo_db, form):
    """calamine panics (a BaseException from Rust) on such a cell; the reader says the file
    cannot be read instead."""
    fill_form(form, {0: {"done": "Gedaan."}}, on=-10**12)
    with pytest.raises(WorkbookError) as caught:
        followup_forms.import_followup(demo_db, form, today=TODAY)
    assert caught.value.kind == WorkbookError.DAMAGED


def test_a_date_beyond_9999_beside_a_formula_is_refused_not_a_crash(demo_db, form):
    """Reading the formulas passes over the date cell that openpyxl cannot convert (it warned,
    an error under the tests' warnings filter); the cells are refused, nothing lands."""
    fill_form(form, {0: {"status": "=0"}}, on=2958466.0)
    before = steps(demo_db)
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert (FIRST, LETTER["status"], "a formula; type the value itself") in where(report)
    assert not report.written and steps(demo_db) == before


def caw_indicators(db):  # type: ignore[no-untyped-def]
    """The hand-measured indicators of the owner's actions, in the form's order."""
    found = indicators.read_indicators(db)
    return [i for a in caw_actions(db) for i in found.get(a.id, ()) if i.b is None]


def fill_values(path, values: dict[int, tuple[object, object]]):  # type: ignore[no-untyped-def]
    def edit(book, sheet):  # type: ignore[no-untyped-def]
        for offset, (value, on) in values.items():
            book["Indicatoren"][f"G{FIRST + offset}"] = value
            book["Indicatoren"][f"H{FIRST + offset}"] = on

    return fill_form(path, {}, edit=edit)


def test_indicator_values_land_through_the_indicators_and_a_correction_replaces_them(demo_db,
                                                                                      form):
    first, second = caw_indicators(demo_db)[:2]
    book = openpyxl.load_workbook(form)
    assert [book["Indicatoren"][f"{c}{FIRST}"].value for c in "CI"] == [first.name, first.id]
    fill_values(form, {0: ("87,5", f"15-11-{YEAR}"), 1: (" 1.234,5\u00a0", None)})
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert (report.problems, len(report.values), report.added, report.written) == ((), 2, 0, True)
    latest = {i.id: i.values[-1] for i in caw_indicators(demo_db)}
    assert (latest[first.id].value, latest[first.id].on, latest[first.id].source) == (
        87.5, date(YEAR, 11, 15), "form")
    assert (latest[second.id].value, latest[second.id].on) == (1234.5, ON)
    again = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert (again.values, again.values_unchanged, again.written) == ((), 2, False)
    fill_values(form, {0: (88, f"15-11-{YEAR}")})
    corrected = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert [(v.value, v.updated) for v in corrected.values] == [(88.0, True)]
    [stored] = [i for i in caw_indicators(demo_db) if i.id == first.id]
    assert [v.value for v in stored.values if v not in first.values] == [88.0]


def test_a_hurried_reporter_s_dates_without_year_and_values_with_their_unit(demo_db, form):
    # Typed as a trekker between two clients: "15/11" and "3 mrt" without their year (the last
    # such day up to today), "15 november" in words, the value followed by its own unit.
    first, second = caw_indicators(demo_db)[:2]
    assert first.unit == second.unit == "%"
    fill_values(form, {0: ("85 %", "15 november"), 1: ("90%", "3 mrt")})
    fill_form(form, {0: {"status": "Lopend"}}, on="15/11")
    before = set(caw_actions(demo_db)[0].history)
    book = openpyxl.load_workbook(form)
    assert book["Indicatoren"][f"G{FIRST}"].number_format == "@"  # "85%" stays as typed
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert report.problems == () and report.written
    [step] = set(caw_actions(demo_db)[0].history) - before
    assert (step.status, step.on) == ("running", date(YEAR, 11, 15))
    measured = {i.id: {(v.value, v.on) for v in i.values} for i in caw_indicators(demo_db)}
    assert (85.0, date(YEAR, 11, 15)) in measured[first.id]
    assert (90.0, date(YEAR, 3, 3)) in measured[second.id]


@pytest.mark.parametrize(("value", "on", "expected"), [
    ("veel", None, ("G", "not a number")),
    ("1,2,3", None, ("G", "not a number")),
    (None, f"15-11-{YEAR}", ("G", "required")),
    (5, "gisteren", ("H", "not a date")),
    ("12 personen", None, ("G", "not a number")),  # another unit than the indicator's (%)
    (5, "31/2", ("H", "not a date")),
    (5, f"1 dec {YEAR}", ("H", "not between 1-1-2000 and today")),
    (5, date(YEAR + 1, 2, 1), ("H", "not between 1-1-2000 and today")),
    ("=2*3", None, ("G", "a formula; type the value itself")),
    (10**13, None, ("G", "not a number")),
])
def test_a_bad_indicator_cell_is_named_and_nothing_is_imported(demo_db, form, value, on,
                                                              expected):
    fill_form(form, {0: {"done": "Gedaan."}})
    fill_values(form, {0: (value, on)})
    before = steps(demo_db), [len(i.values) for i in caw_indicators(demo_db)]
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert ("Indicatoren", FIRST, *expected) in {
        (p.sheet, p.row, p.column, p.problem) for p in report.problems}, report.problems
    assert (steps(demo_db), [len(i.values) for i in caw_indicators(demo_db)]) == before


def test_a_run_of_digits_too_long_for_a_number_is_refused_as_typed(demo_db, form):
    """Read as infinity, it was refused by the indicators and echoed as 'inf'."""
    fill_values(form, {0: ("9" * 400, None)})
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    [problem] = [p for p in report.problems if p.sheet == "Indicatoren"]
    assert (problem.row, problem.column, problem.problem) == (FIRST, "G", "not a number")
    assert problem.value.startswith("9999") and "inf" not in problem.value


def test_an_indicator_removed_since_the_form_was_made_is_named(demo_db, form):
    gone = caw_indicators(demo_db)[0]
    indicators.remove_indicator(demo_db, gone.id)
    fill_values(form, {0: (5, None)})
    [problem] = followup_forms.import_followup(demo_db, form, today=TODAY).problems
    assert (problem.sheet, problem.row, problem.column, problem.problem) == (
        "Indicatoren", FIRST, "I", "this indicator was removed since the form was made")


def test_a_column_copied_with_its_heading_is_named(demo_db, form):
    def copy_column(book, sheet):  # type: ignore[no-untyped-def]
        for row in range(4, FIRST + 3):
            sheet[f"N{row}"] = sheet[f"{LETTER['done']}{row}"].value

    fill_form(form, {0: {"done": "Gedaan."}}, edit=copy_column)
    before = steps(demo_db)
    report = followup_forms.import_followup(demo_db, form, today=TODAY)
    assert (4, "N", f"the same heading as column {LETTER['done']}") in where(report)
    assert not report.written and steps(demo_db) == before


@pytest.mark.parametrize(("sheet", "far"), [("Opvolging", "XFD1048576"),
                                            ("Indicatoren", "A1048576")])
def test_one_value_typed_far_away_is_refused_before_it_is_read(demo_db, form, sheet, far):
    """As for bundles (test_bundle_formats.py): in a process of its own, so that a crash of
    calamine building a huge sheet fails this test only."""
    fill_form(form, {0: {"done": "Gedaan."}}, edit=lambda book, _s: book[sheet].__setitem__(
        far, "oeps"))
    demo_db.close()
    done = subprocess.run([sys.executable, "-m", "drempelmeter", "followup-import", "--dry-run",
                           str(demo_db.path), str(form)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1, done.stderr
    assert "too large" in done.stderr and sheet in done.stderr, done.stderr
