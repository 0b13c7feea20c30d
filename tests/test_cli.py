"""The command line as a user runs it: exit codes, one-line reasons, and no Qt for headless work."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from drempelmeter.store.schema import HEAD_REVISION

from .demo_day import DEMO_DAY

FIXTURES = Path(__file__).parent / "fixtures" / "schema"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "drempelmeter", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def a_demo(demo_master: Path, folder: Path, name: str = "t.drempel") -> None:
    """The run's demo (conftest's demo_master, built once as `drempelmeter demo` builds it:
    test_demo_then_check runs that command) copied to `folder/name`."""
    shutil.copyfile(demo_master, folder / name)


def test_demo_then_check(tmp_path):
    made = run("demo", "x.drempel", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    checked = run("check", "x.drempel", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert f"sound (schema {HEAD_REVISION}" in checked.stdout
    again = run("demo", "x.drempel", cwd=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_check_refuses_bad_files_with_one_line_and_no_traceback(tmp_path, demo_file, cli):
    (tmp_path / "notes.txt").write_text("boodschappen\n", encoding="utf-8")
    (tmp_path / "empty.drempel").write_bytes(b"")
    with closing(sqlite3.connect(tmp_path / "other.db")) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    with closing(sqlite3.connect(demo_file)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.commit()
    expected = {
        "notes.txt": "not a database file",
        "empty.drempel": "is empty",
        "other.db": "not a Drempelmeter trajectory",
        str(demo_file): "(schema 0099); update Drempelmeter",
        "missing.drempel": "no such file",
    }
    for name, words in expected.items():
        result = cli("check", name)
        assert result.returncode == 1, name
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], result.stderr
        assert "Traceback" not in result.stderr


def test_usage_errors_exit_2(tmp_path):
    assert run("check", cwd=tmp_path).returncode == 2
    assert run("--no-such-flag", cwd=tmp_path).returncode == 2


def test_headless_commands_never_import_qt_or_slow_libraries(tmp_path):
    code = (
        "import sys\n"
        "from drempelmeter.cli import main\n"
        "assert main(['demo', 'a.drempel']) == 0\n"
        "assert main(['check', 'a.drempel']) == 0\n"
        "loaded = sorted(m for m in ('PySide6', 'matplotlib', 'reportlab', 'openpyxl', 'alembic',"
        " 'aiohttp', 'segno') if m in sys.modules)\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_bundle_import_imports_only_what_it_uses(tmp_path, demo_master, cli):
    """The command a coordinator runs forty times: no Qt, no writer of workbooks, PDFs or
    charts, no Alembic on a current file, and neither the template writer, the export screen
    nor the questionnaire reader (a successful command explains no error)."""
    a_demo(demo_master, tmp_path)
    assert cli("template", "t.drempel", "--partner", "CAW Demervallei", "-o", "caw.xlsx"
               ).returncode == 0
    unwanted = ("PySide6", "matplotlib", "reportlab", "openpyxl", "alembic",
                "drempelmeter.exchange.bundle_template", "drempelmeter.services.export_screen",
                "drempelmeter.exchange.questionnaire_file")
    code = (
        "import sys\n"
        "from drempelmeter.cli import main\n"
        "assert main(['import', 't.drempel', 'caw.xlsx', '--dry-run']) == 0\n"
        "assert main(['import', 't.drempel', 'caw.xlsx']) == 0\n"
        f"print(sorted(m for m in {unwanted!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_bundle_import_backs_the_file_up_once_just_before_it_writes(tmp_path, demo_master,
                                                                     cli):
    """No backup at opening as well (a province's file would be copied twice); none for a dry
    run, which writes nothing."""
    import openpyxl

    a_demo(demo_master, tmp_path)
    assert cli("template", "t.drempel", "--partner", "CAW Demervallei", "-o", "caw.xlsx"
               ).returncode == 0
    book = openpyxl.load_workbook(tmp_path / "caw.xlsx")
    book["Signalen"].append([None, "Wie de wachtrij niet kent, haakt af.", "Bekendheid"])
    book.save(tmp_path / "caw.xlsx")

    def reasons() -> list[str]:
        listed = cli("backups", "t.drempel").stdout.splitlines()[1:]
        return [line.split()[3] for line in listed]

    dry = cli("import", "t.drempel", "caw.xlsx", "--dry-run")
    assert dry.returncode == 0 and "1 added" in dry.stdout, dry.stderr
    assert reasons() == []
    done = cli("import", "t.drempel", "caw.xlsx")
    assert done.returncode == 0 and "1 added" in done.stdout, done.stderr
    assert reasons() == ["before"]


def test_check_an_older_file_says_it_will_be_upgraded_and_leaves_it_alone(tmp_path):
    old = tmp_path / "oud.drempel"
    old.write_bytes((FIXTURES / "0001.drempel").read_bytes())
    result = run("check", str(old), cwd=tmp_path)
    assert result.returncode == 0
    assert "sound (schema 0001" in result.stdout
    assert f"will be upgraded to {HEAD_REVISION} when opened" in result.stdout
    assert old.read_bytes() == (FIXTURES / "0001.drempel").read_bytes()


def test_template_then_import_from_the_command_line(tmp_path, demo_master):
    a_demo(demo_master, tmp_path)
    made = run("template", "t.drempel", "--partner", "CAW Demervallei", "-o", "caw.xlsx",
               cwd=tmp_path)
    assert made.returncode == 0 and "8 signals filled in" in made.stdout
    same = run("import", "t.drempel", "caw.xlsx", cwd=tmp_path)
    assert same.returncode == 0 and "0 added, 0 updated, 8 unchanged" in same.stdout
    unknown = run("template", "t.drempel", "--partner", "Bakkerij", "-o", "x.xlsx", cwd=tmp_path)
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_a_rejected_import_exits_1_with_a_row_level_report(tmp_path, demo_master, cli):
    a_demo(demo_master, tmp_path)
    bundle = Path(__file__).parent / "fixtures" / "bundles" / "caw_with_mistakes_libreoffice.xlsx"
    other = run("import", "t.drempel", str(bundle), cwd=tmp_path)
    assert other.returncode == 1 and "use --accept-other" in other.stderr
    result = cli("import", "t.drempel", str(bundle), "--accept-other")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "sheet 'Signalen', row 10, column C (B): not in the list: 'Schoonheid'" in lines[0]
    assert lines[-1].endswith("nothing imported: 4 problems in 3 rows (fix them, or use "
                              "--valid-rows-only)")
    assert "Traceback" not in result.stderr
    # An .xls bundle is read now (and, made for another trajectory, recognised as such).
    xls = Path(__file__).parent / "fixtures" / "bundles" / "caw_libreoffice.xls"
    other = cli("import", "t.drempel", str(xls))
    assert other.returncode == 1 and "bundle made for trajectory" in other.stderr
    notes = tmp_path / "bundel.xlsx"
    notes.write_text("geen werkmap", encoding="utf-8")
    refused = cli("import", "t.drempel", str(notes))
    assert refused.returncode == 1 and "is a text file (such as a CSV)" in refused.stderr
    assert "Traceback" not in refused.stderr + other.stderr


def test_response_form_then_import_from_the_command_line(tmp_path, demo_master, cli):
    import openpyxl

    a_demo(demo_master, tmp_path)
    made = run("form", "t.drempel", "--round", "end", "--partner",
               "Sociaal Huis Demerstad", "--group", "medewerkers", "-o", "form.xlsx", cwd=tmp_path)
    assert made.returncode == 0 and "3 questionnaires filled in" in made.stdout
    book = openpyxl.load_workbook(tmp_path / "form.xlsx")
    book["Antwoorden"]["G2"] = "zes"
    book["Antwoorden"]["H2"] = 4
    book.save(tmp_path / "form.xlsx")
    rejected = run("responses", "t.drempel", "form.xlsx", cwd=tmp_path)
    assert rejected.returncode == 1 and "Traceback" not in rejected.stderr
    assert "sheet 'Antwoorden', row 2, column G (Vragenlijst 4): not an answer: 'zes'" in (
        rejected.stderr)
    partial = cli("responses", "t.drempel", "form.xlsx", "--valid-columns-only")
    assert partial.returncode == 0
    assert "1 added, 0 updated, 3 unchanged, 1 column skipped" in partial.stdout
    closed = cli("form", "t.drempel", "--round", "baseline", "--partner", "Sociaal Huis Demerstad",
                 "--group", "client", "-o", "c.xlsx")
    assert closed.returncode == 0
    book = openpyxl.load_workbook(tmp_path / "c.xlsx")
    book["Antwoorden"]["D2"] = 1
    book.save(tmp_path / "c.xlsx")
    assert "is closed since" in closed.stderr and "can no longer be imported" in closed.stderr
    frozen = cli("responses", "t.drempel", "c.xlsx")
    assert frozen.returncode == 1 and "is closed since" in frozen.stderr
    assert "its answers can no longer change" in frozen.stderr
    assert "invalid input" not in frozen.stderr and "closed'" not in frozen.stderr


def test_a_printable_questionnaire_from_the_command_line(tmp_path, cli):
    standard = Path(__file__).parent.parent / "questionnaires" / "standaard.yaml"
    made = run("questionnaire", "pdf", str(standard), "--perspective", "client", "-o", "q.pdf",
               cwd=tmp_path)
    assert made.returncode == 0 and (tmp_path / "q.pdf").read_bytes().startswith(b"%PDF")
    wrong = cli("questionnaire", "pdf", str(standard), "--perspective", "buren", "-o", "x.pdf")
    assert wrong.returncode == 1 and "unknown perspective" in wrong.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.slow
def test_reports_from_the_command_line(tmp_path, demo_master, cli):
    a_demo(demo_master, tmp_path, "demo.drempel")
    # a partner's PDF and workbook at once, in a real process; the region's workbook (its PDF,
    # the longest to write, is read back from the services in tests/exchange/test_report.py)
    made = run("report", "demo.drempel", "--pdf", "caw.pdf", "--xlsx", "caw.xlsx", "--partner",
               "caw demervallei", cwd=tmp_path)
    assert made.returncode == 0 and "CAW Demervallei" in made.stdout, made.stderr
    assert (tmp_path / "caw.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "caw.xlsx").read_bytes().startswith(b"PK")
    region = cli("report", "demo.drempel", "--xlsx", "r.xlsx")
    assert region.returncode == 0 and (tmp_path / "r.xlsx").read_bytes().startswith(b"PK")
    unknown = cli("report", "demo.drempel", "--pdf", "x.pdf", "--partner", "Niemand")
    assert unknown.returncode == 1 and "no partner named 'Niemand'" in unknown.stderr
    assert "Traceback" not in unknown.stderr and not (tmp_path / "x.pdf").exists()
    assert cli("report", "demo.drempel").returncode == 2


def test_bring_a_plan_in_from_the_command_line(tmp_path, demo_master, demo_report, cli):
    a_demo(demo_master, tmp_path, "demo.drempel")
    # The report's own workbook (the demo's, written once for the run as `drempelmeter report
    # --xlsx` writes it) reads back with every column understood; its plan is the one already
    # in the file, so it is refused unless told how.
    shutil.copyfile(demo_report(DEMO_DAY).xlsx, tmp_path / "r.xlsx")
    refused = cli("import-plan", "demo.drempel", "r.xlsx", "--dry-run")
    assert refused.returncode == 1 and "already holds" in refused.stderr
    checked = cli("import-plan", "demo.drempel", "r.xlsx", "--dry-run", "--add")
    assert checked.returncode == 0, checked.stderr
    assert " actions checked" in checked.stdout and "not read" not in checked.stderr
    wrong = cli("import-plan", "demo.drempel", "demo.drempel")
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr


def test_privacy_lists_findings_without_repeating_them_and_exits_1(tmp_path, demo_master, cli):
    a_demo(demo_master, tmp_path, "d.drempel")
    clean = cli("privacy", "d.drempel")
    assert clean.returncode == 0 and "0 findings of personal data to review" in clean.stdout
    fixture = FIXTURES / "0006.drempel"
    shutil.copyfile(fixture, tmp_path / "f.drempel")
    found = run("privacy", "f.drempel", cwd=tmp_path)
    assert found.returncode == 1, found.stderr
    assert ("signal 00000000-0000-4000-8000-0000000000f6, description: phone number at "
            "characters 5–17 (imported, waits for review): Bel [telefoonnummer] voor een "
            "afspraak.") in found.stdout
    assert "(confirmed as not personal data)" in found.stdout and "De Smet" not in found.stdout
    assert "0471" not in found.stdout
    assert found.stdout.rstrip().endswith(
        "1 finding of personal data to review, 1 confirmed as not personal data")
    listed = json.loads(cli("privacy", "f.drempel", "--json").stdout)
    assert [(f["record"], f["id"], f["kind"], f["kept"], f["to_review"]) for f in listed] == [
        ("signal", "00000000-0000-4000-8000-0000000000f6", "phone", False, True),
        ("barrier", "demo-barrier-1", "name", True, False)]


PLANS = Path(__file__).parent / "fixtures" / "plans"


def test_a_plan_imported_twice_is_refused_unless_told_how(tmp_path, cli):
    from drempelmeter.services.records import TrajectoryRecord
    from drempelmeter.services.trajectory import create_trajectory

    create_trajectory(tmp_path / "t.drempel", TrajectoryRecord(name="Plan")).close()
    plan = str(PLANS / "reference_plan_libreoffice.xlsx")
    first = run("import-plan", "t.drempel", plan, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "2 pillars, 3 goals, 4 actions imported" in first.stdout
    again = cli("import-plan", "t.drempel", plan)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "already holds 9 of the pillars, goals and actions" in again.stderr
    assert "--replace" in again.stderr and "--add" in again.stderr
    replaced = cli("import-plan", "t.drempel", plan, "--replace")
    assert replaced.returncode == 0 and "replaced the plan" in replaced.stdout
    added = cli("import-plan", "t.drempel", plan, "--add")
    assert added.returncode == 0 and "imported" in added.stdout
    both = cli("import-plan", "t.drempel", plan, "--add", "--replace")
    assert both.returncode == 2


def test_plan_limits_and_ignored_columns_are_said_in_the_dry_run(tmp_path, cli):
    from drempelmeter.services.records import TrajectoryRecord
    from drempelmeter.services.trajectory import create_trajectory

    create_trajectory(tmp_path / "t.drempel", TrajectoryRecord(name="Plan")).close()
    long_goal = run("import-plan", "t.drempel", str(PLANS / "long_goal_libreoffice.xlsx"),
                    "--dry-run", cwd=tmp_path)
    assert long_goal.returncode == 1
    assert "row 7, column B (Doel): too long: 'Samen met" in long_goal.stderr
    assert "…'. Allowed: at most 200 characters." in long_goal.stderr
    assert "1 problem in 1 row" in long_goal.stderr and "too_long" not in long_goal.stderr
    variants = cli("import-plan", "t.drempel", str(PLANS / "flemish_headings_libreoffice.xlsx"))
    assert variants.returncode == 0, variants.stderr
    assert "1 column not read: J (Opmerkingen)" in variants.stderr


def test_the_top_level_help_names_every_command():
    from drempelmeter.cli import HEADLESS_COMMANDS, gui_parser

    text = gui_parser().format_help()
    assert all(command in text for command in HEADLESS_COMMANDS)


def test_messages_say_a_refusal_in_words_without_codes_or_exception_names():
    from drempelmeter.cli_output import input_words
    from drempelmeter.services.errors import InvalidInput

    for problem in (v for k, v in vars(InvalidInput).items() if k.isupper()):
        words = input_words(InvalidInput("due_on", problem, "x" * 5000))
        assert "_" not in words and "invalid input" not in words and len(words) < 200, words
        assert "deadline" in words and "InvalidInput" not in words


def test_output_into_a_reader_that_went_away_is_no_bug(demo_file):
    """`drempelmeter privacy FILE | head -0`: the reader closed its end; the command stops
    without the bug message (exit 1) and leaves the file as it was."""
    before = demo_file.read_bytes()
    process = subprocess.Popen([sys.executable, "-m", "drempelmeter", "privacy", str(demo_file)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    process.stdout.close()  # long before the command has started to write
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 1 and "went wrong" not in err and "Traceback" not in err
    assert demo_file.read_bytes() == before


def test_a_mistyped_command_is_named_with_the_commands_not_taken_as_a_file(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    for args, guess in ((("chek", "x.drempel"), "did you mean 'check'?"), (("bogus",), "")):
        result = subprocess.run([sys.executable, "-m", "drempelmeter", *args], cwd=tmp_path,
                                capture_output=True, text=True, timeout=60, env=env)
        assert result.returncode == 2, result.stderr
        assert f"unknown command '{args[0]}'" in result.stderr and guess in result.stderr
        assert "import-plan" in result.stderr and "unrecognized" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_word_that_is_a_file_or_looks_like_one_is_no_command(tmp_path, monkeypatch):
    from drempelmeter.cli import HEADLESS_COMMANDS
    from drempelmeter.cli_output import unknown_command as said

    def unknown_command(word: Path | None) -> str | None:
        return said(word, HEADLESS_COMMANDS)

    monkeypatch.chdir(tmp_path)
    (tmp_path / "chek").write_bytes(b"")
    assert unknown_command(Path("chek")) is None  # it exists: the window says what it is
    assert unknown_command(Path("chek.drempel")) is None
    assert unknown_command(Path("sub/chek")) is None
    assert unknown_command(None) is None
    assert "did you mean 'report'?" in (unknown_command(Path("raport")) or "")


def test_a_partner_is_named_in_any_case_by_every_command_and_a_wrong_one_lists_them(
        tmp_path, demo_master, cli):
    a_demo(demo_master, tmp_path)
    made = cli("template", "t.drempel", "--partner", " caw demervallei", "-o", "caw.xlsx")
    assert made.returncode == 0 and "8 signals filled in" in made.stdout, made.stderr
    assert "Bundle for CAW Demervallei written" in made.stdout
    imported = cli("import", "t.drempel", "caw.xlsx", "--partner", "CAW DEMERVALLEI",
                   "--dry-run")
    assert imported.returncode == 0 and "8 unchanged" in imported.stdout, imported.stderr
    report = cli("report", "t.drempel", "--partner", "ocmw heuvelgem", "--xlsx", "r.xlsx")
    assert report.returncode == 0 and "OCMW Heuvelgem" in report.stdout, report.stderr
    wrong = cli("template", "t.drempel", "--partner", "ocmw", "-o", "x.xlsx")
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert "'ocmw'" in wrong.stderr and "OCMW Heuvelgem; " in wrong.stderr
    assert "CAW Demervallei" in wrong.stderr and not (tmp_path / "x.xlsx").exists()


def test_every_option_of_report_and_template_says_what_it_is_for():
    import argparse

    from drempelmeter.cli import headless_parser

    commands = next(a for a in headless_parser()._actions
                    if isinstance(a, argparse._SubParsersAction))
    for name in ("report", "template"):
        undescribed = [a.dest for a in commands.choices[name]._actions if not a.help]
        assert undescribed == [], name
