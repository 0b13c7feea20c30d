"""Automatic backups as a coach meets them: at opening and before imports, thinned over months,
and every kind restored to exactly what the file held at that moment."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from contextlib import closing
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from drempelmeter.domain.ids import new_id
from drempelmeter.domain.retention import DAILY, MONTHLY, RECENT, WEEKLY, backups_to_keep
from drempelmeter.paths import user_data_dir
from drempelmeter.services import backups, bundles, partners
from drempelmeter.services.demo_copy import DEMO_NAME
from drempelmeter.services.errors import FileAlreadyExists, FileLocked, InvalidInput
from drempelmeter.services.plan_import import import_plan
from drempelmeter.services.records import PartnerRecord
from drempelmeter.services.response_forms import export_form, import_form
from drempelmeter.services.trajectory import get_trajectory, open_trajectory, update_trajectory
from drempelmeter.store.sqlite_file import integrity_problems

from ..exchange.response_setup import PARTNER_ID, ROUND_ID, build
from .plan_setup import plan_workbook

SCHEMA_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"


def dump(path: Path) -> list[str]:
    """Schema and every row, as SQL text: what a file holds (but for the identity a file
    restored into a new one gets of its own)."""
    with closing(sqlite3.connect(path)) as conn:
        return [line for line in conn.iterdump() if "'file_id'" not in line]


def listed(path: Path) -> list[backups.Backup]:
    return backups.list_backups(path)


def filled_bundle(db, out: Path, description: str) -> Path:  # type: ignore[no-untyped-def]
    """A partner's bundle with one new signal typed in, as the partner sends it back."""
    partner = partners.list_partners(db)[0].name
    bundles.export_template(db, partner, out)
    book = openpyxl.load_workbook(out)
    book["Signalen"].append([None, description, "Bekendheid"])
    book.save(out)
    return out


# ---- ninety days with a fake clock --------------------------------------------------------------

def at(day: str, hour: int) -> datetime:
    return datetime.fromisoformat(f"2026-{day}T{hour:02}:00")


#: Hand-counted for the schedule below (openings at 9:00 back up on Mondays and Sundays only:
#: on other days the import of 14:00 the day before is less than a day old; imports at 14:00 on
#: weekdays; nothing on Saturdays), from 5 January (a Monday) to 4 April 2026.
EXPECTED = {
    RECENT: [at("04-03", 14), at("04-02", 14), at("04-01", 14), at("03-31", 14),
             at("03-30", 14), at("03-30", 9), at("03-29", 9), at("03-27", 14), at("03-26", 14),
             at("03-25", 14)],
    # days whose newest backup is not among the recent ones
    DAILY: [at("03-24", 14), at("03-23", 14), at("03-22", 9), at("03-20", 14), at("03-19", 14),
            at("03-18", 14), at("03-17", 14)],
    # the Sundays closing the weeks before those
    WEEKLY: [at("03-15", 9), at("03-08", 9), at("03-01", 9), at("02-22", 9)],
    # March is covered; February and January end on a Saturday without backups
    MONTHLY: [at("02-27", 14), at("01-30", 14)],
}


def test_ninety_days_of_openings_and_imports_are_thinned_exactly(new_db):
    start = at("01-05", 9)
    taken: dict[datetime, str] = {}
    openings = []

    def mark(moment: datetime) -> str:
        label = f"as of {moment:%Y-%m-%d %H:%M}"
        update_trajectory(new_db, replace(get_trajectory(new_db), region=label))
        return label

    for day in range(90):
        morning = start + timedelta(days=day)
        label = mark(morning)
        if (opened := backups.back_up_if_due(new_db, morning)) is not None:
            taken[opened.taken] = label
            openings.append(morning)
        if morning.weekday() < 5:
            afternoon = morning.replace(hour=14)
            label = mark(afternoon)
            taken[backups.back_up(new_db, backups.BEFORE_BUNDLE_IMPORT, afternoon).taken] = label

    assert {m.strftime("%A") for m in openings} == {"Monday", "Sunday"}
    assert len(openings) == 13 + 12 and len(taken) == 90
    now = max(taken)
    rules = backups_to_keep(taken, now)
    assert Counter(rules.values()) == {RECENT: 10, DAILY: 7, WEEKLY: 4, MONTHLY: 2}
    assert {rule: sorted((m for m, r in rules.items() if r == rule), reverse=True)
            for rule in EXPECTED} == EXPECTED
    kept = listed(new_db.path)
    assert [b.taken for b in kept] == sorted(rules, reverse=True)
    for backup in kept:
        assert integrity_problems(backup.path) == []
        db = open_trajectory(backup.path, read_only=True)
        try:
            assert get_trajectory(db).region == taken[backup.taken], backup.name
        finally:
            db.close()


# ---- the restore drill ----------------------------------------------------------------------------

def test_restore_drill_every_kind_gives_back_what_the_file_held(tmp_path):
    path = tmp_path / "Regio Demer.drempel"
    shutil.copyfile(SCHEMA_FIXTURES / "0004.drempel", path)
    held = {backups.BEFORE_UPGRADE: dump(path)}
    db = open_trajectory(path)  # upgraded after a backup; at opening nothing more is due
    assert [b.reason for b in listed(path)] == [backups.BEFORE_UPGRADE]
    try:
        held[backups.AT_OPENING] = dump(path)
        assert backups.back_up_if_due(db, datetime.now() + timedelta(days=1)) is not None
        partners.add_partner(db, PartnerRecord(new_id(), "Wijkgezondheidscentrum", "core", "caw"))
        bundle = filled_bundle(db, tmp_path / "bundel.xlsx", "Het loket sluit om twaalf uur.")
        held[backups.BEFORE_BUNDLE_IMPORT] = dump(path)
        assert bundles.import_bundle(db, bundle).added == 1
        held[backups.BEFORE_PLAN_IMPORT] = dump(path)
        assert import_plan(db, plan_workbook(tmp_path / "plan.xlsx")).imported
    finally:
        db.close()
    held[backups.BEFORE_RESTORE] = dump(path)
    chosen = next(b for b in listed(path) if b.reason == backups.BEFORE_BUNDLE_IMPORT)
    before = backups.restore_over(chosen.path, path)
    assert before.reason == backups.BEFORE_RESTORE
    assert dump(path) == held[backups.BEFORE_BUNDLE_IMPORT]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Regio Demer.drempel", "bundel.xlsx",
                                                          "plan.xlsx"]
    found = listed(path)
    assert Counter(b.reason for b in found) == dict.fromkeys(held, 1)
    for backup in found:
        out = tmp_path / "drill" / f"{backup.reason}.drempel"
        out.parent.mkdir(exist_ok=True)
        backups.restore_into(backup.path, out)
        assert integrity_problems(out) == []
        assert dump(out) == held[backup.reason], backup.reason


# ---- imports back up before they write --------------------------------------------------------

def test_a_bundle_import_that_writes_is_backed_up_first_a_dry_run_is_not(demo_file, tmp_path):
    db = open_trajectory(demo_file)
    try:
        assert [b.reason for b in listed(demo_file)] == [backups.AT_OPENING]
        bundle = filled_bundle(db, tmp_path / "bundel.xlsx", "Formulieren zijn te moeilijk.")
        assert bundles.import_bundle(db, bundle, dry_run=True).added == 1
        assert len(listed(demo_file)) == 1
        broken = openpyxl.load_workbook(bundle)
        broken["Signalen"].append([None, "Geen B", "Schoonheid"])
        broken.save(tmp_path / "fout.xlsx")
        assert not bundles.import_bundle(db, tmp_path / "fout.xlsx").written
        assert len(listed(demo_file)) == 1
        before = dump(demo_file)
        assert bundles.import_bundle(db, bundle).written
        newest = listed(demo_file)[0]
        assert newest.reason == backups.BEFORE_BUNDLE_IMPORT
        assert dump(newest.path) == before != dump(demo_file)
    finally:
        db.close()


def test_a_bundle_import_whose_backup_cannot_be_taken_writes_nothing(demo_file, tmp_path,
                                                                      monkeypatch):
    """The backup is taken in a thread while the rows are matched: its failure still comes
    before the first write, and out of the import."""
    db = open_trajectory(demo_file)
    try:
        bundle = filled_bundle(db, tmp_path / "bundel.xlsx", "Formulieren zijn te moeilijk.")
        blocker = tmp_path / "geen map"
        blocker.write_text("", encoding="utf-8")
        monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
        before = dump(demo_file)
        with pytest.raises(backups.BackupFailed):
            bundles.import_bundle(db, bundle)
        assert dump(demo_file) == before
    finally:
        db.close()


def test_a_response_form_import_that_writes_is_backed_up_first(tmp_path):
    db = build(tmp_path / "form.drempel")
    try:
        out = tmp_path / "form.xlsx"
        export_form(db, out, ROUND_ID, PARTNER_ID, "staff")
        book = openpyxl.load_workbook(out)
        book["Antwoorden"]["F2"] = 4
        book.save(out)
        assert import_form(db, out, dry_run=True).added == 1
        assert listed(db.path) == []
        before = dump(db.path)
        assert import_form(db, out).written
        [backup] = listed(db.path)
        assert backup.reason == backups.BEFORE_FORM_IMPORT and dump(backup.path) == before
    finally:
        db.close()


def test_a_plan_import_that_writes_is_backed_up_first(new_db, tmp_path):
    workbook = plan_workbook(tmp_path / "plan.xlsx")
    assert not import_plan(new_db, workbook, dry_run=True).imported
    bad = plan_workbook(tmp_path / "fout.xlsx", [("Pijler", "Doel", "", "", "", "", "", "x", "")])
    assert import_plan(new_db, bad).problems
    assert listed(new_db.path) == []
    before = dump(new_db.path)
    assert import_plan(new_db, workbook).imported
    [backup] = listed(new_db.path)
    assert backup.reason == backups.BEFORE_PLAN_IMPORT and dump(backup.path) == before


# ---- opening --------------------------------------------------------------------------------------

def test_opening_for_editing_backs_up_once_a_day_reading_never(demo_file):
    open_trajectory(demo_file).close()
    open_trajectory(demo_file).close()
    open_trajectory(demo_file, read_only=True).close()
    [backup] = listed(demo_file)
    assert backup.reason == backups.AT_OPENING
    db = open_trajectory(demo_file)
    try:
        assert backups.back_up_if_due(db, backup.taken + timedelta(hours=23)) is None
        assert backups.back_up_if_due(db, backup.taken + timedelta(hours=24)) is not None
    finally:
        db.close()


def test_an_opening_that_leaves_the_backup_to_its_caller_takes_none(demo_file):
    """The window opens with back_up=False and backs up in a worker once the file shows."""
    db = open_trajectory(demo_file, back_up=False)
    try:
        assert listed(demo_file) == []
        told: list[str] = []
        backup = backups.back_up_if_due(db, copying=lambda: told.append("copying"))
        assert told == ["copying"] and listed(demo_file) == [backup]
        assert backups.back_up_if_due(db, copying=lambda: told.append("again")) is None
        assert told == ["copying"]  # told only when a backup is due
    finally:
        db.close()


def test_the_demo_copy_in_the_app_folder_is_not_backed_up_at_opening(demo_master):
    """The window opens a fresh copy of the demo each time: a backup of each would pile up."""
    copy = user_data_dir() / DEMO_NAME
    shutil.copyfile(demo_master, copy)
    open_trajectory(copy).close()
    assert listed(copy) == []


def test_a_backup_that_fails_at_opening_does_not_stop_the_opening(demo_file, tmp_path,
                                                                  monkeypatch, caplog):
    blocker = tmp_path / "geen map"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    db = open_trajectory(demo_file)
    try:
        assert not db.read_only
        assert "no backup" in caplog.text
        with pytest.raises(backups.BackupFailed):  # but an import is not done without one
            backups.back_up(db, backups.BEFORE_BUNDLE_IMPORT)
    finally:
        db.close()


# ---- restoring ------------------------------------------------------------------------------------

def test_restoring_over_a_file_open_elsewhere_is_refused_and_changes_nothing(demo_file):
    open_trajectory(demo_file).close()
    [backup] = listed(demo_file)
    db = open_trajectory(demo_file)
    try:
        before = demo_file.read_bytes()
        with pytest.raises(FileLocked):
            backups.restore_over(backup.path, demo_file)
        assert demo_file.read_bytes() == before
        assert len(listed(demo_file)) == 1
    finally:
        db.close()


def test_restoring_into_an_existing_file_is_refused(demo_file, tmp_path):
    open_trajectory(demo_file).close()
    [backup] = listed(demo_file)
    taken = tmp_path / "bestaat.drempel"
    taken.write_bytes(b"van iemand anders")
    with pytest.raises(FileAlreadyExists):
        backups.restore_into(backup.path, taken)
    assert taken.read_bytes() == b"van iemand anders"


def test_a_backup_is_found_by_its_listed_name_or_a_path(demo_file, tmp_path):
    open_trajectory(demo_file).close()
    [backup] = listed(demo_file)
    assert backups.find_backup(demo_file, backup.name) == backup.path
    assert backups.find_backup(demo_file, str(backup.path)) == backup.path
    with pytest.raises(InvalidInput) as missing:
        backups.find_backup(demo_file, "20200101-000000-at-opening.drempel")
    assert missing.value.problem == InvalidInput.NOT_FOUND


def test_a_copy_made_by_the_app_keeps_backups_of_its_own(demo_file, tmp_path):
    """Save a copy, or a backup restored into a new file: a file of its own, whose backups
    never mix with the original's (the trajectory stays the same, so its workbooks fit)."""
    from drempelmeter.services.trajectory import get_trajectory

    db = open_trajectory(demo_file)  # takes the original's backup of the day
    try:
        copy = tmp_path / "kopie.drempel"
        db.save_copy(copy)
        trajectory_id = get_trajectory(db).id
    finally:
        db.close()
    [original] = backups.list_backups(demo_file)
    restored = tmp_path / "terug.drempel"
    backups.restore_into(original.path, restored)
    for other in (copy, restored):
        assert backups.list_backups(other) == []
        db = open_trajectory(other)
        try:
            assert get_trajectory(db).id == trajectory_id
        finally:
            db.close()
        assert len(backups.list_backups(other)) == 1
    assert backups.list_backups(demo_file) == [original]
