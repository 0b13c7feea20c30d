"""A national register number, an e-mail and a phone number in every free-text field: refused at
entry, found by `drempelmeter privacy`, and absent from every export."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from drempelmeter.domain.indicators import Evaluation, IndicatorRecord
from drempelmeter.domain.plan import all_actions
from drempelmeter.domain.privacy import national_number_valid
from drempelmeter.domain.questionnaire import PERSPECTIVES, RESPONDENT_GROUPS
from drempelmeter.exchange.followup_columns import COLUMNS, REPORTER_LABEL, TEXT_FIELDS
from drempelmeter.services import (
    barriers,
    bundles,
    captures,
    decisions,
    follow_up,
    followup_forms,
    indicators,
    measurement,
    partners,
    personal_data,
    phases,
    plan,
    policy_signals,
    premortem,
    prioritisation,
    questionnaire_themes,
    questionnaires,
    response_forms,
    signals,
    steering,
    trajectory,
    vocabularies,
    workshop_run,
    workshops,
)
from drempelmeter.services.demo import PARTNERS as DEMO_PARTNERS
from drempelmeter.services.personal_data import PersonalDataFound
from drempelmeter.services.privacy_scan import AGENDA, FIELDS
from drempelmeter.services.records import (
    AgendaEntry,
    CaptureRecord,
    DecisionRecord,
    ParticipantRecord,
    PartnerRecord,
    PremortemNote,
    SessionRecord,
    SignalRecord,
)
from drempelmeter.services.report import write_report
from drempelmeter.store.database import open_database
from drempelmeter.store.models import PriorityEntry, PriorityRound, WorkshopSession

from ..exchange.followup_setup import fill_form

NATIONAL_NUMBER = "85.07.30-033.28"
EMAIL = "jan.peeters@telenet.be"
PHONE = "0471 23 45 67"
PLANTED = f"rr {NATIONAL_NUMBER}, mail {EMAIL}, gsm {PHONE}"
#: What must never appear in an export, in any spelling a writer could give it.
DIGITS = ("85073003328", "471234567")


def every_field() -> set[tuple[str, str]]:
    """Each free-text field the app has, as the privacy scan knows them."""
    found = {(record, field) for record, _model, fields in FIELDS for field in fields}
    return found | {("session", AGENDA), ("priority_round", prioritisation.ROUND_NOTE),
                    ("priority_entry", prioritisation.OBJECTION)}


def test_the_planted_numbers_are_real():
    assert national_number_valid(NATIONAL_NUMBER.replace(".", "").replace("-", ""))


def refused_everywhere(db) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Try the planted text in every field through the services; each must be refused."""
    tried: set[tuple[str, str]] = set()

    def refused(record: str, field: str, call) -> None:  # type: ignore[no-untyped-def]
        with pytest.raises(PersonalDataFound) as caught:
            call()
        assert {f.kind for f in caught.value.findings} >= {"national_number", "email", "phone"}
        tried.add((record, field))

    details = trajectory.get_trajectory(db)
    for field in ("name", "region", "coach"):
        refused("trajectory", field, lambda f=field: trajectory.update_trajectory(
            db, replace(details, **{f: PLANTED})))
    partner = partners.list_partners(db)[0]
    refused("partner", "name", lambda: partners.update_partner(
        db, replace(partner, name=PLANTED)))
    refused("partner", "name", lambda: partners.add_partner(
        db, PartnerRecord("p-new", PLANTED, partner.kind, partner.type)))
    person = partners.list_participants(db)[0]
    refused("participant", "name", lambda: partners.add_participant(
        db, ParticipantRecord("x-new", PLANTED, person.role)))
    item = phases.checklist(db, 1)[0]
    refused("checklist_item", "note", lambda: phases.set_checklist_note(db, item.id, PLANTED))
    refused("checklist_item", "text", lambda: phases.add_checklist_item(db, "c-new", 1, PLANTED))
    session = SessionRecord("s-new", 1, date(2027, 1, 5), "Sessie")
    for field, value in (("title", PLANTED), ("location", PLANTED), ("notes", PLANTED),
                         (AGENDA, (AgendaEntry(PLANTED, 10),))):
        refused("session", field, lambda f=field, v=value: workshops.save_session(
            db, replace(session, **{f: v})))
    held = workshops.list_sessions(db, 4)[0]
    refused("session", "prompts", lambda: workshop_run.set_prompts(db, held.id, [PLANTED]))
    refused("session", "summary", lambda: workshop_run.set_summary(db, held.id, PLANTED))
    refused("capture", "text", lambda: captures.add_capture(
        db, CaptureRecord("cap-new", held.id, "signal", PLANTED)))
    refused("decision", "text", lambda: decisions.save_decision(
        db, DecisionRecord("d-new", date(2027, 1, 5), "steering", PLANTED)))
    refused("signal", "description", lambda: signals.add_signal(
        db, SignalRecord("00000000-0000-4000-8000-00000000a001", partner.id, PLANTED,
                         "bekendheid")))
    questionnaire = questionnaires.available()[0][0]
    refused("measurement_round", "name", lambda: measurement.start_round(
        db, "m-new", "interim", PLANTED, date(2027, 1, 5), questionnaire))
    barrier = barriers.list_barriers(db)[0]
    for field in ("title", "description"):
        refused("barrier", field, lambda f=field: barriers.update_barrier(
            db, replace(barrier, **{f: PLANTED}), expected=barrier))
        refused("barrier", field, lambda f=field: barriers.create_barrier(
            db, "b-new", PLANTED if f == "title" else "Titel", barrier.signal_ids[:1],
            description=PLANTED if f == "description" else ""))
    refused("priority_round", "participants", lambda: prioritisation.start_round(
        db, "r-bad", "dots", date(2027, 1, 5), [PLANTED], [barrier.id]))
    refused("priority_round", prioritisation.ROUND_NOTE, lambda: prioritisation.start_round(
        db, "r-bad", "dots", date(2027, 1, 5), ["An"], [barrier.id],
        {prioritisation.ROUND_NOTE: PLANTED}))
    prioritisation.start_round(db, "r-new", "dots", date(2027, 1, 5), ["An"], [barrier.id])
    refused("priority_entry", prioritisation.OBJECTION, lambda: prioritisation.set_inputs(
        db, "r-new", barrier.id, {prioritisation.OBJECTION: PLANTED}))
    refused("priority_round", prioritisation.ROUND_NOTE, lambda: prioritisation.set_settings(
        db, "r-new", {"budget": 3, prioritisation.ROUND_NOTE: PLANTED}))
    refused("priority_round", "rationale", lambda: prioritisation.close_round(
        db, "r-new", PLANTED, date(2027, 1, 6)))
    pillar = plan.read_plan(db)[0]
    goal = pillar.goals[0]
    action = goal.actions[0]
    refused("pillar", "title", lambda: plan.add_pillar(db, "pl-new", PLANTED))
    refused("pillar", "title", lambda: plan.rename(db, "pillar", pillar.id, PLANTED))
    refused("goal", "title", lambda: plan.add_goal(db, "g-new", pillar.id, PLANTED))
    refused("goal", "title", lambda: plan.rename(db, "goal", goal.id, PLANTED))
    refused("action", "title", lambda: plan.add_action(db, "a-new", goal.id, PLANTED))
    for field in plan.SCREENED_FIELDS:
        value = (PLANTED,) if isinstance(getattr(action, field), tuple) else PLANTED
        refused("action", field, lambda f=field, v=value: plan.update_action(
            db, replace(action, **{f: v}), expected=action))
    refused("action_status", "note", lambda: follow_up.add_status(
        db, "st-new", action.id, "running", date(2027, 1, 5), PLANTED))
    tried |= refused_on_a_form(db, action)
    planning = workshops.list_sessions(db, 5)[0]
    for field in ("text", "cluster"):
        refused("premortem_note", field, lambda f=field: premortem.add_note(db, replace(
            PremortemNote("n-new", planning.id, action.id, "risk", "Te duur"), **{f: PLANTED})))
    sent = policy_signals.get_policy_signal(db, "demo-policy-1")
    for field in policy_signals.TEXT_FIELDS:
        refused("policy_signal", field, lambda f=field: policy_signals.save_policy_signal(
            db, replace(sent, **{f: PLANTED})))
    refused("chapter_note", "text", lambda: steering.save_chapter_note(db, "signals", PLANTED))
    refused("key_finding", "text", lambda: steering.save_key_findings(db, [("k-new", PLANTED)]))
    refused("action_year_note", "text", lambda: steering.save_year_note(
        db, action.id, 2027, PLANTED))
    refused("vocabulary_term", "nl", lambda: vocabularies.add_term(db, "target_groups", PLANTED))
    refused("vocabulary_term", "en", lambda: vocabularies.rename_term(
        db, "target_groups", "elderly", "Ouderen", PLANTED))
    theme = questionnaire_themes.themes(db)[0]
    refused("questionnaire_theme", "name", lambda: questionnaire_themes.add_theme(
        db, PLANTED, "", ["Een vraag"]))
    refused("questionnaire_theme", "explanation", lambda: questionnaire_themes.edit_theme(
        db, theme.key, theme.name, PLANTED, [i.text for i in theme.items]))
    refused("questionnaire_theme_item", "text", lambda: questionnaire_themes.add_theme(
        db, "Nieuw thema", "", [PLANTED]))
    for perspective in PERSPECTIVES:
        refused("questionnaire_theme_item", f"{perspective}_text",
                lambda p=perspective: questionnaire_themes.add_theme(
                    db, "Nieuw thema", "", ["Een vraag"], [{p: PLANTED}]))
    for field in ("name", "unit"):
        refused("indicator", field, lambda f=field: indicators.add_indicator(db, replace(
            IndicatorRecord("i-new", action.id, "Wachttijd"), **{f: PLANTED})))
    typed = next(i for found in indicators.read_indicators(db).values() for i in found
                 if i.b is None)
    for field in ("reporter", "note"):
        refused("indicator_value", field, lambda f=field: indicators.add_value(
            db, "v-new", typed.id, date(2027, 1, 5), 3, **{f: PLANTED}))
    refused("evaluation", "reason", lambda: indicators.add_evaluation(
        db, Evaluation("e-new", action.id, date(2027, 1, 5), "not", PLANTED)))
    return tried


def refused_on_a_form(db, action) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The planted text in every cell a trekker fills on a follow-up form: each is named as
    personal data and nothing is imported."""
    fields = {c.header_nl: c.field for c in COLUMNS} | {REPORTER_LABEL: "reporter"}
    with tempfile.TemporaryDirectory() as folder:
        form = Path(folder) / "opvolging.xlsx"
        followup_forms.export_followup(db, form, owner=action.owner)
        fill_form(form, {0: dict.fromkeys(TEXT_FIELDS, PLANTED)}, reporter=PLANTED,
                  on=date.today())  # the form's first action: the plan's first
        report = followup_forms.import_followup(db, form)
    assert not report.written and report.problems
    assert all(p.problem.startswith("looks like personal data") for p in report.problems)
    return {("follow_up_report", fields[p.header]) for p in report.problems}


def plant_everywhere(path: Path) -> set[tuple[str, str, str]]:
    """Write the planted text into every free-text field of every record, as a file from an
    older version or edited outside the app would hold it; returns (record, id, field)."""
    planted = set()
    db = open_database(path)
    try:
        with db.session() as session:
            for record, model, fields in FIELDS:
                for row in session.scalars(select(model)):
                    for field in fields:
                        value = f"{record} {field} {row.id[:8]}: {PLANTED}"
                        is_list = not isinstance(getattr(row, field), str)
                        setattr(row, field, [value] if is_list else value)
                        planted.add((record, row.id, field))
                    if model is WorkshopSession:
                        for item in row.agenda:
                            item.text = f"agenda {item.id}: {PLANTED}"
                        if row.agenda:
                            planted.add((record, row.id, AGENDA))
                    if model is PriorityRound:
                        row.settings = {**row.settings, prioritisation.ROUND_NOTE: PLANTED}
                        planted.add((record, row.id, prioritisation.ROUND_NOTE))
            for entry in session.scalars(select(PriorityEntry)):
                entry.inputs = {**entry.inputs, prioritisation.OBJECTION: PLANTED}
                planted.add(("priority_entry", f"{entry.round_id}:{entry.barrier_id}",
                             prioritisation.OBJECTION))
    finally:
        db.close()
    return planted


def texts_of_workbook(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows()
                     for cell in row if cell.value is not None)


def texts_of_pdf(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def holds_planted(text: str) -> list[str]:
    bare = re.sub(r"[\s.\-/]", "", text)
    return [s for s in (EMAIL, *DIGITS) if s in bare or s in text]


def test_planted_personal_data_is_refused_at_entry(demo_file):
    db = open_database(demo_file)
    try:
        assert refused_everywhere(db) == every_field()
    finally:
        db.close()


@pytest.fixture(scope="module")
def planted(demo_master, tmp_path_factory) -> tuple[Path, set[tuple[str, str, str]]]:
    """The demo with the planted text in every free-text field, made once for the tests that
    find it and export it (each works on its own copy); with what `plant_everywhere` says."""
    path = tmp_path_factory.mktemp("planted") / "Demervallei.drempel"
    shutil.copyfile(demo_master, path)
    return path, plant_everywhere(path)


def test_planted_personal_data_is_found_by_the_privacy_command(planted, demo_master, tmp_path):
    master, fields = planted
    assert {(r, f) for r, _i, f in fields} == every_field()
    assert demo_master.read_bytes() != master.read_bytes()
    path = tmp_path / master.name
    shutil.copyfile(master, path)
    listed = subprocess.run([sys.executable, "-m", "drempelmeter", "privacy", str(path),
                             "--json"], capture_output=True, text=True, timeout=120)
    assert listed.returncode == 1, listed.stderr
    findings = json.loads(listed.stdout)
    for record, record_id, field in fields:
        kinds = {f["kind"] for f in findings
                 if (f["record"], f["id"], f["field"]) == (record, record_id, field)}
        assert kinds >= {"national_number", "email", "phone"}, (record, record_id, field)
    assert not any(holds_planted(f["excerpt"]) for f in findings)


#: What is exported, split so that pytest-xdist spreads the reports over its workers: the
#: regional report, each partner's report and bundle (partner names are planted too, so they go
#: by their place in the list), and the response forms.
EXPORTS = ["regional", *(f"partner{n}" for n in range(len(DEMO_PARTNERS))), "forms"]


@pytest.mark.slow
@pytest.mark.parametrize("export", EXPORTS)
def test_planted_personal_data_is_never_exported(planted, tmp_path, export):
    path = tmp_path / planted[0].name
    shutil.copyfile(planted[0], path)
    db = open_database(path)
    try:
        out = tmp_path / "out"
        out.mkdir()
        known = partners.list_partners(db)
        assert len(known) == len(EXPORTS) - 2  # every partner a part
        written: list[Path] = []
        if export == "regional":
            written += [out / "regio.pdf", out / "regio.xlsx"]
            regional = write_report(db, date(2027, 1, 1), pdf=written[0], xlsx=written[1])
            assert regional.masked
        elif export == "forms":
            rounds = measurement.list_rounds(db)
            for n, (round_, partner, group) in enumerate(
                    (r, p, g.key) for r in rounds for p in known[:2] for g in RESPONDENT_GROUPS):
                written.append(out / f"formulier{n}.xlsx")
                response_forms.export_form(db, written[-1], round_.id, partner.id, group)
            assert written
        else:
            partner = known[int(export.removeprefix("partner"))].name
            written += [out / "partner.pdf", out / "bundel.xlsx"]
            write_report(db, date(2027, 1, 1), pdf=written[0], partner=partner)
            assert bundles.export_template(db, partner, written[1]).masked
    finally:
        db.close()
    for path in written:
        text = texts_of_pdf(path) if path.suffix == ".pdf" else texts_of_workbook(path)
        assert "[rijksregisternummer]" in text or path.name.startswith("formulier")
        assert holds_planted(text) == [], path.name


def test_a_confirmed_text_is_kept_through_later_edits_and_undo(demo_file):
    """The bug users met: once a title held a flagged text, every later edit was refused."""
    db = open_database(demo_file)
    try:
        action = all_actions(plan.read_plan(db))[0]
        title = "Overleg met Dhr. Vermeulen van het OCMW"
        with personal_data.confirmed(["Vermeulen"]):
            plan.rename(db, "action", action.id, title)
        renamed = replace(action, title=title)
        plan.update_action(db, replace(renamed, means="Budget van de stad"), expected=renamed)
        plan.rename(db, "action", action.id, action.title)
        plan.rename(db, "action", action.id, title)  # undo of the undo: not asked again
        assert all_actions(plan.read_plan(db))[0].title == title
    finally:
        db.close()
