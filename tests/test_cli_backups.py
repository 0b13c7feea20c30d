"""`drempelmeter backups` and `drempelmeter restore` as a user runs them: output and exit codes."""

from __future__ import annotations

from drempelmeter.services import backups
from drempelmeter.services.trajectory import open_trajectory

from .services.test_backups import dump
from .test_cli import run


def one_line(result) -> str:  # type: ignore[no-untyped-def]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_backups_lists_date_time_occasion_and_size(demo_file):
    none_yet = run("backups", demo_file.name, cwd=demo_file.parent)
    assert none_yet.returncode == 0, none_yet.stderr
    assert "no backups yet" in none_yet.stdout
    open_trajectory(demo_file).close()  # the backup at opening
    [backup] = backups.list_backups(demo_file)
    result = run("backups", demo_file.name, cwd=demo_file.parent)
    assert result.returncode == 0, result.stderr
    header, line = result.stdout.strip().splitlines()
    assert "1 backup, newest first" in header
    assert line.split() == [backup.name, f"{backup.taken:%Y-%m-%d}", f"{backup.taken:%H:%M:%S}",
                            "at", "opening", *line.split()[-2:]]
    assert line.split()[-1] in ("kB", "MB") and result.stderr == ""


def test_restore_by_name_or_path_into_a_new_file(demo_file):
    open_trajectory(demo_file).close()
    [backup] = backups.list_backups(demo_file)
    folder = demo_file.parent
    result = run("restore", demo_file.name, backup.name, "-o", "terug.drempel", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert f"{backup.name} restored to terug.drempel" in result.stdout
    assert dump(folder / "terug.drempel") == dump(backup.path)
    by_path = run("restore", demo_file.name, str(backup.path), "-o", "ook.drempel", cwd=folder)
    assert by_path.returncode == 0, by_path.stderr
    assert dump(folder / "ook.drempel") == dump(backup.path)


def test_restore_mistakes_are_one_line_and_exit_1(demo_file):
    open_trajectory(demo_file).close()
    [backup] = backups.list_backups(demo_file)
    folder = demo_file.parent
    (folder / "bestaat.drempel").write_bytes(b"van iemand anders")
    exists = run("restore", demo_file.name, backup.name, "-o", "bestaat.drempel", cwd=folder)
    assert exists.returncode == 1 and "already exists" in one_line(exists)
    assert (folder / "bestaat.drempel").read_bytes() == b"van iemand anders"
    unknown = run("restore", demo_file.name, "20200101-000000-at-opening.drempel", "-o",
                  "x.drempel", cwd=folder)
    assert unknown.returncode == 1
    assert "no backup named '20200101-000000-at-opening.drempel'" in one_line(unknown)
    (folder / "notities.txt").write_text("geen traject", encoding="utf-8")
    stranger = run("restore", demo_file.name, "notities.txt", "-o", "x.drempel", cwd=folder)
    assert stranger.returncode == 1 and "not a Drempelmeter trajectory" in one_line(stranger)
    missing = run("backups", "weg.drempel", cwd=folder)
    assert missing.returncode == 1 and "no such file" in one_line(missing)
    assert not (folder / "x.drempel").exists()


def test_restore_without_out_is_a_usage_error(demo_file):
    assert run("restore", demo_file.name, "x", cwd=demo_file.parent).returncode == 2
    assert run("backups", cwd=demo_file.parent).returncode == 2
