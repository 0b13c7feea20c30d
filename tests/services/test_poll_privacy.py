"""The gut-feeling poll beside the names of those present: a B fewer than the trajectory's
threshold answered from 1 to 5 is hidden wherever a session's poll is printed (the summary
closing writes, the report's and the year report's session summaries, the minutes), as the
reports hide a small group; a summary closed before the rule is hidden when printed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import openpyxl
import pypdf

from drempelmeter.domain.ids import new_id
from drempelmeter.services import (
    minutes,
    partners,
    polls,
    steering,
    trajectory,
    workshop_run,
    workshops,
)
from drempelmeter.services.records import ParticipantRecord
from drempelmeter.services.report import write_report
from drempelmeter.services.year_report import write_year_report

from .workshop_setup import a_session

CLOSED = datetime(2027, 3, 4, 12, 0, tzinfo=UTC)
TODAY = date(2027, 6, 1)
#: Three in the room voted on Bekendheid (one "matig"), seven on Bereikbaarheid.
SMALL = {"3": 1, "4": 2, "dont_know": 1}
LARGE = {"2": 1, "3": 2, "4": 3, "5": 1}
#: How closing wrote the poll before small groups were hidden in it.
OLD_SUMMARY = ("Werksessie, 04-03-2027, Zaal Eik\nAanwezig: An Claes, Bart Jacobs, Cis Dewit\n\n"
               "Buikgevoel per B (aantal per antwoord):\n- Bekendheid: matig 1, goed 2, "
               "weet niet 1\n- Bereikbaarheid: zwak 1, matig 2, goed 3, heel goed 1\n\n"
               "Beslissingen:\n- We starten")


def a_polled_session(db, closed: bool = True) -> str:  # type: ignore[no-untyped-def]
    """A phase-1 session of three named people with a poll, closed; returns its id."""
    people = [new_id() for _ in range(3)]
    for person, name in zip(people, ("An Claes", "Bart Jacobs", "Cis Dewit"), strict=True):
        partners.add_participant(db, ParticipantRecord(person, name, "front_line_worker"))
    session_id = a_session(db, phase_number=1)
    record = workshops.list_sessions(db)[0]
    workshops.save_session(db, replace(record, attendee_ids=tuple(people)))
    for b, counts in (("bekendheid", SMALL), ("bereikbaarheid", LARGE)):
        for answer, count in counts.items():
            polls.set_count(db, session_id, b, answer, count)
    if closed:
        workshop_run.close_session(db, session_id, CLOSED)
    return session_id


def test_closing_hides_a_b_too_few_answered_beside_the_names(new_db):
    session_id = a_polled_session(new_db)
    text = workshop_run.summary_of(new_db, session_id).summary
    assert "Aanwezig: An Claes, Bart Jacobs, Cis Dewit" in text
    assert "- Bekendheid: verborgen" in text and "matig 1" not in text
    assert "- Bereikbaarheid: zwak 1, matig 2, goed 3, heel goed 1" in text
    assert "Verborgen: een B waarop minder dan 5 mensen een score van 1 tot 5 gaven." in text


def test_a_summary_closed_before_the_rule_is_hidden_where_it_is_printed(new_db, tmp_path):
    session_id = a_polled_session(new_db)
    workshop_run.set_summary(new_db, session_id, OLD_SUMMARY)
    (summary,) = steering.session_summaries(new_db, None, TODAY)
    assert "matig 1" not in summary.summary and "- Bekendheid: verborgen" in summary.summary
    assert "- Bereikbaarheid: zwak 1, matig 2, goed 3, heel goed 1" in summary.summary
    assert summary.summary.endswith("Beslissingen:\n- We starten")  # the rest as written
    write_report(new_db, TODAY, xlsx=tmp_path / "rapport.xlsx")
    write_year_report(new_db, 2027, TODAY, xlsx=tmp_path / "jaar.xlsx")
    for book in ("rapport.xlsx", "jaar.xlsx"):
        sheet = openpyxl.load_workbook(tmp_path / book)["Sessies"]
        printed = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row)
        assert "Bekendheid: verborgen" in printed and "matig 1" not in printed, book


def test_a_higher_threshold_hides_more_when_printed(new_db):
    session_id = a_polled_session(new_db)
    assert "Bereikbaarheid: zwak 1" in workshop_run.summary_of(new_db, session_id).summary
    trajectory.update_trajectory(
        new_db, replace(trajectory.get_trajectory(new_db), suppression_threshold=8))
    (summary,) = steering.session_summaries(new_db, None, TODAY)
    assert "- Bereikbaarheid: verborgen" in summary.summary and "zwak 1" not in summary.summary
    assert "minder dan 8 mensen" in summary.summary


def test_the_minutes_hide_the_small_group_beside_the_attendees(new_db, tmp_path):
    session_id = a_polled_session(new_db, closed=False)
    out = tmp_path / "verslag.pdf"
    minutes.write_minutes(new_db, out, [session_id], TODAY)
    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in pypdf.PdfReader(out).pages)
    poll = text[text.index("Buikgevoel per B"):]
    assert "An Claes" in text
    assert "Bekendheid verborgen verborgen" in poll
    assert "Bereikbaarheid 0 1 2 3 1 0 0 3,6" in poll
    assert "Verborgen: een B waarop minder dan 5 mensen een score van 1 tot 5 gaven." in poll
