"""A region's own vocabularies: edited, kept in the file, shared as YAML, used by the bundles."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import yaml

from drempelmeter.domain.ids import new_id
from drempelmeter.exchange.bundle_columns import COLUMN_BY_FIELD, COLUMNS, column_letter
from drempelmeter.exchange.vocabulary_file import VocabularyFileError
from drempelmeter.services import bundles, partners, signals, vocabularies
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import PartnerRecord, SignalRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory, open_trajectory

from ..exchange.conftest import fill, row


def letter(field: str) -> str:
    return column_letter(COLUMNS.index(COLUMN_BY_FIELD[field]))


def drop_down(book, field: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The values the drop-down of a column offers, read back from the workbook."""
    sheet = book["Signalen"]
    rule = next(r for r in sheet.data_validations.dataValidation
                if str(r.sqref).startswith(f"{letter(field)}2:"))
    reference = book.defined_names[rule.formula1].attr_text
    sheet_name, cells = reference.split("!")
    first, last = cells.replace("$", "").split(":")
    lists = book[sheet_name.strip("'")]
    return [c.value for (c,) in lists[first:last]]


def partner_with_signal(db, target_group: str) -> str:  # type: ignore[no-untyped-def]
    partner = PartnerRecord(id=new_id(), name="CAW Noord", kind="core", type="caw")
    partners.add_partner(db, partner)
    signals.add_signal(db, SignalRecord(
        id=new_id(), partner_id=partner.id, description="Het onthaal is enkel online.",
        primary_b="bereikbaarheid", target_groups=(target_group,)))
    return partner.name


def test_the_round_trip_export_edit_import_then_bundles_offer_and_accept_the_new_terms(
        new_db, tmp_path):
    source = new_db
    name = partner_with_signal(source, "newcomers")
    exported = tmp_path / "regio.yaml"
    assert vocabularies.export_file(source, exported) > 50
    document = yaml.safe_load(exported.read_text(encoding="utf-8"))
    lists = document["vocabularies"]
    lists["target_groups"].append({"key": "schuldbemiddeling", "nl": "Gezinnen in "
                                   "schuldbemiddeling", "en": "Families in debt mediation"})
    lists["gbo_principles"].append({"key": "laagdrempelig", "nl": "Laagdrempelig"})
    caw = next(t for t in lists["partner_types"] if t["key"] == "caw")
    caw["nl"] = "CAW (centrum algemeen welzijnswerk)"
    newcomers = next(t for t in lists["target_groups"] if t["key"] == "newcomers")
    newcomers["retired"] = True
    edited = tmp_path / "aangepast.yaml"
    edited.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")

    report = vocabularies.import_file(source, edited)
    assert set(report.added) == {"target_groups.schuldbemiddeling",
                                 "gbo_principles.laagdrempelig"}
    assert set(report.changed) == {"partner_types.caw", "target_groups.newcomers"}
    own = vocabularies.effective(source)
    assert own.target_groups["newcomers"].retired
    assert own.partner_types["caw"].nl == "CAW (centrum algemeen welzijnswerk)"
    # Records using the retired term keep it, and it is known (shown as retired).
    kept = signals.list_signals(source)[0]
    assert kept.target_groups == ("newcomers",)

    template = tmp_path / "caw.xlsx"
    bundles.export_template(source, name, template)
    book = openpyxl.load_workbook(template)
    groups = drop_down(book, "target_groups")
    assert "Gezinnen in schuldbemiddeling" in groups and "Nieuwkomers" not in groups
    assert "Laagdrempelig" in drop_down(book, "gbo_principle")
    fill(template, [row("Schulden maken de drempel hoger.", "Betaalbaarheid",
                        **{letter("target_groups"): "Gezinnen in schuldbemiddeling",
                           letter("gbo_principle"): "laagdrempelig"}),
                    row("Een oud signaal van vorig jaar.", "Bekendheid",
                        **{letter("target_groups"): "Nieuwkomers"})])
    imported = bundles.import_bundle(source, template)
    assert imported.problems == () and imported.added == 2
    new = {s.description: s for s in signals.list_signals(source)}
    assert new["Schulden maken de drempel hoger."].target_groups == ("schuldbemiddeling",)
    assert new["Schulden maken de drempel hoger."].gbo_principle == "laagdrempelig"
    # A retired term is still accepted from a file: an older bundle keeps its meaning.
    assert new["Een oud signaal van vorig jaar."].target_groups == ("newcomers",)


def test_a_label_with_a_comma_survives_the_bundles_round_trip(new_db, tmp_path):
    """The template writes several values with '; '; a comma inside a label is not one."""
    key = vocabularies.add_term(new_db, "target_groups", "Ouders, grootouders en opvoeders")
    name = partner_with_signal(new_db, key)
    template = tmp_path / "bundel.xlsx"
    bundles.export_template(new_db, name, template)
    fill(template, [row("Grootouders vinden de opvang niet.", "Bekendheid",
                        **{letter("target_groups"): "Ouders, grootouders en opvoeders; "
                                                    "Nieuwkomers,Ouderen"})])
    imported = bundles.import_bundle(new_db, template)
    assert imported.problems == () and imported.added == 1
    found = {s.description: s.target_groups for s in signals.list_signals(new_db)}
    assert found["Grootouders vinden de opvang niet."] == ("elderly", "newcomers", key)
    assert set(found.values()) == {(key,), ("elderly", "newcomers", key)}


def test_another_trajectory_takes_the_shared_file_and_refuses_an_unknown_term(
        new_db, demo_file, tmp_path):
    key = vocabularies.add_term(new_db, "target_groups", "Gezinnen in schuldbemiddeling")
    assert key == "gezinnen_in_schuldbemiddel"  # short enough for the key columns
    vocabularies.add_term(new_db, "groups", "Werkgroep toeleiding")
    shared = tmp_path / "gedeeld.yaml"
    vocabularies.export_file(new_db, shared)
    other = create_trajectory(tmp_path / "ander.drempel", TrajectoryRecord(name="Ander traject"))
    try:
        name = partner_with_signal(other, "poverty")
        report = vocabularies.import_file(other, shared, dry_run=True)
        assert report.added and not report.written
        assert key not in vocabularies.effective(other).target_groups
        vocabularies.import_file(other, shared)
        own = vocabularies.effective(other)
        assert own.target_groups[key].nl == "Gezinnen in schuldbemiddeling"
        assert "werkgroep_toeleiding" in own.working_groups
        template = tmp_path / "caw.xlsx"
        bundles.export_template(other, name, template)
        fill(template, [row("Te veel formulieren.", "Begrijpbaarheid",
                            **{letter("target_groups"): "Gezinnen in armoede en schulden"})])
        refused = bundles.import_bundle(other, template)
        assert not refused.written and len(refused.problems) == 1
        problem = refused.problems[0]
        assert (problem.sheet, problem.row, problem.column) == (
            "Signalen", 3, letter("target_groups"))
        assert "Gezinnen in schuldbemiddeling" in problem.allowed
    finally:
        other.close()
    demo = open_trajectory(demo_file)
    try:  # the demo's own target group is in use: a file without it would delete it
        with pytest.raises(VocabularyFileError, match="gezinnen_met_schulden"):
            vocabularies.import_file(demo, shared)
    finally:
        demo.close()


def test_add_rename_retire_and_put_back(new_db):
    key = vocabularies.add_term(new_db, "target_groups", "Kwetsbare zwangeren")
    again = vocabularies.add_term(new_db, "partner_types", "Kwetsbare zwangeren")
    assert key == again == "kwetsbare_zwangeren"  # per list; unique within its list
    long = vocabularies.add_term(new_db, "groups", "Werkgroep onthaal en eerste gesprek")
    assert long == "werkgroep_onthaal_en"  # short enough for its column, no word cut off
    with pytest.raises(InvalidInput):  # the same label twice in one list
        vocabularies.add_term(new_db, "target_groups", "kwetsbare  ZWANGEREN")
    other = vocabularies.add_term(new_db, "target_groups", "Kwetsbare zwangeren!")
    assert other != key
    before = vocabularies.rename_term(new_db, "target_groups", "elderly", "Senioren")
    assert vocabularies.effective(new_db).target_groups["elderly"].nl == "Senioren"
    vocabularies.put_back(new_db, "target_groups", "elderly", before)
    assert vocabularies.effective(new_db).target_groups["elderly"].nl == "Ouderen"
    before = vocabularies.retire_term(new_db, "target_groups", key)
    assert vocabularies.effective(new_db).target_groups[key].retired
    vocabularies.put_back(new_db, "target_groups", key, before)
    assert not vocabularies.effective(new_db).target_groups[key].retired
    vocabularies.put_back(new_db, "target_groups", other, None)  # undo of the add
    assert other not in vocabularies.effective(new_db).target_groups
    with pytest.raises(InvalidInput):
        vocabularies.add_term(new_db, "phases", "Fase zeven")
    vocabularies.rename_term(new_db, "phases", "baseline", "Eerste meting")
    assert vocabularies.effective(new_db).phase_title(3, "nl") == "Eerste meting"


def test_a_term_in_use_is_never_deleted(new_db):
    key = vocabularies.add_term(new_db, "target_groups", "Jonge mantelzorgers")
    partner_with_signal(new_db, key)
    with pytest.raises(InvalidInput):
        vocabularies.put_back(new_db, "target_groups", key, None)
    assert key in vocabularies.effective(new_db).target_groups


def test_the_changes_are_kept_in_the_file(new_db, tmp_path):
    vocabularies.add_term(new_db, "groups", "Werkgroep toeleiding")
    path = new_db.path
    new_db.close()
    db = open_trajectory(path)
    try:
        assert vocabularies.effective(db).groups["werkgroep_toeleiding"].nl == (
            "Werkgroep toeleiding")
    finally:
        db.close()


GOOD_HEAD = "format: drempelmeter-vocabularies\nformat_version: 1\nvocabularies:\n"


@pytest.mark.parametrize(("text", "line", "words"), [
    (GOOD_HEAD + "  kleuren:\n  - key: rood\n    nl: Rood\n", 4, "unknown name 'kleuren'"),
    (GOOD_HEAD + "  target_groups:\n  - key: a\n    nl: A\n  - key: a\n    nl: B\n", 7,
     "appears twice"),
    (GOOD_HEAD + "  target_groups:\n  - key: a\n    nl: 12\n", 6, "must be a text"),
    (GOOD_HEAD + "  target_groups:\n  - key: a\n    nl: [A, B]\n", 6, "must be a text"),
    (GOOD_HEAD + "  target_groups:\n  - key: a\n    nl: A\n    retired: misschien\n", 7,
     "true or false"),
    (GOOD_HEAD.replace("version: 1", "version: 2") + "  target_groups: []\n", 2, "newer"),
    ("format: drempelmeter-vocabularies\nformat_version: 1\na: &a [x, x, x]\nb: [*a, *a]\n",
     3, "aliases"),
    (GOOD_HEAD + "  target_groups:\n  - key: a\n    nl: Ouderen\n", 5, "same as that of"),
    (GOOD_HEAD + "  phases:\n  - key: fase_zeven\n    nl: Fase zeven\n", 5, "fixed set"),
    (GOOD_HEAD + "  target_groups:\n  - key: Hoofd Letters\n    nl: Iets\n", 5, "small letters"),
])
def test_a_bad_file_is_refused_naming_its_line(new_db, tmp_path, text, line, words):
    path = tmp_path / "slecht.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyFileError) as refused:
        vocabularies.import_file(new_db, path)
    assert refused.value.line == line and words in refused.value.message
    assert vocabularies.effective(new_db).changes == ()


ONE_TERM = GOOD_HEAD + "  target_groups:\n  - key: a\n"


@pytest.mark.parametrize(("text", "line", "words"), [
    (ONE_TERM + "    nl: Werkgroep #2\n", 6, "as a comment"),
    (ONE_TERM + "    nl:\n", 6, "must not be empty"),
    (ONE_TERM + "\tnl: Iets\n", 6, "indent with spaces"),
    (ONE_TERM + "    nl: Werkgroep: onthaal\n", 6, "must be put in straight quotes"),
    (ONE_TERM + "    nl: \"Onthaal\" en meer\n", 6, "double quotes"),
    (ONE_TERM + "    nl Iets\n", 7, "misses the ':'"),
    (ONE_TERM + "    nl: “Onthaal: eerst”\n", 6, "straight quotes"),
    (ONE_TERM + "    nl: \"Onthaal\n  - key: b\n    nl: B\n", 6, "quote is not closed"),
])
def test_a_file_edited_by_hand_is_refused_saying_what_to_do(new_db, tmp_path, text, line, words):
    """A label partly taken for a comment is refused, not silently cut short."""
    path = tmp_path / "met_de_hand.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyFileError) as refused:
        vocabularies.import_file(new_db, path)
    assert refused.value.line == line and words in refused.value.message
    assert vocabularies.effective(new_db).changes == ()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_a_file_saved_by_notepad_with_windows_line_endings_is_read(new_db, tmp_path, encoding):
    path = tmp_path / "kladblok.yaml"
    text = ONE_TERM + "    nl: “Jonge” mantelzorgers\u00a0en één ouder\n"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    vocabularies.import_file(new_db, path)
    assert vocabularies.effective(new_db).target_groups["a"].nl == (
        "“Jonge” mantelzorgers\u00a0en één ouder")
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(VocabularyFileError, match="not saved as UTF-8"):
        vocabularies.import_file(new_db, path)


def test_a_file_of_a_few_new_terms_keeps_the_regions_renames(new_db, tmp_path):
    vocabularies.rename_term(new_db, "gbo_principles", "proactive", "Proactief handelen")
    path = tmp_path / "een_term.yaml"
    path.write_text(GOOD_HEAD + "  gbo_principles:\n  - key: samen\n    nl: Samen\n",
                    encoding="utf-8")
    report = vocabularies.import_file(new_db, path)
    assert report.added == ("gbo_principles.samen",) and report.changed == ()
    principles = vocabularies.effective(new_db).gbo_principles
    assert principles["proactive"].nl == "Proactief handelen" and "samen" in principles
    path.write_text(GOOD_HEAD + "  gbo_principles:\n  - key: ander\n"
                    "    nl: Proactief handelen\n", encoding="utf-8")
    with pytest.raises(VocabularyFileError, match="same as that of 'proactive'"):
        vocabularies.import_file(new_db, path)


def test_a_huge_file_is_refused_before_it_is_read(new_db, tmp_path):
    path = tmp_path / "groot.yaml"
    path.write_text(GOOD_HEAD + "# " + "x" * 600_000 + "\n", encoding="utf-8")
    with pytest.raises(VocabularyFileError, match="larger than"):
        vocabularies.import_file(new_db, path)


def test_a_file_that_leaves_out_a_term_in_use_is_refused_whole(new_db, tmp_path):
    used = vocabularies.add_term(new_db, "target_groups", "Jonge mantelzorgers")
    vocabularies.add_term(new_db, "target_groups", "Ongebruikt")
    partner_with_signal(new_db, used)
    path = tmp_path / "zonder.yaml"
    path.write_text(GOOD_HEAD + "  target_groups:\n  - key: nieuw\n    nl: Nieuw\n",
                    encoding="utf-8")
    with pytest.raises(VocabularyFileError, match="jonge_mantelzorgers"):
        vocabularies.import_file(new_db, path)
    assert "nieuw" not in vocabularies.effective(new_db).target_groups
    assert "ongebruikt" in vocabularies.effective(new_db).target_groups


def test_personal_data_in_a_label_is_refused(new_db):
    with pytest.raises(InvalidInput):
        vocabularies.add_term(new_db, "target_groups", "Mevrouw met nummer BE68 5390 0754 7034")


def test_the_command_line_exports_and_imports_with_a_dry_run(demo_file, tmp_path, capsys):
    from drempelmeter.cli import main

    shared = tmp_path / "demervallei.yaml"
    assert main(["vocabulary", str(demo_file), "--export", str(shared)]) == 0
    assert "gezinnen_met_schulden" in shared.read_text(encoding="utf-8")
    shared.write_text(shared.read_text(encoding="utf-8").replace(
        "nl: Ouderen\n", "nl: Senioren\n"), encoding="utf-8")
    assert main(["vocabulary", str(demo_file), "--import", str(shared), "--dry-run"]) == 0
    assert "1 changed" in capsys.readouterr().out
    assert main(["vocabulary", str(demo_file), "--import", str(shared)]) == 0
    assert main(["vocabulary", str(demo_file)]) == 0
    assert "target_groups.elderly: Senioren (renamed)" in capsys.readouterr().out
    shared.write_text(GOOD_HEAD + "  target_groups:\n  - key: x\n    nl: 5\n", encoding="utf-8")
    assert main(["vocabulary", str(demo_file), "--import", str(shared)]) == 1
    assert f"{shared}:6: " in capsys.readouterr().err


def test_the_report_names_the_regions_own_words_and_marks_a_retired_one(demo_file, tmp_path):
    from dataclasses import replace
    from datetime import date

    from drempelmeter.domain.plan import all_actions
    from drempelmeter.exchange.report_xlsx import write_report_xlsx
    from drempelmeter.services import plan
    from drempelmeter.services.report import gather

    db = open_trajectory(demo_file)
    try:
        key = vocabularies.add_term(db, "gbo_principles", "Laagdrempelig")
        action = all_actions(plan.read_plan(db))[0]
        plan.update_action(db, replace(action, principles=(*action.principles, key)),
                           expected=action)
        vocabularies.retire_term(db, "gbo_principles", key)
        vocabularies.rename_term(db, "phases", "baseline", "Eerste meting")
        data = gather(db, date.today())
    finally:
        db.close()
    assert data.principle_labels[key] == "Laagdrempelig (niet meer in gebruik)"
    assert data.phases[2][0] == "3. Eerste meting"
    out = tmp_path / "rapport.xlsx"
    write_report_xlsx(out, data)
    book = openpyxl.load_workbook(out)
    texts = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows()
             for c in row if c.value}
    assert any("Laagdrempelig (niet meer in gebruik)" in t for t in texts)


def test_a_file_of_schema_0007_is_upgraded_and_takes_the_regions_own_words(tmp_path):
    import shutil
    import sqlite3
    from contextlib import closing

    from drempelmeter.store import schema

    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "schema"
    path = tmp_path / "oud.drempel"
    shutil.copyfile(fixtures / "0007.drempel", path)
    schema.migrate(path, schema.MIGRATIONS_DIR, target="0008")
    with closing(sqlite3.connect(path)) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(vocabulary_term)")]
        before = conn.execute("SELECT count(*) FROM signal").fetchone()[0]
    assert columns == ["id", "trajectory_id", "vocabulary", "key", "nl", "en", "retired",
                       "position"]
    db = open_trajectory(path)
    try:
        assert vocabularies.effective(db).changes == ()  # the defaults, as the file had them
        key = vocabularies.add_term(db, "target_groups", "Kwetsbare zwangeren in de regio")
        assert len(signals.list_signals(db)) == before
        assert vocabularies.effective(db).target_groups[key].en == (
            "Kwetsbare zwangeren in de regio")
    finally:
        db.close()


def test_the_shared_file_masks_personal_data_nobody_confirmed(new_db, tmp_path):
    import sqlite3
    from contextlib import closing

    vocabularies.add_term(new_db, "target_groups", "Jonge mantelzorgers")
    path = new_db.path
    new_db.close()
    with closing(sqlite3.connect(path)) as conn, conn:  # as an older version could have left it
        conn.execute("UPDATE vocabulary_term SET nl = 'Bel 0471 23 45 67'")
    db = open_trajectory(path)
    try:
        out = tmp_path / "gedeeld.yaml"
        vocabularies.export_file(db, out)
    finally:
        db.close()
    text = out.read_text(encoding="utf-8")
    assert "0471" not in text and "Bel " in text


def test_a_bundle_import_reads_the_regions_lists_once_whatever_its_size(new_db, tmp_path,
                                                                        monkeypatch):
    from drempelmeter.store import vocabulary_terms

    vocabularies.add_term(new_db, "target_groups", "Gezinnen met schulden")
    name = partner_with_signal(new_db, "poverty")
    counted: list[int] = []
    for size in (5, 50):
        vocabularies.forget_cached(new_db)  # as a file just opened
        template = tmp_path / f"b{size}.xlsx"
        bundles.export_template(new_db, name, template)
        fill(template, [row(f"Signaal {size}-{n} over schulden.", "Betaalbaarheid",
                            **{letter("target_groups"): "Gezinnen met schulden"})
                        for n in range(size)])
        reads: list[object] = []
        changes = vocabulary_terms.changes

        def seen(conn, log=reads, read=changes):  # type: ignore[no-untyped-def]
            log.append(conn)
            return read(conn)

        vocabularies.forget_cached(new_db)
        with monkeypatch.context() as patch:
            patch.setattr(vocabulary_terms, "changes", seen)
            report = bundles.import_bundle(new_db, template)
        assert report.added == size and not report.problems
        counted.append(len(reads))
    assert counted[0] == counted[1] == 1


def test_a_plan_import_takes_the_regions_own_principle_and_names_an_unknown_one(new_db,
                                                                              tmp_path):
    from drempelmeter.domain.plan import all_actions
    from drempelmeter.services import plan
    from drempelmeter.services.plan_import import import_plan

    from .plan_setup import plan_workbook

    key = vocabularies.add_term(new_db, "gbo_principles", "Laagdrempelig")
    header = ("Pijler", "Doel", "Actie", "GBO-principes")
    rows = (("Toegang", "Onthaal", "Een open inloop", "Laagdrempelig; Proactief"),
            ("Toegang", "Onthaal", "Een tweede loket", "Iets onbekends"))
    refused = import_plan(new_db, plan_workbook(tmp_path / "plan.xlsx", rows, header))
    assert not refused.imported and [(p.row, p.column) for p in refused.problems] == [(4, "D")]
    assert "Laagdrempelig" in refused.problems[0].allowed
    report = import_plan(new_db, plan_workbook(tmp_path / "goed.xlsx", rows[:1], header))
    assert report.imported
    [action] = all_actions(plan.read_plan(new_db))
    assert set(action.principles) == {key, "proactive"}
