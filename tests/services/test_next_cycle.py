"""The next cycle made from the demo: a new, linked file with the partners, participants,
questionnaire, the open barriers and unfinished actions marked as carried, and the last closed
round as its baseline (small groups hidden); the old file byte-identical; the report comparing
the two cycles per B, with or without the previous file."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest

from drempelmeter.domain.ids import new_id
from drempelmeter.domain.plan import FINISHED, all_actions
from drempelmeter.domain.scoring import ALL
from drempelmeter.domain.taxonomy import ALL_BS
from drempelmeter.services import (
    barriers,
    measurement,
    next_cycle,
    partners,
    plan,
    questionnaires,
    report,
    trajectory,
)
from drempelmeter.services.errors import FileAlreadyExists, WriteFailed
from drempelmeter.services.records import PartnerRecord, RespondentRecord, TrajectoryRecord

START = date(2027, 1, 15)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_next(source: Path, out: Path, name: str = "Demervallei cyclus 2") -> \
        next_cycle.NextCycleMade:
    db = trajectory.open_trajectory(source, read_only=True, back_up=False)
    try:
        return next_cycle.start_next_cycle(
            db, out, next_cycle.NextCycle(name, ("elderly", "carers"), START))
    finally:
        db.close()


@pytest.fixture
def cycles(demo_file, tmp_path):
    """The demo, its hash before, and the next cycle made from it (open)."""
    before = digest(demo_file)
    made = make_next(demo_file, tmp_path / "cyclus 2.drempel")
    db = trajectory.open_trajectory(made.path, back_up=False)
    yield demo_file, before, made, db
    db.close()


def test_the_old_file_is_left_byte_for_byte_as_it_was(cycles):
    old, before, _made, _db = cycles
    assert digest(old) == before


def test_the_new_cycle_takes_the_partners_participants_and_details(cycles):
    old_path, _before, made, db = cycles
    old = trajectory.open_trajectory(old_path, read_only=True, back_up=False)
    try:
        assert [(p.id, p.name, p.kind) for p in partners.list_partners(db)] == \
            [(p.id, p.name, p.kind) for p in partners.list_partners(old)]
        assert sorted((p.name, p.role, p.partner_id) for p in partners.list_participants(db)) \
            == sorted((p.name, p.role, p.partner_id) for p in partners.list_participants(old))
        details, earlier = trajectory.get_trajectory(db), trajectory.get_trajectory(old)
    finally:
        old.close()
    assert (details.name, details.start_date, details.target_groups) == \
        ("Demervallei cyclus 2", START, ("elderly", "carers"))
    assert (details.region, details.coach) == (earlier.region, earlier.coach)
    assert details.id != earlier.id
    assert made.cycle_number == 2 and made.partners == 8 and made.participants > 0


def test_the_link_keeps_the_file_the_questionnaire_and_the_baseline(cycles):
    old_path, _before, made, db = cycles
    link = next_cycle.read_link(db)
    old = trajectory.open_trajectory(old_path, read_only=True, back_up=False)
    try:
        closed = [r for r in measurement.list_rounds(old) if r.closed]
        scores = measurement.round_scores(old, closed[-1].id)
        old_id = trajectory.get_trajectory(old).id
    finally:
        old.close()
    assert link is not None and link.cycle_number == 2
    assert (Path(link.previous_file), link.previous_trajectory_id) == (old_path.absolute(), old_id)
    assert (link.baseline_round, made.baseline_round) == (closed[-1].name, closed[-1].name)
    assert (link.questionnaire_id, link.questionnaire_version) == (
        closed[-1].questionnaire_id, closed[-1].questionnaire_version)
    assert link.items == closed[-1].items
    assert [(c.b, c.mean, c.respondents) for c in link.baseline] == [
        (c.b, scores.get(ALL, ALL, c.b).mean, scores.get(ALL, ALL, c.b).respondents)
        for c in link.baseline]
    # The cycles are compared per B: the questionnaire's themes beside the B's are left out.
    assert {c.b for c in link.baseline} == {b for _item, b in closed[-1].items if b in ALL_BS}
    assert next_cycle.previous_file(db, link) == next_cycle.PreviousFile(old_path.absolute())


def test_open_barriers_and_unfinished_actions_are_carried_and_marked(cycles):
    old_path, _before, made, db = cycles
    old = trajectory.open_trajectory(old_path, read_only=True, back_up=False)
    try:
        old_actions = all_actions(plan.read_plan(old))
        old_barriers = barriers.barrier_listing(old).records
        old_name = trajectory.get_trajectory(old).name
    finally:
        old.close()
    open_actions = [a for a in old_actions if a.status not in FINISHED]
    assert len(open_actions) < len(old_actions)  # the demo has done and stopped actions
    actions = all_actions(plan.read_plan(db))
    assert [a.title for a in actions] == [a.title for a in open_actions]
    assert [a.status for a in actions] == [a.status for a in open_actions]
    marks = next_cycle.carried_marks(db)
    for action in actions:
        mark = marks[action.id]
        assert (mark.kind, mark.from_cycle, mark.from_name) == ("action", 1, old_name)
        assert "Cyclus 1" in mark.summary
    adjusted = next(a for a in actions if a.status == "adjusted")
    assert "Bijgestuurd" in marks[adjusted.id].summary  # its history, summarised
    assert adjusted.history[0].on == START and "cyclus 1" in adjusted.history[0].note
    carried = barriers.barrier_listing(db).records
    assert len(carried) == made.barriers
    assert {b.id for b in carried} <= {b.id for b in old_barriers}
    for barrier in carried:
        assert marks[barrier.id].kind == "barrier"
        assert "signalen" in marks[barrier.id].summary
        assert barrier.partner_ids  # the partners that recognised it, kept without signals
    assert made.actions == len(actions)


def test_a_third_cycle_keeps_where_an_item_first_came_from(cycles, tmp_path):
    _old, _before, made, db = cycles
    second = next_cycle.read_link(db)
    db.close()
    third = make_next(made.path, tmp_path / "cyclus 3.drempel", "Demervallei cyclus 3")
    db3 = trajectory.open_trajectory(third.path, back_up=False)
    try:
        assert third.cycle_number == 3
        marks = next_cycle.carried_marks(db3)
        assert marks and all(m.from_cycle == 1 for m in marks.values())
        assert all("Cyclus 1" in m.summary and "Cyclus 2" in m.summary
                   for m in marks.values())
        link = next_cycle.read_link(db3)
        assert link.baseline == ()  # cycle 2 closed no round
        # ... but the questionnaire cycle 1 asked, which cycle 2 kept, goes on to cycle 3
        assert link.questionnaire_id and (
            link.questionnaire_id, link.questionnaire_version, link.items) == (
            second.questionnaire_id, second.questionnaire_version, second.items)
    finally:
        db3.close()


def test_the_name_proposed_for_a_later_cycle_replaces_its_cycle_number():
    assert next_cycle.default_name("Demervallei", 2) == "Demervallei – cyclus 2"
    assert next_cycle.default_name("Demervallei – cyclus 2", 3) == "Demervallei – cyclus 3"


def test_an_existing_file_is_refused_and_left_alone(demo_file, tmp_path):
    taken = tmp_path / "taken.drempel"
    taken.write_bytes(b"not mine")
    with pytest.raises(FileAlreadyExists):
        make_next(demo_file, taken)
    assert taken.read_bytes() == b"not mine"


def test_a_failed_write_leaves_no_file_behind(demo_file, tmp_path):
    out = tmp_path / "missing folder" / "next.drempel"
    with pytest.raises(WriteFailed):
        make_next(demo_file, out)
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_the_baseline_hides_small_groups_as_everywhere(tmp_path):
    db = trajectory.create_trajectory(tmp_path / "small.drempel",
                                      TrajectoryRecord(name="Klein traject"))
    try:
        partner = partners.add_partner(db, PartnerRecord(new_id(), "CAW", "core", "caw"))
        questionnaire = questionnaires.available()[0][0]
        round_id = new_id()
        measurement.start_round(db, round_id, "baseline", "Nulmeting", date(2026, 3, 1),
                                questionnaire)
        items = [item.id for item in questionnaire.items()]
        measurement.add_respondents(db, [RespondentRecord(
            new_id(), round_id, partner.id, "staff", tuple((i, 4, None) for i in items))
            for _ in range(3)])  # three people: fewer than the threshold of five
        measurement.close_round(db, round_id, date(2026, 3, 31))
        made = next_cycle.start_next_cycle(db, tmp_path / "next.drempel",
                                           next_cycle.NextCycle("Cyclus 2", (), START))
    finally:
        db.close()
    new = trajectory.open_trajectory(made.path, back_up=False)
    try:
        cells = next_cycle.read_link(new).baseline
    finally:
        new.close()
    assert cells and all(c.suppressed and c.mean is None and c.respondents is None
                         for c in cells)


def answer_everything(db, mean_value: int) -> str:
    """A closed round of six staff members in the new cycle, on the linked questionnaire."""
    link = next_cycle.read_link(db)
    questionnaire = questionnaires.find(link.questionnaire_id, link.questionnaire_version)
    partner = partners.list_partners(db)[0]
    round_id = new_id()
    measurement.start_round(db, round_id, "interim", "Tussenmeting 2027", START,
                            questionnaire)
    measurement.add_respondents(db, [RespondentRecord(
        new_id(), round_id, partner.id, "staff",
        tuple((i.id, mean_value, None) for i in questionnaire.items())) for _ in range(6)])
    measurement.close_round(db, round_id, date(2027, 3, 1))
    return round_id


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_the_report_compares_the_two_cycles_per_b(cycles, tmp_path):
    _old, _before, _made, db = cycles
    answer_everything(db, 4)
    link = next_cycle.read_link(db)
    data = report.write_report(db, date(2027, 3, 2), pdf=tmp_path / "r.pdf",
                               xlsx=tmp_path / "r.xlsx")
    part = data.cycles
    assert part is not None and part.file_found
    assert part.columns == [f"{link.baseline_round} (cyclus 1)", "Tussenmeting 2027"]
    assert len(part.b_labels) == len(link.baseline) == len(part.rows)
    assert [row[0] for row in part.rows] == [c.mean for c in link.baseline]
    assert all(row[1] == 4.0 for row in part.rows)
    text = pdf_text(tmp_path / "r.pdf")
    assert "Vergelijking met de vorige cyclus" in text
    assert "De regio: cyclus 1 tegenover cyclus 2" in text
    assert "Het bestand van die cyclus is gevonden" in text
    assert "Overgenomen uit de vorige cyclus" in text
    first = f"{link.baseline[0].mean:.2f}".replace(".", ",")
    assert first in text and "4,00" in text
    book = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)
    try:
        rows = list(book["Vorige cyclus"].iter_rows(values_only=True))
        carried = list(book["Overgenomen"].iter_rows(values_only=True))
    finally:
        book.close()
    assert rows[0] == ("B", *part.columns)
    assert rows[1] == (part.b_labels[0], link.baseline[0].mean, 4.0)
    assert len(carried) == 1 + len(part.carried)


def test_without_the_previous_file_the_stored_baseline_still_serves(cycles, tmp_path):
    old, _before, _made, db = cycles
    old.rename(tmp_path / "elders.bak")
    assert next_cycle.previous_file(db, next_cycle.read_link(db)) == next_cycle.PreviousFile(None)
    data = report.write_report(db, date(2027, 3, 2), pdf=tmp_path / "r.pdf")
    assert not data.cycles.file_found
    assert all(isinstance(row[0], float) for row in data.cycles.rows)
    text = pdf_text(tmp_path / "r.pdf")
    assert "Het bestand van die cyclus is niet gevonden" in text
    assert "In deze cyclus is nog geen meting afgesloten" in text


def test_another_trajectory_at_the_previous_files_place_is_not_taken_for_it(cycles, new_db,
                                                                            tmp_path):
    old, _before, _made, db = cycles
    old.rename(tmp_path / "elders.bak")
    new_db.save_copy(old)  # another trajectory under the previous cycle's file name
    found = next_cycle.previous_file(db, next_cycle.read_link(db))
    assert found == next_cycle.PreviousFile(None, old.absolute())
    part = report.gather(db, date(2027, 3, 2)).cycles
    assert not part.file_found and part.other_file == old.name
    (tmp_path / "elders.bak").rename(old)  # the right file back: found again
    assert next_cycle.previous_file(db, next_cycle.read_link(db)).path == old.absolute()


def test_a_first_cycle_reports_no_comparison(demo_file, tmp_path):
    db = trajectory.open_trajectory(demo_file, read_only=True, back_up=False)
    try:
        assert next_cycle.read_link(db) is None and next_cycle.cycle_number(db) == 1
        assert report.gather(db, date(2027, 3, 2)).cycles is None
    finally:
        db.close()


def test_the_command_takes_target_groups_by_name_and_names_the_known_ones(demo_file, tmp_path,
                                                                         capsys):
    from drempelmeter.cli import main

    assert main(["next-cycle", str(demo_file), "-o", str(tmp_path / "volgende"),
                 "--target-group", "ouderen", "--target-group", "Gezinnen met schulden",
                 "--target-group", "carers"]) == 0
    made = tmp_path / "volgende.drempel"  # a .drempel, as the window makes it
    assert capsys.readouterr().out.startswith(f"Cycle 2 written to {made}:")
    db = trajectory.open_trajectory(made, read_only=True, back_up=False)
    try:
        assert trajectory.get_trajectory(db).target_groups == (
            "elderly", "carers", "gezinnen_met_schulden")
    finally:
        db.close()
    assert main(["next-cycle", str(demo_file), "-o", str(tmp_path / "ander.drempel"),
                 "--target-group", "Studenten"]) == 1
    said = capsys.readouterr().err
    assert "no target group 'Studenten'" in said and "elderly (Ouderen)" in said
    assert not (tmp_path / "ander.drempel").exists()


def test_the_command_makes_the_next_cycle(demo_file, tmp_path, capsys):
    from drempelmeter.cli import main

    out = tmp_path / "volgende.drempel"
    assert main(["next-cycle", str(demo_file), "-o", str(out), "--target-group", "elderly",
                 "--start", "2027-01-15"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Cycle 2 written to {out}: 8 partners")
    db = trajectory.open_trajectory(out, read_only=True, back_up=False)
    try:
        details = trajectory.get_trajectory(db)
    finally:
        db.close()
    assert details.name.endswith("– cyclus 2") and details.target_groups == ("elderly",)
    assert details.start_date == START
    assert main(["next-cycle", str(demo_file), "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_the_regions_own_words_go_with_it(demo_file, tmp_path):
    from drempelmeter.services import vocabularies

    db = trajectory.open_trajectory(demo_file, back_up=False)
    try:
        key = vocabularies.add_term(db, "target_groups", "Seizoenarbeiders")
        made = next_cycle.start_next_cycle(
            db, tmp_path / "next.drempel", next_cycle.NextCycle("Cyclus 2", (key,), START))
    finally:
        db.close()
    new = trajectory.open_trajectory(made.path, back_up=False)
    try:
        assert vocabularies.effective(new).target_groups.label(key, "nl") == "Seizoenarbeiders"
        assert trajectory.get_trajectory(new).target_groups == (key,)
    finally:
        new.close()


def test_a_new_round_offers_the_previous_cycles_questionnaire_first(cycles):
    _old, _before, _made, db = cycles
    link = next_cycle.read_link(db)
    offered, _problems = questionnaires.available()
    linked = [q for q in offered if (q.id, q.version) == (link.questionnaire_id,
                                                          link.questionnaire_version)]
    others = [q for q in offered if q not in linked]
    assert linked
    assert next_cycle.linked_first(db, [*others, *linked])[0] == linked[0]


def test_the_link_and_the_marks_are_read_from_columns(cycles):
    """The report and the details page read them; a province carries thousands."""
    from ..orm_loads import objects_loaded

    _old, _before, made, db = cycles
    with objects_loaded() as loaded:
        marks = next_cycle.carried_marks(db)
        link = next_cycle.read_link(db)
    assert len(marks) == made.barriers + made.actions and link.baseline
    assert sum(loaded.values()) == 0


def test_what_was_confirmed_in_a_carried_history_stays_confirmed(demo_file, tmp_path):
    from drempelmeter.services import follow_up, personal_data

    note = "Gebeld met de trekker via hulp@caw-demervallei.be"
    db = trajectory.open_trajectory(demo_file, back_up=False)
    try:
        action = next(a for a in all_actions(plan.read_plan(db)) if a.status == "running")
        with pytest.raises(personal_data.PersonalDataFound):
            follow_up.add_status(db, new_id(), action.id, "running", date(2026, 10, 1), note)
        with personal_data.confirmed(["hulp@caw-demervallei.be"]):
            follow_up.add_status(db, new_id(), action.id, "running", date(2026, 10, 1), note)
        made = next_cycle.start_next_cycle(
            db, tmp_path / "next.drempel", next_cycle.NextCycle("Cyclus 2", (), START))
    finally:
        db.close()
    new = trajectory.open_trajectory(made.path, back_up=False)
    try:
        data = report.gather(new, date(2027, 3, 2))
    finally:
        new.close()
    line = next(summary for _kind, title, summary in data.cycles.carried
                if title.endswith(action.title))
    assert note in line and not data.masked
