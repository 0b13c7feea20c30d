"""The minutes of workshop sessions read back with pypdf: every session of the demo with its
attendees, agenda planned and kept, captured items and what became of them, the poll, the
pre-mortem, rounds and decisions; user text as written, never markup; personal data nobody
confirmed masked; one session alone; a failed write leaves nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

import pypdf
import pytest

from drempelmeter.domain.organisation import DECISION_MAKERS
from drempelmeter.domain.taxonomy import ALL_BS
from drempelmeter.exchange.errors import WriteError
from drempelmeter.services import decisions, partners, prioritisation, workshop_run, workshops
from drempelmeter.services.minutes import chosen_sessions, gather, write_minutes
from drempelmeter.services.trajectory import open_trajectory

from ..demo_day import DEMO_DAY

TODAY = DEMO_DAY  # the day the demo is dated: the tests make their files on it


def pdf_pages(path) -> list[str]:  # type: ignore[no-untyped-def]
    """Each page's text with white space made single, as a reader would search it."""
    return [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(path).pages]


def squeeze(text: str) -> str:
    return " ".join(text.split())


def test_the_demo_sessions_minutes_carry_attendees_agenda_captures_and_decisions(demo_db,
                                                                                  tmp_path):
    sessions = chosen_sessions(demo_db, closed_only=False)
    out = tmp_path / "verslagen.pdf"
    exported = write_minutes(demo_db, out, [s.id for s in sessions], TODAY)
    assert exported.count == len(sessions) >= 10 and exported.masked == ()
    pages = pdf_pages(out)
    text = " ".join(pages)
    assert pages[0].startswith("Verslagen van de workshops") and "Inhoud" in pages[1]
    names = {p.id: p.name for p in partners.list_participants(demo_db)}
    organisations = {p.id: p.name for p in partners.list_partners(demo_db)}
    people = {p.id: p for p in partners.list_participants(demo_db)}
    logged = decisions.list_decisions(demo_db)
    starts = [next(n for n, page in enumerate(pages) if f"Verslag: {s.title}" in page
                   and "Inhoud" not in page) for s in sessions]
    assert starts == sorted(starts)  # by date, each on its own pages
    for session, start, end in zip(sessions, starts, [*starts[1:], len(pages)], strict=True):
        own = " ".join(pages[start:end])
        assert f"{session.held_on:%d-%m-%Y}" in own and squeeze(session.location) in own
        for person in session.attendee_ids:
            assert names[person] in own
            partner = people[person].partner_id
            assert partner is None or squeeze(organisations[partner]) in own
        summary = workshop_run.summary_of(demo_db, session.id)
        for item, planned, kept in summary.agenda_kept:
            assert squeeze(item) in own and f"{planned} min" in own
            assert kept is None or f"{item} {planned} min {round(kept / 60)} min" in own
        for capture in summary.captures:
            assert squeeze(capture.text) in own
            if capture.state != "accepted":  # the accepted ones: what they became, below
                word = "nog een klad" if capture.state == "draft" else "geschrapt"
                assert word in own
        for b in summary.poll:
            assert ALL_BS.label(b, "nl") in own.split("Buikgevoel per B", 1)[1]
        for note in summary.premortem:
            assert squeeze(note.text) in own
        for decision in logged:
            if (decision.phase_number, decision.decided_on) == (session.phase_number,
                                                                  session.held_on):
                assert squeeze(decision.text) in own
                assert DECISION_MAKERS.label(decision.decided_by, "nl") in own
        assert squeeze(session.notes)[:60] in own
    # what accepted captures became, by what they became; the day's rounds with the first places
    for became in ("signaal", "beslissing: De armoedevereniging", "actie 4.2: Spreekuur"):
        assert became in text
    assert "Stippenstemming" in text and "Impact en inspanning" in text and "1 Rechten" in text
    assert "Hoe kan het initiatief mislukken?" in text and "Gemiddelde (1–5)" in text
    assert sum(bool(workshop_run.summary_of(demo_db, s.id).captures) for s in sessions) >= 3


def test_one_session_alone_has_no_title_page_and_says_what_it_is(demo_db, tmp_path):
    session = chosen_sessions(demo_db, phase_number=1)[0]
    out = tmp_path / "verslag.pdf"
    write_minutes(demo_db, out, [session.id], TODAY)
    pages = pdf_pages(out)
    assert pages[0].startswith(f"Verslag: {session.title}")
    meta = pypdf.PdfReader(out).metadata
    assert meta.title == f"Verslag: {session.title} ({session.held_on:%d-%m-%Y})"
    assert chosen_sessions(demo_db, session.id) == [session]


def test_user_text_is_printed_as_written_never_as_markup(demo_db, tmp_path):
    session = chosen_sessions(demo_db, closed_only=False)[0]
    title = 'Startmoment <img src="/etc/passwd"/> & “Dévé” ë €'
    notes = "<b>niet vet</b> & ‘oké’"
    workshops.save_session(demo_db, replace(session, title=title, notes=notes))
    out = tmp_path / "verslag.pdf"
    write_minutes(demo_db, out, [session.id], TODAY)
    text = " ".join(pdf_pages(out))
    assert title in text and notes in text


def test_personal_data_nobody_confirmed_is_masked(demo_file, tmp_path):
    """Notes from before they were screened (a file of an older version, say): the minutes
    print them with the personal data replaced, and say so."""
    with closing(sqlite3.connect(demo_file)) as conn:
        conn.execute("UPDATE workshop_session SET notes = 'Bel Dhr. Vermeulen op 0471 23 45 67'"
                     " WHERE title = 'Startmoment stuurgroep'")
        conn.commit()
    db = open_trajectory(demo_file)
    try:
        session = next(s for s in chosen_sessions(db, closed_only=False)
                       if s.title == "Startmoment stuurgroep")
        out = tmp_path / "verslag.pdf"
        exported = write_minutes(db, out, [session.id], TODAY)
        assert gather(db, [session.id], TODAY).sessions[0].notes.endswith("0471 23 45 67")
    finally:
        db.close()
    text = " ".join(pdf_pages(out))
    assert "0471" not in text and "Vermeulen" not in text
    assert "Bel Dhr. [naam] op [telefoonnummer]" in text
    assert len(exported.masked) == 1 and "[telefoonnummer]" in exported.masked[0]


def test_an_unknown_session_is_refused_and_a_failed_write_leaves_nothing(demo_db, tmp_path):
    from drempelmeter.services.errors import InvalidInput

    with pytest.raises(InvalidInput) as refused:
        write_minutes(demo_db, tmp_path / "x.pdf", ["no-such-session"], TODAY)
    assert (refused.value.field, refused.value.problem) == ("session", InvalidInput.NOT_FOUND)
    with pytest.raises(InvalidInput):
        chosen_sessions(demo_db, "no-such-session")
    folder = tmp_path / "uit"
    folder.mkdir()
    taken = folder / "verslag.pdf"
    taken.mkdir()  # something a file cannot replace
    with pytest.raises(WriteError):
        write_minutes(demo_db, taken, [chosen_sessions(demo_db, closed_only=False)[0].id], TODAY)
    assert list(folder.iterdir()) == [taken] and not (tmp_path / "x.pdf").exists()


def test_a_rounds_objections_and_discussion_note_are_in_the_minutes(demo_db, tmp_path):
    """The objection round is part of what was decided: its reasons are in the minutes."""
    dots = next(r for r in prioritisation.list_rounds(demo_db) if r.method == "dots")
    objected = [e for e in dots.entries if e.inputs.get("objection")]
    assert objected, "the demo's dot vote has an objection"
    with closing(sqlite3.connect(demo_db.path)) as connection, connection:
        connection.execute("UPDATE priority_round SET settings = json_set(settings, '$.note',"
                           " 'Lang besproken: de wachttijd telt dubbel') WHERE id = ?",
                           (dots.id,))
    phase4 = next(s for s in chosen_sessions(demo_db) if s.phase_number == 4)
    out = tmp_path / "fase4.pdf"
    write_minutes(demo_db, out, [phase4.id], TODAY)
    text = " ".join(pdf_pages(out))
    assert "Bezwaren" in text and "Bespreking: Lang besproken: de wachttijd telt dubbel" in text
    for entry in objected:
        assert squeeze(entry.inputs["objection"])[:60] in text
