"""`drempelmeter minutes` and `drempelmeter FILE --workshop PHASE` as a user types them: exit
codes, one-line reasons, and the PDF."""

from __future__ import annotations

import pypdf

from drempelmeter.cli import main
from drempelmeter.services import workshop_run, workshops
from drempelmeter.services.trajectory import open_trajectory


def sessions_of(path, phase_number=None, closed=None):  # type: ignore[no-untyped-def]
    """The sessions of the file (of a phase), or those closed or not."""
    db = open_trajectory(path, read_only=True)
    try:
        return [s for s in workshops.list_sessions(db, phase_number)
                if closed is None
                or (workshop_run.summary_of(db, s.id).closed_at is not None) == closed]
    finally:
        db.close()


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in pypdf.PdfReader(path).pages)


def test_minutes_of_the_closed_sessions_of_all_or_a_phase_or_of_one(demo_file, tmp_path,
                                                                     capsys):
    closed, open_ = sessions_of(demo_file, closed=True), sessions_of(demo_file, closed=False)
    assert len(closed) >= 2 and open_
    out = tmp_path / "alle.pdf"
    assert main(["minutes", str(demo_file), "-o", str(out)]) == 0
    said = capsys.readouterr()
    assert said.out.splitlines()[0] == f"Minutes of {len(closed)} sessions written to {out}:"
    text = pdf_text(out)
    for session in closed:
        assert session.id in said.out and f"Verslag: {session.title}" in text
    assert all(f"Verslag: {s.title}" not in text for s in open_)

    phase4 = sessions_of(demo_file, 4, closed=True)
    out = tmp_path / "fase4.pdf"
    assert main(["minutes", str(demo_file), "--phase", "4", "-o", str(out)]) == 0
    assert f"Minutes of {len(phase4)} session" in capsys.readouterr().out
    assert {s.title for s in closed if f"Verslag: {s.title}" in pdf_text(out)} == {
        s.title for s in phase4}

    one = open_[0]  # a session not closed is written when it is named
    out = tmp_path / "een.pdf"
    assert main(["minutes", str(demo_file), "--session", one.id, "-o", str(out)]) == 0
    assert "Minutes of 1 session written" in capsys.readouterr().out
    assert pdf_text(out).startswith(f"Verslag: {one.title}")


def test_a_phase_without_a_closed_session_writes_nothing(demo_file, tmp_path, capsys):
    assert sessions_of(demo_file, 3, closed=True) == []
    out = tmp_path / "fase3.pdf"
    assert main(["minutes", str(demo_file), "--phase", "3", "-o", str(out)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"drempelmeter: {demo_file}: phase 3 has no closed session; nothing written (close a "
        "session in workshop mode, or name one with --session ID)")
    assert not out.exists()


def test_an_unknown_session_is_named_plainly_and_nothing_is_written(demo_file, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["minutes", str(demo_file), "--session", "no-such-id", "-o", str(out)]) == 1
    said = capsys.readouterr()
    assert said.err.strip() == (f"drempelmeter: {demo_file} has no session with the id "
                                "'no-such-id' (without --session, the command lists the closed "
                                "sessions with their ids)")
    assert not out.exists() and said.out == ""


def test_usage_errors_exit_2_with_the_reason(demo_file, tmp_path, capsys):
    out = str(tmp_path / "x.pdf")
    assert main(["minutes", str(demo_file), "--phase", "7", "-o", out]) == 2
    assert "'7' is not a phase: give a number from 1 to 6" in capsys.readouterr().err
    assert main(["minutes", str(demo_file), "--phase", "1", "--session", "x", "-o", out]) == 2
    assert "not allowed with argument" in capsys.readouterr().err
    assert main(["minutes", str(demo_file)]) == 2  # no -o
    assert main([str(demo_file), "--workshop", "0"]) == 2
    assert "'0' is not a phase: give a number from 1 to 6" in capsys.readouterr().err
    assert main(["--demo", "--workshop", "vier"]) == 2
    assert "'vier' is not a phase" in capsys.readouterr().err


def test_a_missing_file_is_one_line(tmp_path, capsys):
    missing = tmp_path / "weg.drempel"
    assert main(["minutes", str(missing), "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no such file" in err[0]


def test_minutes_or_a_report_over_the_trajectory_itself_are_refused_and_the_file_kept(
        demo_file, capsys):
    """-o naming the file the minutes are made from would rename the PDF over the trajectory."""
    before = demo_file.read_bytes()
    assert main(["minutes", str(demo_file), "-o", str(demo_file)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"drempelmeter: {demo_file} could not be written: that is the trajectory file itself; "
        "choose another name; nothing was written there")
    assert main(["report", str(demo_file), "--pdf", str(demo_file)]) == 1
    assert "that is the trajectory file itself" in capsys.readouterr().err
    assert demo_file.read_bytes() == before and sessions_of(demo_file)


def test_a_pdf_that_cannot_be_written_is_one_line_in_words_and_leaves_nothing(demo_file,
                                                                             tmp_path, capsys):
    """A folder that is not there, or a name a folder has: the reason, not an error code."""
    gone = tmp_path / "weg" / "verslag.pdf"
    assert main(["minutes", str(demo_file), "-o", str(gone)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"drempelmeter: {gone} could not be written: No such file or directory; nothing was "
        "written there")
    taken = tmp_path / "map.pdf"
    taken.mkdir()
    assert main(["minutes", str(demo_file), "-o", str(taken)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"drempelmeter: {taken} could not be written: ")
    assert "other" not in err[0] and set(tmp_path.iterdir()) == {demo_file, taken}
