"""A file that is no workbook, given to any import: an empty file, a CSV renamed .xlsx, the lock
file Excel or LibreOffice keeps beside an open workbook. Each is named for what it is, with
what to do, by every reader alike."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from drempelmeter.cli import main
from drempelmeter.exchange.bundle_reader import read_bundle
from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.exchange.followup_reader import read_followup
from drempelmeter.exchange.plan_reader import read_plan
from drempelmeter.exchange.response_reader import read_form
from drempelmeter.exchange.safe_open import lock_beside
from drempelmeter.services import bundles
from drempelmeter.services.records import TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory

from . import bundle_setup

READERS = {
    "bundle": lambda path: read_bundle(path, ["bekendheid"]),
    "form": lambda path: read_form(path, lambda info: ()),
    "followup": lambda path: read_followup(path, date(2026, 12, 15)),
    "plan": read_plan,
}
#: Excel's owner file: the name of who has the workbook open, padded (165 bytes).
OWNER_FILE = b"\x0bJan Peeters" + b" " * 42 + b"\x0b\x00J\x00a\x00n" + b"\x00" * 106


def files(folder: Path) -> dict[str, tuple[Path, str, str]]:
    """Each wrong file: its path, the refusal's kind and its detail."""
    (folder / "leeg.xlsx").write_bytes(b"")
    (folder / "bundel.xlsx").write_text("Nummer;Omschrijving;B\n;Lange wachttijd;Bekendheid\n",
                                        encoding="utf-8-sig")
    (folder / "~$bundel.xlsx").write_bytes(OWNER_FILE)
    (folder / ".~lock.bundel.xlsx#").write_text(",Jan Peeters,laptop,30.11.2026 10:00,file:///"
                                                "home/jan/.config/libreoffice/4;")
    return {
        "empty": (folder / "leeg.xlsx", WorkbookError.EMPTY, ""),
        "csv": (folder / "bundel.xlsx", WorkbookError.TEXT_FILE, ""),
        "excel lock": (folder / "~$bundel.xlsx", WorkbookError.LOCK_FILE, "bundel.xlsx"),
        "libreoffice lock": (folder / ".~lock.bundel.xlsx#", WorkbookError.LOCK_FILE,
                             "bundel.xlsx"),
    }


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("wrong", ["empty", "csv", "excel lock", "libreoffice lock"])
def test_a_file_that_is_no_workbook_is_named_for_what_it_is(tmp_path, reader, wrong):
    """Each was "is not an Excel workbook (.xlsx)": true, and no help to a partner who saved a
    CSV, or to a coach who picked the lock file beside the bundle."""
    path, kind, detail = files(tmp_path)[wrong]
    with pytest.raises(WorkbookError) as refused:
        READERS[reader](path)
    assert (refused.value.kind, refused.value.detail) == (kind, detail)


def test_excels_lock_file_of_a_long_name_names_its_workbook(tmp_path):
    """Excel writes the owner file of "bundel CAW.xlsx" as "~$ndel CAW.xlsx" (the name's first
    two letters replaced): the refusal names the workbook beside it, not "ndel CAW.xlsx"."""
    (tmp_path / "bundel CAW.xlsx").write_bytes(b"PK")
    (tmp_path / "~$ndel CAW.xlsx").write_bytes(OWNER_FILE)
    with pytest.raises(WorkbookError) as refused:
        read_bundle(tmp_path / "~$ndel CAW.xlsx", ["bekendheid"])
    assert (refused.value.kind, refused.value.detail) == (WorkbookError.LOCK_FILE,
                                                          "bundel CAW.xlsx")


def test_the_command_line_says_what_to_do(tmp_path, capsys):
    create_trajectory(tmp_path / "new.drempel", TrajectoryRecord(name="Testtraject")).close()
    wrong = files(tmp_path)
    said = {}
    for name in ("empty", "csv", "excel lock"):
        assert main(["import", str(tmp_path / "new.drempel"), str(wrong[name][0]),
                     "--dry-run"]) == 1
        said[name] = capsys.readouterr().err
    assert "is empty (0 bytes)" in said["empty"]
    assert "is a text file (such as a CSV), not a workbook" in said["csv"]
    assert ("is the lock file Excel or LibreOffice keeps while a workbook is open, not the "
            "workbook itself: close bundel.xlsx and import that file") in said["excel lock"]


@pytest.mark.parametrize(("workbook", "lock"), [
    ("caw.xlsx", "~$caw.xlsx"), ("bundel CAW.xlsx", "~$ndel CAW.xlsx"),
    ("bundel CAW.xlsx", ".~lock.bundel CAW.xlsx#"), ("caw.ods", ".~lock.caw.ods#")])
def test_the_lock_file_beside_an_open_workbook_is_found(tmp_path, workbook, lock):
    (tmp_path / workbook).write_bytes(b"PK")
    assert lock_beside(tmp_path / workbook) is None
    (tmp_path / lock).write_bytes(OWNER_FILE)
    assert lock_beside(tmp_path / workbook) == tmp_path / lock
    assert lock_beside(tmp_path / "ander.xlsx") is None


def test_an_import_of_a_workbook_still_open_says_what_it_reads(tmp_path, capsys):
    """A partner's bundle open in LibreOffice on the coach's laptop: the import read the file as
    last saved without a word, while the window showed rows typed since."""
    db = bundle_setup.build(tmp_path / "bundels.drempel")
    bundle = tmp_path / "caw.xlsx"
    bundles.export_template(db, bundle_setup.CAW[1], bundle)
    db.close()
    (tmp_path / ".~lock.caw.xlsx#").write_text(",Jan,laptop,30.11.2026 10:00,jan;")
    assert main(["import", str(tmp_path / "bundels.drempel"), str(bundle), "--dry-run"]) == 0
    said = capsys.readouterr()
    assert (f"note: {bundle} is open in another program (.~lock.caw.xlsx# is beside it): what "
            "was typed there since it was last saved is not read") in said.err
    assert "would import the bundle of CAW Demervallei" in said.out
