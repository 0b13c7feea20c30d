"""Template → filled → imported → the same signals; re-imports add nothing; updates update."""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from drempelmeter.domain.taxonomy import GBO_PRINCIPLES, TARGET_GROUPS
from drempelmeter.exchange.bundle_columns import COLUMNS
from drempelmeter.services import bundles, partners, signals
from drempelmeter.services.bundles import BundleMismatch
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.store import bundle_rows

from ..orm_loads import objects_loaded
from .conftest import FIXTURES, PARTNER, count, fill, row


def caw_signals(db):  # type: ignore[no-untyped-def]
    partner = next(p for p in partners.list_partners(db) if p.name == PARTNER)
    return [s for s in signals.list_signals(db) if s.partner_id == partner.id]


def test_the_template_has_instructions_lists_and_the_partners_signals(demo_db, template):
    book = openpyxl.load_workbook(template)
    assert book.sheetnames == ["Instructies", "Signalen", "Lijsten", "Info"]
    assert book["Lijsten"].sheet_state == "hidden" and book["Info"].sheet_state == "hidden"
    sheet = book["Signalen"]
    assert sheet["A1"].value == "Nummer (niet wijzigen)" and sheet["B1"].value == "Omschrijving"
    ids = [sheet.cell(row=r, column=1).value for r in range(2, sheet.max_row + 1)]
    assert sorted(ids) == sorted(s.id for s in caw_signals(demo_db))
    rules = {str(rule.sqref).split(":")[0]: rule.formula1 for rule in sheet.data_validations.dataValidation}
    assert rules["C2"] == "lijst_primary_b" and rules["E2"] == "lijst_level"
    closed = [c for c in COLUMNS if c.vocabulary is not None]
    assert len(rules) == len(closed)  # every closed field has its drop-down
    assert all(not rule.showDropDown for rule in sheet.data_validations.dataValidation)
    assert "lijst_primary_b" in book.defined_names
    info = {r[0].value: r[1].value for r in book["Info"].iter_rows(min_row=1, max_col=2)}
    assert info["partner_name"] == PARTNER and info["format"] == "drempelmeter-signalenbundel"
    text = " ".join(str(c.value) for c in book["Instructies"]["A"] if c.value)
    assert "rijksregisternummers" in text and "Bekendheid:" in text


def test_filled_template_imports_and_a_second_import_adds_nothing(demo_db, template):
    before = count(demo_db)
    fill(template, [
        row("Wie niet digitaal is, kan geen afspraak maken.", "Bereikbaarheid",
            E="Organisatie en aanbod", H="website en online", K="Werk;Inkomen",
            M="Nieuwkomers", O="3", P="wekelijks"),
        row("De wachtzaal is te klein en te druk.", " bruikbaarheid "),
    ])
    report = bundles.import_bundle(demo_db, template)
    assert (report.added, report.updated, report.unchanged, report.written) == (2, 0, 8, True)
    assert count(demo_db) == before + 2
    added = next(s for s in caw_signals(demo_db) if s.description.startswith("Wie niet"))
    assert added.primary_b == "bereikbaarheid" and added.level == "organisation"
    assert added.channel == "online" and added.life_domains == ("income", "work")
    assert added.target_groups == ("newcomers",) and added.severity == 3
    assert added.frequency == "weekly" and added.status == "noticed"
    again = bundles.import_bundle(demo_db, template)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 10)
    assert count(demo_db) == before + 2


def test_an_updated_file_updates_the_rows_it_identifies(demo_db, template, tmp_path):
    def edit(_book, sheet):  # type: ignore[no-untyped-def]
        sheet["B2"] = sheet["B2"].value + " Ook bij de tweede lijn."
        sheet["R2"] = "Geanalyseerd"

    first_id = openpyxl.load_workbook(template)["Signalen"]["A2"].value
    fill(template, [row("Nieuw signaal over de website.")], edit=edit)
    report = bundles.import_bundle(demo_db, template)
    assert (report.added, report.updated, report.unchanged) == (1, 1, 7)
    changed = next(s for s in signals.list_signals(demo_db) if s.id == first_id)
    assert changed.description.endswith("Ook bij de tweede lijn.")
    assert changed.status == "analysed"


def test_moved_columns_are_found_by_their_header(demo_db, template):
    def move(_book, sheet):  # type: ignore[no-untyped-def]
        sheet.move_range("B1:B9", cols=20)  # the description column now stands in V

    fill(template, [], edit=move)
    book = openpyxl.load_workbook(template)
    sheet = book["Signalen"]
    sheet.append([None] * 21 + ["Een signaal in een verplaatste kolom."])
    sheet.cell(row=sheet.max_row, column=3, value="Bekendheid")
    book.save(template)
    report = bundles.import_bundle(demo_db, template)
    assert report.problems == () and report.added == 1


def test_rows_with_problems_block_the_import_unless_the_user_takes_the_valid_ones(demo_db,
                                                                                   template):
    before = count(demo_db)
    fill(template, [row("Goed signaal over brieven."), row("Onbekende B.", "Schoonheid"),
                    row("Bel 0471 23 45 67 voor meer uitleg.")])
    report = bundles.import_bundle(demo_db, template)
    assert not report.written and count(demo_db) == before
    assert [(p.row, p.column) for p in report.problems] == [(11, "C")]
    assert "Bekendheid" in report.problems[0].allowed
    # A phone number does not block the row: it is named, masked, and waits for review.
    assert [(n.row, n.column, n.value) for n in report.to_review] == [
        (12, "B", "Bel [telefoonnummer] voor meer uitleg.")]
    taken = bundles.import_bundle(demo_db, template, valid_rows_only=True)
    assert taken.written and taken.added == 2 and count(demo_db) == before + 2
    assert [s.description for s in signals.list_signals(demo_db) if s.to_review] == [
        "Bel 0471 23 45 67 voor meer uitleg."]


def test_dry_run_counts_and_writes_nothing(demo_db, template):
    before = count(demo_db)
    fill(template, [row("Nog een signaal.")])
    report = bundles.import_bundle(demo_db, template, dry_run=True)
    assert report.added == 1 and not report.written
    assert count(demo_db) == before


def inserts(action) -> list[int]:  # type: ignore[no-untyped-def]
    """The number of signal rows each INSERT statement `action` sends to the file carries."""
    import sqlite3

    sent: list[int] = []

    class Counting(sqlite3.Connection):
        def executemany(self, statement, parameters):  # type: ignore[no-untyped-def]
            parameters = list(parameters)
            if statement.startswith("INSERT INTO signal "):
                sent.append(len(parameters))
            return super().executemany(statement, parameters)

        def execute(self, statement, *parameters):  # type: ignore[no-untyped-def]
            if statement.startswith("INSERT INTO signal "):
                sent.append(1)
            return super().execute(statement, *parameters)

    connect = sqlite3.connect
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sqlite3, "connect", lambda *a, **k: connect(*a, factory=Counting, **k))
        action()
    return sent


def test_a_dry_run_sends_no_insert_and_an_import_inserts_in_chunks(demo_db, template,
                                                                    monkeypatch):
    """The dry run takes the import's decisions without writing; the import sends its new rows
    a chunk at a time (memory bounded), not one statement per row nor all in one."""
    monkeypatch.setattr(bundles, "INSERT_CHUNK", 2)
    fill(template, [row(f"Signaal nummer {i} over de wachttijd.") for i in range(5)])
    dry = inserts(lambda: bundles.import_bundle(demo_db, template, dry_run=True))
    assert dry == []
    assert inserts(lambda: bundles.import_bundle(demo_db, template)) == [2, 2, 1]


def test_a_bundle_for_another_trajectory_is_recognised(demo_db, tmp_path):
    fixture = FIXTURES / "caw_filled_libreoffice.xlsx"
    with pytest.raises(BundleMismatch) as caught:
        bundles.import_bundle(demo_db, fixture)
    assert caught.value.kind == "trajectory"


def test_libreoffice_saved_bundles_import(demo_db):
    before = count(demo_db)
    report = bundles.import_bundle(demo_db, FIXTURES / "caw_filled_libreoffice.xlsx",
                                   accept_other=True)
    assert report.written and report.problems == ()
    assert (report.added, report.unchanged + report.updated) == (2, 8)
    assert count(demo_db) == before + 2
    descriptions = {s.description for s in signals.list_signals(demo_db)}
    assert "Het onthaal sluit om 16 uur; wie werkt, kan niet langskomen." in descriptions


def test_libreoffice_saved_bundle_with_mistakes_reports_each_cell(demo_db):
    before = count(demo_db)
    report = bundles.import_bundle(demo_db, FIXTURES / "caw_with_mistakes_libreoffice.xlsx",
                                   accept_other=True)
    assert not report.written and count(demo_db) == before
    found = {(p.row, p.column, p.problem.split(" (")[0].split(":")[0]) for p in report.problems}
    assert found == {
        (10, "C", "not in the list"),
        (11, "O", "not in the list"),
        (12, "B", "a formula; type the value itself"),
        (12, "K", "unknown value 'Ruimtevaart'"),
    }
    assert [(n.row, n.column) for n in report.to_review] == [(11, "B")]


def test_user_text_never_becomes_a_formula_in_the_template(demo_db, tmp_path):
    from drempelmeter.services.records import SignalRecord

    partner = next(p for p in partners.list_partners(demo_db) if p.name == PARTNER)
    nasty = ["=HYPERLINK(\"http://x\",\"klik\")", "+32 is geen formule", "-5 graden",
             "@SUM(A1)", "\tinspringen", "\rterug"]
    signals.add_signals(demo_db, [SignalRecord(f"00000000-0000-4000-8000-00000000000{i}",
                                               partner.id, text, "bekendheid")
                                  for i, text in enumerate(nasty)])
    out = tmp_path / "nasty.xlsx"
    bundles.export_template(demo_db, PARTNER, out)
    sheet = openpyxl.load_workbook(out)["Signalen"]
    cells = {sheet.cell(row=r, column=2).value: sheet.cell(row=r, column=2)
             for r in range(2, sheet.max_row + 1)}
    for text in (t.strip() for t in nasty):  # the services strip surrounding white space
        cell = cells[text]
        assert cell.data_type == "s", text
        assert cell.quotePrefix == text.startswith(("=", "+", "-", "@")), text
    report = bundles.import_bundle(demo_db, out)
    assert report.problems == () and report.added == 0


def test_the_reader_checks_what_the_editor_checks(demo_db, template):
    fill(template, [row("Twee keer dezelfde B.", "Bekendheid", D="bekendheid"),
                    row("x" * 2001)])
    report = bundles.import_bundle(demo_db, template)
    found = [(p.row, p.column, p.problem) for p in report.problems]
    assert found == [(10, "D", "the same as the first B"), (11, "B", "too long")]
    assert not report.written


def test_an_old_bundle_does_not_set_bundled_signals_back(demo_db, template):
    from drempelmeter.services import barriers

    caw = next(p.id for p in partners.list_partners(demo_db) if p.name == PARTNER)
    noticed = [s.id for s in signals.list_signals(demo_db)
               if s.partner_id == caw and s.status == "noticed"][:2]
    assert len(noticed) == 2
    barriers.assign_signals(demo_db, None, noticed)  # out of the demo's barriers, if in one
    barriers.create_barrier(demo_db, "later", "Na de export gebundeld", noticed)
    report = bundles.import_bundle(demo_db, template)  # the bundle still says "Opgemerkt"
    assert report.updated == 0
    now = {s.id: s.status for s in signals.list_signals(demo_db)}
    assert all(now[i] == "bundled" for i in noticed)


def test_flagged_rows_wait_for_review_and_stay_out_of_reports_until_reviewed(demo_db, template):
    from datetime import date
    from pathlib import Path

    from drempelmeter.services import personal_data
    from drempelmeter.services.report import gather, write_report

    before = gather(demo_db, date(2027, 1, 1))
    fill(template, [row("Mevrouw Verbruggen van de dienst zegt dat het formulier te lang is."),
                    row("Mail naar jan.peeters@telenet.be voor een afspraak.", "Bereikbaarheid"),
                    row("De brieven zijn te moeilijk.")])
    dry = bundles.import_bundle(demo_db, template, dry_run=True)
    report = bundles.import_bundle(demo_db, template)
    assert report.problems == () and report.added == 3 == dry.added
    assert [(n.row, n.value) for n in report.to_review] == [
        (r, v) for r, v in ((n.row, n.value) for n in dry.to_review)] == [
        (10, "Mevrouw [naam] van de dienst zegt dat het formulier te lang is."),
        (11, "Mail naar [e-mailadres] voor een afspraak.")]
    waiting = [s for s in caw_signals(demo_db) if s.to_review]
    assert len(waiting) == 2
    after = gather(demo_db, date(2027, 1, 1))
    assert after.signal_total == before.signal_total + 1  # only the clean row counts
    out = Path(template).with_name("rapport.xlsx")
    write_report(demo_db, date(2027, 1, 1), xlsx=out)
    cells = " ".join(str(c.value) for s in openpyxl.load_workbook(out).worksheets
                     for line in s.iter_rows() for c in line if c.value is not None)
    assert "telenet" not in cells and "Verbruggen" not in cells
    # The coach reviews: confirms one is not about a client, rewrites the other.
    mail, name = sorted(waiting, key=lambda s: s.description)
    with personal_data.confirmed(["Verbruggen"]):
        signals.update_signal(demo_db, replace(name, to_review=False), expected=name)
    signals.update_signal(demo_db, replace(mail, description="Mail naar het algemene adres.",
                                           to_review=False), expected=mail)
    assert not any(s.to_review for s in signals.list_signals(demo_db))
    assert gather(demo_db, date(2027, 1, 1)).signal_total == before.signal_total + 3
    # A re-import of the same bundle does not put the confirmed signal back under review; the
    # rewritten one no longer matches its old row, which comes in again, to review.
    again = bundles.import_bundle(demo_db, template)
    assert [n.row for n in again.to_review] == [11] and again.added == 1
    assert [s.description for s in signals.list_signals(demo_db) if s.to_review] == [
        "Mail naar jan.peeters@telenet.be voor een afspraak."]


def test_a_row_copied_from_another_partners_bundle_is_a_problem_on_its_row(tmp_path):
    """OCMW's bundle with a row pasted from CAW's (its number cell holds CAW's signal), saved by
    LibreOffice (packaging/make_bundle_fixtures.py): CAW's signal stays CAW's, text and all."""
    from .bundle_setup import CAW, SIGNALS, build

    db = build(tmp_path / "bundels.drempel")
    try:
        before = signals.list_signals(db)
        fixture = FIXTURES / "ocmw_with_caw_row_libreoffice.xlsx"
        report = bundles.import_bundle(db, fixture)
        assert not report.written and (report.added, report.updated) == (0, 0)
        [problem] = report.problems
        assert (problem.row, problem.column, problem.value) == (3, "A", SIGNALS[0][0])
        assert problem.problem == "this number belongs to a signal of another partner"
        assert "row 3, column A" in str(problem)
        partial = bundles.import_bundle(db, fixture, valid_rows_only=True)
        assert partial.written and partial.updated == 0 and partial.skipped_rows == 1
        assert signals.list_signals(db) == before
        assert next(s for s in before if s.id == SIGNALS[0][0]).partner_id == CAW[0]
    finally:
        db.close()


def test_a_number_of_ours_in_a_bundle_for_another_trajectory_is_a_problem(tmp_path):
    from .bundle_setup import OCMW, build

    db = build(tmp_path / "bundels.drempel")
    made = tmp_path / "ocmw.xlsx"
    try:
        bundles.export_template(db, OCMW[1], made)
    finally:
        db.close()
    book = openpyxl.load_workbook(made)
    [facts] = [r for r in book["Info"].iter_rows() if r[0].value == "trajectory_id"]
    facts[1].value = "een-ander-traject"
    book.save(made)
    db = open_trajectory(tmp_path / "bundels.drempel")
    try:
        report = bundles.import_bundle(db, made, accept_other=True)
        assert not report.written
        assert [p.problem for p in report.problems] == [
            "this number belongs to a signal of another trajectory"]
    finally:
        db.close()


def test_one_formatted_empty_row_far_below_does_not_make_a_bundle_too_large():
    """The filled bundle with one formatted empty row at 25,000, saved by LibreOffice."""
    from drempelmeter.domain.taxonomy import ALL_BS
    from drempelmeter.exchange.bundle_reader import read_bundle

    fixture = FIXTURES / "caw_formatted_row_25000_libreoffice.xlsx"
    assert openpyxl.load_workbook(fixture, read_only=True)["Signalen"].max_row == 25000
    contents = read_bundle(fixture, [t.key for t in ALL_BS])
    assert len(contents.rows) == 10 and contents.problems == []


def test_an_import_reads_only_the_signals_its_rows_may_update(demo_db, template, monkeypatch):
    """A province's file holds 100,000 signals: an import reads the columns of those its rows
    number or match by text, never every signal, and no signal as an ORM object."""
    own = len(caw_signals(demo_db))  # in the template, with their numbers
    assert 0 < own < count(demo_db) - 10
    fill(template, [row("Een nieuw signaal over de wachtrij aan het loket.")])
    read: list[object] = []
    matching = bundle_rows.signals_matching
    monkeypatch.setattr(bundle_rows, "signals_matching",
                        lambda *args: read.extend(matching(*args)) or read)
    with objects_loaded() as loaded:
        report = bundles.import_bundle(demo_db, template)
    assert report.written and report.added == 1 and report.unchanged == own
    assert len(read) == own and loaded["Signal"] == 0


def test_a_new_target_group_and_principle_picked_from_the_drop_downs_are_accepted(demo_db,
                                                                                 template):
    book = openpyxl.load_workbook(template)
    lists = book["Lijsten"]

    def choices(field: str) -> list[str]:
        reference = book.defined_names[f"lijst_{field}"].attr_text
        first, last = reference.split("!")[1].replace("$", "").split(":")
        return [c.value for (c,) in lists[f"{first}:{last}"]]

    groups, principles = choices("target_groups"), choices("gbo_principle")
    assert "Jongvolwassenen" in groups and "Multiprobleemsituaties" in groups
    assert "Continuïteit" in principles and "Bekend, herkenbaar en zichtbaar" in principles
    # every default, and the demo region's own target group
    assert len(groups) == len(TARGET_GROUPS) + 1 and "Gezinnen met schulden" in groups
    assert len(principles) == len(GBO_PRINCIPLES)
    fill(template, [row("Na de meerderjarigheid valt de begeleiding weg.", "Beschikbaarheid",
                        J="Continuïteit", M="Jongvolwassenen")])
    report = bundles.import_bundle(demo_db, template)
    assert report.added == 1 and report.written and not report.problems
    added = next(s for s in caw_signals(demo_db) if s.description.startswith("Na de"))
    assert added.target_groups == ("young_adults",) and added.gbo_principle == "continuity"
