"""Every case of the damaged-file corpus through each headless command and the window."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from drempelmeter.cli import HEADLESS_COMMANDS, main
from drempelmeter.store.backups import AT_OPENING, take_backup
from drempelmeter.ui.messages import bug_text
from tests.conftest import FIXTURES
from tests.exchange.followup_setup import OWNER, fill_form
from tests.ui.conftest import answers, settings, window  # noqa: F401 (fixtures)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from make_damaged_corpus import SPECS, Case, Outcome, make_corpus, release_corpus

BUNDLE = FIXTURES / "bundles" / "caw_filled_libreoffice.xlsx"
PLAN = FIXTURES / "plans" / "reference_plan_libreoffice.xlsx"
FORM = ("--round", "end", "--partner", "Sociaal Huis Demerstad", "--group", "staff")
#: How each command that takes a trajectory file is run; {file}, {out}, {form}, {followup} (a
#: filled follow-up form) and {backup} (a backup of the trajectory the corpus is made from) are
#: filled in.
COMMANDS: dict[str, tuple[str, ...]] = {
    "check": ("check", "{file}"),
    # the workbook: it opens and reads the file as the PDF does, in half the time
    "report": ("report", "{file}", "--xlsx", "{out}/report.xlsx"),
    "template": ("template", "{file}", "--partner", "CAW Demervallei", "-o", "{out}/b.xlsx"),
    "form": ("form", "{file}", *FORM, "-o", "{out}/form.xlsx"),
    "import": ("import", "{file}", str(BUNDLE), "--accept-other"),
    "import-plan": ("import-plan", "{file}", str(PLAN)),
    "responses": ("responses", "{file}", "{form}"),
    "privacy": ("privacy", "{file}"),
    "minutes": ("minutes", "{file}", "-o", "{out}/minutes.pdf"),
    "backups": ("backups", "{file}"),
    "restore": ("restore", "{file}", "{backup}", "-o", "{out}/restored.drempel"),
    # closes at once: it opens the file for writing, makes today's session, serves and stops
    "room": ("room", "{file}", "--activity", "poll", "--host", "127.0.0.1", "--close-after",
             "0"),
    "vocabulary": ("vocabulary", "{file}", "--export", "{out}/lists.yaml"),
    "themes": ("themes", "{file}", "--export", "{out}/themes.yaml"),
    "followup": ("followup", "{file}", "--owner", OWNER, "-o", "{out}/followup.xlsx"),
    "followup-import": ("followup-import", "{file}", "{followup}"),
    "overdue": ("overdue", "{file}"),
    "policy": ("policy", "{file}", "1", "--pdf", "{out}/letter.pdf"),
    # reads the file and writes a new one beside the test's output: the file itself is only read
    "next-cycle": ("next-cycle", "{file}", "-o", "{out}/next.drempel"),
}
WRITING = {"import", "import-plan", "responses", "room", "followup-import"}
#: Commands that read a file only to find its trajectory's backups: for a damaged or foreign
#: file they may find them (exit 0) or say why not (exit 1); a damaged file's backups are what
#: its user needs most.
FINDING_BACKUPS = {"backups", "restore"}
#: Headless commands that do not take a trajectory file.
NOT_ON_A_TRAJECTORY = {"demo", "questionnaire"}
CASES = [spec.name for spec in SPECS]
#: Sound in the sense that the data can be read: reading commands succeed.
READABLE = {Outcome.SOUND, Outcome.RECOVERED, Outcome.READ_ONLY, Outcome.NOT_EDITABLE}
#: The Go menu's pages that show what the corpus's trajectory holds (it has no barriers or
#: answers: the measurement and barriers pages, slow to build, would show nothing).
PAGES = [f"actionPhase{n}" for n in range(1, 7)] + [
    "actionSignals", "actionPlan", "actionPartners", "actionDetails"]
CANNOT_WRITE = re.compile(r"read-only|cannot be (written|edited)|not writable", re.IGNORECASE)


@pytest.fixture(scope="module")
def trajectory(tmp_path_factory, demo_master) -> Path:
    """The demo without its signals, barriers and answers: their charts are most of a
    report's time, and what a case does to the file does not depend on them. Its biggest table
    and index still have interior pages, which the b-tree cases need."""
    path = tmp_path_factory.mktemp("base") / "base.drempel"
    shutil.copyfile(demo_master, path)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM signal")
        conn.execute("DELETE FROM barrier")
        conn.execute("DELETE FROM respondent")
        conn.execute("VACUUM")
    return path


@pytest.fixture(scope="module")
def corpora(tmp_path_factory, trajectory) -> Iterator:
    """`corpus(command)`: the corpus folder and its cases by name, made anew for each command
    (a command may repair a case: it rolls a hot journal back)."""
    made: dict[str, tuple[Path, dict[str, Case]]] = {}

    def corpus(command: str) -> tuple[Path, dict[str, Case]]:
        if command not in made:
            folder = tmp_path_factory.mktemp(f"corpus-{command}")
            made[command] = folder, {case.name: case for case in make_corpus(folder, trajectory)}
        return made[command]

    yield corpus
    for folder, _ in made.values():
        release_corpus(folder)


@pytest.fixture(scope="module")
def filled_form(tmp_path_factory, demo_master) -> Path:
    """A response form of the demo (the same trajectory) with one more questionnaire filled in."""
    form = tmp_path_factory.mktemp("form") / "form.xlsx"
    assert main(["form", str(demo_master), *FORM, "-o", str(form)]) == 0
    book = openpyxl.load_workbook(form)
    book["Antwoorden"]["H2"] = 4
    book.save(form)
    return form


@pytest.fixture(scope="module")
def filled_followup(tmp_path_factory, demo_master) -> Path:
    """A follow-up form of the demo's first trekker with one action reported on."""
    form = tmp_path_factory.mktemp("followup") / "followup.xlsx"
    assert main(["followup", str(demo_master), "--owner", OWNER, "-o", str(form)]) == 0
    return fill_form(form, {0: {"status": "Lopend", "done": "Gedaan."}})


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry under `folder` (links not followed): a regular file's bytes, else its kind."""
    found: dict[str, bytes | str] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root, name)
            mode = path.lstat().st_mode
            key = str(path.relative_to(folder))
            if stat.S_ISREG(mode):
                found[key] = path.read_bytes()
            else:
                found[key] = "link" if stat.S_ISLNK(mode) else "folder" if stat.S_ISDIR(
                    mode) else "other"
    return found


def assert_files(case: Case, before: dict, after: dict, *, may_write: bool) -> None:
    """Nothing new beside the file; nothing changed unless the case may be written. A stale
    (not hot) journal beside a sound file may go: it holds nothing."""
    assert set(after) <= set(before), "a side file was left behind"
    stale_may_go = case.outcome in READABLE
    changed = [key for key in before if before[key] != after.get(key)
               and not (stale_may_go and key.endswith("-journal") and key not in after)]
    if not may_write:
        assert changed == [], f"written to: {changed}"
    if case.outcome == Outcome.RECOVERED:
        assert not any(key.endswith("-journal") for key in after), "the journal was left"


def without_counters(data: bytes) -> bytes:
    """A database's bytes but for the header's change counters, which a WAL file's return to
    one self-contained file advances."""
    return data[:24] + data[28:92] + data[100:]


def is_pipe(path: Path) -> bool:
    try:
        return stat.S_ISFIFO(path.lstat().st_mode)
    except OSError:
        return False


@contextmanager
def feeding_pipes(case: Case) -> Iterator[list[str]]:
    """For a named pipe: if the app still waits in opening it for reading after a second (it
    would wait for a writer forever), write to it to set the app free, and note that."""
    blocked: list[str] = []
    stop = threading.Event()

    def feed() -> None:
        if stop.wait(1.0):
            return
        while not stop.wait(0.05):
            try:
                fd = os.open(case.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                continue  # no reader is waiting
            blocked.append("opened the named pipe for reading: it would wait forever")
            os.write(fd, b"not a database\n")
            os.close(fd)

    watcher = threading.Thread(target=feed, daemon=True)
    if is_pipe(case.path):
        watcher.start()
    try:
        yield blocked
    finally:
        stop.set()
        if watcher.is_alive():
            watcher.join()


def expected_codes(case: Case, command: str) -> set[int]:
    if case.outcome in (Outcome.SOUND, Outcome.RECOVERED):
        return {0}
    if case.outcome in (Outcome.READ_ONLY, Outcome.NOT_EDITABLE):
        return {1} if command in WRITING else {0}
    return {0, 1} if command in FINDING_BACKUPS else {1}


def test_every_command_on_a_trajectory_file_runs_through_the_corpus():
    assert set(HEADLESS_COMMANDS) - NOT_ON_A_TRAJECTORY == set(COMMANDS)


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("command", COMMANDS)
def test_command(command, name, corpora, trajectory, filled_form, filled_followup, tmp_path,
                 capsys):
    folder, cases = corpora(command)
    case = cases[name]
    if case.skip:
        pytest.skip(case.skip)
    before = snapshot(folder / name)
    values = {"file": str(case.path), "out": str(tmp_path), "form": str(filled_form),
              "followup": str(filled_followup)}
    if command in FINDING_BACKUPS:  # one backup, in this test's own user data folder
        values["backup"] = take_backup(trajectory, AT_OPENING, datetime.now()).name
    with feeding_pipes(case) as blocked:
        code = main([part.format(**values) for part in COMMANDS[command]])
    said = capsys.readouterr()
    assert not blocked
    assert code in (0, 1), said.err
    assert "Traceback" not in said.err + said.out
    messages = [line for line in said.err.splitlines() if not line.startswith("  ")]
    assert len(messages) == (1 if code else 0), said.err  # details indented below it
    assert all(line.startswith("drempelmeter") for line in messages), said.err

    writing = command in WRITING
    assert code in expected_codes(case, command), said.err
    if code and case.outcome == Outcome.READ_ONLY:
        assert CANNOT_WRITE.search(said.err), said.err
    if code and case.outcome == Outcome.INTERRUPTED:
        assert "interrupted" in said.err and "damaged" not in said.err, said.err

    if code:
        assert list(tmp_path.iterdir()) == [], "a refused command left its output"
    after = snapshot(folder / name)
    sound = case.outcome in (Outcome.SOUND, Outcome.RECOVERED)
    assert_files(case, before, after, may_write=case.outcome == Outcome.RECOVERED or (
        writing and sound))
    if case.outcome == Outcome.RECOVERED and not writing:
        assert without_counters(case.path.resolve().read_bytes()) == \
            without_counters(trajectory.read_bytes()), "not rolled back"


@pytest.mark.gui
@pytest.mark.parametrize("name", CASES)
def test_window_open_path(name, corpora, trajectory, settings, window, answers,  # noqa: F811
                          qtbot):
    folder, cases = corpora("window")
    case = cases[name]
    if case.skip:
        pytest.skip(case.skip)
    settings.add_recent(trajectory)  # as a coach's settings have
    before = snapshot(folder / name)
    with feeding_pipes(case) as blocked:
        opened = window.open_path(case.path)
        qtbot.wait(50)  # what opening left to the event loop runs (pytest-qt fails on a raise)
    assert not blocked
    said = answers.errors + answers.infos + answers.questions
    assert not any(bug_text(window.log_file) in text for text in said), said
    document = window.document
    assert opened == (document is not None)
    editing = opened and not document.read_only
    if opened and not editing and case.outcome == Outcome.DAMAGED:  # what is left is shown
        for action in PAGES:
            window.findChild(QAction, action).trigger()
            qtbot.wait(5)
    banner = " ".join(label.text() for label in window.centralWidget().findChildren(QLabel)
                      if label.isVisible())
    words = " ".join(said) + " " + banner

    if case.outcome in (Outcome.SOUND, Outcome.RECOVERED):
        assert editing and answers.errors == [], said
    elif case.outcome == Outcome.READ_ONLY:
        assert opened and document.read_only, said
        assert CANNOT_WRITE.search(words) or "can only be read" in words, "no reason given"
    elif case.outcome == Outcome.NOT_EDITABLE:
        assert not editing and said, said
    elif case.outcome == Outcome.INTERRUPTED:
        assert not editing and (said or opened), said
        assert "interrupted" in words and "damaged" not in words, words
    elif case.outcome == Outcome.DAMAGED:
        assert not editing, "a damaged file was opened for editing"
        assert said or "damaged" in banner, "a damaged file was opened without a word"
    else:
        assert not opened and answers.errors, said

    window.close_trajectory()
    assert_files(case, before, snapshot(folder / name),
                 may_write=case.outcome in (Outcome.SOUND, Outcome.RECOVERED))
